// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "access/UserStore.h"
#include "demo/DemoSchool.h"
#include "interventions/AllocationService.h"
#include "interventions/InterventionStore.h"
#include "referrals/HubStore.h"
#include "referrals/ReferralStore.h"
#include "storage/Query.h"

#include <QtTest>

using namespace md;

namespace {

const QDate kToday(2026, 11, 23);

DemoOptions options(int students = 720, quint32 seed = 20261123)
{
    DemoOptions o;
    o.students = students;
    o.seed = seed;
    o.today = kToday;
    return o;
}

QMap<QString, qint64> grouped(Database &db, const QString &sql)
{
    QMap<QString, qint64> out;
    Query q(db, sql);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.string(0), q.id(1));
    return out;
}

qint64 scalar(Database &db, const QString &sql)
{
    Query q(db, sql);
    return q.scalar().value().toLongLong();
}

Session leadOf(Database &db)
{
    auto lead = UserStore(db).withRole(Role::LeadMentor);
    return Session(lead->first().id, lead->first().username, lead->first().displayName, lead->first().roles);
}

} // namespace

class TestDemoReferrals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesReferralsInEveryState()
    {
        test::TestDatabase t;
        QVERIFY(DemoSchool::generate(t.db(), options()));
        const auto states = grouped(t.db(), QStringLiteral("SELECT status, COUNT(*) FROM referrals GROUP BY status"));
        for (ReferralStatus s : enumValues<ReferralStatus>())
            QVERIFY2(states.value(toCode(s)) > 0, qPrintable(toCode(s)));
        const auto decisions =
            grouped(t.db(), QStringLiteral("SELECT decision, COUNT(*) FROM hub_decisions GROUP BY decision"));
        for (HubDecisionKind k : enumValues<HubDecisionKind>())
            QVERIFY2(decisions.value(toCode(k)) > 0, qPrintable(toCode(k)));
        // An urgent referral made today waits for action; one was decided at once.
        ReferralFilter urgent;
        urgent.urgency = Urgency::Urgent;
        auto list = ReferralStore(t.db()).list(leadOf(t.db()), urgent);
        QVERIFY(std::any_of(list->cbegin(), list->cend(), [](const Referral &r) { return r.needsUrgentAction(); }));
        QVERIFY(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM hub_decisions WHERE meeting_id IS NULL")) > 0);
        QVERIFY(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM referrals WHERE source = 'desk'")) > 50);
    }

    void holdsTwoPastHubMeetingsAndPlansTheNext()
    {
        test::TestDatabase t;
        QVERIFY(DemoSchool::generate(t.db(), options()));
        auto meetings = HubStore(t.db()).meetings(leadOf(t.db()));
        QVERIFY(meetings);
        QCOMPARE(meetings->size(), 3);
        QCOMPARE(meetings->at(0).status, MeetingStatus::Planned);
        QVERIFY(meetings->at(0).heldOn > kToday);
        QVERIFY(meetings->at(0).agendaCount > 0);
        for (int i : {1, 2}) {
            QCOMPARE(meetings->at(i).status, MeetingStatus::Held);
            QVERIFY(meetings->at(i).heldOn < kToday);
            QVERIFY(meetings->at(i).decidedCount > 0);
            QVERIFY(meetings->at(i).attendees.size() >= 5);
        }
        // About a half term apart.
        QCOMPARE(meetings->at(2).heldOn.daysTo(meetings->at(1).heldOn), 42);
        QVERIFY(meetings->at(1).reviewCount > 0);
    }

    void runsLiveInterventionsAtEveryStageWithTheMentorsAsKeyworkers()
    {
        test::TestDatabase t;
        QVERIFY(DemoSchool::generate(t.db(), options()));
        const auto stages = grouped(t.db(), QStringLiteral("SELECT CAST(stage AS TEXT), COUNT(*) FROM interventions "
                                                           "WHERE status IN ('planned', 'active') GROUP BY stage"));
        for (const char *stage : {"1", "2", "3"})
            QVERIFY2(stages.value(QString::fromLatin1(stage)) > 0, stage);
        const auto statuses =
            grouped(t.db(), QStringLiteral("SELECT status, COUNT(*) FROM interventions GROUP BY status"));
        for (InterventionStatus s : enumValues<InterventionStatus>())
            QVERIFY2(statuses.value(toCode(s)) > 0, qPrintable(toCode(s)));
        // Every keyworker has the student in their mentoring group.
        QCOMPARE(scalar(t.db(),
                        QStringLiteral("SELECT COUNT(*) FROM interventions i WHERE i.keyworker_id IS NOT NULL "
                                       "AND i.status <> 'concluded' AND NOT EXISTS (SELECT 1 FROM mentoring_groups mg "
                                       "WHERE mg.student_id = i.student_id AND mg.mentor_id = i.keyworker_id "
                                       "AND mg.ended_on IS NULL)")),
                 0);
        // Every student on a caseload has a live intervention.
        QCOMPARE(
            scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentoring_groups mg WHERE mg.ended_on IS NULL AND NOT "
                                          "EXISTS (SELECT 1 FROM interventions i WHERE i.student_id = mg.student_id "
                                          "AND i.status <> 'concluded')")),
            0);
        RegisterFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = kToday;
        QVERIFY(!InterventionStore(t.db()).list(leadOf(t.db()), overdue)->isEmpty());
        QVERIFY(scalar(t.db(),
                       QStringLiteral("SELECT COUNT(*) FROM interventions WHERE parent_contact_due IS NOT NULL")) > 0);
        QVERIFY(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM interventions WHERE sen_keyworker = 1")) > 0);
        QVERIFY(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM interventions WHERE stage = 3 AND referral_id IN "
                                              "(SELECT id FROM referrals WHERE requested_by = 'staff')")) == 0);
    }

    void leavesStudentsWaitingForAKeyworkerInPriorityOrder()
    {
        test::TestDatabase t;
        QVERIFY(DemoSchool::generate(t.db(), options()));
        auto queue = AllocationService(t.db()).waiting(leadOf(t.db()));
        QVERIFY(queue);
        QVERIFY(queue->size() >= 3);
        for (int i = 1; i < queue->size(); ++i)
            QVERIFY(queue->at(i - 1).priorityLevel >= queue->at(i).priorityLevel);
        QVERIFY(queue->first().priorityLevel > 0);
        // No mentor was pushed over capacity to make the demo.
        auto loads = AllocationService(t.db()).loads(leadOf(t.db()));
        for (const MentorLoad &m : std::as_const(*loads))
            QVERIFY2(!m.over(), qPrintable(m.name));
    }

    void isTheSameForTheSameSeedAndWorksForATinySchool()
    {
        const QString summary =
            QStringLiteral("SELECT r.referred_on || r.status || COALESCE(r.decision, '') FROM referrals r "
                           "ORDER BY r.id");
        QStringList runs;
        for (int run = 0; run < 2; ++run) {
            test::TestDatabase t;
            QVERIFY(DemoSchool::generate(t.db(), options()));
            Query q(t.db(), summary);
            QVERIFY(q.exec());
            QStringList rows;
            while (q.next())
                rows << q.string(0);
            runs << rows.join(QLatin1Char(';'));
        }
        QCOMPARE(runs.at(0), runs.at(1));
        for (int students : {1, 7, 40}) {
            test::TestDatabase t;
            auto made = DemoSchool::generate(t.db(), options(students));
            QVERIFY2(made, qPrintable(made.error().message));
        }
        test::TestDatabase early;
        DemoOptions o = options();
        o.today = QDate(2026, 9, 1);
        auto made = DemoSchool::generate(early.db(), o);
        QVERIFY2(made, qPrintable(made.error().message));
        auto chain = AuditLog::verifyChain(early.db());
        QVERIFY(chain && *chain == 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoReferrals)
#include "tst_demoreferrals.moc"
