// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../core/referrals/ReferralFixture.h"
#include "TestDatabase.h"

#include "common/ConflictDialog.h"
#include "common/MessageBox.h"
#include "interventions/AllocationPane.h"
#include "interventions/AllocationService.h"
#include "interventions/AssignKeyworkerDialog.h"
#include "interventions/CriteriaChecklistModel.h"
#include "interventions/InterventionStore.h"
#include "interventions/MentoringRegisterModel.h"
#include "interventions/MentorLoadModel.h"
#include "interventions/ProvisionMapPane.h"
#include "interventions/ProvisionTypeModel.h"
#include "interventions/RegisterPane.h"
#include "interventions/ReviewDialog.h"
#include "interventions/WaitingQueueModel.h"
#include "referrals/DecisionPanel.h"
#include "referrals/HubAgendaModel.h"
#include "referrals/HubPane.h"
#include "referrals/MeetingDialog.h"
#include "referrals/NewReferralDialog.h"
#include "referrals/ReferralDetailPanel.h"
#include "referrals/ReferralListModel.h"
#include "referrals/ReferralsPane.h"
#include "referrals/ReferralStore.h"
#include "referrals/StepDialog.h"
#include "referrals/StudentReferralsTab.h"
#include "shell/DeskContext.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace md;
using namespace md::ui;

namespace {

// Runs `f` on the modal dialog of type D once it is showing (exec() blocks the test otherwise).
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
        // A dialog the step left open would block the test for ever: close it and say so.
        if (dialog->isVisible()) {
            qWarning("dialog %s stayed open", D::staticMetaObject.className());
            dialog->reject();
        }
    });
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

int comboIndexContaining(QComboBox *box, const QString &text)
{
    for (int i = 0; i < box->count(); ++i)
        if (box->itemText(i).contains(text))
            return i;
    return -1;
}

} // namespace

class TestReferralsUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    struct Desk
    {
        test::TestDatabase t;
        Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        Session teacher = t.addUser(QStringLiteral("t.one"), {Role::Teacher});
        qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 8, QStringLiteral("8A"));
        qint64 bo = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"), 9, QStringLiteral("9C"));
        DeskContext context;
        std::unique_ptr<MainWindow> window;

        void open(const Session &session)
        {
            context.setDatabase(std::move(*Database::openSqlite(t.path())));
            context.setSession(session);
            window = std::make_unique<MainWindow>(context);
            window->show();
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void takesAReferralFromNewToALiveIntervention()
    {
        Desk d;
        d.open(d.lead);
        d.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(d.window.get()));

        // 1. Refer Ada.
        d.window->showPane(QStringLiteral("referrals"));
        auto *referrals = qobject_cast<ReferralsPane *>(d.window->pane(QStringLiteral("referrals")));
        QVERIFY(referrals);
        whenDialog<NewReferralDialog>([](NewReferralDialog *dialog) {
            QTest::keyClicks(dialog->studentFilter(), QStringLiteral("quill"));
            QTest::keyClick(dialog->studentFilter(), Qt::Key_Return);
            dialog->concernBox()->setCurrentIndex(dialog->concernBox()->findData(QStringLiteral("behaviour")));
            QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Shouting in lessons; sent out twice."));
            QTest::keyClicks(dialog->triedEdit(), QStringLiteral("Seating plan changed."));
            clickOk(dialog);
        });
        referrals->newReferral();
        QCOMPARE(referrals->model()->rowCount(), 1);
        QCOMPARE(referrals->model()->index(0, ReferralListModel::StatusColumn).data().toString(),
                 QStringLiteral("New"));
        ReferralDetailPanel *detail = referrals->detail();
        QVERIFY(detail->details()->toPlainText().contains(QStringLiteral("Shouting in lessons")));
        QVERIFY(detail->assessButton()->isEnabled());
        QVERIFY(!detail->hubButton()->isEnabled());

        // 2. Initial assessment with observations.
        // From the keyboard: Return starts a new line, Ctrl+Return does the step.
        whenDialog<StepDialog>([](StepDialog *dialog) {
            dialog->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            auto *text = dialog->findChild<QPlainTextEdit *>();
            text->setFocus();
            QTest::keyClicks(text, QStringLiteral("Observed in Maths"));
            QTest::keyClick(text, Qt::Key_Return);
            QTest::keyClicks(text, QStringLiteral("and PE."));
            QVERIFY(dialog->isVisible());
            QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(!dialog->isVisible());
        });
        QTest::mouseClick(detail->assessButton(), Qt::LeftButton);
        QVERIFY(detail->details()->toPlainText().contains(QStringLiteral("Observed in Maths\nand PE.")));
        QCOMPARE(referrals->model()->index(0, ReferralListModel::StatusColumn).data().toString(),
                 QStringLiteral("Initial assessment"));
        QVERIFY(detail->hubButton()->isEnabled());

        // 3. Schedule the hub, then send the referral to it.
        d.window->showPane(QStringLiteral("hub"));
        auto *hub = qobject_cast<HubPane *>(d.window->pane(QStringLiteral("hub")));
        QVERIFY(hub);
        whenDialog<MeetingDialog>([](MeetingDialog *dialog) {
            dialog->dateEdit()->setDate(QDate::currentDate().addDays(7));
            QCOMPARE(dialog->attendeesTable()->rowCount(), 5);
            clickOk(dialog);
        });
        hub->scheduleMeeting();
        QCOMPARE(hub->meetingBox()->count(), 1);
        d.window->showPane(QStringLiteral("referrals"));
        QTest::mouseClick(detail->hubButton(), Qt::LeftButton);
        QVERIFY2(detail->messageLabel()->text().contains(QStringLiteral("On the agenda")),
                 qPrintable(detail->messageLabel()->text()));
        QCOMPARE(referrals->model()->index(0, ReferralListModel::StatusColumn).data().toString(),
                 QStringLiteral("Awaiting hub"));

        // 4. At the hub: choose planned intervention from the keyboard, tick a criterion, pick the
        // keyworker and record with Ctrl+Return.
        d.window->showPane(QStringLiteral("hub"));
        QCOMPARE(hub->agendaModel()->rowCount(), 1);
        DecisionPanel *panel = hub->decisionPanel();
        QVERIFY(panel->isEnabled());
        QVERIFY(panel->headingLabel()->text().startsWith(QStringLiteral("Ada Quill")));
        QVERIFY(!panel->interventionBox()->isVisible());
        // The dialogs took the activation; keyboard shortcuts go to the active window.
        d.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(d.window.get()));
        panel->focusDecision();
        QTest::keyClick(panel, Qt::Key_1, Qt::AltModifier);
        QTRY_VERIFY(panel->decisionButton(HubDecisionKind::PlannedIntervention)
                        ->isChecked()); // a mnemonic clicks after its animation
        QVERIFY(panel->interventionBox()->isVisible());
        panel->interventionBox()->setCurrentIndex(
            comboIndexContaining(panel->interventionBox(), QStringLiteral("Anger management")));
        // Without evidence the core refuses, and says why.
        QTest::keyClick(panel->recordButton(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(panel->errorLabel()->text().contains(QStringLiteral("Tick the criteria")),
                 qPrintable(panel->errorLabel()->text()));
        panel->criteriaList()->setFocus();
        panel->criteriaList()->setCurrentIndex(panel->criteriaList()->model()->index(0, 0));
        QTest::keyClick(panel->criteriaList(), Qt::Key_Space);
        QCOMPARE(panel->criteria()->checkedIds().size(), 1);
        panel->keyworkerBox()->setCurrentIndex(comboIndexContaining(panel->keyworkerBox(), QStringLiteral("m.one")));
        QTest::keyClicks(panel->objectiveEdit(0), QStringLiteral("Use the calm-down plan"));
        QTest::keyClick(panel->objectiveEdit(0), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(hub->messageLabel()->text().contains(QStringLiteral("contact the parents or carers")),
                 qPrintable(hub->messageLabel()->text() + panel->errorLabel()->text()));
        QVERIFY(hub->agendaModel()->rowAt(0).decision.has_value());

        // 5. On the mentoring register it is planned with its keyworker; start it.
        d.window->showPane(QStringLiteral("register"));
        auto *reg = qobject_cast<RegisterPane *>(d.window->pane(QStringLiteral("register")));
        QVERIFY(reg);
        QCOMPARE(reg->model()->rowCount(), 1);
        QCOMPARE(reg->model()->index(0, MentoringRegisterModel::KeyworkerColumn).data().toString(),
                 QStringLiteral("m.one"));
        reg->view()->setCurrentIndex(reg->model()->index(0, 0));
        // It starts after the meeting that planned it (a week ahead here).
        whenDialog<StepDialog>([](StepDialog *dialog) {
            dialog->findChild<QDateEdit *>()->setDate(QDate::currentDate().addDays(8));
            clickOk(dialog);
        });
        reg->startSelected();
        QVERIFY(reg->model()
                    ->index(0, MentoringRegisterModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Active")));
        auto live = InterventionStore(d.context.db()).forStudent(d.lead, d.ada);
        QVERIFY(live);
        QCOMPARE(live->size(), 1);
        QCOMPARE(live->first().status, InterventionStatus::Active);
        QCOMPARE(live->first().objectives, QStringList{QStringLiteral("Use the calm-down plan")});
        // The keyworker's group now includes Ada: signed in as the mentor, the register shows her.
        MentoringRegisterModel mentorView;
        mentorView.setSource(d.context.db(), d.mentor);
        QVERIFY(mentorView.load());
        QCOMPARE(mentorView.rowCount(), 1);

        // 6. The minutes save as PDF.
        d.window->showPane(QStringLiteral("hub"));
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("minutes.pdf"));
        QVERIFY(hub->saveMinutesPdf(pdf));
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF-"));
    }

    // The lead reviews with "Change" while the keyworker changes the objectives from the register:
    // recording the review shows both versions; nothing is overwritten unless the lead chooses to.
    void aReviewShowsObjectivesTheKeyworkerChangedMeanwhile()
    {
        test::ReferralFixture f;
        const qint64 referral = f.refer(f.teacher, f.ada, Urgency::NonUrgent, RequestedBy::Staff);
        HubDecisionInput in;
        in.referralId = referral;
        in.meetingId = f.toHub(referral);
        in.kind = HubDecisionKind::PlannedIntervention;
        in.provisionTypeId = f.typeId("in_lesson_support");
        in.criteriaIds = f.firstCriterion("in_lesson_support");
        in.keyworkerId = f.mentor.userId();
        in.objectives = {QStringLiteral("Attend every lesson on time")};
        auto decided = HubStore(f.db()).decide(f.lead, in);
        QVERIFY2(decided, decided ? "" : qPrintable(decided.error().message));
        const qint64 id = decided->interventionId;
        InterventionStore store(f.db());
        QVERIFY(store.start(f.lead, id, f.today.addDays(8)));

        ReviewDialog dialog(f.db(), f.lead, *store.get(f.lead, id), 0, f.today.addDays(30));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.progressEdit()->setPlainText(QStringLiteral("Settling faster."));
        dialog.impactEdit()->setPlainText(QStringLiteral("Fewer lates."));
        dialog.resultButton(ReviewResult::Change)->setChecked(true);
        QList<QLineEdit *> edits;
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
            if (e->accessibleName() == QStringLiteral("Objective 1"))
                edits << e;
        QCOMPARE(edits.size(), 1);
        edits.first()->setText(QStringLiteral("Lead's objective"));
        // Meanwhile the keyworker saves their own objectives from the register.
        const int opened = store.get(f.lead, id)->rowVersion;
        QVERIFY(store.setObjectives(f.mentor, id, {QStringLiteral("Keyworker's objective")}, opened));

        const int asked = ConflictDialog::askedCount();
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepEditing);
        dialog.accept();
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        QVERIFY2(ConflictDialog::lastText().contains(QStringLiteral("Lead's objective")) &&
                     ConflictDialog::lastText().contains(QStringLiteral("Keyworker's objective")),
                 qPrintable(ConflictDialog::lastText()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(store.get(f.lead, id)->objectives, QStringList{QStringLiteral("Keyworker's objective")});
        QCOMPARE(store.reviews(f.lead, id)->size(), 0);

        // Keep theirs: the dialog shows the keyworker's objectives and records nothing yet.
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepTheirs);
        dialog.accept();
        QCOMPARE(ConflictDialog::askedCount(), asked + 2);
        QCOMPARE(edits.first()->text(), QStringLiteral("Keyworker's objective"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(store.reviews(f.lead, id)->size(), 0);

        // In step now: the review records at once.
        edits.first()->setText(QStringLiteral("Lead's objective"));
        dialog.accept();
        QCOMPARE(ConflictDialog::askedCount(), asked + 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.get(f.lead, id)->objectives, QStringList{QStringLiteral("Lead's objective")});
        QCOMPARE(store.reviews(f.lead, id)->size(), 1);
    }

    void hubRefusesStageThreeForAStaffReferralInline()
    {
        Desk d;
        ReferralStore store(d.t.db());
        NewReferral n;
        n.studentId = d.ada;
        n.description = QStringLiteral("Concern.");
        n.referredOn = QDate::currentDate().addDays(-2);
        auto id = store.create(d.teacher, n);
        QVERIFY(id);
        QVERIFY(store.startAssessment(d.lead, *id, QStringLiteral("Seen."), QDate::currentDate()));
        QVERIFY(HubStore(d.t.db()).scheduleMeeting(d.lead, QDate::currentDate().addDays(3), {}));
        QVERIFY(store.sendToHub(d.lead, *id, QDate::currentDate()));
        d.open(d.lead);
        d.window->showPane(QStringLiteral("hub"));
        auto *hub = qobject_cast<HubPane *>(d.window->pane(QStringLiteral("hub")));
        DecisionPanel *panel = hub->decisionPanel();
        QTest::mouseClick(panel->decisionButton(HubDecisionKind::PlannedIntervention), Qt::LeftButton);
        panel->interventionBox()->setCurrentIndex(
            comboIndexContaining(panel->interventionBox(), QStringLiteral("Long term 1:1")));
        panel->criteria()->setChecked(0, true);
        QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
        QVERIFY(panel->errorLabel()->isVisible());
        QVERIFY2(panel->errorLabel()->text().contains(QStringLiteral("made by a member of staff")),
                 qPrintable(panel->errorLabel()->text()));
        QVERIFY(!hub->agendaModel()->rowAt(0).decision.has_value());
    }

    void allocationBoardNeedsAReasonToGoOverCapacity()
    {
        Desk d;
        QVERIFY(AllocationService(d.t.db()).setCapacity(d.lead, d.mentor.userId(), 0, 0));
        NewIntervention n;
        n.studentId = d.bo;
        n.provisionTypeId = ProvisionMap(d.t.db()).typeByCode(QStringLiteral("lunch_club"))->id;
        n.plannedOn = QDate::currentDate();
        auto id = InterventionStore(d.t.db()).requestDirect(d.lead, n);
        QVERIFY(id);
        d.open(d.lead);
        d.window->showPane(QStringLiteral("allocation"));
        auto *board = qobject_cast<AllocationPane *>(d.window->pane(QStringLiteral("allocation")));
        QVERIFY(board);
        QCOMPARE(board->queueModel()->rowCount(), 1);
        const int mentorRow = board->mentorModel()->rowOfMentor(d.mentor.userId());
        QVERIFY(mentorRow >= 0);
        QVERIFY(board->mentorModel()
                    ->index(mentorRow)
                    .data(MentorLoadModel::SummaryRole)
                    .toString()
                    .contains(QStringLiteral("caseload full")));

        // Dropping the waiting student on the full mentor opens the dialog with the reason field.
        bool reasonShown = false;
        QString refusal;
        std::unique_ptr<QMimeData> mime(board->queueModel()->mimeData({board->queueModel()->index(0, 0)}));
        board->mentorModel()->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, board->mentorModel()->index(mentorRow));
        // The board opens the dialog once the drop has finished (a queued call), then this answers it.
        whenDialog<AssignKeyworkerDialog>([&](AssignKeyworkerDialog *dialog) {
            reasonShown = dialog->reasonEdit()->isVisible();
            clickOk(dialog);
            refusal = dialog->errorLabel()->text();
            QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Knows the family; short programme."));
            clickOk(dialog);
        });
        QTRY_COMPARE(board->queueModel()->rowCount(), 0);
        QVERIFY(reasonShown);
        QVERIFY2(refusal.contains(QStringLiteral("override")), qPrintable(refusal));
        QVERIFY(board->messageLabel()->text().contains(QStringLiteral("contact the parents")));
        QCOMPARE(InterventionStore(d.t.db()).get(d.lead, *id)->keyworkerId, d.mentor.userId());
    }

    void teacherSeesOnlyTheirReferralsAndNoHubOrRegister()
    {
        Desk d;
        NewReferral n;
        n.studentId = d.ada;
        n.description = QStringLiteral("Mine.");
        QVERIFY(ReferralStore(d.t.db()).create(d.teacher, n));
        n.studentId = d.bo;
        n.description = QStringLiteral("Not mine.");
        QVERIFY(ReferralStore(d.t.db()).create(d.lead, n));
        d.open(d.teacher);
        QVERIFY(d.window->pane(QStringLiteral("referrals")));
        QVERIFY(!d.window->pane(QStringLiteral("hub")));
        QVERIFY(!d.window->pane(QStringLiteral("register")));
        QVERIFY(!d.window->pane(QStringLiteral("allocation")));
        d.window->showPane(QStringLiteral("referrals"));
        auto *referrals = qobject_cast<ReferralsPane *>(d.window->pane(QStringLiteral("referrals")));
        QCOMPARE(referrals->model()->rowCount(), 1);
        QVERIFY(!referrals->detail()->assessButton()->isVisible());
        QVERIFY(referrals->detail()->details()->toPlainText().contains(QStringLiteral("Mine.")));
    }

    void provisionMapEditsAndKeepsTheCatalogue()
    {
        Desk d;
        d.open(d.lead);
        d.window->showPane(QStringLiteral("provision"));
        auto *pane = qobject_cast<ProvisionMapPane *>(d.window->pane(QStringLiteral("provision")));
        QVERIFY(pane);
        QCOMPARE(pane->model()->rowCount(), 13);
        pane->view()->setCurrentIndex(pane->model()->index(
            pane->model()->rowOfType(ProvisionMap(d.context.db()).typeByCode(QStringLiteral("social_skills"))->id), 0));
        QVERIFY(pane->descriptionEdit()->toPlainText().contains(QStringLiteral("Talk about for teenagers")));
        pane->criteriaEdit()->appendPlainText(QStringLiteral("Student finds group work hard."));
        QVERIFY(pane->save());
        auto type = ProvisionMap(d.context.db()).typeByCode(QStringLiteral("social_skills"));
        QCOMPARE(type->criteria.size(), 3);
        QCOMPARE(type->criteria.last().text, QStringLiteral("Student finds group work hard."));
        pane->nameEdit()->clear();
        auto refused = pane->save();
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("name")));
    }

    void studentRecordListsTheReferralsAndRefersFromThere()
    {
        Desk d;
        d.open(d.lead);
        d.window->openStudent(d.ada);
        auto *tab = d.window->findChild<StudentReferralsTab *>();
        QVERIFY(tab);
        QCOMPARE(tab->referralView()->model()->rowCount(), 0);
        whenDialog<NewReferralDialog>([](NewReferralDialog *dialog) {
            QVERIFY(dialog->studentList()->currentIndex().isValid()); // the record's student, chosen already
            QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Seems withdrawn."));
            clickOk(dialog);
        });
        tab->refer();
        QCOMPARE(tab->referralView()->model()->rowCount(), 1);
        QVERIFY(tab->interventionView()->isVisibleTo(tab));
        // Bo's record shows none of Ada's.
        d.window->openStudent(d.bo);
        QCOMPARE(tab->referralView()->model()->rowCount(), 0);
    }

    void everyInteractiveWidgetOfThePanesHasAnAccessibleName()
    {
        Desk d;
        d.open(d.lead);
        for (const char *id : {"referrals", "register", "hub", "allocation", "provision"}) {
            d.window->showPane(QString::fromLatin1(id));
            QWidget *pane = d.window->pane(QString::fromLatin1(id));
            QVERIFY(pane);
            const auto widgets = pane->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                const bool interactive = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w) ||
                                         qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                                         qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QDateEdit *>(w);
                if (!interactive || w->inherits("QToolButton") || w->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                if (w->parentWidget() &&
                    (w->parentWidget()->inherits("QHeaderView") || w->parentWidget()->inherits("QAbstractSpinBox") ||
                     w->parentWidget()->inherits("QComboBox") || w->parentWidget()->inherits("QAbstractScrollArea") ||
                     w->parentWidget()->inherits("QTableView")))
                    continue;
                QVERIFY2(
                    !w->accessibleName().isEmpty(),
                    qPrintable(QStringLiteral("%1: %2 has no accessible name")
                                   .arg(QString::fromLatin1(id), QString::fromLatin1(w->metaObject()->className()))));
            }
        }
    }
};

QTEST_MAIN(TestReferralsUi)
#include "tst_referralsui.moc"
