// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The administration panes of issue 5 (behaviour categories; courses, terms and the workflow) and
// deleting a behaviour event with undo, driven through their widgets.
#include "../../core/behaviour/BehaviourFixture.h"

#include "assessments/CourseCatalogue.h"
#include "assessments/CourseEditor.h"
#include "assessments/CoursesTermsPane.h"
#include "behaviour/BehaviourCategories.h"
#include "behaviour/BehaviourCategoriesPane.h"
#include "behaviour/BehaviourEventModel.h"
#include "behaviour/BehaviourPane.h"
#include "common/MessageBox.h"
#include "help/HelpViewer.h"
#include "shell/DeskContext.h"
#include "shell/PaneRegistry.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace md;
using namespace md::ui;
using md::test::BehaviourFixture;

namespace {
void openAs(DeskContext &context, BehaviourFixture &f, const Session &who)
{
    context.setDatabase(std::move(*Database::openSqlite(f.t.path())));
    context.setSession(who);
}

// Shortcuts need an active window with the focus inside it.
bool showActive(QWidget &w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    return QTest::qWaitForWindowActive(&w);
}
} // namespace

class TestBehaviourAdminUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void panesAreRegisteredForTheRightRolesWithHelp()
    {
        BehaviourFixture f;
        QStringList seen;
        for (const PaneInfo &info : allPanes()) {
            if (info.id == QLatin1String("behaviour-categories")) {
                seen << info.id;
                QVERIFY(info.visibleFor(f.admin) && info.visibleFor(f.head) && info.visibleFor(f.lead));
                QVERIFY(!info.visibleFor(f.teacher) && !info.visibleFor(f.mentor));
            }
            if (info.id == QLatin1String("courses-terms")) {
                seen << info.id;
                QVERIFY(info.visibleFor(f.admin) && info.visibleFor(f.head));
                QVERIFY(!info.visibleFor(f.lead) && !info.visibleFor(f.teacher) && !info.visibleFor(f.mentor));
            }
        }
        QCOMPARE(seen.size(), 2);
        for (const char *pane : {"behaviour", "behaviour-categories", "courses-terms", "approvals", "assessments"})
            QCOMPARE(HelpViewer::pageForPane(QLatin1String(pane)), QStringLiteral("behaviour-and-assessments"));
    }

    void administratorKeepsTheCategoryList()
    {
        BehaviourFixture f;
        QVERIFY(f.record(f.teacher, f.ada, f.fighting, QDateTime(QDate::currentDate().addDays(-1), QTime(9, 0))) > 0);
        DeskContext context;
        openAs(context, f, f.admin);
        BehaviourCategoriesPane pane(context);
        pane.resize(1100, 600);
        QVERIFY(showActive(pane));
        pane.activate();
        QCOMPARE(pane.model()->rowCount(), 3);

        // A new positive category through the form.
        pane.startNew();
        QTest::keyClicks(pane.nameEdit(), QStringLiteral("Helping others"));
        pane.kindBox()->setCurrentIndex(pane.kindBox()->findText(QStringLiteral("Positive")));
        QCOMPARE(pane.pointsBox()->value(), 1); // the sign follows the type
        pane.pointsBox()->setValue(3);
        QTest::keyClick(pane.nameEdit(), Qt::Key_Return);
        QCOMPARE(pane.model()->rowCount(), 4);
        QVERIFY(pane.messageLabel()->text().contains(QStringLiteral("Added the category")));

        // A clash shows inline and changes nothing.
        pane.nameEdit()->setText(QStringLiteral("fighting"));
        QVERIFY(!pane.save());
        QVERIFY2(pane.messageLabel()->text().contains(QStringLiteral("already a behaviour category")),
                 qPrintable(pane.messageLabel()->text()));

        // A category in use: Delete is refused with the hint, Retire works.
        QVERIFY(pane.selectCategory(f.fighting));
        QVERIFY(!pane.deleteButton()->isEnabled());
        pane.view()->setFocus();
        QTest::keyClick(pane.view(), Qt::Key_Delete);
        QVERIFY2(pane.messageLabel()->text().contains(QStringLiteral("retire it instead")),
                 qPrintable(pane.messageLabel()->text()));
        QVERIFY(pane.toggleRetired());
        QVERIFY(!BehaviourCategoryService(context.db()).category(f.fighting)->active);
        QCOMPARE(pane.retireButton()->text(), QStringLiteral("Re&instate"));

        // An unused one is deleted after the question.
        QVERIFY(pane.selectCategory(f.good));
        QVERIFY(pane.deleteButton()->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(pane.deleteSelected());
        QCOMPARE(pane.model()->rowCount(), 3);
    }

    void headteacherEditsTermsAndCoursesButNotTheWorkflow()
    {
        BehaviourFixture f;
        DeskContext context;
        openAs(context, f, f.head);
        CoursesTermsPane pane(context);
        pane.resize(1300, 800);
        QVERIFY(showActive(pane));
        pane.activate();
        QCOMPARE(pane.tabs()->count(), 3);
        QCOMPARE(pane.termModel()->rowCount(), 1);
        QCOMPARE(pane.termNameEdit()->text(), QStringLiteral("Autumn 2026")); // opens on the current term

        // A new term overlapping the first is refused inline; moved after it, it is saved.
        pane.startNewTerm();
        QTest::keyClicks(pane.termNameEdit(), QStringLiteral("Spring 2027"));
        pane.startsEdit()->setDate(QDate::currentDate().addDays(10));
        pane.endsEdit()->setDate(QDate::currentDate().addDays(100));
        QVERIFY(!pane.saveTerm());
        QVERIFY2(pane.termMessage()->text().contains(QStringLiteral("would overlap Autumn 2026")),
                 qPrintable(pane.termMessage()->text()));
        pane.startsEdit()->setDate(QDate::currentDate().addDays(31));
        QVERIFY(pane.saveTerm());
        QCOMPARE(pane.termModel()->rowCount(), 2);
        const qint64 spring = AssessmentService(context.db()).findTerm(QStringLiteral("Spring 2027"))->id;
        QVERIFY(pane.makeCurrent());
        QCOMPARE(AssessmentService(context.db()).currentTerm().value()->id, spring);

        // A course in the new term, with a teacher, a scale from a preset and a tutor group.
        pane.tabs()->setCurrentIndex(1);
        CourseEditor *editor = pane.courseEditor();
        editor->startNew();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Year 9 Drama"));
        editor->subjectEdit()->setText(QStringLiteral("Drama"));
        editor->yearBox()->setValue(9);
        editor->termBox()->setCurrentIndex(editor->termBox()->findData(spring));
        for (int r = 0; r < editor->teacherList()->count(); ++r)
            if (editor->teacherList()->item(r)->text() == QLatin1String("t.two"))
                editor->teacherList()->item(r)->setCheckState(Qt::Checked);
        editor->applyPreset(2); // A* to E
        QCOMPARE(editor->scale().first(), QStringLiteral("A*"));
        editor->scaleList()->setCurrentRow(1);
        editor->scaleList()->setFocus();
        QTest::keyClick(editor->scaleList(), Qt::Key_Delete); // drop "A"
        QCOMPARE(editor->scale().size(), 5);
        QVERIFY2(editor->save(), qPrintable(editor->messageLabel()->text()));
        const qint64 drama = editor->editingCourse();
        QVERIFY(drama > 0);
        auto course = CourseCatalogue(context.db()).course(f.head, drama).value();
        QCOMPARE(course.termId, spring);
        QCOMPARE(course.teacherNames, QStringList{QStringLiteral("t.two")});
        QCOMPARE(course.gradingScale.size(), 5);
        QVERIFY(editor->enrolGroup(QStringLiteral("9C")));
        QCOMPARE(editor->studentList()->count(), 2);
        editor->studentList()->item(0)->setSelected(true);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(editor->unenrolSelected());
        QCOMPARE(editor->studentList()->count(), 1);

        // The workflow is read-only for the headteacher; the core would refuse anyway.
        QVERIFY(!pane.completionBox()->isEnabled());
        QVERIFY(!pane.saveWorkflow());
        QVERIFY2(pane.workflowMessage()->text().contains(QStringLiteral("Administrator")),
                 qPrintable(pane.workflowMessage()->text()));
    }

    void administratorChoosesTheWorkflow()
    {
        BehaviourFixture f;
        DeskContext context;
        openAs(context, f, f.admin);
        CoursesTermsPane pane(context);
        pane.show();
        pane.activate();
        pane.tabs()->setCurrentIndex(2);
        QVERIFY(pane.completionBox()->isEnabled());
        QVERIFY(pane.completionBox()->isChecked() && pane.approvalBox()->isChecked());
        QTest::keyClick(pane.approvalBox(), Qt::Key_Space);
        QVERIFY(pane.workflowSummary()->text().contains(QStringLiteral("No approval needed")));
        QVERIFY(pane.saveWorkflow());
        QVERIFY(!AssessmentService(context.db()).workflow().requireApproval);
        QVERIFY(AssessmentService(context.db()).workflow().requireTeacherCompletion);
    }

    void behaviourEventIsDeletedAfterAskingAndComesBackWithCtrlZ()
    {
        BehaviourFixture f;
        const QDateTime when(QDate::currentDate().addDays(-1), QTime(11, 0));
        QVERIFY(f.record(f.teacher, f.ada, f.disruption, when) > 0);
        QVERIFY(f.record(f.teacher2, f.cy, f.disruption, when) > 0);
        DeskContext context;
        openAs(context, f, f.teacher);
        BehaviourPane pane(context);
        pane.resize(1200, 700);
        QVERIFY(showActive(pane));
        pane.activate();
        QCOMPARE(pane.eventModel()->rowCount(), 1);
        pane.eventsView()->selectRow(0);
        QVERIFY(pane.deleteButton()->isEnabled());

        // "No" keeps it.
        MessageBox::setNextAnswer(QMessageBox::No);
        pane.eventsView()->setFocus();
        QTest::keyClick(pane.eventsView(), Qt::Key_Delete);
        QCOMPARE(pane.eventModel()->rowCount(), 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Disruption")));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(pane.eventsView(), Qt::Key_Delete);
        QCOMPARE(pane.eventModel()->rowCount(), 0);
        QVERIFY(pane.undoButton()->isEnabled());
        QCOMPARE(BehaviourStore(context.db()).count(f.head, {}).value(), 1);

        QTest::keyClick(pane.eventsView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pane.eventModel()->rowCount(), 1);
        QCOMPARE(BehaviourStore(context.db()).count(f.head, {}).value(), 2);
        QVERIFY(!pane.undoButton()->isEnabled());
        QVERIFY(!pane.undoDelete()); // nothing left to undo
    }

    void mentorCannotDeleteAnotherStaffMembersEvent()
    {
        BehaviourFixture f;
        QVERIFY(f.record(f.teacher, f.bo, f.disruption, QDateTime(QDate::currentDate().addDays(-1), QTime(9, 0))) > 0);
        DeskContext context;
        openAs(context, f, f.mentor);
        BehaviourPane pane(context);
        pane.show();
        pane.activate();
        QCOMPARE(pane.eventModel()->rowCount(), 1);
        pane.eventsView()->selectRow(0);
        QVERIFY(!pane.deleteButton()->isEnabled());
        QVERIFY(!pane.deleteSelected()); // the core refuses whatever the button shows; no question asked
        QVERIFY2(pane.countLabel()->text().contains(QStringLiteral("Only the person who recorded")),
                 qPrintable(pane.countLabel()->text()));
        QCOMPARE(pane.eventModel()->rowCount(), 1);
    }
};

QTEST_MAIN(TestBehaviourAdminUi)
#include "tst_behaviouradminui.moc"
