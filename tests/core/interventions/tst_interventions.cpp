// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../referrals/ReferralFixture.h"

#include "access/StudentScope.h"
#include "interventions/AllocationService.h"
#include "interventions/InterventionStore.h"
#include "storage/RecordConflict.h"

using namespace md;
using md::test::ReferralFixture;

class TestInterventions : public QObject
{
    Q_OBJECT

private:
    // A referral decided at the hub as `code` with `keyworker` (0: none); returns the intervention.
    static qint64 planned(ReferralFixture &f, qint64 student, const char *code, qint64 keyworker,
                          RequestedBy by = RequestedBy::Staff)
    {
        const qint64 referral = f.refer(f.teacher, student, Urgency::NonUrgent, by);
        const qint64 meeting = f.toHub(referral);
        HubDecisionInput in;
        in.referralId = referral;
        in.meetingId = meeting;
        in.kind = HubDecisionKind::PlannedIntervention;
        in.provisionTypeId = f.typeId(code);
        in.criteriaIds = f.firstCriterion(code);
        in.keyworkerId = keyworker;
        in.objectives = {QStringLiteral("Attend every lesson on time")};
        auto done = HubStore(f.db()).decide(f.lead, in);
        if (!done)
            qWarning("decide: %s", qPrintable(done.error().message));
        return done ? done->interventionId : 0;
    }

