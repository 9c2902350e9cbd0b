// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Terms, courses and grading scales as the headteacher and the administrator edit them, and the
// approval workflow under each of its settings.
#include "BehaviourFixture.h"

#include "assessments/CourseCatalogue.h"

#include <QAbstractItemModelTester>

using namespace md;
using md::test::BehaviourFixture;

namespace {
QDate today(int days = 0)
{
    return QDate::currentDate().addDays(days);
}

// Grades every student on both courses, and marks Maths complete when asked.
void gradeAll(BehaviourFixture &f, bool completeMaths, bool completeEnglish)
{
    AssessmentService s(f.db());
    MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("6"), QString()));
    MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.bo, QStringLiteral("5"), QString()));
    MD_VERIFY_OK(s.setAssessment(f.teacher2, f.english, f.cy, QStringLiteral("4"), QString()));
    if (completeMaths)
        MD_VERIFY_OK(s.markComplete(f.teacher, f.maths));
    if (completeEnglish)
        MD_VERIFY_OK(s.markComplete(f.teacher2, f.english));
}

void setWorkflow(BehaviourFixture &f, bool completion, bool approval)
{
    AssessmentWorkflow w;
    w.requireTeacherCompletion = completion;
    w.requireApproval = approval;
    MD_VERIFY_OK(AssessmentService(f.db()).setWorkflow(f.admin, w));
}
} // namespace

