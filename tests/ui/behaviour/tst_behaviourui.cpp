// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../core/behaviour/BehaviourFixture.h"

#include "assessments/ApprovalQueueModel.h"
#include "assessments/ApprovalQueuePane.h"
#include "assessments/AssessmentRosterModel.h"
#include "assessments/AssessmentsPane.h"
#include "behaviour/BehaviourEntryDialog.h"
#include "behaviour/BehaviourEventModel.h"
#include "behaviour/BehaviourPane.h"
#include "behaviour/BehaviourRecordTab.h"
#include "common/MessageBox.h"
#include "demo/DemoSchool.h"
#include "letters/LetterListModel.h"
#include "shell/DeskContext.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace md;
using namespace md::ui;
using md::test::BehaviourFixture;

namespace {
template <typename D, typename F> void whenDialog(F f)
{
    QTimer::singleShot(0, [f] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("expected dialog %s is not showing", D::staticMetaObject.className());
            if (QWidget *w = QApplication::activeModalWidget())
                w->close();
            return;
        }
        f(dialog);
        if (dialog->isVisible()) {
            qWarning("dialog %s stayed open", D::staticMetaObject.className());
            dialog->reject();
        }
    });
}

QString stageText(ApprovalQueuePane &pane, qint64 course)
{
    const int row = pane.model()->rowOfCourse(course);
    return pane.model()->index(row, ApprovalQueueModel::StageColumn).data().toString();
}
} // namespace

