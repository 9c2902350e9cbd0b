// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/Recipients.h"

#include <QRegularExpression>

#include <algorithm>

namespace md {

QStringList Recipients::splitAddress(const QString &address)
{
    static const QRegularExpression split(QStringLiteral("\\s*(?:\\r?\\n|,)\\s*"));
    QStringList lines;
    for (const QString &part : address.split(split, Qt::SkipEmptyParts)) {
        const QString line = part.simplified();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

QString Recipients::addressKey(const QString &address)
{
    QString key;
    for (const QChar c : address.toCaseFolded())
        if (c.isLetterOrNumber())
            key.append(c);
    return key;
}

Recipient Recipients::student(const Student &student, const QList<Parent> &parents)
{
    Recipient r;
    r.kind = RecipientKind::Student;
    r.addressee = student.displayName();
    r.salutation = tr("Dear %1").arg(student.forename());
    // The student lives at the main contact's address (the first, by priority, that has one).
    for (const Parent &p : parents) {
        if (!p.address.trimmed().isEmpty()) {
            r.addressLines = splitAddress(p.address);
            break;
        }
    }
    return r;
}

namespace {

// "Mrs O'Connor" when there is a title, otherwise "Aoife O'Connor".
QString shortName(const Parent &p)
{
    if (!p.title.isEmpty())
        return p.title + QLatin1Char(' ') + p.surname;
    return p.forename.isEmpty() ? p.surname : p.forename + QLatin1Char(' ') + p.surname;
}

QString joinAnd(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + Recipients::tr(" and ") + parts.last();
}

} // namespace

Recipient Recipients::parents(const QList<Parent> &sharing)
{
    Recipient r;
    r.kind = RecipientKind::Parent;
    if (sharing.isEmpty())
        return r;
    for (const Parent &p : sharing)
        r.parentIds.append(p.id);
    r.addressLines = splitAddress(sharing.first().address);
    if (sharing.size() == 1) {
        r.addressee = sharing.first().fullName();
        r.salutation = sharing.first().salutation();
        return r;
    }
    // "Mr and Mrs Byrne" when everyone has a title and the same surname; otherwise each by name.
    bool sameSurname = true;
    bool allTitled = true;
    for (const Parent &p : sharing) {
        sameSurname = sameSurname && p.surname == sharing.first().surname;
        allTitled = allTitled && !p.title.isEmpty();
    }
    QStringList full;
    QStringList shortNames;
    QStringList titles;
    for (const Parent &p : sharing) {
        full << p.fullName();
        shortNames << shortName(p);
        titles << p.title;
    }
    if (sameSurname && allTitled) {
        const QString names = joinAnd(titles) + QLatin1Char(' ') + sharing.first().surname;
        r.addressee = names;
        r.salutation = tr("Dear %1").arg(names);
    } else {
        r.addressee = joinAnd(full);
        r.salutation = tr("Dear %1").arg(joinAnd(shortNames));
    }
    return r;
}

QList<Recipient> Recipients::forStudent(const Student &s, const QList<Parent> &parents, const Choice &choice,
                                        QStringList *problems)
{
    QList<Recipient> out;
    if (choice.toStudent)
        out.append(student(s, parents));
    if (!choice.toParents)
        return out;
    QList<Parent> responsible;
    for (const Parent &p : parents)
        if (p.parentalResponsibility)
            responsible.append(p);
    std::stable_sort(responsible.begin(), responsible.end(),
                     [](const Parent &a, const Parent &b) { return a.priority < b.priority; });
    if (responsible.isEmpty()) {
        if (problems)
            problems->append(
                tr("%1: no parent or carer with parental responsibility is recorded.").arg(s.displayName()));
        return out;
    }
    if (!choice.shareByAddress) {
        for (const Parent &p : std::as_const(responsible))
            out.append(Recipients::parents({p}));
        return out;
    }
    // Group by address, keeping the order of the first parent at each address. Parents with no
    // address recorded never share: nothing says they live together.
    QList<QList<Parent>> groups;
    QStringList keys;
    for (const Parent &p : std::as_const(responsible)) {
        const QString key = addressKey(p.address);
        const qsizetype at = key.isEmpty() ? -1 : keys.indexOf(key);
        if (at >= 0) {
            groups[at].append(p);
        } else {
            groups.append({p});
            keys.append(key.isEmpty() ? QStringLiteral("#%1").arg(p.id) : key);
        }
    }
    for (const QList<Parent> &g : std::as_const(groups))
        out.append(Recipients::parents(g));
    return out;
}

} // namespace md
