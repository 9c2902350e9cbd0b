// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

#include "access/StudentScope.h"
#include "interventions/InterventionStore.h"
#include "storage/RecordConflict.h"

using namespace md;
using md::test::ReferralFixture;

class TestHub : public QObject
{
    Q_OBJECT

private:
    static HubDecisionInput planned(ReferralFixture &f, qint64 referral, qint64 meeting, const char *code)
    {
        HubDecisionInput in;
        in.referralId = referral;
        in.meetingId = meeting;
        in.kind = HubDecisionKind::PlannedIntervention;
        in.provisionTypeId = f.typeId(code);
        in.criteriaIds = f.firstCriterion(code);
        return in;
    }

private Q_SLOTS:
    void plannedInterventionGoesOnTheRegisterAndPromptsTheKeyworker()
    {
        ReferralFixture f;
        const qint64 id = f.refer(f.teacher, f.ada);
        const qint64 meeting = f.toHub(id);
        HubDecisionInput in = planned(f, id, meeting, "anger_management");
        in.keyworkerId = f.mentor.userId();
        in.timescale = QStringLiteral("Six weeks from Monday");
        in.externalSupport = QStringLiteral("None");
        in.objectives = {QStringLiteral("Recognise early signs of anger"), QStringLiteral("Use a calm-down plan")};
        auto done = HubStore(f.db()).decide(f.lead, in);
        QVERIFY2(done, qPrintable(done.error().message));
        QVERIFY(done->interventionId > 0);
        QVERIFY(done->prompts.join(QLatin1Char(' ')).contains(QStringLiteral("contact the parents or carers")));

        auto i = InterventionStore(f.db()).get(f.lead, done->interventionId);
        QVERIFY(i);
        QCOMPARE(i->status, InterventionStatus::Planned);
        QCOMPARE(i->stage, 2);
        QCOMPARE(i->keyworkerId, f.mentor.userId());
        QCOMPARE(i->requestedVia, RequestedVia::Hub);
        QCOMPARE(i->parentContactDue, ParentContact::AtStart);
        QCOMPARE(i->objectives.size(), 2);
        QCOMPARE(i->timescale, QStringLiteral("Six weeks from Monday"));
        QCOMPARE(i->reviewOn, f.today.addDays(7 + 42)); // the 6-week programme ends before a term
        QCOMPARE(f.referralStatus(id), QStringLiteral("decided"));
        auto evidence = InterventionStore(f.db()).evidence(f.lead, done->interventionId);
        QCOMPARE(evidence->size(), 1);

        // The keyworker's scope now includes the student.
        QVERIFY(StudentScope::check(f.db(), f.mentor, Action::ViewStudents, f.ada));
        auto mine = InterventionStore(f.db()).activeForKeyworker(f.mentor, f.mentor.userId());
        QVERIFY(mine);
        QCOMPARE(mine->size(), 1);

        auto decisions = ReferralStore(f.db()).decisions(f.lead, id);
        QCOMPARE(decisions->size(), 1);
        QCOMPARE(decisions->first().kind, HubDecisionKind::PlannedIntervention);
        QVERIFY(decisions->first().summary().contains(QStringLiteral("Anger management programme")));
        auto agenda = HubStore(f.db()).agenda(f.lead, meeting);
        QVERIFY(agenda->first().decision.has_value());
    }

    void plannedInterventionWithoutAKeyworkerJoinsTheQueue()
    {
        ReferralFixture f;
        const qint64 id = f.refer(f.teacher, f.ada);
        const qint64 meeting = f.toHub(id);
        auto done = HubStore(f.db()).decide(f.lead, planned(f, id, meeting, "attendance_support"));
        QVERIFY(done);
        QVERIFY(done->prompts.first().contains(QStringLiteral("allocation queue")));
        RegisterFilter waiting;
        waiting.keyworkerId = RegisterFilter::kUnallocated;
        QCOMPARE(InterventionStore(f.db()).list(f.lead, waiting)->size(), 1);
    }

