// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"

#include "interventions/ProvisionMap.h"
#include "referrals/HubStore.h"
#include "referrals/ReferralStore.h"
#include "storage/Query.h"

#include <QtTest>

namespace md::test {

// A small school for the referral and hub suites: a lead mentor, an administrator, two mentors
// (one with a full caseload), a teacher, a headteacher and a few students.
struct ReferralFixture
{
    TestDatabase t;
    Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
    Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
    Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
    Session mentor2 = t.addUser(QStringLiteral("m.two"), {Role::Mentor});
    Session teacher = t.addUser(QStringLiteral("t.one"), {Role::Teacher});
    Session head = t.addUser(QStringLiteral("h.one"), {Role::Headteacher});
    qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 8, QStringLiteral("8A"));
    qint64 bo = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"), 9, QStringLiteral("9C"));
    qint64 cy = t.addStudent(3, QStringLiteral("Cy"), QStringLiteral("Stone"), 7, QStringLiteral("7B"));
    QDate today = QDate::currentDate();

    Database &db() { return t.db(); }

    qint64 typeId(const char *code)
    {
        auto type = ProvisionMap(t.db()).typeByCode(QString::fromLatin1(code));
        if (!type)
            qWarning("no provision type %s", code);
        return type ? type->id : 0;
    }
    QList<qint64> firstCriterion(const char *code)
    {
        auto type = ProvisionMap(t.db()).typeByCode(QString::fromLatin1(code));
        return type && !type->criteria.isEmpty() ? QList<qint64>{type->criteria.first().id} : QList<qint64>{};
    }

    // A referral made by `by` some days ago.
    qint64 refer(const Session &by, qint64 student, Urgency urgency = Urgency::NonUrgent,
                 RequestedBy requestedBy = RequestedBy::Staff, int daysAgo = 3)
    {
        NewReferral n;
        n.studentId = student;
        n.referredOn = today.addDays(-daysAgo);
        n.concern = Concern::Behaviour;
        n.description = QStringLiteral("Repeated outbursts in lessons.");
        n.tried = QStringLiteral("Seating plan changed; call home.");
        n.urgency = urgency;
        n.requestedBy = requestedBy;
        auto id = ReferralStore(t.db()).create(by, n);
        if (!id)
            qWarning("refer: %s", qPrintable(id.error().message));
        return id ? *id : 0;
    }

    // Takes a non-urgent referral to the agenda of a meeting `daysAhead` from today.
    qint64 toHub(qint64 referral, int daysAhead = 7)
    {
        ReferralStore store(t.db());
        if (!store.startAssessment(lead, referral, QStringLiteral("Observed in two lessons."), today.addDays(-1)))
            qWarning("startAssessment failed");
        auto meeting = HubStore(t.db()).nextPlannedMeeting(t.db(), today);
        qint64 meetingId = meeting ? meeting->first : 0;
        if (meetingId == 0) {
            auto m = HubStore(t.db()).scheduleMeeting(lead, today.addDays(daysAhead), HubStore::defaultAttendees());
            meetingId = m ? *m : 0;
        }
        auto placed = store.sendToHub(lead, referral, today);
        if (!placed)
            qWarning("sendToHub: %s", qPrintable(placed.error().message));
        return meetingId;
    }

    QString referralStatus(qint64 id)
    {
        Query q(t.db(), QStringLiteral("SELECT status FROM referrals WHERE id = ?"));
        q.bind(id);
        return q.scalar().value().toString();
    }
    int count(const QString &table)
    {
        Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q.scalar().value().toInt();
    }
};

} // namespace md::test
