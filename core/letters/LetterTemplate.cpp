// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterTemplate.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "letters/LetterMerger.h"
#include "letters/LetterService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace md {

namespace {

// QtSql binds a null QString as NULL: text columns that are NOT NULL get '' instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QLatin1String kSelect("SELECT id, name, letter_type, description, body_html, archived, row_version, updated_at "
                            "FROM letter_templates ");

constexpr int kMaxName = 100;

// The words of an HTML body, for "is there anything in it" checks.
QString visibleText(const QString &html)
{
    static const QRegularExpression head(QStringLiteral("<head>.*</head>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(head);
    text.remove(tags);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    return text.simplified();
}

} // namespace

bool LetterTemplateStore::mayRead(const Session &session, LetterType type) const
{
    return Permissions::allows(session, Action::ManageLetterTemplates) ||
           Permissions::allows(session, LetterTerms::createAction(type));
}

Result<QList<LetterTemplate>> LetterTemplateStore::select(const QString &where, const QVariantList &binds) const
{
    Query q(m_db, kSelect + where);
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<LetterTemplate> out;
    while (q.next()) {
        LetterTemplate t;
        t.id = q.id(0);
        t.name = q.string(1);
        t.type = LetterTerms::typeFromString(q.string(2)).value_or(LetterType::Attendance);
        t.description = q.string(3);
        t.bodyHtml = q.string(4);
        t.archived = q.flag(5);
        t.rowVersion = q.integer(6);
        t.updatedAt = q.string(7);
        out.append(t);
    }
    return out;
}

Result<QList<LetterTemplate>> LetterTemplateStore::list(const Session &session, bool includeArchived) const
{
    auto all = select(QStringLiteral("ORDER BY letter_type, name"), {});
    if (!all)
        return all;
    QList<LetterTemplate> out;
    for (const LetterTemplate &t : std::as_const(*all))
        if (mayRead(session, t.type) && (includeArchived || !t.archived))
            out.append(t);
    // Keep the order of the types as people know them, not alphabetical by stored string.
    std::stable_sort(out.begin(), out.end(),
                     [](const LetterTemplate &a, const LetterTemplate &b) { return int(a.type) < int(b.type); });
    return out;
}

Result<LetterTemplate> LetterTemplateStore::get(const Session &session, qint64 id) const
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(tr("That letter template no longer exists."));
    if (!mayRead(session, rows->first().type)) // says which letters the user may not create, and who may
        return Permissions::require(session, LetterTerms::createAction(rows->first().type)).error();
    return rows->first();
}