    void plannedInterventionNeedsTheCriteriaTickedAsEvidence()
    {
        ReferralFixture f;
        const qint64 id = f.refer(f.teacher, f.ada);
        const qint64 meeting = f.toHub(id);
        HubDecisionInput in = planned(f, id, meeting, "anger_management");
        in.criteriaIds.clear();
        auto refused = HubStore(f.db()).decide(f.lead, in);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("Tick the criteria")));
        in.criteriaIds = f.firstCriterion("lunch_club");
        QVERIFY(!HubStore(f.db()).decide(f.lead, in));
        QCOMPARE(f.count(QStringLiteral("interventions")), 0);
        QCOMPARE(f.referralStatus(id), QStringLiteral("awaiting_hub"));
    }

    void atMostThreeObjectives()
    {
        ReferralFixture f;
        const qint64 id = f.refer(f.teacher, f.ada, Urgency::NonUrgent, RequestedBy::Senco);
        const qint64 meeting = f.toHub(id);
        HubDecisionInput in = planned(f, id, meeting, "long_term_mentoring");
        in.objectives = {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three"), QStringLiteral("Four")};
        auto refused = HubStore(f.db()).decide(f.lead, in);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("at most three objectives")));
        in.objectives.removeLast();
        QVERIFY(HubStore(f.db()).decide(f.lead, in));
    }

    void monitorAndReviewIsTheSencosForAnSenStudentAndReturnsToTheNextHub()
    {
        ReferralFixture f;
        Query sen(f.db(), QStringLiteral("UPDATE students SET sen_status = 'K' WHERE id = ?"));
        sen.bind(f.ada);
        QVERIFY(sen.exec());
        const qint64 senReferral = f.refer(f.teacher, f.ada);
        const qint64 other = f.refer(f.teacher, f.bo);
        const qint64 first = f.toHub(senReferral);
        f.toHub(other);
        HubStore hub(f.db());
        for (qint64 id : {senReferral, other}) {
            HubDecisionInput in;
            in.referralId = id;
            in.meetingId = first;
            in.kind = HubDecisionKind::MonitorAndReview;
            in.monitorName = QStringLiteral("Year lead");
            auto done = hub.decide(f.lead, in);
            QVERIFY2(done, qPrintable(done.error().message));
            QVERIFY(done->prompts.first().contains(id == senReferral
                                                       ? QStringLiteral("The SENCo monitors")
                                                       : QStringLiteral("The director of learning monitors")));
        }
        auto d = ReferralStore(f.db()).decisions(f.lead, senReferral);
        QVERIFY(d->first().monitorBy == MonitorBy::Senco);
        d = ReferralStore(f.db()).decisions(f.lead, other);
        QVERIFY(d->first().monitorBy == MonitorBy::DirectorOfLearning);

        // Not at the same meeting again; the next meeting gets the recommendation.
        HubDecisionInput again;
        again.referralId = other;
        again.meetingId = first;
        again.kind = HubDecisionKind::NoIntervention;
        QVERIFY(!hub.decide(f.lead, again));
        QVERIFY(hub.markHeld(f.lead, first, f.today.addDays(7)));
        auto second = hub.scheduleMeeting(f.lead, f.today.addDays(50), {});
        QVERIFY(second);
        auto agenda = hub.agenda(f.lead, *second);
        QCOMPARE(agenda->size(), 2);
        again.meetingId = *second;
        again.kind = HubDecisionKind::MonitorAndReview;
        auto twice = hub.decide(f.lead, again);
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("recommends a planned intervention or no intervention")));
        again.kind = HubDecisionKind::NoIntervention;
        QVERIFY(hub.decide(f.lead, again));
        auto r = ReferralStore(f.db()).get(f.lead, other);
        QVERIFY(r->decision == HubDecisionKind::NoIntervention);
        QCOMPARE(ReferralStore(f.db()).decisions(f.lead, other)->size(), 2);
        // And now it is decided for good.
        QVERIFY(!hub.decide(f.lead, again));
    }

    void noInterventionSendsTheReferralToTheFormTutor()
    {
        ReferralFixture f;
        const qint64 id = f.refer(f.teacher, f.bo);
        const qint64 meeting = f.toHub(id);
        HubDecisionInput in;
        in.referralId = id;
        in.meetingId = meeting;
        in.kind = HubDecisionKind::NoIntervention;
        auto done = HubStore(f.db()).decide(f.lead, in);
        QVERIFY(done);
        QVERIFY(done->prompts.first().contains(QStringLiteral("form tutor (9C)")));
        QCOMPARE(done->interventionId, qint64(0));
        QCOMPARE(f.count(QStringLiteral("interventions")), 0);
    }

    void senAssessmentPassesTheReferralToTheSenco()
    {
        ReferralFixture f;
        const qint64 id = f.refer(f.teacher, f.cy);
        const qint64 meeting = f.toHub(id);
        HubDecisionInput in;
        in.referralId = id;
        in.meetingId = meeting;
        in.kind = HubDecisionKind::SenAssessment;
        auto done = HubStore(f.db()).decide(f.lead, in);
        QVERIFY(done);
        QVERIFY(done->prompts.first().contains(QStringLiteral("SEN assessment")));
        QVERIFY(ReferralStore(f.db()).get(f.lead, id)->decision == HubDecisionKind::SenAssessment);
    }

    void stageThreeIsRefusedFromADirectRequest()
    {
        ReferralFixture f;
        NewIntervention direct;
        direct.studentId = f.ada;
        direct.plannedOn = f.today;
        direct.provisionTypeId = f.typeId("long_term_mentoring");
        auto three = InterventionStore(f.db()).requestDirect(f.lead, direct);
        QVERIFY(!three);
        QVERIFY(three.error().message.contains(QStringLiteral("Stage 3")));
        QVERIFY(three.error().message.contains(QStringLiteral("direct request")));
        direct.provisionTypeId = f.typeId("in_lesson_support");
        auto two = InterventionStore(f.db()).requestDirect(f.lead, direct);
        QVERIFY(!two);
        QVERIFY(two.error().message.contains(QStringLiteral("referral process")));
        direct.provisionTypeId = f.typeId("restorative_conversation");
        auto one = InterventionStore(f.db()).requestDirect(f.lead, direct);
        QVERIFY2(one, qPrintable(one.error().message));
        QCOMPARE(InterventionStore(f.db()).get(f.lead, *one)->requestedVia, RequestedVia::Direct);
    }

    void stageThreeNeedsTheSencoDirectorOfLearningOrSeniorLeadership()
    {
        ReferralFixture f;
        const qint64 staff = f.refer(f.teacher, f.ada, Urgency::NonUrgent, RequestedBy::Staff);
        const qint64 dol = f.refer(f.teacher, f.bo, Urgency::NonUrgent, RequestedBy::DirectorOfLearning);
        const qint64 meeting = f.toHub(staff);
        f.toHub(dol);
        auto refused = HubStore(f.db()).decide(f.lead, planned(f, staff, meeting, "short_term_mentoring"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("made by a member of staff")),
                 qPrintable(refused.error().message));
        QCOMPARE(f.count(QStringLiteral("interventions")), 0);
        auto allowed = HubStore(f.db()).decide(f.lead, planned(f, dol, meeting, "short_term_mentoring"));
        QVERIFY2(allowed, qPrintable(allowed.error().message));
        QCOMPARE(InterventionStore(f.db()).get(f.lead, allowed->interventionId)->stage, 3);
    }

    void urgentDecisionOutsideAMeetingMayNotChooseStageThree()
    {
        ReferralFixture f;
        const qint64 id = f.refer(f.teacher, f.ada, Urgency::Urgent, RequestedBy::DirectorOfLearning, 0);
        QVERIFY(ReferralStore(f.db()).recordUrgentAction(f.lead, id, QStringLiteral("DoL Year 8"),
                                                         QStringLiteral("Check in daily."), f.today));
        HubDecisionInput in = planned(f, id, 0, "alternative_provision_support");
        in.decidedOn = f.today;
        auto refused = HubStore(f.db()).decide(f.lead, in);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("hub meeting")));
        in = planned(f, id, 0, "social_emotional_support");
        in.decidedOn = f.today;
        auto done = HubStore(f.db()).decide(f.lead, in);
        QVERIFY2(done, qPrintable(done.error().message));
        QCOMPARE(InterventionStore(f.db()).get(f.lead, done->interventionId)->requestedVia, RequestedVia::Urgent);
    }

    void nonUrgentReferralIsDecidedOnlyAtAMeetingWithItOnTheAgenda()
    {
        ReferralFixture f;
        const qint64 id = f.refer(f.teacher, f.ada);
        f.toHub(id);
        HubDecisionInput in;
        in.referralId = id;
        in.kind = HubDecisionKind::NoIntervention;
        in.decidedOn = f.today;
        auto noMeeting = HubStore(f.db()).decide(f.lead, in);
        QVERIFY(!noMeeting);
        QVERIFY(noMeeting.error().message.contains(QStringLiteral("at an assessment hub meeting")));
        auto other = HubStore(f.db()).scheduleMeeting(f.lead, f.today.addDays(30), {});
        QVERIFY(other);
        in.meetingId = *other;
        in.decidedOn = QDate();
        auto notOnAgenda = HubStore(f.db()).decide(f.lead, in);
        QVERIFY(!notOnAgenda);
        QVERIFY(notOnAgenda.error().message.contains(QStringLiteral("not on the agenda")));
        QVERIFY(HubStore(f.db()).addToAgenda(f.lead, *other, id));
        QVERIFY(HubStore(f.db()).decide(f.lead, in));
    }

    void meetingsAreOnePerDayAndHeldOnlyOnceTheyHappened()
    {
        ReferralFixture f;
        HubStore hub(f.db());
        auto m = hub.scheduleMeeting(f.lead, f.today.addDays(3), HubStore::defaultAttendees());
        QVERIFY(m);
        auto same = hub.scheduleMeeting(f.lead, f.today.addDays(3), {});
        QVERIFY(!same);
        QCOMPARE(same.error().kind, Error::Kind::Conflict);
        auto early = hub.markHeld(f.lead, *m, f.today);
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QStringLiteral("has not happened yet")));
        QVERIFY(hub.updateMeeting(f.lead, *m, {{QStringLiteral("A. Person"), QStringLiteral("AP Inclusion")}},
                                  QStringLiteral("Quorate."), hub.meeting(f.lead, *m)->rowVersion));
        auto meeting = hub.meeting(f.lead, *m);
        QCOMPARE(meeting->attendees.size(), 1);
        QCOMPARE(meeting->notes, QStringLiteral("Quorate."));
        QVERIFY(hub.markHeld(f.lead, *m, f.today.addDays(3)));
        QVERIFY(!hub.markHeld(f.lead, *m, f.today.addDays(3)));
        QVERIFY(!hub.updateMeeting(f.lead, *m, {{QString(), QString()}}, QString(), hub.meeting(f.lead, *m)->rowVersion));
        QVERIFY(!hub.meetings(f.mentor));
    }

    // Issue 12, gap G3: one desk adds an attendee while the minute-taker types the notes. The
    // attendee save holds stale notes: it is refused as a stale write showing both versions, and
    // the minutes stay; saved again at the stored version (overwrite), it goes through.
    void aStaleSaveOfTheAttendeesNeverOverwritesTheMinutes()
    {
        ReferralFixture f;
        HubStore hub(f.db());
        auto m = hub.scheduleMeeting(f.lead, f.today.addDays(3), HubStore::defaultAttendees());
        QVERIFY(m);
        const HubMeeting opened = *hub.meeting(f.lead, *m); // both desks open the meeting
        QCOMPARE(opened.rowVersion, 1);

        // The minute-taker saves the notes first.
        QVERIFY(hub.updateMeeting(f.lead, *m, opened.attendees, QStringLiteral("Minutes: all referrals discussed."),
                                  opened.rowVersion));
        QCOMPARE(hub.meeting(f.lead, *m)->rowVersion, opened.rowVersion + 1);

        // The other desk adds an attendee, still holding the empty notes it opened.
        QList<HubAttendee> more = opened.attendees;
        more.append({QStringLiteral("Pat Example"), QStringLiteral("Head of Year 8")});
        auto stale = hub.updateMeeting(f.lead, *m, more, opened.notes, opened.rowVersion);
        QVERIFY(!stale);
        QVERIFY2(stale.error().kind == Error::Kind::Conflict, qPrintable(stale.error().message));
        auto conflict = RecordConflicts::of(stale.error());
        QVERIFY(conflict);
        QCOMPARE(conflict->entity, QStringLiteral("hub_meeting"));
        QCOMPARE(conflict->id, *m);
        QCOMPARE(conflict->yourVersion, opened.rowVersion);
        QCOMPARE(conflict->storedVersion, opened.rowVersion + 1);
        QCOMPARE(conflict->differenceCount(), 2);
        bool notesShown = false;
        for (const ConflictField &field : conflict->fields)
            notesShown = notesShown || field.theirs == QStringLiteral("Minutes: all referrals discussed.");
        QVERIFY(notesShown);
        auto kept = hub.meeting(f.lead, *m);
        QCOMPARE(kept->notes, QStringLiteral("Minutes: all referrals discussed."));
        QCOMPARE(kept->attendees.size(), opened.attendees.size());

        // Marking the meeting held changes it too: a save from before that is stale as well.
        const int beforeHeld = kept->rowVersion;
        QVERIFY(hub.markHeld(f.lead, *m, f.today.addDays(3)));
        QVERIFY(hub.meeting(f.lead, *m)->rowVersion > beforeHeld);
        QCOMPARE(hub.updateMeeting(f.lead, *m, more, kept->notes, beforeHeld).error().kind, Error::Kind::Conflict);

        // Knowingly, at the stored version: saved.
        QVERIFY(hub.updateMeeting(f.lead, *m, more, kept->notes, hub.meeting(f.lead, *m)->rowVersion));
        QCOMPARE(hub.meeting(f.lead, *m)->attendees.size(), more.size());
        QCOMPARE(hub.meeting(f.lead, *m)->notes, QStringLiteral("Minutes: all referrals discussed."));
    }
};

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
