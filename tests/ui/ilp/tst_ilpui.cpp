// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen UI tests of ILPs: creating plans for a selection from the student list, publishing
// and deleting (the confirmation names plan and student), the student page with its switcher,
// autosave and a concurrent edit shown instead of overwritten, "view as" parent, the template
// editor's rights ticks, and the midterm review grid with its scale lock.
#include "IlpFixture.h"

#include "common/MessageBox.h"
#include "ilp/IlpCreateDialog.h"
#include "ilp/IlpFieldEditor.h"
#include "ilp/IlpPlansPane.h"
#include "ilp/IlpRecordTab.h"
#include "ilp/IlpReviewGridModel.h"
#include "ilp/IlpReviewsPane.h"
#include "ilp/IlpReviewStore.h"
#include "ilp/IlpStudentListModel.h"
#include "ilp/IlpStudentPage.h"
#include "ilp/IlpTemplatesPane.h"
#include "shell/DeskContext.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace md;
using namespace md::ui;
using namespace md::test;

namespace {

struct Desk
{
    IlpFixture f;
    DeskContext context;

    explicit Desk(Session IlpFixture::*who)
    {
        context.setDatabase(std::move(*Database::openSqlite(f.t.path())));
        context.setSession(f.*who);
    }
};

QPushButton *buttonNamed(QWidget *root, const QString &accessibleName)
{
    const auto buttons = root->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->accessibleName() == accessibleName)
            return b;
    return nullptr;
}

void selectRows(QTableView *view, const QList<int> &rows)
{
    view->clearSelection();
    for (int r : rows) {
        const QRect rect = view->visualRect(view->model()->index(r, 1));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
    }
}

} // namespace

