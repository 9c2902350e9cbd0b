// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourFixture.h"

#include "assessments/ApprovalQueueModel.h"
#include "assessments/AssessmentRosterModel.h"
#include "storage/RecordConflict.h"

#include <QAbstractItemModelTester>

using namespace md;
using md::test::BehaviourFixture;

namespace {
// Grades every student on t.one's Year 8 Maths and marks it complete.
void completeMaths(BehaviourFixture &f)
{
    AssessmentService s(f.db());
    MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("6"), QStringLiteral("Good")));
    MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.bo, QStringLiteral("4"), QString()));
    MD_VERIFY_OK(s.markComplete(f.teacher, f.maths));
}

AssessmentStage stageOf(BehaviourFixture &f, qint64 course)
{
    return AssessmentService(f.db()).stage(course).value();
}
} // namespace

class TestAssessments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stagesFollowTheTeachersWork()
    {
        BehaviourFixture f;
        AssessmentService s(f.db());
        QCOMPARE(stageOf(f, f.maths), AssessmentStage::NotStarted);
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("6"), QString()));
        QCOMPARE(stageOf(f, f.maths), AssessmentStage::InProgress);
        auto early = s.markComplete(f.teacher, f.maths);
        QVERIFY(!early);
        QVERIFY2(early.error().message.contains(QStringLiteral("1 student")), qPrintable(early.error().message));
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.bo, QStringLiteral("5"), QString()));
        MD_VERIFY_OK(s.markComplete(f.teacher, f.maths));
        QCOMPARE(stageOf(f, f.maths), AssessmentStage::Complete);
        auto edit = s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("7"), QString());
        QVERIFY(!edit);
        QCOMPARE(edit.error().kind, Error::Kind::Conflict);
    }

    void gradesComeFromTheCoursesScaleAndOnlyItsTeacherGives()
    {
        BehaviourFixture f;
        AssessmentService s(f.db());
        QCOMPARE(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("A*"), QString()).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(s.setAssessment(f.teacher2, f.maths, f.ada, QStringLiteral("6"), QString()).error().kind,
                 Error::Kind::Forbidden);
        QCOMPARE(s.setAssessment(f.head, f.maths, f.ada, QStringLiteral("6"), QString()).error().kind,
                 Error::Kind::Forbidden);
        QCOMPARE(s.setAssessment(f.teacher, f.maths, f.cy, QStringLiteral("6"), QString()).error().kind,
                 Error::Kind::Invalid); // not enrolled
        MD_VERIFY_OK(
            s.setGradingScale(f.head, f.maths, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("B"), QString()));
        // The scale locks once anyone is assessed on it.
        QCOMPARE(s.setGradingScale(f.head, f.maths, {QStringLiteral("X")}).error().kind, Error::Kind::Conflict);
    }

    void approvingNeedsACompleteCourse()
    {
        BehaviourFixture f;
        AssessmentService s(f.db());
        QCOMPARE(s.approve(f.head, f.maths).error().kind, Error::Kind::Conflict); // not started
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("6"), QString()));
        auto inProgress = s.approve(f.head, f.maths);
        QVERIFY(!inProgress);
        QVERIFY(inProgress.error().message.contains(QStringLiteral("not marked")));
        QCOMPARE(s.returnCourse(f.head, f.maths, QStringLiteral("Why?")).error().kind, Error::Kind::Conflict);
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.bo, QStringLiteral("6"), QString()));
        MD_VERIFY_OK(s.markComplete(f.teacher, f.maths));
        QCOMPARE(s.approve(f.teacher, f.maths).error().kind, Error::Kind::Forbidden);
        QCOMPARE(s.approve(f.mentor, f.maths).error().kind, Error::Kind::Forbidden);
        MD_VERIFY_OK(s.approve(f.head, f.maths));
        QCOMPARE(stageOf(f, f.maths), AssessmentStage::Approved);
        QCOMPARE(s.approve(f.head, f.maths).error().kind, Error::Kind::Conflict);
    }

    void returningLetsTheTeacherEditAgainButNotAfterApproval()
    {
        BehaviourFixture f;
        completeMaths(f);
        AssessmentService s(f.db());
        QCOMPARE(s.returnCourse(f.head, f.maths, QStringLiteral("  ")).error().kind, Error::Kind::Invalid);
        MD_VERIFY_OK(s.returnCourse(f.head, f.maths, QStringLiteral("Please add comments")));
        QCOMPARE(stageOf(f, f.maths), AssessmentStage::Returned);
        QCOMPARE(s.returnComment(f.teacher, f.maths).value(), QStringLiteral("Please add comments"));
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.bo, QStringLiteral("4"), QStringLiteral("Keep going")));
        MD_VERIFY_OK(s.markComplete(f.teacher, f.maths));
        MD_VERIFY_OK(s.approve(f.head, f.maths));
        auto late = s.returnCourse(f.head, f.maths, QStringLiteral("Second thoughts"));
        QVERIFY(!late);
        QCOMPARE(late.error().kind, Error::Kind::Conflict);
        QVERIFY(late.error().message.contains(QStringLiteral("approved")));
        QCOMPARE(s.setAssessment(f.teacher, f.maths, f.bo, QStringLiteral("5"), QString()).error().kind,
                 Error::Kind::Conflict);
    }

    void remindersGoToExactlyTheTeachersNotComplete()
    {
        BehaviourFixture f;
        const Session third = f.t.addUser(QStringLiteral("t.three"), {Role::Teacher});
        f.t.enrol(third.userId(), f.di, QStringLiteral("Year 9 Art"));
        AssessmentService s(f.db());
        MD_VERIFY_OK(s.setCourseTerm(f.head, f.courseId(QStringLiteral("Year 9 Art")), f.term));
        completeMaths(f); // t.one is complete; t.two (English) and t.three (Art) are not
        MD_VERIFY_OK(
            s.setAssessment(third, f.courseId(QStringLiteral("Year 9 Art")), f.di, QStringLiteral("3"), QString()));
        auto due = s.remindersDue(f.head, f.term);
        QVERIFY(due);
        QStringList names;
        for (const AssessmentReminder &r : std::as_const(*due))
            names << r.teacherName;
        names.sort();
        QCOMPARE(names.size(), 2);
        QVERIFY(!names.join(QLatin1Char(',')).contains(QStringLiteral("t.one")));
        auto sent = s.sendReminders(f.head, f.term);
        QVERIFY(sent);
        QCOMPARE(sent->size(), 2);
        QVERIFY(sent->first().message.contains(QStringLiteral("Autumn 2026")));
        Query q(f.db(), QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT teacher_id) FROM assessment_reminders"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.integer(0), 2);
        QCOMPARE(q.integer(1), 2);
        auto recorded = s.sentReminders(f.head, f.term);
        QCOMPARE(recorded->size(), 2);
        QCOMPARE(s.sendReminders(f.teacher, f.term).error().kind, Error::Kind::Forbidden);
        // Once every course is approved or complete, nobody is left to remind.
        MD_VERIFY_OK(s.setAssessment(f.teacher2, f.english, f.cy, QStringLiteral("5"), QString()));
        MD_VERIFY_OK(s.markComplete(f.teacher2, f.english));
        MD_VERIFY_OK(s.markComplete(third, f.courseId(QStringLiteral("Year 9 Art"))));
        QCOMPARE(s.remindersDue(f.head, f.term)->size(), 0);
        QCOMPARE(s.sendReminders(f.head, f.term).error().kind, Error::Kind::Conflict);
    }

    void completingTheTermLocksEveryAssessment()
    {
        BehaviourFixture f;
        completeMaths(f);
        AssessmentService s(f.db());
        auto early = s.completeTerm(f.head, f.term);
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QStringLiteral("not approved")));
        MD_VERIFY_OK(s.approve(f.head, f.maths));
        MD_VERIFY_OK(s.setAssessment(f.teacher2, f.english, f.cy, QStringLiteral("5"), QString()));
        MD_VERIFY_OK(s.markComplete(f.teacher2, f.english));
        MD_VERIFY_OK(s.approve(f.head, f.english));
        QCOMPARE(s.completeTerm(f.teacher, f.term).error().kind, Error::Kind::Forbidden);
        MD_VERIFY_OK(s.completeTerm(f.head, f.term));
        QVERIFY(s.term(f.term)->isComplete());
        for (const Session *who : {&f.teacher, &f.head, &f.admin}) {
            auto edit = s.setAssessment(*who, f.maths, f.ada, QStringLiteral("9"), QString());
            QVERIFY(!edit);
        }
        auto edit = s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("9"), QString());
        QCOMPARE(edit.error().kind, Error::Kind::Conflict);
        QVERIFY(edit.error().message.contains(QStringLiteral("locked")));
        QCOMPARE(s.returnCourse(f.head, f.maths, QStringLiteral("x")).error().kind, Error::Kind::Conflict);
        QCOMPARE(s.completeTerm(f.head, f.term).error().kind, Error::Kind::Conflict);
    }

    void workflowSettingsRelaxTheRequiredStages()
    {
        BehaviourFixture f;
        AssessmentService s(f.db());
        AssessmentWorkflow relaxed;
        relaxed.requireTeacherCompletion = false;
        relaxed.requireApproval = false;
        QCOMPARE(s.setWorkflow(f.head, relaxed).error().kind, Error::Kind::Forbidden);
        MD_VERIFY_OK(s.setWorkflow(f.admin, relaxed));
        QVERIFY(!s.workflow().requireTeacherCompletion);
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("6"), QString()));
        MD_VERIFY_OK(s.approve(f.head, f.maths));     // straight from in progress
        MD_VERIFY_OK(s.completeTerm(f.head, f.term)); // English never approved
    }

    void queueModelShowsStagesCountsAndReminders()
    {
        BehaviourFixture f;
        AssessmentService s(f.db());
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("6"), QString()));
        ApprovalQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.db(), f.head);
        QVERIFY(model.load(f.term));
        QCOMPARE(model.rowCount(), 2);
        const int maths = model.rowOfCourse(f.maths);
        QCOMPARE(model.index(maths, ApprovalQueueModel::StageColumn).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(model.index(maths, ApprovalQueueModel::AssessedColumn).data().toString(), QStringLiteral("1 of 2"));
        QCOMPARE(model.index(maths, ApprovalQueueModel::TeachersColumn).data().toString(), QStringLiteral("t.one"));
        QCOMPARE(model.remindersNeeded(), 2);
        QCOMPARE(model.count(AssessmentStage::NotStarted), 1);
        ApprovalQueueModel forbidden;
        forbidden.setSource(f.db(), f.teacher);
        QVERIFY(!forbidden.load(f.term));
    }

    void rosterModelEditsThroughTheService()
    {
        BehaviourFixture f;
        AssessmentRosterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.db(), f.teacher);
        QVERIFY(model.load(f.maths));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.flags(model.index(0, AssessmentRosterModel::GradeColumn)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(0, AssessmentRosterModel::GradeColumn), QStringLiteral("8")));
        QVERIFY(!model.setData(model.index(1, AssessmentRosterModel::GradeColumn), QStringLiteral("Z")));
        QVERIFY(model.lastError().message.contains(QStringLiteral("not on the course's scale")));
        QCOMPARE(AssessmentService(f.db()).roster(f.teacher, f.maths)->at(0).grade, QStringLiteral("8"));
        // The mentor sees only their own learner on the course; another teacher nothing.
        auto mentorView = AssessmentService(f.db()).roster(f.mentor, f.maths);
        QCOMPARE(mentorView->size(), 1);
        QCOMPARE(mentorView->first().studentId, f.bo);
        QCOMPARE(AssessmentService(f.db()).roster(f.teacher2, f.maths).error().kind, Error::Kind::Forbidden);
        AssessmentRosterModel readOnly;
        readOnly.setSource(f.db(), f.head);
        QVERIFY(readOnly.load(f.maths));
        QVERIFY(!(readOnly.flags(readOnly.index(0, AssessmentRosterModel::GradeColumn)) & Qt::ItemIsEditable));
    }

    // Issue 12, gap G5: co-teachers grade the same learners. A grade or comment saved by one after
    // the other read it is a stale write, shown with both versions, never silently overwritten.
    void aCoTeachersGradeSavedMeanwhileIsAConflictNotOverwritten()
    {
        BehaviourFixture f;
        f.t.enrol(f.teacher2.userId(), f.ada, QStringLiteral("Year 8 Maths")); // a co-teacher
        AssessmentService s(f.db());
        const auto adaOf = [&](const Session &who) {
            const QList<CourseAssessment> rows = s.roster(who, f.maths).value();
            for (const CourseAssessment &a : rows)
                if (a.studentId == f.ada)
                    return a;
            return CourseAssessment();
        };
        const CourseAssessment opened = adaOf(f.teacher); // both teachers open the roster
        QCOMPARE(opened.rowVersion, 0);                   // nothing saved yet

        MD_VERIFY_OK(s.setAssessment(f.teacher2, f.maths, f.ada, QStringLiteral("6"), QStringLiteral("Steady"),
                                     opened.rowVersion));
        QCOMPARE(adaOf(f.teacher).rowVersion, 1);

        // The first teacher, still holding "no grade yet": refused, both versions shown.
        auto stale = s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("7"), QString(), opened.rowVersion);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        auto conflict = RecordConflicts::of(stale.error());
        QVERIFY(conflict);
        QCOMPARE(conflict->entity, QStringLiteral("course_assessment"));
        QCOMPARE(conflict->storedVersion, 1);
        QCOMPARE(conflict->differenceCount(), 2);
        QCOMPARE(conflict->fields.at(0).yours, QStringLiteral("7"));
        QCOMPARE(conflict->fields.at(0).theirs, QStringLiteral("6"));
        QCOMPARE(adaOf(f.teacher).grade, QStringLiteral("6"));
        QCOMPARE(adaOf(f.teacher).comment, QStringLiteral("Steady"));

        // An update from a stale version is refused the same way.
        MD_VERIFY_OK(s.setAssessment(f.teacher2, f.maths, f.ada, QStringLiteral("5"), QStringLiteral("Steady"), 1));
        QCOMPARE(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("7"), QString(), 1).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(adaOf(f.teacher).grade, QStringLiteral("5"));

        // At the stored version (the user chose to overwrite): saved.
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("7"), QString(), 2));
        QCOMPARE(adaOf(f.teacher2).grade, QStringLiteral("7"));
        QCOMPARE(s.assessmentVersion(f.maths, f.ada).value(), 3);

        // The roster model saves at the version it read: a stale edit is refused, theirs kept.
        AssessmentRosterModel model;
        model.setSource(f.db(), f.teacher2);
        MD_VERIFY_OK(model.load(f.maths));
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data(AssessmentRosterModel::StudentIdRole).toLongLong() == f.ada)
                row = r;
        QVERIFY(row >= 0);
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("8"), QString(), 3));
        QVERIFY(!model.setData(model.index(row, AssessmentRosterModel::GradeColumn), QStringLiteral("4")));
        QCOMPARE(model.lastError().kind, Error::Kind::Conflict);
        QCOMPARE(adaOf(f.teacher).grade, QStringLiteral("8"));
    }
};

QTEST_GUILESS_MAIN(TestAssessments)
#include "tst_assessments.moc"
