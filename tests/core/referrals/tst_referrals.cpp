// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

#include "storage/Migrations.h"
#include "storage/RecordConflict.h"

using namespace md;
using md::test::ReferralFixture;

class TestReferrals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationSeedsTheProvisionMapFromThePolicy()
    {
        ReferralFixture f;
        auto types = ProvisionMap(f.db()).types();
        QVERIFY(types);
        QCOMPARE(types->size(), 13);
        QList<int> perStage{0, 0, 0, 0};
        for (const ProvisionType &t : std::as_const(*types))
            ++perStage[t.stage];
        QCOMPARE(perStage, (QList<int>{0, 4, 5, 4}));
        auto anger = ProvisionMap(f.db()).typeByCode(QStringLiteral("anger_management"));
        QVERIFY(anger);
        QCOMPARE(anger->stage, 2);
        QCOMPARE(anger->provision, QStringLiteral("6 x 25 minute sessions delivered weekly."));
        QCOMPARE(anger->criteria.size(), 2);
        QCOMPARE(
            anger->criteria.at(0).text,
            QStringLiteral("Student has shown multiple incidents where anger has escalated to an unmanageable state."));
        auto longTerm = ProvisionMap(f.db()).typeByCode(QStringLiteral("long_term_mentoring"));
        QVERIFY(longTerm);
        QVERIFY(longTerm->oneToOne);
        QCOMPARE(longTerm->criteria.size(), 5);
        QVERIFY(longTerm->description.contains(QStringLiteral("up to three objectives")));
        auto lunch = ProvisionMap(f.db()).typeByCode(QStringLiteral("lunch_club"));
        QVERIFY(lunch);
        QCOMPARE(lunch->criteria.last().text, QStringLiteral("Attendance of the group is by invitation only."));
        QVERIFY(Migrations::latestVersion() >= 10);
    }

    void anyStaffUserRefersAndTeachersSeeOnlyTheirOwn()
    {
        ReferralFixture f;
        f.t.assignMentor(f.mentor.userId(), f.ada);
        const qint64 byTeacher = f.refer(f.teacher, f.ada);
        const qint64 byLead = f.refer(f.lead, f.bo);
        QVERIFY(byTeacher && byLead);
        ReferralStore store(f.db());
        auto teacherSees = store.list(f.teacher, {});
        QVERIFY(teacherSees);
        QCOMPARE(teacherSees->size(), 1);
        QCOMPARE(teacherSees->first().id, byTeacher);
        QCOMPARE(teacherSees->first().referrerName, QStringLiteral("t.one"));
        QVERIFY(!store.get(f.teacher, byLead));

        // The mentor sees the referral of the student in their group, not the other.
        auto mentorSees = store.list(f.mentor, {});
        QVERIFY(mentorSees);
        QCOMPARE(mentorSees->size(), 1);
        QCOMPARE(mentorSees->first().studentId, f.ada);

        for (const Session &s : {f.lead, f.admin, f.head}) {
            auto all = store.list(s, {});
            QVERIFY(all);
            QCOMPARE(all->size(), 2);
        }
        // A mentor may refer a student outside their group too.
        QVERIFY(f.refer(f.mentor, f.cy));
    }

    void onlyTheRegistersManagersRecordAReferralOnSomeoneElsesBehalf()
    {
        ReferralFixture f;
        NewReferral n;
        n.studentId = f.ada;
        n.description = QStringLiteral("Paper form from the head of year.");
        n.referrerName = QStringLiteral("Head of Year 8");
        auto refused = ReferralStore(f.db()).create(f.teacher, n);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        auto made = ReferralStore(f.db()).create(f.lead, n);
        QVERIFY2(made, qPrintable(made.error().message));
        auto r = ReferralStore(f.db()).get(f.lead, *made);
        QVERIFY(r);
        QCOMPARE(r->referrerName, QStringLiteral("Head of Year 8"));
        QCOMPARE(r->referrerId, qint64(0));
    }

    void refusesAReferralWithoutADescriptionOrWithAFutureDate()
    {
        ReferralFixture f;
        NewReferral n;
        n.studentId = f.ada;
        n.description = QStringLiteral("   ");
        auto blank = ReferralStore(f.db()).create(f.teacher, n);
        QVERIFY(!blank);
        QVERIFY(blank.error().message.contains(QStringLiteral("Describe the concern")));
        n.description = QStringLiteral("Worried.");
        n.referredOn = f.today.addDays(3);
        auto future = ReferralStore(f.db()).create(f.teacher, n);
        QVERIFY(!future);
        QVERIFY(future.error().message.contains(QStringLiteral("in the future")));
        n.referredOn = f.today;
        n.studentId = 9999;
        QCOMPARE(ReferralStore(f.db()).create(f.teacher, n).error().kind, Error::Kind::NotFound);
        QCOMPARE(f.count(QStringLiteral("referrals")), 0);
    }

    void referrerMayTickTheCriteriaOfTheInterventionTheyHaveInMind()
    {
        ReferralFixture f;
        NewReferral n;
        n.studentId = f.ada;
        n.description = QStringLiteral("Anger at break.");
        n.suggestedTypeId = f.typeId("anger_management");
        n.criteriaIds = f.firstCriterion("anger_management");
        auto id = ReferralStore(f.db()).create(f.teacher, n);
        QVERIFY(id);
        auto evidence = ReferralStore(f.db()).evidence(f.teacher, *id);
        QVERIFY(evidence);
        QCOMPARE(evidence->size(), 1);
        QVERIFY(evidence->first().startsWith(QStringLiteral("Student has shown multiple incidents")));
        // A criterion of another intervention is refused.
        n.criteriaIds = f.firstCriterion("lunch_club");
        auto wrong = ReferralStore(f.db()).create(f.teacher, n);
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(QStringLiteral("not one of the criteria")));
    }

    void observationsChangedMeanwhileAreRefusedWithBothVersions()
    {
        ReferralFixture f;
        ReferralStore store(f.db());
        const qint64 id = f.refer(f.teacher, f.ada);
        QVERIFY(store.startAssessment(f.lead, id, QString(), f.today));
        auto opened = store.get(f.lead, id);
        QVERIFY(opened);
        QVERIFY(store.recordObservations(f.lead, id, QStringLiteral("Their observations."), opened->rowVersion));
        Status s = store.recordObservations(f.lead, id, QStringLiteral("My observations."), opened->rowVersion);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
        const auto c = RecordConflicts::of(s.error());
        QVERIFY(c);
        QCOMPARE(c->entity, QStringLiteral("referral"));
        QCOMPARE(c->yourVersion, opened->rowVersion);
        QCOMPARE(c->storedVersion, opened->rowVersion + 1);
        QCOMPARE(c->differenceCount(), 1);
        QCOMPARE(c->fields.first().yours, QStringLiteral("My observations."));
        QCOMPARE(c->fields.first().theirs, QStringLiteral("Their observations."));
        QCOMPARE(store.get(f.lead, id)->observations, QStringLiteral("Their observations.")); // nothing overwritten
        QVERIFY(store.recordObservations(f.lead, id, QStringLiteral("My observations."), c->storedVersion));
        QCOMPARE(store.get(f.lead, id)->observations, QStringLiteral("My observations."));
    }

    void nonUrgentReferralGoesFromInitialAssessmentToTheHub()
    {
        ReferralFixture f;
        ReferralStore store(f.db());
        const qint64 id = f.refer(f.teacher, f.ada);
        QCOMPARE(f.referralStatus(id), QStringLiteral("new"));
        const Status started = store.startAssessment(f.lead, id, QString(), f.today);
        QVERIFY2(started, qPrintable(started.error().message));
        QCOMPARE(f.referralStatus(id), QStringLiteral("initial_assessment"));

        // Learning support's observations come first.
        auto early = store.sendToHub(f.lead, id, f.today);
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QStringLiteral("observations")));
        QVERIFY(store.recordObservations(f.lead, id, QStringLiteral("Calm in Maths, flashpoints in PE.")));

        // No meeting is scheduled: the hub is proposed within two weeks.
        auto placed = store.sendToHub(f.lead, id, f.today);
        QVERIFY2(placed, qPrintable(placed.error().message));
        QCOMPARE(placed->meetingId, qint64(0));
        QCOMPARE(placed->proposedOn, f.today.addDays(14));
        QCOMPARE(f.referralStatus(id), QStringLiteral("awaiting_hub"));

        // Scheduling the next meeting puts it on the agenda.
        auto meeting = HubStore(f.db()).scheduleMeeting(f.lead, f.today.addDays(10), HubStore::defaultAttendees());
        QVERIFY(meeting);
        auto agenda = HubStore(f.db()).agenda(f.lead, *meeting);
        QVERIFY(agenda);
        QCOMPARE(agenda->size(), 1);
        QCOMPARE(agenda->first().referral.id, id);
        auto r = store.get(f.lead, id);
        QCOMPARE(r->nextMeetingId, *meeting);
        QCOMPARE(r->hubProposedOn, f.today.addDays(10));
        QCOMPARE(r->observations, QStringLiteral("Calm in Maths, flashpoints in PE."));
    }

    void sendingToTheHubProposesTheNextPlannedMeeting()
    {
        ReferralFixture f;
        auto meeting = HubStore(f.db()).scheduleMeeting(f.lead, f.today.addDays(5), {});
        QVERIFY(meeting);
        const qint64 id = f.refer(f.teacher, f.ada);
        ReferralStore store(f.db());
        QVERIFY(store.startAssessment(f.lead, id, QStringLiteral("Seen in lessons."), f.today));
        auto placed = store.sendToHub(f.lead, id, f.today);
        QVERIFY(placed);
        QCOMPARE(placed->meetingId, *meeting);
        QCOMPARE(placed->proposedOn, f.today.addDays(5));
    }

    void urgentReferralIsActedOnAtOnceWithAnActionPlanTheSameDay()
    {
        ReferralFixture f;
        ReferralStore store(f.db());
        const qint64 id = f.refer(f.teacher, f.ada, Urgency::Urgent, RequestedBy::Staff, 0);
        auto r = store.get(f.lead, id);
        QVERIFY(r->needsUrgentAction());
        QVERIFY(store.startAssessment(f.lead, id, QStringLiteral("Distressed at registration."), f.today));
        auto toHub = store.sendToHub(f.lead, id, f.today);
        QVERIFY(!toHub);
        QVERIFY(toHub.error().message.contains(QStringLiteral("urgent")));
        auto noPlan =
            store.recordUrgentAction(f.lead, id, QStringLiteral("Director of Learning KS3"), QString(), f.today);
        QVERIFY(!noPlan);
        QVERIFY(noPlan.error().message.contains(QStringLiteral("action plan")));
        auto noOne = store.recordUrgentAction(f.lead, id, QString(), QStringLiteral("Daily check-in"), f.today);
        QVERIFY(!noOne);
        QVERIFY(noOne.error().message.contains(QStringLiteral("director of learning")));
        QVERIFY(store.recordUrgentAction(f.lead, id, QStringLiteral("Director of Learning KS3"),
                                         QStringLiteral("Daily check-in with the lead mentor; call home today."),
                                         f.today));
        r = store.get(f.lead, id);
        QCOMPARE(r->status, ReferralStatus::UrgentAction);
        QCOMPARE(r->actionPlanOn, f.today);
        QCOMPARE(r->assessedOn, f.today);
        QVERIFY(!r->needsUrgentAction());
    }

    void nonUrgentReferralCannotTakeTheUrgentRoute()
    {
        ReferralFixture f;
        ReferralStore store(f.db());
        const qint64 id = f.refer(f.teacher, f.ada);
        auto refused = store.recordUrgentAction(f.lead, id, QStringLiteral("DoL"), QStringLiteral("Plan"), f.today);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("non-urgent")));
        QCOMPARE(f.referralStatus(id), QStringLiteral("new"));
    }

    void illegalTransitionsAreRefusedWithTheReason()
    {
        ReferralFixture f;
        ReferralStore store(f.db());
        const qint64 id = f.refer(f.teacher, f.ada);
        auto closeNew = store.close(f.lead, id, QString(), f.today);
        QVERIFY(!closeNew);
        QCOMPARE(closeNew.error().kind, Error::Kind::Conflict);
        QVERIFY2(closeNew.error().message.contains(QStringLiteral("new and not yet assessed")),
                 qPrintable(closeNew.error().message));
        auto sendNew = store.sendToHub(f.lead, id, f.today);
        QVERIFY(!sendNew);
        QVERIFY(sendNew.error().message.contains(QStringLiteral("cannot be sent to the hub")));
        QVERIFY(store.startAssessment(f.lead, id, QStringLiteral("Seen."), f.today));
        auto again = store.startAssessment(f.lead, id, QString(), f.today);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("in its initial assessment, so it cannot start")));
        // Deciding before the hub has it on its agenda.
        HubDecisionInput in;
        in.referralId = id;
        in.kind = HubDecisionKind::NoIntervention;
        in.decidedOn = f.today;
        auto early = HubStore(f.db()).decide(f.lead, in);
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QStringLiteral("cannot be decided")));
    }

    void decidingAClosedReferralIsRefused()
    {
        ReferralFixture f;
        const qint64 id = f.refer(f.teacher, f.ada);
        const qint64 meeting = f.toHub(id);
        HubDecisionInput in;
        in.referralId = id;
        in.meetingId = meeting;
        in.kind = HubDecisionKind::NoIntervention;
        QVERIFY(HubStore(f.db()).decide(f.lead, in));
        QVERIFY(ReferralStore(f.db()).close(f.lead, id, QStringLiteral("Tutor informed."), f.today.addDays(7)));
        QCOMPARE(f.referralStatus(id), QStringLiteral("closed"));
        auto again = HubStore(f.db()).decide(f.lead, in);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("closed on")), qPrintable(again.error().message));
        QVERIFY(again.error().message.contains(QStringLiteral("cannot be decided")));
        auto closeAgain = ReferralStore(f.db()).close(f.lead, id, QString(), f.today.addDays(7));
        QVERIFY(!closeAgain);
    }

    void onlyTheLeadMentorAndAdministratorsManageTheRegister()
    {
        ReferralFixture f;
        const qint64 id = f.refer(f.teacher, f.ada);
        ReferralStore store(f.db());
        for (const Session &s : {f.teacher, f.mentor, f.head}) {
            auto refused = store.startAssessment(s, id, QString(), f.today);
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
            QVERIFY(refused.error().message.contains(QStringLiteral("manage the referral register")));
            QVERIFY(!HubStore(f.db()).scheduleMeeting(s, f.today.addDays(3), {}));
        }
        QCOMPARE(f.referralStatus(id), QStringLiteral("new"));
        QVERIFY(store.startAssessment(f.admin, id, QString(), f.today));
        QCOMPARE(f.referralStatus(id), QStringLiteral("initial_assessment"));
    }

    void closingWaitsForTheInterventionAndTheMonitoring()
    {
        ReferralFixture f;
        const qint64 planned = f.refer(f.teacher, f.ada);
        const qint64 watched = f.refer(f.teacher, f.bo);
        const qint64 meeting = f.toHub(planned);
        f.toHub(watched);
        HubDecisionInput in;
        in.referralId = planned;
        in.meetingId = meeting;
        in.kind = HubDecisionKind::PlannedIntervention;
        in.provisionTypeId = f.typeId("social_skills");
        in.criteriaIds = f.firstCriterion("social_skills");
        QVERIFY(HubStore(f.db()).decide(f.lead, in));
        auto live = ReferralStore(f.db()).close(f.lead, planned, QString(), f.today.addDays(7));
        QVERIFY(!live);
        QVERIFY(live.error().message.contains(QStringLiteral("still live")));

        in.referralId = watched;
        in.kind = HubDecisionKind::MonitorAndReview;
        QVERIFY(HubStore(f.db()).decide(f.lead, in));
        auto monitored = ReferralStore(f.db()).close(f.lead, watched, QString(), f.today.addDays(7));
        QVERIFY(!monitored);
        QVERIFY(monitored.error().message.contains(QStringLiteral("monitoring")));
    }

    void everyChangeIsAuditedInTheSameTransaction()
    {
        ReferralFixture f;
        Query before(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'referral'"));
        const int start = before.scalar().value().toInt();
        const qint64 id = f.refer(f.teacher, f.ada);
        ReferralStore store(f.db());
        QVERIFY(store.startAssessment(f.lead, id, QStringLiteral("Seen."), f.today));
        QVERIFY(store.sendToHub(f.lead, id, f.today));
        Query after(f.db(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'referral' AND entity_id = ?"));
        after.bind(id);
        QVERIFY(after.scalar().value().toInt() >= 4 + start);
        auto chain = AuditLog::verifyChain(f.db());
        QVERIFY(chain);
        QCOMPARE(*chain, qint64(0));
    }

    void registerFiltersAndSortsInSql()
    {
        ReferralFixture f;
        const qint64 a = f.refer(f.teacher, f.ada, Urgency::Urgent, RequestedBy::Staff, 1);
        const qint64 b = f.refer(f.teacher, f.bo, Urgency::NonUrgent, RequestedBy::Staff, 5);
        const qint64 c = f.refer(f.lead, f.cy, Urgency::NonUrgent, RequestedBy::Senco, 2);
        QVERIFY(ReferralStore(f.db()).startAssessment(f.lead, b, QString(), f.today));
        ReferralStore store(f.db());
        ReferralFilter filter;
        filter.urgency = Urgency::Urgent;
        QCOMPARE(store.list(f.lead, filter)->size(), 1);
        filter = {};
        filter.status = ReferralStatus::InitialAssessment;
        QCOMPARE(store.list(f.lead, filter)->first().id, b);
        filter = {};
        filter.text = QStringLiteral("sto");
        QCOMPARE(store.list(f.lead, filter)->first().id, c);
        filter.text = QStringLiteral("9c");
        QCOMPARE(store.list(f.lead, filter)->first().id, b);
        filter.text = QStringLiteral("100%_");
        QCOMPARE(store.list(f.lead, filter)->size(), 0);
        filter = {};
        filter.sort = ReferralFilter::Sort::Student;
        filter.order = Qt::AscendingOrder;
        auto byName = store.list(f.lead, filter);
        QCOMPARE(byName->at(0).id, a); // Quill
        QCOMPARE(byName->at(1).id, b); // Reed
        QCOMPARE(byName->at(2).id, c); // Stone
        filter.sort = ReferralFilter::Sort::Referred;
        filter.order = Qt::DescendingOrder;
        QCOMPARE(store.list(f.lead, filter)->first().id, a);
        filter.mineOnly = true;
        QCOMPARE(store.list(f.lead, filter)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReferrals)
#include "tst_referrals.moc"
