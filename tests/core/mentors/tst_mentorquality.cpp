// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Quality assurance of mentors (reference 003): supervision and CPD, observations against the
// editable checklist, learner feedback, outcome metrics against hand-worked figures, the termly
// performance review and the lead mentor's team view.
#include "TestDatabase.h"

#include "storage/RecordConflict.h"

#include "mentors/MentorCatalogue.h"
#include "mentors/MentorMetrics.h"
#include "mentors/MentorQualityModel.h"
#include "mentors/MentorQualityStore.h"
#include "mentors/MentorStore.h"
#include "mentors/MentorTeamModel.h"
#include "mentors/PerformanceReview.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"

#include <QAbstractItemModelTester>
#include <QTextDocument>
#include <QtTest>

using namespace md;

// Checks a Result or Status and shows its error when it failed.
#define MD_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto md_result = (expr);                                                                                 \
        QVERIFY2(md_result.ok(), qPrintable(md_result.error().fullText()));                                            \
    } while (false)

namespace {

const QDate kToday(2025, 11, 20);

DevelopmentRecord record(qint64 mentor, const char *kind, const QDate &on, double hours, const char *topic = "Topic")
{
    DevelopmentRecord r;
    r.mentorId = mentor;
    r.kind = QString::fromLatin1(kind);
    r.heldOn = on;
    r.hours = hours;
    r.topic = QString::fromLatin1(topic);
    return r;
}

Observation observation(const QDate &on, const QStringList &judgements)
{
    Observation o;
    o.observedOn = on;
    o.setting = QStringLiteral("session");
    for (int i = 0; i < judgements.size(); ++i)
        o.items.append({QStringLiteral("Item %1").arg(i + 1), judgements.at(i)});
    return o;
}

LearnerFeedback answers(const QDate &on, std::array<int, 5> ratings)
{
    LearnerFeedback f;
    f.collectedOn = on;
    f.ratings = ratings;
    return f;
}

const QString kMet = QStringLiteral("met");
const QString kPartly = QStringLiteral("partly");
const QString kNotMet = QStringLiteral("not_met");
const QString kNotSeen = QStringLiteral("not_seen");

} // namespace

class TestMentorQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- the metrics, against figures worked out by hand ------------------------------------

    void shareOfTargetsMetCountsOnlyReviewedTargets()
    {
        // Met, met, not met, open, met: 3 met of the 4 reviewed = 75%.
        const Share s = MentorMetrics::targetsMet(
            {MetricTargetStatus::Met, MetricTargetStatus::Met, MetricTargetStatus::NotMet, MetricTargetStatus::Open, MetricTargetStatus::Met});
        QCOMPARE(s, (Share{3, 4}));
        QCOMPARE(*s.value(), 0.75);
        QCOMPARE(MentorMetrics::describe(s, QString()), QStringLiteral("75% (3 of 4)"));
        QVERIFY(!MentorMetrics::targetsMet({MetricTargetStatus::Open}).value());
        QCOMPARE(MentorMetrics::describe(MentorMetrics::targetsMet({}), QString()), QStringLiteral("None yet"));
    }

    void sessionAttendanceCountsEverySessionThatWasDue()
    {
        // Attended 3 of 5 (one absence, one cancelled) = 60%.
        const Share s = MentorMetrics::sessionsAttended({MetricSessionAttendance::Attended, MetricSessionAttendance::Attended,
                                                         MetricSessionAttendance::StudentAbsent, MetricSessionAttendance::Attended,
                                                         MetricSessionAttendance::Cancelled});
        QCOMPARE(s, (Share{3, 5}));
        QCOMPARE(MentorMetrics::describe(s, QString()), QStringLiteral("60% (3 of 5)"));
    }

    void interventionsImproveWithBetterAttendanceOrBehaviour()
    {
        MetricInterventionOutcome attendanceUp{85.0, 92.0, {}, {}};   // improved
        MetricInterventionOutcome behaviourBetter{90.0, 88.0, 10, 4}; // attendance down, behaviour better: improved
        MetricInterventionOutcome worse{95.0, 93.0, 2, 5};            // neither
        MetricInterventionOutcome unknown{{}, {}, {}, {}};            // no data: not counted
        MetricInterventionOutcome flat{{}, 91.0, 3, 3};               // behaviour unchanged, attendance unpaired
        const Share s = MentorMetrics::interventionsImproved({attendanceUp, behaviourBetter, worse, unknown, flat});
        QCOMPARE(s, (Share{2, 4}));
        QCOMPARE(MentorMetrics::describe(s, QString()), QStringLiteral("50% (2 of 4)"));
    }

    void observationScoresWeighPartlyMetAsHalfAndLeaveOutNotSeen()
    {
        // (1 + 1 + 0.5 + 0) / 4 judged = 0.625.
        const Observation first = observation(kToday, {kMet, kMet, kPartly, kNotMet, kNotSeen});
        QCOMPARE(*MentorMetrics::observationScore(first), 0.625);
        const Observation second = observation(kToday, {kMet, kMet});
        const Observation unseen = observation(kToday, {kNotSeen});
        QVERIFY(!MentorMetrics::observationScore(unseen));
        // Mean of 0.625 and 1.0; the one with nothing judged is left out.
        QCOMPARE(*MentorMetrics::averageObservationScore({first, second, unseen}), 0.8125);
        QCOMPARE(MentorMetrics::percent(0.8125), QStringLiteral("81%"));
    }

    void feedbackAveragesEachQuestionAndOverall()
    {
        const FeedbackSummary s =
            MentorMetrics::feedbackSummary({answers(kToday, {5, 4, 3, 5, 4}), answers(kToday, {3, 4, 5, 3, 2})});
        QCOMPARE(s.responses, 2);
        const std::array<double, 5> expected{4.0, 4.0, 4.0, 4.0, 3.0};
        for (std::size_t q = 0; q < 5; ++q)
            QCOMPARE(*s.averages[q], expected[q]);
        QCOMPARE(*s.overall, 3.8); // 38 points over 10 answers
        QVERIFY(!MentorMetrics::feedbackSummary({}).overall);
    }

    void aTermsMetricsCountOnlyThatTerm()
    {
        MetricInputs in;
        in.caseload = 6;
        in.capacity = 8;
        in.development = {
            record(1, "supervision", QDate(2025, 9, 10), 1.0), record(1, "supervision", QDate(2025, 10, 20), 1.5),
            record(1, "supervision", QDate(2026, 1, 5), 1.0), // spring: not counted, not "last"
            record(1, "cpd", QDate(2025, 11, 1), 3.0), record(1, "cpd", QDate(2025, 8, 30), 2.0)}; // last school year
        in.observations = {observation(QDate(2025, 10, 1), {kMet, kPartly}), observation(QDate(2025, 7, 1), {kNotMet})};
        in.feedback = {answers(QDate(2025, 11, 5), {4, 4, 4, 4, 4}), answers(QDate(2026, 2, 1), {1, 1, 1, 1, 1})};
        in.sessions = QList<MetricSessionAttendance>{MetricSessionAttendance::Attended, MetricSessionAttendance::StudentAbsent};
        const ReviewTerm autumn = ReviewTerm::containing(QDate(2025, 10, 1));
        const MentorMetricsReport r = MentorMetrics::compute(in, autumn.first(), autumn.last());
        QCOMPARE(r.caseload, 6);
        QCOMPARE(r.supervisionMeetings, 2);
        QCOMPARE(r.supervisionHours, 2.5);
        QCOMPARE(r.lastSupervision, QDate(2025, 10, 20));
        QCOMPARE(r.cpdRecords, 1);
        QCOMPARE(r.cpdHours, 3.0);
        QCOMPARE(r.observations, 1);
        QCOMPARE(*r.observationScore, 0.75);
        QCOMPARE(r.feedback.responses, 1);
        QCOMPARE(*r.feedback.overall, 4.0);
        QCOMPARE(*r.sessionsAttended, (Share{1, 2}));
        // Sources not recorded in Mentor Desk say so instead of showing 0%.
        QVERIFY(!r.targetsMet);
        QVERIFY(!r.interventionsImproved);
        QCOMPARE(MentorMetrics::describe(r.targetsMet, MentorMetrics::targetsUnavailable()),
                 QStringLiteral("Not available: choose a period to count SMART targets closed in it"));
    }

    // --- the records ------------------------------------------------------------------------

    void supervisionIsRecordedByTheLeadAndCpdByTheMentorThemselves()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const Session other = t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        MentorQualityStore store(t.db());
        MD_VERIFY_OK(store.addDevelopment(lead, record(mentor.userId(), "supervision", kToday.addDays(-3), 1), kToday));
        QCOMPARE(store.addDevelopment(mentor, record(mentor.userId(), "supervision", kToday, 1), kToday).error().kind,
                 Error::Kind::Forbidden);
        MD_VERIFY_OK(store.addDevelopment(mentor, record(mentor.userId(), "cpd", kToday, 2.5), kToday));
        const auto refused = store.addDevelopment(mentor, record(other.userId(), "cpd", kToday, 1), kToday);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QCOMPARE(refused.error().message,
                 QStringLiteral("You may only record mentors' CPD for yourself: the lead mentor sees the whole team."));
        // Every problem is named.
        const auto bad = store.addDevelopment(lead, record(mentor.userId(), "cpd", kToday.addDays(1), 0, ""), kToday);
        QCOMPARE(bad.error().fullText(), QStringLiteral("The date must be today or in the past\nEnter a topic\n"
                                                        "Enter the hours, more than 0 and no more than 100"));
        QCOMPARE(store.addDevelopment(lead, record(mentor.userId(), "coffee", kToday, 1), kToday).error().message,
                 QStringLiteral("Select whether this is a supervision meeting or CPD"));
        QCOMPARE(store.addDevelopment(lead, record(lead.userId(), "cpd", kToday, 1), kToday).error().kind,
                 Error::Kind::NotFound); // the lead here has no Mentor role or profile

        auto mine = store.development(mentor, mentor.userId());
        QCOMPARE(mine->size(), 2);
        QCOMPARE(mine->first().kind, QStringLiteral("cpd")); // newest first
        QCOMPARE(mine->first().recordedBy, QStringLiteral("m.one"));
        QCOMPARE(store.development(mentor, other.userId()).error().kind, Error::Kind::Forbidden);
        QCOMPARE(AuditLog::verifyChain(t.db()).value(), 0);
    }

    void theLeadMentorEditsTheChecklistAndObservationsKeepTheirOwnCopy()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        const Session head = t.addUser(QStringLiteral("head"), {Role::Headteacher});
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        MentorQualityStore store(t.db());
        auto checklist = store.checklist();
        QCOMPARE(checklist->size(), 10);
        QVERIFY(checklist->first().startsWith(QStringLiteral("The session is planned in advance")));

        Observation o;
        o.mentorId = mentor.userId();
        o.observedOn = kToday;
        o.setting = QStringLiteral("session");
        for (const QString &item : *checklist)
            o.items.append({item, kMet});
        o.items[3].judgement.clear();
        QCOMPARE(store.addObservation(lead, o, kToday).error().message,
                 QStringLiteral("Select a judgement for every item on the checklist (item 4 has none)"));
        o.items[3].judgement = kPartly;
        QCOMPARE(store.addObservation(mentor, o, kToday).error().kind, Error::Kind::Forbidden);
        MD_VERIFY_OK(store.addObservation(lead, o, kToday));

        QCOMPARE(store.setChecklist(head, {QStringLiteral("Anything")}).error().kind, Error::Kind::Forbidden);
        QCOMPARE(store.setChecklist(lead, {QStringLiteral(" "), QString()}).error().message,
                 QStringLiteral("Enter at least one item for the observation checklist"));
        QCOMPARE(store.setChecklist(lead, {QStringLiteral("Rapport"), QStringLiteral("rapport")}).error().message,
                 QStringLiteral("Item 2 repeats an earlier item: remove one of them"));
        MD_VERIFY_OK(store.setChecklist(
            lead, {QStringLiteral("  Rapport  with the student "), QStringLiteral("Targets reviewed")}));
        QCOMPARE(store.checklist().value(),
                 (QStringList{QStringLiteral("Rapport with the student"), QStringLiteral("Targets reviewed")}));

        auto seen = store.observations(mentor, mentor.userId()); // the mentor reads their own
        QVERIFY(seen);
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->first().items.size(), 10);
        QCOMPARE(seen->first().items.at(0).item, checklist->first());
        QCOMPARE(seen->first().items.at(3).judgement, kPartly);
        QCOMPARE(seen->first().observer, QStringLiteral("lead"));
        QCOMPARE(*MentorMetrics::observationScore(seen->first()), 0.95);
    }

    void learnerFeedbackComesFromTheMentorsOwnStudents()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const Session other = t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        const qint64 mine = t.addStudent(1, QStringLiteral("Bo"), QStringLiteral("Reed"));
        const qint64 theirs = t.addStudent(2, QStringLiteral("Cy"), QStringLiteral("Moss"));
        t.assignMentor(mentor.userId(), mine);
        t.assignMentor(other.userId(), theirs);
        MentorQualityStore store(t.db());
        LearnerFeedback f = answers(kToday, {5, 4, 4, 5, 3});
        f.mentorId = mentor.userId();
        f.studentId = mine;
        f.comment = QStringLiteral("Helps me calm down before maths");
        MD_VERIFY_OK(store.addFeedback(mentor, f, kToday));
        // Another mentor's student: out of this mentor's scope.
        f.studentId = theirs;
        QCOMPARE(store.addFeedback(mentor, f, kToday).error().kind, Error::Kind::Forbidden);
        // The lead may record it, but only about the student's own mentor.
        QCOMPARE(
            store.addFeedback(lead, f, kToday).error().message,
            QStringLiteral("This student has never been in this mentor's group, so they cannot give feedback about "
                           "them."));
        f.studentId = mine;
        f.ratings[2] = 0;
        f.ratings[4] = 6;
        QCOMPARE(store.addFeedback(lead, f, kToday).error().fullText(),
                 QStringLiteral("Answer \u201cI feel safe talking to my mentor\u201d from 1 to 5\n"
                                "Answer \u201cI would recommend mentoring to a friend\u201d from 1 to 5"));
        auto list = store.feedback(lead, mentor.userId());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().studentName, QStringLiteral("Bo Reed"));
        QCOMPARE(list->first().ratings, (std::array<int, 5>{5, 4, 4, 5, 3}));
        QCOMPARE(list->first().comment, QStringLiteral("Helps me calm down before maths"));
        QCOMPARE(store.feedback(other, mentor.userId()).error().kind, Error::Kind::Forbidden);
    }

    // The lead mentor and the headteacher both write a term's review: a save from the version an
    // editor read meets a review saved at another desk meanwhile as a conflict with both versions,
    // never overwriting it; a first review written at two desks at once likewise.
    void aReviewSavedAtAnotherDeskMeanwhileIsAConflictNotOverwritten()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        const Session head = t.addUser(QStringLiteral("head"), {Role::Headteacher});
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        MentorQualityStore store(t.db());
        PerformanceReviewRecord mine;
        mine.mentorId = mentor.userId();
        mine.term = ReviewTerm::containing(kToday);
        mine.reviewedOn = kToday;
        mine.overall = QStringLiteral("meets");
        mine.strengths = QStringLiteral("Mine: calm sessions");
        PerformanceReviewRecord theirs = mine;
        theirs.overall = QStringLiteral("exceeds");
        theirs.strengths = QStringLiteral("Theirs: excellent planning");

        // Both opened the term with no review yet (version 0); the head saves first.
        QVERIFY(store.saveReview(head, theirs, kToday, 0));
        auto stale = store.saveReview(lead, mine, kToday, 0);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        auto conflict = RecordConflicts::of(stale.error());
        QVERIFY(conflict);
        QCOMPARE(conflict->entity, QStringLiteral("mentor_review"));
        QCOMPARE(conflict->yourVersion, 0);
        QCOMPARE(conflict->storedVersion, 1);
        QCOMPARE(conflict->changedBy, QStringLiteral("head"));
        bool strengthsShown = false;
        for (const ConflictField &f : conflict->fields)
            if (f.label == QLatin1String("Strengths"))
                strengthsShown = f.yours == mine.strengths && f.theirs == theirs.strengths;
        QVERIFY(strengthsShown);
        QCOMPARE((*store.review(lead, mentor.userId(), mine.term))->strengths, theirs.strengths);

        // Saved on top of the version now shown, it goes through and the version moves on.
        QVERIFY(store.saveReview(lead, mine, kToday, conflict->storedVersion));
        const PerformanceReviewRecord now = **store.review(lead, mentor.userId(), mine.term);
        QCOMPARE(now.strengths, mine.strengths);
        QCOMPARE(now.rowVersion, 2);
        // The head's editor still holds version 1: refused.
        QCOMPARE(store.saveReview(head, theirs, kToday, 1).error().kind, Error::Kind::Conflict);
        QCOMPARE((*store.review(lead, mentor.userId(), mine.term))->strengths, mine.strengths);
    }

    void aTermsReviewIsSavedOnceAndUpdated()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        MentorQualityStore store(t.db());
        PerformanceReviewRecord r;
        r.mentorId = mentor.userId();
        r.term = ReviewTerm::containing(kToday);
        r.reviewedOn = kToday;
        QCOMPARE(store.saveReview(lead, r, kToday).error().message, QStringLiteral("Select an overall judgement"));
        r.overall = QStringLiteral("meets");
        r.strengths = QStringLiteral("Calm, well-planned sessions");
        QCOMPARE(store.saveReview(mentor, r, kToday).error().kind, Error::Kind::Forbidden);
        auto first = store.saveReview(lead, r, kToday);
        QVERIFY(first);
        r.overall = QStringLiteral("exceeds");
        r.objectives = QStringLiteral("Lead the social skills programme");
        auto second = store.saveReview(lead, r, kToday);
        QCOMPARE(*second, *first);
        auto saved = store.review(mentor, mentor.userId(), r.term);
        QVERIFY(saved && saved->has_value());
        QCOMPARE((*saved)->overall, QStringLiteral("exceeds"));
        QCOMPARE((*saved)->objectives, QStringLiteral("Lead the social skills programme"));
        QCOMPARE((*saved)->reviewer, QStringLiteral("lead"));
        QVERIFY(!store.review(lead, mentor.userId(), r.term.previous())->has_value());
    }

    void theMetricsReadWhatTheDatabaseRecords()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        MD_VERIFY_OK(
            MentorStore(t.db()).setGradeAndCapacity(lead, mentor.userId(), QStringLiteral("learning_mentor"), 8));
        const qint64 s1 = t.addStudent(1, QStringLiteral("Bo"), QStringLiteral("Reed"));
        const qint64 s2 = t.addStudent(2, QStringLiteral("Cy"), QStringLiteral("Moss"));
        t.assignMentor(mentor.userId(), s1);
        t.assignMentor(mentor.userId(), s2);
        MentorQualityStore store(t.db());
        MD_VERIFY_OK(store.addDevelopment(lead, record(mentor.userId(), "supervision", QDate(2025, 10, 2), 1), kToday));
        MD_VERIFY_OK(store.addDevelopment(lead, record(mentor.userId(), "cpd", QDate(2025, 11, 3), 3), kToday));
        MD_VERIFY_OK(store.addDevelopment(lead, record(mentor.userId(), "cpd", QDate(2025, 11, 4), 1.5), kToday));
        Observation o = observation(QDate(2025, 10, 15), {kMet, kMet, kMet, kPartly});
        o.mentorId = mentor.userId();
        MD_VERIFY_OK(store.addObservation(lead, o, kToday));
        for (auto [student, ratings] :
             {std::pair{s1, std::array<int, 5>{5, 5, 5, 5, 5}}, std::pair{s2, std::array<int, 5>{3, 3, 3, 3, 3}}}) {
            LearnerFeedback f = answers(QDate(2025, 11, 10), ratings);
            f.mentorId = mentor.userId();
            f.studentId = student;
            MD_VERIFY_OK(store.addFeedback(lead, f, kToday));
        }
        auto inputs = MentorMetricsLoader::load(t.db(), lead, mentor.userId());
        QVERIFY(inputs);
        QVERIFY(!inputs->targets && !inputs->sessions && !inputs->interventions);
        const ReviewTerm autumn = ReviewTerm::containing(kToday);
        const MentorMetricsReport r = MentorMetrics::compute(*inputs, autumn.first(), autumn.last());
        QCOMPARE(r.caseload, 2);
        QCOMPARE(r.capacity, 8);
        QCOMPARE(r.supervisionMeetings, 1);
        QCOMPARE(r.cpdHours, 4.5);
        QCOMPARE(*r.observationScore, 0.875); // 3.5 of 4
        QCOMPARE(*r.feedback.overall, 4.0);
        // The record's tables over the same data.
        for (auto kind : {MentorQualityModel::Kind::Development, MentorQualityModel::Kind::Observations,
                          MentorQualityModel::Kind::Feedback}) {
            MentorQualityModel model(kind);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            MD_VERIFY_OK(model.load(t.db(), mentor, mentor.userId()));
            QCOMPARE(model.rowCount(), kind == MentorQualityModel::Kind::Development    ? 3
                                       : kind == MentorQualityModel::Kind::Observations ? 1
                                                                                        : 2);
        }
        MentorQualityModel observationsModel(MentorQualityModel::Kind::Observations);
        MD_VERIFY_OK(observationsModel.load(t.db(), lead, mentor.userId()));
        QCOMPARE(observationsModel.index(0, 3).data().toString(), QStringLiteral("88%"));
        MentorQualityModel feedbackModel(MentorQualityModel::Kind::Feedback);
        MD_VERIFY_OK(feedbackModel.load(t.db(), lead, mentor.userId()));
        QCOMPARE(feedbackModel.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Listens"));
        QCOMPARE(feedbackModel.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("My mentor listens to me"));
        QCOMPARE(feedbackModel.index(0, 7).data().toString(), QStringLiteral("3.0")); // newest first
        QCOMPARE(feedbackModel.index(1, 7).data().toString(), QStringLiteral("5.0"));
        // The mentor reads their own metrics; another mentor may not.
        MD_VERIFY_OK(MentorMetricsLoader::load(t.db(), mentor, mentor.userId()));
        const Session other = t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        QCOMPARE(MentorMetricsLoader::load(t.db(), other, mentor.userId()).error().kind, Error::Kind::Forbidden);
    }

    void thePerformanceReviewCombinesEverythingAndPrintsToPdf()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        MentorBasicDetails d;
        d.firstName = QStringLiteral("Ada");
        d.lastName = QStringLiteral("Quill");
        d.trn = QStringLiteral("1234567");
        d.email = QStringLiteral("ada@example.com");
        d.subject = QStringLiteral("physics");
        d.ageRange = QStringLiteral("11_to_18");
        d.keyStage = QStringLiteral("ks5");
        auto added = MentorStore(t.db(), PasswordHasher::Cost::Minimum).add(lead, d);
        QVERIFY(added);
        MentorQualityStore store(t.db());
        MD_VERIFY_OK(store.addDevelopment(
            lead, record(added->userId, "cpd", QDate(2025, 10, 7), 2, "De-escalation <basics>"), kToday));
        PerformanceReviewRecord r;
        r.mentorId = added->userId;
        r.term = ReviewTerm::containing(kToday);
        r.reviewedOn = kToday;
        r.overall = QStringLiteral("meets");
        r.strengths = QStringLiteral("Consistent weekly sessions & clear logs");
        MD_VERIFY_OK(store.saveReview(lead, r, kToday));

        auto content = PerformanceReview::gather(t.db(), lead, added->userId, r.term);
        QVERIFY(content);
        const QString html = PerformanceReview::html(*content);
        QTextDocument doc;
        doc.setHtml(html);
        const QString plain = doc.toPlainText();
        for (const QString &expected :
             {QStringLiteral("Termly performance review"), QStringLiteral("Ada Quill"),
              QStringLiteral("Autumn term 2025/26"), QStringLiteral("Learning mentor"),
              QStringLiteral("0 students (capacity 8)"),
              QStringLiteral("None yet"),
              QStringLiteral("2.0 hours in 1 records"), QStringLiteral("De-escalation <basics>"),
              QStringLiteral("Meets expectations"), QStringLiteral("Consistent weekly sessions & clear logs"),
              QStringLiteral("Mentor's signature")})
            QVERIFY2(plain.contains(expected), qPrintable(expected));
        QVERIFY(!html.contains(QStringLiteral("<basics>"))); // escaped

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
        MD_VERIFY_OK(PerformanceReview::writePdf(*content, pdf));
        const QByteArray bytes = test::fileBytes(pdf);
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.size() > 2000);
        QCOMPARE(
            PerformanceReview::writePdf(*content, dir.filePath(QStringLiteral("no/such/dir/review.pdf"))).error().kind,
            Error::Kind::Io);
    }

    void theTeamViewShowsCaseloadStatusOverdueSupervisionAndCpd()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        const Session busy = t.addUser(QStringLiteral("ada"), {Role::Mentor});
        const Session idle = t.addUser(QStringLiteral("bo"), {Role::Mentor});
        const Session unset = t.addUser(QStringLiteral("cy"), {Role::Mentor, Role::Headteacher});
        MentorStore mentors(t.db());
        MD_VERIFY_OK(mentors.setGradeAndCapacity(lead, busy.userId(), QStringLiteral("advanced_learning_mentor"), 2));
        MD_VERIFY_OK(mentors.setGradeAndCapacity(lead, idle.userId(), QStringLiteral("learning_mentor"), 8));
        for (int i = 1; i <= 3; ++i)
            t.assignMentor(busy.userId(), t.addStudent(i, QStringLiteral("S%1").arg(i), QStringLiteral("Pupil")));
        t.assignMentor(unset.userId(), t.addStudent(9, QStringLiteral("T"), QStringLiteral("Pupil")));
        MentorQualityStore store(t.db());
        MD_VERIFY_OK(store.addDevelopment(lead, record(busy.userId(), "supervision", kToday.addDays(-50), 1), kToday));
        MD_VERIFY_OK(store.addDevelopment(lead, record(idle.userId(), "supervision", kToday.addDays(-10), 1), kToday));
        MD_VERIFY_OK(store.addDevelopment(lead, record(idle.userId(), "cpd", QDate(2025, 9, 3), 2.5), kToday));
        MD_VERIFY_OK(
            store.addDevelopment(lead, record(idle.userId(), "cpd", QDate(2025, 7, 3), 6), kToday)); // last year

        MentorTeamModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MD_VERIFY_OK(model.load(t.db(), lead, kToday));
        QCOMPARE(model.rowCount(), 3);
        auto cell = [&](const QString &name, int column) {
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.index(r, MentorTeamModel::NameColumn).data().toString() == name)
                    return model.index(r, column).data().toString();
            return QString();
        };
        QCOMPARE(cell(QStringLiteral("ada"), MentorTeamModel::GradeColumn), QStringLiteral("Advanced learning mentor"));
        QCOMPARE(cell(QStringLiteral("ada"), MentorTeamModel::CaseloadColumn), QStringLiteral("3 of 2"));
        QCOMPARE(cell(QStringLiteral("ada"), MentorTeamModel::StatusColumn), QStringLiteral("Over capacity by 1"));
        QCOMPARE(cell(QStringLiteral("ada"), MentorTeamModel::OverdueColumn),
                 QStringLiteral("Supervision: last 50 days ago; Caseload over capacity"));
        QCOMPARE(cell(QStringLiteral("bo"), MentorTeamModel::StatusColumn),
                 QStringLiteral("Not assigned to any students"));
        QCOMPARE(cell(QStringLiteral("bo"), MentorTeamModel::OverdueColumn), QStringLiteral("None"));
        QCOMPARE(cell(QStringLiteral("bo"), MentorTeamModel::LastSupervisionColumn), QStringLiteral("10 Nov 2025"));
        QCOMPARE(cell(QStringLiteral("bo"), MentorTeamModel::CpdHoursColumn), QStringLiteral("2.5"));
        QCOMPARE(cell(QStringLiteral("cy"), MentorTeamModel::GradeColumn), QStringLiteral("Not set"));
        QCOMPARE(cell(QStringLiteral("cy"), MentorTeamModel::CaseloadColumn), QStringLiteral("1 (no capacity set)"));
        QCOMPARE(cell(QStringLiteral("cy"), MentorTeamModel::StatusColumn), QStringLiteral("Assigned to 1 student"));
        QCOMPARE(cell(QStringLiteral("cy"), MentorTeamModel::OverdueColumn),
                 QStringLiteral("Supervision: none recorded"));

        // A removed mentor is listed only when asked for.
        MD_VERIFY_OK(mentors.remove(lead, idle.userId(), {QStringLiteral("left_school"), {}, kToday, {}}));
        MD_VERIFY_OK(model.load(t.db(), lead, kToday));
        QCOMPARE(model.rowCount(), 2);
        MD_VERIFY_OK(model.load(t.db(), lead, kToday, true));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(QStringLiteral("bo"), MentorTeamModel::StatusColumn), QStringLiteral("Removed on 20 Nov 2025"));
        QVERIFY(model.index(model.rowOfMentor(idle.userId()), 0).data(MentorTeamModel::RemovedRole).toBool());
        const Session mentor = t.addUser(QStringLiteral("m.x"), {Role::Mentor});
        QCOMPARE(model.load(t.db(), mentor, kToday).error().kind, Error::Kind::Forbidden);
    }

    void outcomeMetricsReadTargetsSessionsAndInterventionsOfThePeriod()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead.outcomes"), {Role::LeadMentor});
        const Session mentor = t.addUser(QStringLiteral("m.outcomes"), {Role::Mentor});
        const qint64 s = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.assignMentor(mentor.userId(), s);
        const auto run = [&](const QString &sql) {
            Query q(t.db(), sql);
            QVERIFY2(q.exec(), qPrintable(sql));
        };
        const QString id = QString::number(s), m = QString::number(mentor.userId());
        // Targets: two met and one not met in the period, one met before it, one still active.
        for (const auto &[status, closed] : {std::pair{"met", "2026-10-01"}, std::pair{"met", "2026-10-20"},
                                             std::pair{"not_met", "2026-11-02"}, std::pair{"met", "2026-06-01"},
                                             std::pair{"active", ""}})
            run(QStringLiteral("INSERT INTO smart_targets (student_id, title, specific, measurable, achievable, relevant, "
                               "time_bound, set_on, due_on, status, closed_on, created_by, created_at, updated_at) VALUES "
                               "(%1, 't', 's', 'm', 'a', 'r', 't', '2026-01-01', '2026-12-01', '%2', %3, %4, '', '')")
                    .arg(id, QLatin1String(status),
                         QLatin1String(closed).isEmpty() ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(QLatin1String(closed)),
                         m));
        // Sessions: three attended, one missed, one cancelled, one planned (not counted).
        int day = 1;
        for (const char *status : {"attended", "attended", "attended", "missed", "cancelled", "planned"})
            run(QStringLiteral("INSERT INTO mentoring_sessions (student_id, mentor_id, session_date, period, status, "
                               "created_at, updated_at) VALUES (%1, %2, '2026-10-%3', 1, '%4', '', '')")
                    .arg(id, m, QStringLiteral("%1").arg(++day, 2, 10, QLatin1Char('0')), QLatin1String(status)));
        // One concluded intervention with attendance up (80% -> 95%).
        run(QStringLiteral("INSERT INTO interventions (student_id, provision_type_id, stage, requested_via, keyworker_id, "
                           "status, planned_on, started_on, concluded_on, created_at, updated_at) VALUES (%1, "
                           "(SELECT MIN(id) FROM provision_types), 1, 'direct', %2, 'concluded', '2026-09-01', "
                           "'2026-09-14', '2026-10-23', '', '')")
                .arg(id, m));
        run(QStringLiteral("INSERT INTO report_attendance (student_id, week_start, percent) VALUES (%1, '2026-08-31', 80), "
                           "(%1, '2026-09-07', 80), (%1, '2026-11-02', 95)")
                .arg(id));

        auto none = MentorMetricsLoader::load(t.db(), lead, mentor.userId());
        QVERIFY(none);
        QVERIFY(!none->targets && !none->sessions && !none->interventions);
        const QDate from(2026, 9, 1), to(2026, 12, 19);
        auto inputs = MentorMetricsLoader::load(t.db(), lead, mentor.userId(), from, to);
        QVERIFY(inputs);
        const MentorMetricsReport r = MentorMetrics::compute(*inputs, from, to);
        QCOMPARE(r.targetsMet, std::optional<Share>(Share{2, 3}));
        QCOMPARE(r.sessionsAttended, std::optional<Share>(Share{3, 5}));
        QCOMPARE(r.interventionsImproved, std::optional<Share>(Share{1, 1}));
        QCOMPARE(MentorMetrics::describe(r.sessionsAttended, MentorMetrics::sessionsUnavailable()), QStringLiteral("60% (3 of 5)"));
    }
};

QTEST_MAIN(TestMentorQuality)
#include "tst_mentorquality.moc"