class TestBehaviourUi : public QObject
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

    void headteacherApprovesWithAKeyAndReturnsACourse()
    {
        BehaviourFixture f;
        AssessmentService s(f.db());
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("6"), QString()));
        MD_VERIFY_OK(s.setAssessment(f.teacher, f.maths, f.bo, QStringLiteral("5"), QString()));
        MD_VERIFY_OK(s.markComplete(f.teacher, f.maths));
        MD_VERIFY_OK(s.setAssessment(f.teacher2, f.english, f.cy, QStringLiteral("4"), QString()));
        MD_VERIFY_OK(s.markComplete(f.teacher2, f.english));
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(f.t.path())));
        context.setSession(f.head);
        ApprovalQueuePane pane(context);
        pane.resize(1200, 800);
        pane.show();
        pane.activate();
        QCOMPARE(pane.termBox()->currentText(), QStringLiteral("Autumn 2026"));
        QCOMPARE(pane.model()->rowCount(), 2);
        QVERIFY(pane.summaryLabel()->text().contains(QStringLiteral("2 complete")));

        // A approves the selected course.
        QVERIFY(pane.selectCourse(f.maths));
        pane.view()->setFocus();
        QTest::keyClick(pane.view(), Qt::Key_A);
        QCOMPARE(stageText(pane, f.maths), QStringLiteral("Approved"));
        QVERIFY(pane.messageLabel()->text().contains(QStringLiteral("Approved the assessments of Year 8 Maths")));
        QCOMPARE(AssessmentService(context.db()).stage(f.maths).value(), AssessmentStage::Approved);

        // Return the other with a comment; the teacher may edit it again.
        QVERIFY(pane.selectCourse(f.english));
        QVERIFY(pane.returnSelected(QStringLiteral("Please add a comment for every student")));
        QCOMPARE(stageText(pane, f.english), QStringLiteral("Returned"));
        QCOMPARE(pane.model()
                     ->index(pane.model()->rowOfCourse(f.english), ApprovalQueueModel::CommentColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Please add a comment for every student"));
        MD_VERIFY_OK(AssessmentService(context.db())
                         .setAssessment(f.teacher2, f.english, f.cy, QStringLiteral("5"), QStringLiteral("Better")));

        // An approved course cannot be returned: the refusal shows inline.
        QVERIFY(pane.selectCourse(f.maths));
        QVERIFY(!pane.returnSelected(QStringLiteral("Second thoughts")));
        QVERIFY(pane.messageLabel()->text().contains(QStringLiteral("already approved")));
        QCOMPARE(stageText(pane, f.maths), QStringLiteral("Approved"));

        // Reminders go to the teacher of the returned course only.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(pane.sendReminders());
        QVERIFY(pane.lastReminderText().contains(QStringLiteral("Year 9 English")));
        QVERIFY(!pane.lastReminderText().contains(QStringLiteral("Year 8 Maths")));
        auto *dialog = pane.findChild<QDialog *>(QStringLiteral("remindersDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>()->text().contains(QStringLiteral("t.two")));
        dialog->close();
    }

    void teacherGradesAndMarksTheCourseComplete()
    {
        BehaviourFixture f;
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(f.t.path())));
        context.setSession(f.teacher);
        AssessmentsPane pane(context);
        pane.show();
        pane.activate();
        QCOMPARE(pane.courseBox()->currentText(), QStringLiteral("Year 8 Maths"));
        QCOMPARE(pane.model()->rowCount(), 2);
        QVERIFY(!pane.markComplete());
        QVERIFY(pane.stageLabel()->text().contains(QStringLiteral("no grade yet")));
        QVERIFY(pane.model()->setData(pane.model()->index(0, AssessmentRosterModel::GradeColumn), QStringLiteral("7")));
        QVERIFY(pane.model()->setData(pane.model()->index(1, AssessmentRosterModel::GradeColumn), QStringLiteral("6")));
        QVERIFY(pane.markComplete());
        QVERIFY(pane.stageLabel()->text().contains(QStringLiteral("Complete")));
        QVERIFY(
            !(pane.model()->flags(pane.model()->index(0, AssessmentRosterModel::GradeColumn)) & Qt::ItemIsEditable));
    }

    void quickEntryRecordsAnIncidentForAGroup()
    {
        BehaviourFixture f;
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(f.t.path())));
        context.setSession(f.teacher);
        BehaviourPane pane(context);
        pane.resize(1200, 700);
        pane.show();
        pane.activate();
        QCOMPARE(pane.eventModel()->rowCount(), 0);
        const QString adaUpn = f.upn(f.ada);
        whenDialog<BehaviourEntryDialog>([adaUpn](BehaviourEntryDialog *d) {
            QTest::keyClicks(d->studentEdit(), adaUpn);
            QTest::keyClick(d->studentEdit(), Qt::Key_Return);
            QVERIFY(!d->addStudentByText(QStringLiteral("Stone"))); // Cy: not on t.one's course
            QTest::keyClicks(d->studentEdit(), QStringLiteral("Reed"));
            QTest::keyClick(d->studentEdit(), Qt::Key_Return);
            QCOMPARE(d->studentIds().size(), 2);
            d->categoryBox()->setCurrentIndex(d->categoryBox()->findText(QStringLiteral("Fighting (-5)")));
            QCOMPARE(d->pointsBox()->value(), -5);
            QTest::keyClicks(d->descriptionEdit(), QStringLiteral("Scuffle in the queue"));
            d->actionBox()->setCurrentText(QStringLiteral("Detention"));
            QVERIFY(d->save());
        });
        const QList<qint64> ids = pane.recordIncident();
        QCOMPARE(ids.size(), 2);
        QCOMPARE(pane.eventModel()->rowCount(), 2);
        QVERIFY(pane.countLabel()->text().contains(QStringLiteral("2 event")));
        QCOMPARE(pane.eventModel()->index(0, BehaviourEventModel::PointsColumn).data().toString(),
                 QStringLiteral("-5"));
        // The group filter narrows the log in SQL.
        pane.groupBox()->setCurrentIndex(pane.groupBox()->findText(QStringLiteral("8A")));
        QCOMPARE(pane.eventModel()->rowCount(), 1);
        QCOMPARE(pane.eventModel()->eventAt(0).studentId, f.ada);
        // A refusal shows inline in the dialog.
        whenDialog<BehaviourEntryDialog>([](BehaviourEntryDialog *d) {
            QVERIFY(!d->save());
            QVERIFY(d->messageLabel()->text().contains(QStringLiteral("at least one student")));
            d->reject();
        });
        QVERIFY(pane.recordIncident().isEmpty());

        BehaviourRecordTab tab(context);
        tab.showStudent(f.ada);
        QCOMPARE(tab.model()->rowCount(), 1);
        QVERIFY2(tab.summaryLabel()->text().contains(QStringLiteral("net -5")), qPrintable(tab.summaryLabel()->text()));
    }

    void queueShowsDraftAssessmentLettersToPublish()
    {
        test::TestDatabase t;
        DemoOptions options;
        options.students = 120;
        QVERIFY(DemoSchool::generate(t.db(), options));
        Query head(t.db(), QStringLiteral("SELECT u.id, u.username FROM users u JOIN user_roles r ON r.user_id = u.id "
                                          "WHERE r.role = 'headteacher' ORDER BY u.id LIMIT 1"));
        QVERIFY(head.exec() && head.next());
        const Session session(head.id(0), head.string(1), head.string(1), {Role::Headteacher});
        head.finish();
        t.close();
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(session);
        ApprovalQueuePane pane(context);
        pane.show();
        pane.activate();
        QVERIFY(pane.model()->rowCount() > 5);
        const int drafts = pane.lettersModel()->rowCount();
        QVERIFY(drafts >= 1);
        pane.lettersView()->selectRow(0);
        QVERIFY2(pane.publishSelectedLetters(), qPrintable(pane.messageLabel()->text()));
        QCOMPARE(pane.lettersModel()->rowCount(), drafts - 1);
    }
};

QTEST_MAIN(TestBehaviourUi)
#include "tst_behaviourui.moc"