class TestCoursesTerms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- terms -----------------------------------------------------------------------------------

    void termsNeverOverlap()
    {
        BehaviourFixture f; // Autumn 2026: today -60 to today +30
        AssessmentService s(f.db());
        auto overlap = s.createTerm(f.admin, QStringLiteral("Spring"), today(30), today(120));
        QCOMPARE(overlap.error().kind, Error::Kind::Conflict);
        QVERIFY2(overlap.error().message.contains(QStringLiteral("would overlap Autumn 2026")),
                 qPrintable(overlap.error().message));
        const qint64 spring = s.createTerm(f.admin, QStringLiteral("Spring"), today(31), today(120)).value();
        // Moving a term onto another is refused too; its own dates may change.
        QCOMPARE(s.updateTerm(f.head, spring, QStringLiteral("Spring"), today(20), today(120)).error().kind,
                 Error::Kind::Conflict);
        MD_VERIFY_OK(s.updateTerm(f.head, spring, QStringLiteral("Spring term"), today(35), today(125)));
        QCOMPARE(s.term(spring)->name, QStringLiteral("Spring term"));
        QCOMPARE(s.term(spring)->startsOn, today(35));
        QCOMPARE(s.updateTerm(f.head, spring, QStringLiteral("autumn 2026"), today(35), today(125)).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(s.updateTerm(f.head, spring, QStringLiteral("Spring"), today(125), today(35)).error().kind,
                 Error::Kind::Invalid);
        // Who may: the headteacher and the administrator only.
        for (const Session *who : {&f.teacher, &f.mentor, &f.lead})
            QCOMPARE(s.updateTerm(*who, spring, QStringLiteral("X"), today(35), today(125)).error().kind,
                     Error::Kind::Forbidden);
        QVERIFY(f.auditRows(QStringLiteral("term")) >= 4); // 2 created, name, starts, ends
    }

    void aTermWithCoursesOrCompleteIsNotDeleted()
    {
        BehaviourFixture f;
        AssessmentService s(f.db());
        auto refused = s.deleteTerm(f.admin, f.term);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("2 course")), qPrintable(refused.error().message));
        const qint64 spare = s.createTerm(f.admin, QStringLiteral("Summer"), today(200), today(260)).value();
        MD_VERIFY_OK(s.deleteTerm(f.head, spare));
        QCOMPARE(s.term(spare).error().kind, Error::Kind::NotFound);
    }

    void theCurrentTermCanBeChosen()
    {
        BehaviourFixture f;
        AssessmentService s(f.db());
        const qint64 next = s.createTerm(f.admin, QStringLiteral("Spring"), today(31), today(120)).value();
        QCOMPARE(s.currentTerm().value()->id, f.term); // by date
        QCOMPARE(s.setCurrentTerm(f.teacher, next).error().kind, Error::Kind::Forbidden);
        MD_VERIFY_OK(s.setCurrentTerm(f.head, next));
        QCOMPARE(s.currentTerm().value()->id, next);
        AssessmentTermModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.db());
        MD_VERIFY_OK(model.load());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.currentTermId(), next);
        QCOMPARE(model.index(model.rowOf(next), AssessmentTermModel::NameColumn).data().toString(),
                 QStringLiteral("Spring (current)"));
        QCOMPARE(model.index(model.rowOf(f.term), AssessmentTermModel::CoursesColumn).data().toInt(), 2);
        MD_VERIFY_OK(s.setCurrentTerm(f.admin, 0));
        QCOMPARE(s.currentTerm().value()->id, f.term);
    }

    void aCompletedTermIsLocked()
    {
        BehaviourFixture f;
        setWorkflow(f, false, false);
        AssessmentService s(f.db());
        CourseCatalogue catalogue(f.db());
        MD_VERIFY_OK(s.completeTerm(f.head, f.term));
        QCOMPARE(s.updateTerm(f.admin, f.term, QStringLiteral("Renamed"), today(-60), today(30)).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(s.deleteTerm(f.admin, f.term).error().kind, Error::Kind::Conflict);
        AssessmentCourseDraft draft{QStringLiteral("Year 8 Maths"), QStringLiteral("Maths"), 8, f.term};
        auto edit = catalogue.updateCourse(f.head, f.maths, draft);
        QCOMPARE(edit.error().kind, Error::Kind::Conflict);
        QVERIFY2(edit.error().message.contains(QStringLiteral("locked")), qPrintable(edit.error().message));
        QCOMPARE(catalogue.setTeachers(f.head, f.maths, {f.teacher2.userId()}).error().kind, Error::Kind::Conflict);
        QCOMPARE(catalogue.enrol(f.head, f.maths, {f.cy}).error().kind, Error::Kind::Conflict);
        QCOMPARE(catalogue.unenrol(f.head, f.maths, {f.ada}).error().kind, Error::Kind::Conflict);
        QCOMPARE(catalogue.createCourse(f.head, {QStringLiteral("Late"), {}, 8, f.term}).error().kind,
                 Error::Kind::Conflict);
        // And nobody edits its assessments.
        QCOMPARE(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("7"), QString()).error().kind,
                 Error::Kind::Conflict);
    }

    // --- courses ---------------------------------------------------------------------------------

    void coursesAreCreatedWithTeachersStudentsAndAScale()
    {
        BehaviourFixture f;
        CourseCatalogue c(f.db());
        AssessmentCourseDraft draft{QStringLiteral("Year 9 Science"), QStringLiteral("Science"), 9, f.term};
        QCOMPARE(c.createCourse(f.teacher, draft).error().kind, Error::Kind::Forbidden);
        QCOMPARE(c.createCourse(f.lead, draft).error().kind, Error::Kind::Forbidden);
        const qint64 science =
            c.createCourse(f.head, draft, {QStringLiteral("A*"), QStringLiteral("A"), QStringLiteral("B")}).value();
        QCOMPARE(c.createCourse(f.admin, {QStringLiteral("year 9 science"), {}, 9, f.term}).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(c.createCourse(f.admin, {QStringLiteral(" "), {}, 9, f.term}).error().kind, Error::Kind::Invalid);
        QCOMPARE(c.createCourse(f.admin, {QStringLiteral("Y"), {}, 15, f.term}).error().kind, Error::Kind::Invalid);
        QCOMPARE(AssessmentService(f.db()).gradingScale(science).value(),
                 (QStringList{QStringLiteral("A*"), QStringLiteral("A"), QStringLiteral("B")}));

        // Teachers must hold the Teacher role.
        auto notTeacher = c.setTeachers(f.admin, science, {f.mentor.userId()});
        QCOMPARE(notTeacher.error().kind, Error::Kind::Invalid);
        QVERIFY2(notTeacher.error().message.contains(QStringLiteral("m.one does not hold the Teacher role")),
                 qPrintable(notTeacher.error().message));
        MD_VERIFY_OK(c.setTeachers(f.admin, science, {f.teacher2.userId(), f.teacher.userId()}));
        QCOMPARE(c.course(f.head, science)->teacherNames,
                 (QStringList{QStringLiteral("t.one"), QStringLiteral("t.two")}));

        // Enrolling a group, then one more; duplicates are skipped.
        QCOMPARE(c.enrolGroup(f.head, science, QStringLiteral("9C")).value(), 2); // Cy, Di
        QCOMPARE(c.enrol(f.head, science, {f.cy, f.ada}).value(), 1);
        QCOMPARE(c.students(f.head, science)->size(), 3);
        QCOMPARE(c.enrolGroup(f.head, science, QStringLiteral("12Z")).error().kind, Error::Kind::NotFound);

        // The teacher now assesses on it; a student assessed stays on it.
        AssessmentService s(f.db());
        MD_VERIFY_OK(s.setAssessment(f.teacher, science, f.cy, QStringLiteral("A"), QString()));
        auto keep = c.unenrol(f.head, science, {f.cy, f.di});
        QCOMPARE(keep.error().kind, Error::Kind::Conflict);
        QVERIFY(keep.error().message.contains(QStringLiteral("already been assessed")));
        MD_VERIFY_OK(c.unenrol(f.head, science, {f.di}));
        QCOMPARE(c.students(f.head, science)->size(), 2);

        // The scale and the term are fixed once anyone is assessed.
        QCOMPARE(s.setGradingScale(f.head, science, {QStringLiteral("Pass")}).error().kind, Error::Kind::Conflict);
        const qint64 spring = s.createTerm(f.admin, QStringLiteral("Spring"), today(31), today(120)).value();
        draft.termId = spring;
        auto move = c.updateCourse(f.head, science, draft);
        QCOMPARE(move.error().kind, Error::Kind::Conflict);
        QVERIFY(move.error().message.contains(QStringLiteral("stays in that term")));
        draft.termId = f.term;
        draft.name = QStringLiteral("Year 9 Biology");
        MD_VERIFY_OK(c.updateCourse(f.head, science, draft));
        QCOMPARE(c.course(f.head, science)->name, QStringLiteral("Year 9 Biology"));
        QVERIFY(f.auditRows(QStringLiteral("course")) >= 8);
    }

    void gradingScalesKeepTheirOrderAndAreChecked()
    {
        BehaviourFixture f;
        AssessmentService s(f.db());
        const QStringList scale{QStringLiteral("Greater depth"), QStringLiteral("Secure"), QStringLiteral("Developing"),
                                QStringLiteral("Emerging")};
        MD_VERIFY_OK(s.setGradingScale(f.admin, f.english, scale));
        QCOMPARE(s.gradingScale(f.english).value(), scale);
        QCOMPARE(s.setGradingScale(f.admin, f.english, {QStringLiteral("A"), QStringLiteral("A")}).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(s.setGradingScale(f.admin, f.english, {}).error().kind, Error::Kind::Invalid);
        QCOMPARE(s.setGradingScale(f.teacher2, f.english, scale).error().kind, Error::Kind::Forbidden);
        QVERIFY(CourseCatalogue::gradingScalePresets().size() >= 3);
    }

    void courseModelListsATermsCourses()
    {
        BehaviourFixture f;
        CourseCatalogue c(f.db());
        const qint64 loose = c.createCourse(f.admin, {QStringLiteral("Study skills"), {}, 0, 0}).value();
        AssessmentCourseModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.db(), f.head);
        MD_VERIFY_OK(model.load(f.term));
        QCOMPARE(model.rowCount(), 2);
        const int maths = model.rowOf(f.maths);
        QCOMPARE(model.index(maths, AssessmentCourseModel::TeachersColumn).data().toString(), QStringLiteral("t.one"));
        QCOMPARE(model.index(maths, AssessmentCourseModel::StudentsColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(maths, AssessmentCourseModel::TermColumn).data().toString(),
                 QStringLiteral("Autumn 2026"));
        MD_VERIFY_OK(model.load(-1));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.courseAt(0).id, loose);
        QCOMPARE(model.index(0, AssessmentCourseModel::TermColumn).data().toString(), QStringLiteral("No term"));
        MD_VERIFY_OK(model.load(0));
        QCOMPARE(model.rowCount(), 3);
        AssessmentCourseModel refused;
        refused.setSource(f.db(), f.teacher);
        QCOMPARE(refused.load(0).error().kind, Error::Kind::Forbidden);
    }

    // --- the workflow setting ----------------------------------------------------------------------

    void onlyTheAdministratorChoosesTheWorkflow()
    {
        BehaviourFixture f;
        AssessmentService s(f.db());
        AssessmentWorkflow w;
        w.requireApproval = false;
        for (const Session *who : {&f.head, &f.lead, &f.teacher})
            QCOMPARE(s.setWorkflow(*who, w).error().kind, Error::Kind::Forbidden);
        MD_VERIFY_OK(s.setWorkflow(f.admin, w));
        QVERIFY(!s.workflow().requireApproval);
        QVERIFY(s.workflow().requireTeacherCompletion);
        Query q(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'setting' AND field = ?"));
        q.bind(AssessmentService::kRequireApproval);
        QCOMPARE(q.scalar().value().toInt(), 1);
    }

    void fullWorkflowNeedsCompletionAndApproval()
    {
        BehaviourFixture f; // the default: both stages required
        AssessmentService s(f.db());
        gradeAll(f, false, false);
        QCOMPARE(s.approve(f.head, f.maths).error().kind, Error::Kind::Conflict); // not complete
        QCOMPARE(s.returnCourse(f.head, f.maths, QStringLiteral("x")).error().kind, Error::Kind::Conflict);
        MD_VERIFY_OK(s.markComplete(f.teacher, f.maths));
        MD_VERIFY_OK(s.markComplete(f.teacher2, f.english));
        MD_VERIFY_OK(s.approve(f.head, f.maths));
        auto early = s.completeTerm(f.head, f.term);
        QCOMPARE(early.error().kind, Error::Kind::Conflict);
        QVERIFY(early.error().message.contains(QStringLiteral("1 course of Autumn 2026 are not approved")) ||
                early.error().message.contains(QStringLiteral("not approved")));
        MD_VERIFY_OK(s.approve(f.head, f.english));
        MD_VERIFY_OK(s.completeTerm(f.head, f.term));
    }

    void completionOnlyWorkflowSkipsApproval()
    {
        BehaviourFixture f;
        setWorkflow(f, true, false);
        AssessmentService s(f.db());
        gradeAll(f, true, false);
        // Approval is still refused before completion, and the term waits for English's teacher.
        QCOMPARE(s.approve(f.head, f.english).error().kind, Error::Kind::Conflict);
        auto early = s.completeTerm(f.head, f.term);
        QCOMPARE(early.error().kind, Error::Kind::Conflict);
        QVERIFY2(early.error().message.contains(QStringLiteral("not marked complete")),
                 qPrintable(early.error().message));
        MD_VERIFY_OK(s.markComplete(f.teacher2, f.english));
        MD_VERIFY_OK(s.completeTerm(f.head, f.term)); // nothing approved
        QVERIFY(s.term(f.term)->isComplete());
    }

    void approvalOnlyWorkflowLetsTheHeadteacherActBeforeCompletion()
    {
        BehaviourFixture f;
        setWorkflow(f, false, true);
        AssessmentService s(f.db());
        gradeAll(f, false, false);
        MD_VERIFY_OK(s.returnCourse(f.head, f.english, QStringLiteral("Add comments"))); // in progress
        MD_VERIFY_OK(s.approve(f.head, f.maths));                                        // in progress
        QCOMPARE(s.completeTerm(f.head, f.term).error().kind, Error::Kind::Conflict);    // English not approved
        MD_VERIFY_OK(s.approve(f.head, f.english));                                      // from returned
        MD_VERIFY_OK(s.completeTerm(f.head, f.term));
    }

    void noStagesRequiredLetsTheTermCloseAtOnce()
    {
        BehaviourFixture f;
        setWorkflow(f, false, false);
        AssessmentService s(f.db());
        QCOMPARE(s.approve(f.head, f.maths).error().kind, Error::Kind::Conflict); // nothing to approve yet
        MD_VERIFY_OK(s.completeTerm(f.head, f.term));
        QCOMPARE(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("6"), QString()).error().kind,
                 Error::Kind::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestCoursesTerms)
#include "tst_coursesterms.moc"
