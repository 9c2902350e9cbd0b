// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"

#include "assessments/AssessmentService.h"
#include "behaviour/BehaviourStore.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"

#include <QtTest>

// Checks a Result or Status and prints its error when it failed.
#define MD_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto md_result_ = (expr);                                                                                \
        QVERIFY2(md_result_.ok(), qPrintable(md_result_.ok() ? QString() : md_result_.error().fullText()));            \
    } while (false)

namespace md::test {

// A small school for the behaviour and assessment suites. Two teachers: t.one teaches Year 8
// Maths (Ada, Bo), t.two Year 9 English (Cy); a mentor with Bo and Di; a headteacher, a lead
// mentor and an administrator. Three categories, and a term with both courses in it.
struct BehaviourFixture
{
    TestDatabase t;
    Session teacher = t.addUser(QStringLiteral("t.one"), {Role::Teacher});
    Session teacher2 = t.addUser(QStringLiteral("t.two"), {Role::Teacher});
    Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
    Session head = t.addUser(QStringLiteral("h.one"), {Role::Headteacher});
    Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
    qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 8, QStringLiteral("8A"));
    qint64 bo = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"), 8, QStringLiteral("8B"));
    qint64 cy = t.addStudent(3, QStringLiteral("Cy"), QStringLiteral("Stone"), 9, QStringLiteral("9C"));
    qint64 di = t.addStudent(4, QStringLiteral("Di"), QStringLiteral("Vale"), 9, QStringLiteral("9C"));
    qint64 good = 0;
    qint64 disruption = 0;
    qint64 fighting = 0;
    qint64 maths = 0;
    qint64 english = 0;
    qint64 term = 0;

    BehaviourFixture()
    {
        t.enrol(teacher.userId(), ada, QStringLiteral("Year 8 Maths"));
        t.enrol(teacher.userId(), bo, QStringLiteral("Year 8 Maths"));
        t.enrol(teacher2.userId(), cy, QStringLiteral("Year 9 English"));
        t.assignMentor(mentor.userId(), bo);
        t.assignMentor(mentor.userId(), di);
        BehaviourStore store(t.db());
        good = category(QStringLiteral("Good work"), BehaviourKind::Positive, 2);
        disruption = category(QStringLiteral("Disruption"), BehaviourKind::Negative, -1);
        fighting = category(QStringLiteral("Fighting"), BehaviourKind::Negative, -5);
        maths = courseId(QStringLiteral("Year 8 Maths"));
        english = courseId(QStringLiteral("Year 9 English"));
        AssessmentService service(t.db());
        term = service
                   .createTerm(head, QStringLiteral("Autumn 2026"), QDate::currentDate().addDays(-60),
                               QDate::currentDate().addDays(30))
                   .value();
        if (!service.setCourseTerm(head, maths, term) || !service.setCourseTerm(head, english, term))
            qWarning("could not link the courses to the term");
    }

    Database &db() { return t.db(); }

    qint64 category(const QString &name, BehaviourKind kind, int points)
    {
        BehaviourCategory c;
        c.name = name;
        c.kind = kind;
        c.defaultPoints = points;
        auto id = BehaviourStore(t.db()).addCategory(head, c);
        if (!id)
            qWarning("category: %s", qPrintable(id.error().message));
        return id ? *id : 0;
    }

    qint64 courseId(const QString &name)
    {
        Query q(t.db(), QStringLiteral("SELECT id FROM courses WHERE name = ?"));
        q.bind(name);
        return q.scalar().value().toLongLong();
    }

    QString upn(qint64 studentId)
    {
        Query q(t.db(), QStringLiteral("SELECT upn FROM students WHERE id = ?"));
        q.bind(studentId);
        return q.scalar().value().toString();
    }

    // Records one event as `by`; returns its id (0 on failure).
    qint64 record(const Session &by, qint64 student, qint64 category, const QDateTime &when, qint64 course = 0)
    {
        NewBehaviourEvent e;
        e.studentIds = {student};
        e.categoryId = category;
        e.occurredAt = when;
        e.courseId = course;
        e.description = QStringLiteral("Test event");
        auto ids = BehaviourStore(t.db()).record(by, e);
        if (!ids)
            qWarning("record: %s", qPrintable(ids.error().message));
        return ids && !ids->isEmpty() ? ids->first() : 0;
    }

    int auditRows(const QString &entity)
    {
        Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = ?"));
        q.bind(entity);
        return q.scalar().value().toInt();
    }
};

} // namespace md::test
