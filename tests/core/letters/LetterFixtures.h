// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"

#include "letters/Letterhead.h"
#include "letters/LetterTemplate.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/StudentStore.h"
#include "students/Upn.h"

#include <QtTest>

namespace md::test {

// A student and their family for the letters suites: names with accents and apostrophes, a
// step-father without parental responsibility, and a father who lives elsewhere.
struct Family
{
    qint64 student = 0;
    qint64 mother = 0;
    qint64 father = 0;
    qint64 stepfather = 0;
    QString upn;
};

struct FamilyOptions
{
    QString forename = QStringLiteral("Siân");
    QString surname = QStringLiteral("O'Connor-Ní Bhriain");
    int year = 9;
    QString tutorGroup = QStringLiteral("9B");
    std::optional<double> attendance = 87.5;
    QString motherAddress = QStringLiteral("12 Bóthar na Trá, Eastmere, NX2 4RT");
    QString fatherAddress = QStringLiteral("12 Bothar na Tra\n Eastmere\nNX2 4RT"); // the same, written differently
    bool withFather = true;
    bool withStepfather = true;
};

inline Family addFamily(TestDatabase &t, int serial, const FamilyOptions &o = {})
{
    Family f;
    Student s;
    s.upn =
        Upn::withCheckLetter(QStringLiteral("80130000") + QString::number(serial).rightJustified(4, QLatin1Char('0')));
    f.upn = s.upn;
    s.legalForename = o.forename;
    s.legalSurname = o.surname;
    s.yearGroup = o.year;
    s.tutorGroup = o.tutorGroup;
    s.attendance = o.attendance;
    s.dateOfBirth = QDate(2012, 5, 4);
    Transaction tx(t.db());
    StudentWriter writer(t.db(), Actor{0, QStringLiteral("test")});
    if (!writer.upsertByUpn(s, &f.student))
        qWarning("addFamily: student not written");
    auto parent = [&](const QString &title, const QString &forename, const QString &surname, const QString &rel,
                      bool pr, const QString &address, int priority) -> qint64 {
        Parent p;
        p.studentId = f.student;
        p.title = title;
        p.forename = forename;
        p.surname = surname;
        p.relationship = rel;
        p.parentalResponsibility = pr;
        p.address = address;
        p.priority = priority;
        auto id = writer.addParent(p);
        return id ? *id : 0;
    };
    f.mother = parent(QStringLiteral("Mrs"), QStringLiteral("Aoife"), o.surname, QStringLiteral("Mother"), true,
                      o.motherAddress, 1);
    if (o.withFather)
        f.father = parent(QStringLiteral("Mr"), QStringLiteral("Seán"), o.surname, QStringLiteral("Father"), true,
                          o.fatherAddress, 2);
    if (o.withStepfather)
        f.stepfather = parent(QStringLiteral("Mr"), QStringLiteral("Tom"), QStringLiteral("Reilly"),
                              QStringLiteral("Step-father"), false, o.motherAddress, 3);
    if (!tx.commit())
        qWarning("addFamily: commit failed");
    return f;
}

inline qint64 saveLetterhead(TestDatabase &t)
{
    Letterhead l;
    l.schoolName = QStringLiteral("Northgate Academy");
    l.address = QStringLiteral("Academy Way\nNorthgate\nNX1 4AQ");
    l.contact = QStringLiteral("Telephone 020 7946 0100");
    l.footer = QStringLiteral("Headteacher: Test Person");
    auto id = LetterheadStore(t.db()).saveUnchecked(l, 0);
    return id ? *id : 0;
}

// A template saved through the store, as an administrator would.
inline qint64 addTemplate(TestDatabase &t, const QString &name, LetterType type, const QString &body)
{
    const Session admin(0, QStringLiteral("admin"), QStringLiteral("admin"), {Role::Administrator});
    LetterTemplate lt;
    lt.name = name;
    lt.type = type;
    lt.bodyHtml = body;
    auto id = LetterTemplateStore(t.db()).save(admin, lt);
    if (!id)
        qWarning("addTemplate: %s", qPrintable(id.error().fullText()));
    return id ? *id : 0;
}

inline void setMentorProfile(TestDatabase &t, qint64 userId, const QString &grade, const QString &email)
{
    Query p(t.db(), QStringLiteral("INSERT INTO mentor_profiles (user_id, grade) VALUES (?, ?)"));
    p.bind(userId).bind(grade);
    Query e(t.db(), QStringLiteral("UPDATE users SET email = ?, display_name = ? WHERE id = ?"));
    e.bind(email).bind(QStringLiteral("Niamh Ó Súilleabháin")).bind(userId);
    if (!p.exec() || !e.exec())
        qWarning("setMentorProfile failed");
}

inline qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    Query q(db, sql);
    for (const QVariant &b : binds)
        q.bind(b);
    auto v = q.scalar();
    return v ? v->toLongLong() : -1;
}

inline qint64 scalar(TestDatabase &t, const QString &sql, const QVariantList &binds = {})
{
    return scalar(t.db(), sql, binds);
}

} // namespace md::test