class TestIlpUi : public QObject
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

    void createsPlansForASelectionFromTheStudentList()
    {
        Desk desk(&IlpFixture::mentor);
        IlpFixture &f = desk.f;
        // A second student in the group and a second published template, so one must be chosen.
        const qint64 dee = f.t.addStudent(4, QStringLiteral("Dee"), QStringLiteral("Fern"), 8, QStringLiteral("8C"));
        f.t.assignMentor(f.mentor.userId(), dee);
        f.makeTemplate(QStringLiteral("SEMH support plan"));
        IlpPlansPane pane(desk.context);
        pane.resize(1100, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.activate();
        QCOMPARE(pane.model()->rowCount(), 3); // Bo (8A), Ada (8B), Dee (8C), none with a plan
        QCOMPARE(pane.model()->row(0).studentId, f.bo);
        QVERIFY(pane.createButton()->text().contains(QStringLiteral("whole group")));

        selectRows(pane.table(), {0, 2});
        QVERIFY(!pane.createButton()->text().contains(QStringLiteral("whole group")));
        QString offered;
        IlpPlansPane::setCreateDialogHook([&](IlpCreateDialog *d) {
            offered = QString::number(d->templateCombo()->count());
            d->templateCombo()->setCurrentIndex(d->templateCombo()->findText(QStringLiteral("SEMH support plan")));
            d->fromEdit()->setDate(QDate::currentDate().addDays(-1));
            d->toEdit()->setDate(QDate::currentDate().addDays(90));
            return true;
        });
        QTest::mouseClick(pane.createButton(), Qt::LeftButton);
        IlpPlansPane::setCreateDialogHook({});
        QCOMPARE(offered, QStringLiteral("2"));
        QVERIFY2(pane.messageLabel()->text().contains(QStringLiteral("Made 2")),
                 qPrintable(pane.messageLabel()->text()));
        QCOMPARE(pane.model()->rowCount(), 3);
        QCOMPARE(IlpPlanStore(f.t.db()).forStudent(f.mentor, f.bo)->size(), 1);
        QCOMPARE(IlpPlanStore(f.t.db()).forStudent(f.mentor, dee)->size(), 1);
        QCOMPARE(IlpPlanStore(f.t.db()).forStudent(f.mentor, f.ada)->size(), 0);
        QCOMPARE(IlpPlanStore(f.t.db()).forStudent(f.mentor, dee)->first().templateName,
                 QStringLiteral("SEMH support plan"));
        QCOMPARE(pane.model()->index(0, IlpStudentListModel::StateColumn).data().toString(),
                 QStringLiteral("Unpublished"));

        // Publish Bo's plan from the list.
        selectRows(pane.table(), {0});
        QVERIFY(pane.publishButton()->isEnabled());
        QTest::mouseClick(pane.publishButton(), Qt::LeftButton);
        QCOMPARE(pane.model()->index(0, IlpStudentListModel::StateColumn).data().toString(),
                 QStringLiteral("Published"));

        // Delete Dee's: the confirmation names the plan and the student; "No" keeps it.
        selectRows(pane.table(), {2});
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(pane.deleteButton(), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("SEMH support plan for Dee Fern")));
        QCOMPARE(IlpPlanStore(f.t.db()).forStudent(f.mentor, dee)->size(), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(pane.deleteButton(), Qt::LeftButton);
        QCOMPARE(IlpPlanStore(f.t.db()).forStudent(f.mentor, dee)->size(), 0);
        QCOMPARE(f.auditRows(QStringLiteral("ilp_plan"), QStringLiteral("delete")), 1);
    }

    void studentPageSavesAsYouTypeAndShowsAConcurrentEdit()
    {
        Desk desk(&IlpFixture::mentor);
        IlpFixture &f = desk.f;
        const qint64 planId = f.makePlan(f.ada, QDate::currentDate().addDays(-3), QDate::currentDate().addDays(30));
        f.makePlan(f.ada, QDate::currentDate().addDays(-120), QDate::currentDate().addDays(-60)); // older, empty
        IlpPlansPane pane(desk.context);
        pane.resize(1100, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.activate();
        int adaRow = -1;
        for (int r = 0; r < pane.model()->rowCount(); ++r)
            if (pane.model()->row(r).planId == planId)
                adaRow = r;
        QVERIFY(adaRow >= 0);
        pane.openRow(adaRow);
        IlpStudentPage *page = pane.studentPage();
        // Every plan, oldest first, the current one selected; the switcher offers the group.
        QCOMPARE(page->planList()->count(), 2);
        QCOMPARE(page->currentPlanId(), planId);
        QCOMPARE(page->planList()->currentRow(), 1);
        QCOMPARE(page->studentSwitcher()->count(), 2);
        QVERIFY(page->validFromEdit()->isEnabled());

        IlpFieldEditor *targets = page->fieldEditors().at(IlpFixture::Targets);
        QVERIFY(!targets->textEdit()->isReadOnly());
        QVERIFY(page->fieldEditors().at(IlpFixture::StudentVoice)->textEdit()->isReadOnly());
        targets->textEdit()->setFocus();
        QTest::keyClicks(targets->textEdit(), QStringLiteral("Be on time"));
        QTRY_VERIFY_WITH_TIMEOUT(!targets->hasPending(), 3000);
        QCOMPARE(f.plan(planId).fields.at(IlpFixture::Targets).value, QStringLiteral("Be on time"));
        QVERIFY(targets->statusLabel()->text().startsWith(QStringLiteral("Saved")));

        // The headteacher saves the same field meanwhile; our next save is held back and both texts shown.
        const IlpPlanField now = f.plan(planId).fields.at(IlpFixture::Targets);
        QVERIFY(IlpPlanStore(f.t.db()).saveField(f.head, now.id, QStringLiteral("Theirs"), now.version));
        QTest::keyClicks(targets->textEdit(), QStringLiteral(" every day"));
        QTRY_VERIFY_WITH_TIMEOUT(targets->conflictFrame()->isVisible(), 3000);
        QCOMPARE(f.plan(planId).fields.at(IlpFixture::Targets).value, QStringLiteral("Theirs"));
        QVERIFY(targets->statusLabel()->text().contains(QStringLiteral("head")));
        QTest::mouseClick(targets->keepMineButton(), Qt::LeftButton);
        QVERIFY(!targets->conflictFrame()->isVisible());
        QCOMPARE(f.plan(planId).fields.at(IlpFixture::Targets).value, QStringLiteral("Be on time every day"));

        // Another mentor is added to the plan from the page.
        QVERIFY(page->addMentorButton()->isEnabled());
        page->mentorPicker()->setCurrentIndex(page->mentorPicker()->findText(QStringLiteral("m.two")));
        QTest::mouseClick(page->addMentorButton(), Qt::LeftButton);
        QVERIFY(page->mentorsLabel()->text().contains(QStringLiteral("m.two")));
        QVERIFY(IlpPlanStore(f.t.db()).get(f.otherMentor, planId));

        // The switcher moves to Bo without going back to the list.
        page->studentSwitcher()->setFocus();
        const int boIndex = page->studentSwitcher()->findData(f.bo);
        QVERIFY(boIndex >= 0);
        page->studentSwitcher()->setCurrentIndex(boIndex);
        Q_EMIT page->studentSwitcher()->activated(boIndex);
        QCOMPARE(page->studentId(), f.bo);
        QCOMPARE(page->planList()->count(), 0);
    }

    void viewAsParentShowsExactlyWhatParentsSee()
    {
        Desk desk(&IlpFixture::mentor);
        IlpFixture &f = desk.f;
        const qint64 planId = f.makePlan(f.ada, QDate::currentDate().addDays(-3), QDate::currentDate().addDays(30));
        f.makePlan(f.ada, QDate::currentDate().addDays(-3), QDate::currentDate().addDays(30)); // unpublished
        f.fillAll(planId);
        QVERIFY(IlpPlanStore(f.t.db()).setState(f.mentor, {planId}, IlpPlanState::Published));
        IlpRecordTab tab(desk.context);
        tab.resize(1000, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.showStudent(f.ada);
        IlpStudentPage *page = tab.page();
        QVERIFY(!page->studentSwitcher()->isVisible());
        QCOMPARE(page->planList()->count(), 2);
        QCOMPARE(page->fieldEditors().size(), 6);
        page->viewerCombo()->setFocus();
        page->setViewer(IlpStudentPage::Viewer::Parent);
        QCOMPARE(page->planList()->count(), 1);
        QVERIFY(page->banner()->isVisible());
        QVERIFY(page->banner()->text().contains(QStringLiteral("1 plan(s) hidden")));
        QStringList labels;
        for (IlpFieldEditor *e : page->fieldEditors())
            labels << e->textEdit()->accessibleName();
        QCOMPARE(labels, (QStringList{QStringLiteral("Strengths"), QStringLiteral("Targets"),
                                      QStringLiteral("Student voice"), QStringLiteral("Parent voice")}));
        // Only the parent's own field is writable here (on their behalf); reviews are not shown.
        QVERIFY(page->fieldEditors().at(0)->textEdit()->isReadOnly());
        QVERIFY(!page->fieldEditors().at(3)->textEdit()->isReadOnly());
        QVERIFY(!page->reviewTable()->isVisible());
        QVERIFY(!page->addMentorButton()->isVisible()); // staff controls are not part of their view
        page->setViewer(IlpStudentPage::Viewer::Student);
        QCOMPARE(page->fieldEditors().size(), 3);
        QVERIFY(page->reviewTable()->isVisible());
    }

    void templateEditorSavesRightsTicks()
    {
        Desk desk(&IlpFixture::admin);
        IlpFixture &f = desk.f;
        IlpTemplatesPane pane(desk.context);
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.activate();
        QCOMPARE(pane.templateList()->count(), 1);
        QTableWidget *table = pane.fieldTable();
        QCOMPARE(table->rowCount(), 6);
        const qint64 planId = f.makePlan(f.ada);
        // Let parents see the staff notes, and add a field.
        QTableWidgetItem *tick = table->item(IlpFixture::StaffNotes, IlpTemplatesPane::seeColumn(IlpRole::Parent));
        QCOMPARE(tick->checkState(), Qt::Unchecked);
        tick->setCheckState(Qt::Checked);
        QTest::mouseClick(buttonNamed(&pane, QStringLiteral("Add a field")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 7);
        table->item(6, 0)->setText(QStringLiteral("Attendance"));
        QTest::mouseClick(pane.saveButton(), Qt::LeftButton);
        QVERIFY2(pane.messageLabel()->text().startsWith(QStringLiteral("Saved")),
                 qPrintable(pane.messageLabel()->text()));
        const IlpTemplate saved = IlpTemplateStore(f.t.db()).get(f.admin, f.templateId).value();
        QCOMPARE(saved.fields.size(), 7);
        QVERIFY(saved.fields.at(IlpFixture::StaffNotes).visibleTo(IlpRole::Parent));
        QCOMPARE(saved.fields.at(6).label, QStringLiteral("Attendance"));
        QCOMPARE(saved.fields.at(6).seeBy, IlpRole::Mentor | IlpRole::Teacher);
        // The plan made before keeps its copy.
        QCOMPARE(f.plan(planId).fields.size(), 6);
        QVERIFY(!f.plan(planId).fields.at(IlpFixture::StaffNotes).visibleTo(IlpRole::Parent));
        // A blank label is refused with the field named.
        table->item(6, 0)->setText(QString());
        QTest::mouseClick(pane.saveButton(), Qt::LeftButton);
        QVERIFY(pane.messageLabel()->text().contains(QStringLiteral("Field 7: the label is blank")));
        table->item(6, 0)->setText(QStringLiteral("Attendance"));
        QVERIFY(!pane.publishButton()->isEnabled());
        QTest::mouseClick(pane.unpublishButton(), Qt::LeftButton);
        QCOMPARE(IlpTemplateStore(f.t.db()).get(f.admin, f.templateId)->state, IlpTemplateState::Unpublished);
        QVERIFY(pane.publishButton()->isEnabled());
    }

    void reviewGridLocksTheScaleAfterTheFirstAssessment()
    {
        Desk desk(&IlpFixture::teacher);
        IlpReviewsPane pane(desk.context);
        pane.resize(1100, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.activate();
        QCOMPARE(pane.courseCombo()->count(), 1);
        QCOMPARE(pane.reviewList()->count(), 0);
        pane.newReview();
        QCOMPARE(pane.reviewList()->count(), 1);
        QVERIFY(!pane.scaleEdit()->isReadOnly());
        pane.nameEdit()->clear();
        QTest::keyClicks(pane.nameEdit(), QStringLiteral("Spring midterm"));
        pane.scaleEdit()->setPlainText(QStringLiteral("Below\nOn track\nAbove"));
        QVERIFY(pane.saveReview());
        QCOMPARE(pane.gridModel()->review().scale,
                 (QStringList{QStringLiteral("Below"), QStringLiteral("On track"), QStringLiteral("Above")}));
        QCOMPARE(pane.gridModel()->rowCount(), 2);
        // Two students at once.
        pane.grid()->selectAll();
        pane.bulkCombo()->setCurrentIndex(1);
        QPushButton *apply = buttonNamed(&pane, QStringLiteral("Give the selected students this grade"));
        QVERIFY(apply);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(pane.gridModel()->index(0, IlpReviewGridModel::AssessmentColumn).data().toString(),
                 QStringLiteral("On track"));
        QCOMPARE(pane.gridModel()->index(1, IlpReviewGridModel::AssessmentColumn).data().toString(),
                 QStringLiteral("On track"));
        QVERIFY(pane.scaleEdit()->isReadOnly());
        pane.scaleEdit()->setPlainText(QStringLiteral("A\nB"));
        QVERIFY(!pane.saveReview());
        QVERIFY(pane.messageLabel()->text().contains(QStringLiteral("locked")));
    }
};

QTEST_MAIN(TestIlpUi)
#include "tst_ilpui.moc"