    static ReviewInput conclude(qint64 id, const QDate &on)
    {
        ReviewInput r;
        r.interventionId = id;
        r.reviewedOn = on;
        r.progress = QStringLiteral("Attendance up from 82% to 94%.");
        r.impact = QStringLiteral("No lates for five weeks.");
        r.result = ReviewResult::Conclude;
        r.conclusionReport = QStringLiteral("Targets met; the student asked to finish.");
        r.outcome = InterventionOutcome::Met;
        return r;
    }

private Q_SLOTS:
    void startingNeedsAKeyworker()
    {
        ReferralFixture f;
        const qint64 id = planned(f, f.ada, "attendance_support", 0);
        InterventionStore store(f.db());
        auto refused = store.start(f.lead, id, f.today.addDays(8));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("Allocate a keyworker")));
        AllocationRequest req;
        req.interventionId = id;
        req.mentorId = f.mentor.userId();
        req.on = f.today.addDays(8);
        QVERIFY(AllocationService(f.db()).assign(f.lead, req));
        QVERIFY(store.start(f.lead, id, f.today.addDays(8)));
        auto i = store.get(f.lead, id);
        QCOMPARE(i->status, InterventionStatus::Active);
        QCOMPARE(i->startedOn, f.today.addDays(8));
        auto twice = store.start(f.lead, id, f.today.addDays(9));
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("already started")));
        QVERIFY(!store.start(f.mentor, id, f.today)); // only the register's managers
    }

    void reviewContinuesWithANewReviewDate()
    {
        ReferralFixture f;
        const qint64 id = planned(f, f.ada, "attendance_support", f.mentor.userId());
        InterventionStore store(f.db());
        ReviewInput early = conclude(id, f.today.addDays(20));
        early.result = ReviewResult::Continue;
        auto notStarted = store.review(f.lead, early);
        QVERIFY(!notStarted);
        QVERIFY(notStarted.error().message.contains(QStringLiteral("has not started")));
        QVERIFY(store.start(f.lead, id, f.today.addDays(8)));
        ReviewInput r = early;
        r.nextReviewOn = QDate();
        QVERIFY(!store.review(f.lead, r));
        r.nextReviewOn = f.today.addDays(90);
        r.progress.clear();
        auto noProgress = store.review(f.lead, r);
        QVERIFY(!noProgress);
        QVERIFY(noProgress.error().message.contains(QStringLiteral("progress")));
        r.progress = QStringLiteral("Better.");
        auto done = store.review(f.lead, r);
        QVERIFY2(done, qPrintable(done.error().message));
        QCOMPARE(store.get(f.lead, id)->reviewOn, f.today.addDays(90));
        auto reviews = store.reviews(f.lead, id);
        QCOMPARE(reviews->size(), 1);
        QCOMPARE(reviews->first().result, ReviewResult::Continue);
    }

    void reviewChangesTheInterventionKeyworkerAndObjectives()
    {
        ReferralFixture f;
        const qint64 id = planned(f, f.ada, "in_lesson_support", f.mentor.userId());
        InterventionStore store(f.db());
        QVERIFY(store.start(f.lead, id, f.today.addDays(8)));
        ReviewInput r = conclude(id, f.today.addDays(30));
        r.result = ReviewResult::Change;
        r.nextReviewOn = f.today.addDays(80);
        auto nothing = store.review(f.lead, r);
        QVERIFY(!nothing);
        QVERIFY(nothing.error().message.contains(QStringLiteral("Say what changes")));
        // A staff referral cannot move up to stage 3, even at a review.
        r.newProvisionTypeId = f.typeId("long_term_mentoring");
        auto stage3 = store.review(f.lead, r);
        QVERIFY(!stage3);
        QVERIFY(stage3.error().message.contains(QStringLiteral("Stage 3")));
        r.newProvisionTypeId = f.typeId("social_skills");
        r.newKeyworkerId = f.mentor2.userId();
        r.newObjectives = QStringList{QStringLiteral("Make one new friend"), QStringLiteral("Join a club")};
        auto done = store.review(f.lead, r);
        QVERIFY2(done, qPrintable(done.error().message));
        auto i = store.get(f.lead, id);
        QCOMPARE(i->provisionName, QStringLiteral("Social skills programme"));
        QCOMPARE(i->keyworkerId, f.mentor2.userId());
        QCOMPARE(i->objectives.size(), 2);
        // The student moved to the new keyworker's group.
        QVERIFY(StudentScope::check(f.db(), f.mentor2, Action::ViewStudents, f.ada));
        QVERIFY(!StudentScope::check(f.db(), f.mentor, Action::ViewStudents, f.ada));
    }

    void concludingWithoutAReportIsRefused()
    {
        ReferralFixture f;
        const qint64 id = planned(f, f.ada, "attendance_support", f.mentor.userId());
        InterventionStore store(f.db());
        QVERIFY(store.start(f.lead, id, f.today.addDays(8)));
        ReviewInput r = conclude(id, f.today.addDays(40));
        r.conclusionReport = QStringLiteral("  ");
        auto refused = store.review(f.lead, r);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("conclusion report")));
        r = conclude(id, f.today.addDays(40));
        r.outcome.reset();
        QVERIFY(!store.review(f.lead, r));
        QCOMPARE(store.get(f.lead, id)->status, InterventionStatus::Active);
        QCOMPARE(f.count(QStringLiteral("intervention_reviews")), 0);
    }

    void concludingRecordsOutcomeAndImpactPromptsParentsAndClosesTheReferral()
    {
        ReferralFixture f;
        const qint64 id = planned(f, f.ada, "attendance_support", f.mentor.userId());
        InterventionStore store(f.db());
        QVERIFY(store.start(f.lead, id, f.today.addDays(8)));
        QVERIFY(store.markParentsContacted(f.mentor, id, f.today.addDays(9)));
        auto done = store.review(f.lead, conclude(id, f.today.addDays(40)));
        QVERIFY2(done, qPrintable(done.error().message));
        QVERIFY(done->prompts.first().contains(QStringLiteral("parents or carers of Ada Quill")));
        auto i = store.get(f.lead, id);
        QCOMPARE(i->status, InterventionStatus::Concluded);
        QVERIFY(i->outcome == InterventionOutcome::Met);
        QCOMPARE(i->impact, QStringLiteral("No lates for five weeks."));
        QCOMPARE(i->concludedOn, f.today.addDays(40));
        QCOMPARE(i->parentContactDue, ParentContact::AtConclusion);
        QCOMPARE(f.referralStatus(i->referralId), QStringLiteral("closed"));
        // The place on the mentor's caseload is free again.
        auto load = AllocationService(f.db()).loadOf(f.mentor.userId());
        QCOMPARE(load->caseload, 0);
        auto again = store.review(f.lead, conclude(id, f.today.addDays(41)));
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("concluded on")));
        // It stays on the register when concluded ones are asked for.
        RegisterFilter all;
        all.includeConcluded = true;
        QCOMPARE(store.list(f.lead, all)->size(), 1);
        QCOMPARE(store.list(f.lead, {})->size(), 0);
    }

    void objectivesChangedMeanwhileAreRefusedWithBothVersions()
    {
        ReferralFixture f;
        const qint64 id = planned(f, f.ada, "anger_management", f.mentor.userId());
        QVERIFY(id);
        InterventionStore store(f.db());
        auto opened = store.get(f.mentor, id);
        QVERIFY(opened);
        QVERIFY(store.setObjectives(f.lead, id, {QStringLiteral("Their objective")}, opened->rowVersion));
        Status s = store.setObjectives(f.mentor, id, {QStringLiteral("My objective")}, opened->rowVersion);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
        const auto c = RecordConflicts::of(s.error());
        QVERIFY(c);
        QCOMPARE(c->entity, QStringLiteral("intervention"));
        QCOMPARE(c->storedVersion, opened->rowVersion + 1);
        QCOMPARE(c->differenceCount(), 1);
        QCOMPARE(c->fields.first().yours, QStringLiteral("My objective"));
        QCOMPARE(c->fields.first().theirs, QStringLiteral("Their objective"));
        QCOMPARE(store.get(f.mentor, id)->objectives, QStringList{QStringLiteral("Their objective")});
        QVERIFY(store.setObjectives(f.mentor, id, {QStringLiteral("My objective")}, c->storedVersion));
        QCOMPARE(store.get(f.mentor, id)->objectives, QStringList{QStringLiteral("My objective")});
    }

    // The lead reviews with "Change" from the register row they opened; the keyworker has changed
    // the objectives meanwhile. The review is refused with both versions, never written over them.
    void aReviewAfterTheKeyworkersObjectivesChangedIsRefusedWithBothVersions()
    {
        ReferralFixture f;
        const qint64 id = planned(f, f.ada, "in_lesson_support", f.mentor.userId());
        InterventionStore store(f.db());
        QVERIFY(store.start(f.lead, id, f.today.addDays(8)));
        auto opened = store.get(f.lead, id);
        QVERIFY(opened);
        QVERIFY(store.setObjectives(f.mentor, id, {QStringLiteral("Keyworker's objective")}, opened->rowVersion));
        ReviewInput r = conclude(id, f.today.addDays(30));
        r.result = ReviewResult::Change;
        r.nextReviewOn = f.today.addDays(80);
        r.newObjectives = QStringList{QStringLiteral("Lead's objective")};
        r.expectedVersion = opened->rowVersion;
        r.openedObjectives = opened->objectives;
        auto refused = store.review(f.lead, r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        const auto c = RecordConflicts::of(refused.error());
        QVERIFY(c);
        QCOMPARE(c->entity, QStringLiteral("intervention"));
        QCOMPARE(c->yourVersion, opened->rowVersion);
        QCOMPARE(c->storedVersion, opened->rowVersion + 1);
        QCOMPARE(c->differenceCount(), 1);
        QCOMPARE(c->fields.at(1).label, QStringLiteral("Objective 1"));
        QCOMPARE(c->fields.at(1).yours, QStringLiteral("Lead's objective"));
        QCOMPARE(c->fields.at(1).theirs, QStringLiteral("Keyworker's objective"));
        // Nothing of the review was written.
        QCOMPARE(store.get(f.lead, id)->objectives, QStringList{QStringLiteral("Keyworker's objective")});
        QCOMPARE(store.get(f.lead, id)->reviewOn, opened->reviewOn);
        QCOMPARE(store.reviews(f.lead, id)->size(), 0);
        // A "Continue" from the old version is refused too, showing the objectives the lead saw.
        ReviewInput keep = r;
        keep.result = ReviewResult::Continue;
        keep.newObjectives.reset();
        auto stale = store.review(f.lead, keep);
        QVERIFY(!stale);
        QCOMPARE(RecordConflicts::of(stale.error())->fields.at(1).yours, opened->objectives.value(0));
        // Saving on top of the stored version is the deliberate overwrite.
        r.expectedVersion = c->storedVersion;
        auto done = store.review(f.lead, r);
        QVERIFY2(done, qPrintable(done.error().message));
        QCOMPARE(store.get(f.lead, id)->objectives, QStringList{QStringLiteral("Lead's objective")});
    }

    // Concluding from a stale version (another desk reviewed or concluded meanwhile) is refused.
    void concludingFromAStaleVersionIsRefused()
    {
        ReferralFixture f;
        const qint64 id = planned(f, f.ada, "attendance_support", f.mentor.userId());
        InterventionStore store(f.db());
        QVERIFY(store.start(f.lead, id, f.today.addDays(8)));
        auto opened = store.get(f.lead, id);
        QVERIFY(store.markParentsContacted(f.mentor, id, f.today.addDays(9)));
        ReviewInput r = conclude(id, f.today.addDays(40));
        r.expectedVersion = opened->rowVersion;
        r.openedObjectives = opened->objectives;
        auto refused = store.review(f.lead, r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY(RecordConflicts::of(refused.error()));
        QCOMPARE(store.get(f.lead, id)->status, InterventionStatus::Active);
        QCOMPARE(store.reviews(f.lead, id)->size(), 0);
    }

    void keyworkerUpdatesTheirOwnInterventionsOnly()
    {
        ReferralFixture f;
        const qint64 id = planned(f, f.ada, "anger_management", f.mentor.userId());
        InterventionStore store(f.db());
        QVERIFY(store.setObjectives(f.mentor, id, {QStringLiteral("Count to ten"), QStringLiteral("Walk away")}));
        auto other = store.setObjectives(f.mentor2, id, {QStringLiteral("Anything")});
        QVERIFY(!other);
        QCOMPARE(other.error().kind, Error::Kind::Forbidden);
        auto four = store.setObjectives(
            f.lead, id, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        QVERIFY(!four);
        QVERIFY(!store.markParentsContacted(f.teacher, id, f.today));
        QVERIFY(store.markParentsContacted(f.mentor, id, f.today));
        auto twice = store.markParentsContacted(f.mentor, id, f.today);
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("No parent contact is due")));
    }

    void readApiFollowsTheSessionsScope()
    {
        ReferralFixture f;
        const qint64 mine = planned(f, f.ada, "anger_management", f.mentor.userId());
        const qint64 theirs = planned(f, f.bo, "social_skills", f.mentor2.userId());
        InterventionStore store(f.db());
        auto forAda = store.forStudent(f.mentor, f.ada);
        QVERIFY(forAda);
        QCOMPARE(forAda->size(), 1);
        QCOMPARE(forAda->first().id, mine);
        QVERIFY(!store.forStudent(f.mentor, f.bo));
        QVERIFY(!store.get(f.mentor, theirs));
        auto listed = store.list(f.mentor, {});
        QCOMPARE(listed->size(), 1);
        auto refused = store.activeForKeyworker(f.mentor, f.mentor2.userId());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QCOMPARE(store.activeForKeyworker(f.lead, f.mentor2.userId())->size(), 1);
        QVERIFY(!store.list(f.teacher, {}));
        QCOMPARE(store.list(f.head, {})->size(), 2);
    }

    void registerFiltersByMentorStageYearFlagAndOverdueReview()
    {
        ReferralFixture f;
        Query lac(f.db(), QStringLiteral("UPDATE students SET looked_after = 1 WHERE id = ?"));
        lac.bind(f.bo);
        QVERIFY(lac.exec());
        const qint64 a = planned(f, f.ada, "anger_management", f.mentor.userId());
        const qint64 b = planned(f, f.bo, "long_term_mentoring", f.mentor2.userId(), RequestedBy::Senco);
        InterventionStore store(f.db());
        QVERIFY(store.start(f.lead, a, f.today.addDays(8)));
        RegisterFilter filter;
        filter.keyworkerId = f.mentor2.userId();
        QCOMPARE(store.list(f.lead, filter)->first().id, b);
        filter = {};
        filter.stage = 2;
        QCOMPARE(store.list(f.lead, filter)->first().id, a);
        filter = {};
        filter.yearGroup = 9;
        QCOMPARE(store.list(f.lead, filter)->first().id, b);
        filter = {};
        filter.flag = QStringLiteral("lac");
        QCOMPARE(store.list(f.lead, filter)->first().id, b);
        filter.flag = QStringLiteral("nonsense");
        QVERIFY(!store.list(f.lead, filter));
        filter = {};
        filter.overdueOnly = true;
        QCOMPARE(store.list(f.lead, filter)->size(), 0);
        filter.today = f.today.addDays(200);
        auto overdue = store.list(f.lead, filter);
        QCOMPARE(overdue->size(), 1); // only the active one can be overdue
        QVERIFY(overdue->first().reviewOverdue(filter.today));
        QVERIFY(overdue->first().statusText(filter.today).contains(QStringLiteral("review overdue")));
        filter = {};
        filter.sort = RegisterFilter::Sort::Stage;
        filter.order = Qt::DescendingOrder;
        QCOMPARE(store.list(f.lead, filter)->first().id, b);
    }
};

QTEST_GUILESS_MAIN(TestInterventions)
#include "tst_interventions.moc"