Result<LetterTemplate> LetterTemplateStore::getByName(const Session &session, const QString &name) const
{
    auto rows = select(QStringLiteral("WHERE LOWER(name) = LOWER(?)"), {name.trimmed()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(tr("There is no letter template called \u201c%1\u201d.").arg(name.trimmed()));
    return get(session, rows->first().id);
}

QStringList LetterTemplateStore::problems(const LetterTemplate &t) const
{
    QStringList out;
    const QString name = t.name.trimmed();
    if (name.isEmpty())
        out << tr("Give the template a name.");
    else if (name.size() > kMaxName)
        out << tr("The name is too long (%1 characters; at most %2).").arg(name.size()).arg(kMaxName);
    if (visibleText(t.bodyHtml).isEmpty())
        out << tr("The letter has no text yet.");
    out += LetterMerger::checkMessages(t.bodyHtml, t.type);
    if (!name.isEmpty()) {
        Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM letter_templates WHERE LOWER(name) = LOWER(?) AND id <> ?"));
        q.bind(name).bind(t.id);
        auto n = q.scalar();
        if (n && n->toInt() > 0)
            out << tr("A template called \u201c%1\u201d already exists: choose another name.").arg(name);
    }
    return out;
}

Result<qint64> LetterTemplateStore::save(const Session &session, const LetterTemplate &t)
{
    if (Status s = Permissions::require(session, Action::ManageLetterTemplates); !s)
        return s.error();
    if (const QStringList p = problems(t); !p.isEmpty())
        return Error::invalid(tr("The template cannot be saved yet:"), p);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    const QVariant by = session.userId() > 0 ? QVariant(session.userId()) : QVariant();
    qint64 id = t.id;
    if (id == 0) {
        auto newId = insertUnchecked(audit, t, session.userId());
        if (!newId)
            return newId.error();
        id = *newId;
    } else {
        auto old = select(QStringLiteral("WHERE id = ?"), {id});
        if (!old)
            return old.error();
        RecordConflict c;
        c.entity = QStringLiteral("letter_template");
        c.id = id;
        c.yourVersion = t.rowVersion;
        c.recordLabel = tr("The letter template \u201c%1\u201d").arg(t.name.trimmed());
        if (old->isEmpty()) {
            c.deleted = true;
            return RecordConflicts::staleWrite(m_db, c);
        }
        const LetterTemplate &was = old->first();
        if (was.rowVersion != t.rowVersion) {
            c.storedVersion = was.rowVersion;
            c.add(tr("Name"), t.name.trimmed(), was.name);
            c.add(tr("Type"), LetterTerms::label(t.type), LetterTerms::label(was.type));
            c.add(tr("Description"), t.description.trimmed(), was.description);
            c.add(tr("Letter text"), RecordConflicts::htmlText(t.bodyHtml), RecordConflicts::htmlText(was.bodyHtml));
            return RecordConflicts::staleWrite(m_db, c);
        }
        Query q(m_db,
                QStringLiteral("UPDATE letter_templates SET name = ?, letter_type = ?, description = ?, body_html = ?, "
                               "updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                               "WHERE id = ? AND row_version = ?"));
        q.bind(t.name.trimmed())
            .bind(LetterTerms::toString(t.type))
            .bind(notNull(t.description.trimmed()))
            .bind(t.bodyHtml)
            .bind(isoNow())
            .bind(by)
            .bind(id)
            .bind(t.rowVersion);
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.numRowsAffected() == 0)
            return Error::conflict(tr("Someone else saved this template while you were editing it. Copy your text, "
                                      "reopen the template and apply your changes again."));
        const std::pair<const char *, std::pair<QString, QString>> changes[] = {
            {"name", {was.name, t.name.trimmed()}},
            {"letter_type", {LetterTerms::toString(was.type), LetterTerms::toString(t.type)}},
            {"description", {was.description, t.description.trimmed()}},
            {"body_html", {was.bodyHtml, t.bodyHtml}},
        };
        for (const auto &[field, values] : changes)
            if (values.first != values.second)
                if (Status s = audit.changed(QStringLiteral("letter_template"), id, QString::fromLatin1(field),
                                             values.first, values.second);
                    !s)
                    return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> LetterTemplateStore::insertUnchecked(AuditLog &audit, const LetterTemplate &t, qint64 userId)
{
    const QString now = isoNow();
    Query q(m_db, QStringLiteral("INSERT INTO letter_templates (name, letter_type, description, body_html, archived, "
                                 "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(t.name.trimmed())
        .bind(LetterTerms::toString(t.type))
        .bind(notNull(t.description.trimmed()))
        .bind(t.bodyHtml)
        .bind(t.archived)
        .bind(now)
        .bind(now)
        .bind(userId > 0 ? QVariant(userId) : QVariant());
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (Status s = audit.created(QStringLiteral("letter_template"), id->toLongLong(), t.name.trimmed()); !s)
        return s.error();
    return id->toLongLong();
}

Status LetterTemplateStore::setArchived(const Session &session, qint64 id, bool archived)
{
    if (Status s = Permissions::require(session, Action::ManageLetterTemplates); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db,
            QStringLiteral("UPDATE letter_templates SET archived = ?, updated_at = ?, row_version = row_version + 1 "
                           "WHERE id = ? AND archived <> ?"));
    q.bind(archived).bind(isoNow()).bind(id).bind(archived);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() > 0) {
        AuditLog audit(m_db, session.actor());
        if (Status s = audit.changed(QStringLiteral("letter_template"), id, QStringLiteral("archived"),
                                     archived ? QStringLiteral("0") : QStringLiteral("1"),
                                     archived ? QStringLiteral("1") : QStringLiteral("0"));
            !s)
            return s;
    }
    return tx.commit();
}

Result<bool> LetterTemplateStore::remove(const Session &session, qint64 id)
{
    if (Status s = Permissions::require(session, Action::ManageLetterTemplates); !s)
        return s.error();
    Query used(m_db, QStringLiteral("SELECT COUNT(*) FROM letters WHERE template_id = ?"));
    used.bind(id);
    auto n = used.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0) {
        if (Status s = setArchived(session, id, true); !s)
            return s.error();
        return false;
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto old = select(QStringLiteral("WHERE id = ?"), {id});
    if (!old)
        return old.error();
    if (old->isEmpty())
        return Error::notFound(tr("That letter template no longer exists."));
    Query del(m_db, QStringLiteral("DELETE FROM letter_templates WHERE id = ?"));
    del.bind(id);
    if (Status s = del.exec(); !s)
        return s.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.deleted(QStringLiteral("letter_template"), id, old->first().name); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

} // namespace md
