// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen UI tests of the mentoring log: recording a three-part session in the editor (with
// autosave and prompts), the log tab, the caseload and team dashboards, and the timetable.
#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "mentoring/CaseloadModel.h"
#include "mentoring/CaseloadPane.h"
#include "mentoring/CaseloadView.h"
#include "mentoring/LogEntryStore.h"
#include "mentoring/MentoringLogTab.h"
#include "common/ConflictDialog.h"
#include "mentoring/SessionEditor.h"
#include "mentoring/SessionStore.h"
#include "mentoring/TimelineModel.h"
#include "shell/DeskContext.h"
#include "shell/MainWindow.h"
#include "storage/Query.h"
#include "timetable/MentorWeekModel.h"
#include "timetable/TimetableDialogs.h"
#include "timetable/TimetablePane.h"
#include "timetable/TimetablePlanner.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace md;
using namespace md::ui;

namespace {

struct Desk
{
    test::TestDatabase t;
    Session mentor;
    Session lead;
    qint64 ada = 0;
    qint64 bo = 0;
    DeskContext context;

    explicit Desk(bool asLead = false)
    {
        mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        bo = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        t.assignMentor(mentor.userId(), ada);
        t.assignMentor(mentor.userId(), bo);
        const QStringList subjects{QStringLiteral("Maths"), QStringLiteral("English"), QStringLiteral("Science"),
                                   QStringLiteral("Art"), QStringLiteral("History")};
        Query q(t.db(), QStringLiteral("INSERT INTO lesson_timetable (student_id, day, period, subject) VALUES (?, ?, ?, ?)"));
        for (qint64 id : {ada, bo})
            for (int d = 1; d <= 5; ++d)
                for (int p = 1; p <= 5; ++p) {
                    q.bind(id).bind(d).bind(p).bind(subjects.at((d + p + int(id)) % 5));
                    if (!q.exec())
                        qWarning("timetable insert failed");
                }
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(asLead ? lead : mentor);
    }

    qint64 planSession(qint64 student, const QDate &date, int period)
    {
        auto id = SessionStore(context.db()).plan(lead, {student, date, period, {}, 0, {}, {}, 0, false, {}});
        return id ? *id : 0;
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

} // namespace

class TestMentoringUi : public QObject
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

    // Live updates: another desk's save of the open session shows at once while nothing here is
    // unsaved; once the mentor has typed notes, they stay and the editor says the session changed.
    void anOpenSessionFollowsAnotherDeskUntilNotesAreTyped()
    {
        Desk desk;
        const qint64 id = desk.planSession(desk.ada, QDate(2026, 11, 3), 2);
        QVERIFY(id);
        SessionEditorDialog dialog(desk.context, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        SessionEditor *editor = dialog.editor();
        SessionStore store(desk.context.db());
        QVERIFY(editor->liveNote()->isHidden());
        const QString unrated = editor->ratingBox()->currentText();

        QVERIFY(store.setRating(desk.lead, id, 4)); // at another desk
        Q_EMIT desk.context.recordsChanged(QStringLiteral("mentoring_sessions"), {id + 1}); // not this one
        QCOMPARE(editor->ratingBox()->currentText(), unrated);
        Q_EMIT desk.context.recordsChanged(QStringLiteral("mentoring_sessions"), {id});
        QCOMPARE(editor->ratingBox()->currentText(), QStringLiteral("4"));
        QVERIFY(editor->liveNote()->isVisible());
        QCOMPARE(editor->liveNote()->text(), QStringLiteral("Updated with a change made at another desk."));

        editor->field(SessionField::ReviewSuccesses)->setPlainText(QStringLiteral("Finished the reading log."));
        QVERIFY(store.setRating(desk.lead, id, 1));
        Q_EMIT desk.context.recordsChanged(QStringLiteral("mentoring_sessions"), {id});
        QCOMPARE(editor->field(SessionField::ReviewSuccesses)->toPlainText(), QStringLiteral("Finished the reading log."));
        QCOMPARE(editor->ratingBox()->currentText(), QStringLiteral("4"));
        QVERIFY(editor->liveNote()->text().contains(QStringLiteral("changed at another desk while you were editing")));
    }

    // A week rated at another desk since this editor opened is shown, never silently overwritten.
    void aRatingSavedAtAnotherDeskIsShownNotOverwritten()
    {
        Desk desk;
        const qint64 id = desk.planSession(desk.ada, QDate(2026, 11, 2), 1);
        QVERIFY(id);
        SessionEditorDialog dialog(desk.context, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        SessionEditor *editor = dialog.editor();
        SessionStore store(desk.context.db());

        QVERIFY(store.setRating(desk.lead, id, 2)); // the lead, at another desk
        const int asked = ConflictDialog::askedCount();
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepTheirs);
        editor->ratingBox()->setCurrentIndex(editor->ratingBox()->findData(5));
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        QCOMPARE(*store.get(desk.mentor, id)->rating, 2);
        QCOMPARE(editor->ratingBox()->currentText(), QStringLiteral("2")); // theirs, shown

        // Now in step: the next change saves without asking.
        editor->ratingBox()->setCurrentIndex(editor->ratingBox()->findData(3));
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        QCOMPARE(*store.get(desk.mentor, id)->rating, 3);

        // Changed again elsewhere; this time the mentor keeps theirs on top.
        QVERIFY(store.setRating(desk.lead, id, 1));
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::Overwrite);
        editor->ratingBox()->setCurrentIndex(editor->ratingBox()->findData(4));
        QCOMPARE(ConflictDialog::askedCount(), asked + 2);
        QCOMPARE(*store.get(desk.mentor, id)->rating, 4);
    }

    // Notes typed here, and the record saved at another desk meanwhile: saving shows both versions.
    void notesSavedAtAnotherDeskAreShownNotOverwritten()
    {
        Desk desk;
        const qint64 id = desk.planSession(desk.ada, QDate(2026, 11, 2), 1);
        QVERIFY(id);
        SessionEditorDialog dialog(desk.context, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        SessionEditor *editor = dialog.editor();
        SessionStore store(desk.context.db());
        QPlainTextEdit *successes = editor->field(SessionField::ReviewSuccesses);
        const int asked = ConflictDialog::askedCount();

        // Keep theirs: this desk's notes (autosaved as drafts) are dropped and theirs are shown.
        successes->setPlainText(QStringLiteral("Mine: read a chapter every night"));
        QVERIFY(store.saveRecord(desk.lead, id, {{SessionField::ReviewSuccesses, QStringLiteral("Theirs: joined a club")}}));
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepTheirs);
        QVERIFY(!editor->save());
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        QCOMPARE(store.get(desk.lead, id)->text(SessionField::ReviewSuccesses), QStringLiteral("Theirs: joined a club"));
        QCOMPARE(successes->toPlainText(), QStringLiteral("Theirs: joined a club"));
        QVERIFY(store.drafts(desk.context.session(), id)->isEmpty());

        // Keep editing: nothing saved, the notes stay in the editor and in the drafts.
        successes->setPlainText(QStringLiteral("Mine again"));
        QVERIFY(store.saveRecord(desk.lead, id, {{SessionField::ReviewSuccesses, QStringLiteral("Theirs, later")}}));
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepEditing);
        QVERIFY(!editor->save());
        QCOMPARE(ConflictDialog::askedCount(), asked + 2);
        QCOMPARE(store.get(desk.lead, id)->text(SessionField::ReviewSuccesses), QStringLiteral("Theirs, later"));
        QCOMPARE(successes->toPlainText(), QStringLiteral("Mine again"));
        QCOMPARE(store.drafts(desk.context.session(), id)->value(SessionField::ReviewSuccesses).text,
                 QStringLiteral("Mine again"));

        // Overwrite: this desk's notes go on top, and the next save asks nothing.
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::Overwrite);
        QVERIFY(editor->save());
        QCOMPARE(ConflictDialog::askedCount(), asked + 3);
        QCOMPARE(store.get(desk.lead, id)->text(SessionField::ReviewSuccesses), QStringLiteral("Mine again"));
        successes->setPlainText(QStringLiteral("Mine, the last word"));
        QVERIFY(editor->save());
        QCOMPARE(ConflictDialog::askedCount(), asked + 3);
        QCOMPARE(store.get(desk.lead, id)->text(SessionField::ReviewSuccesses), QStringLiteral("Mine, the last word"));
    }

    void recordsAThreePartSessionInTheEditor()
    {
        Desk desk;
        const qint64 id = desk.planSession(desk.ada, QDate(2026, 11, 2), 1);
        QVERIFY(id);
        SessionEditorDialog dialog(desk.context, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        SessionEditor *editor = dialog.editor();

        // Review the past, with the student's rating of their week.
        QPlainTextEdit *successes = editor->field(SessionField::ReviewSuccesses);
        successes->setFocus();
        QTest::keyClicks(successes, QStringLiteral("On time every day."));
        QTest::keyClicks(editor->field(SessionField::ReviewBehaviour), QStringLiteral("No behaviour points."));
        editor->ratingBox()->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(editor->ratingBox(), Qt::Key_Down);
        QCOMPARE(editor->ratingBox()->currentText(), QStringLiteral("4"));
        // Work together.
        QTest::keyClicks(editor->field(SessionField::WorkActivity), QStringLiteral("GROW conversation about mornings."));
        QTest::keyClicks(editor->field(SessionField::WorkEvidence), QStringLiteral("Notes from the conversation."));
        // Look forward, starting from one of the appendix's example questions.
        QListWidget *prompts = editor->prompts(SessionPart::LookForward);
        QVERIFY(prompts);
        QCOMPARE(prompts->count(), 6);
        QVERIFY(editor->prompts(SessionPart::ReviewPast)->item(2)->text().contains(QStringLiteral("scale of 1")));
        editor->field(SessionField::ForwardMiniTargets)->setFocus();
        prompts->setFocus();
        prompts->setCurrentRow(2);
        QTest::keyClick(prompts, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Enter adds the question; it does not close the editor
        QVERIFY(editor->field(SessionField::ForwardMiniTargets)->toPlainText().contains(QStringLiteral("successful week")));
        QTest::keyClicks(editor->field(SessionField::ForwardMiniTargets), QStringLiteral("On time, and homework in."));

        // Autosaved within a second of typing, before anything is saved by hand.
        SessionStore store(desk.t.db());
        QTRY_VERIFY_WITH_TIMEOUT(store.drafts(desk.mentor, id)->value(SessionField::WorkEvidence).text
                                     == QStringLiteral("Notes from the conversation."),
                                 1000);
        QTRY_VERIFY(editor->saveState()->text().startsWith(QStringLiteral("Saved as you type")));
        QVERIFY(store.get(desk.mentor, id)->text(SessionField::WorkActivity).isEmpty());

        // Attended, then Save and close.
        editor->statusBox()->setCurrentIndex(editor->statusBox()->findText(QStringLiteral("Attended")));
        QPushButton *save = buttonNamed(&dialog, QStringLiteral("Save and close"));
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        const auto s = store.get(desk.mentor, id);
        QCOMPARE(s->status, SessionStatus::Attended);
        QCOMPARE(*s->rating, 4);
        QCOMPARE(s->text(SessionField::ReviewSuccesses), QStringLiteral("On time every day."));
        QCOMPARE(s->text(SessionField::WorkActivity), QStringLiteral("GROW conversation about mornings."));
        QVERIFY(s->text(SessionField::ForwardMiniTargets).endsWith(QStringLiteral("On time, and homework in.")));
        QVERIFY(s->recordedAt.isValid());
        QVERIFY(store.drafts(desk.mentor, id)->isEmpty());
    }

    void aMissedSessionNeedsAReasonShownInline()
    {
        Desk desk;
        const qint64 id = desk.planSession(desk.ada, QDate(2026, 11, 3), 2);
        SessionEditorDialog dialog(desk.context, id);
        dialog.show();
        SessionEditor *editor = dialog.editor();
        editor->statusBox()->setCurrentIndex(editor->statusBox()->findText(QStringLiteral("Missed")));
        QTest::mouseClick(buttonNamed(&dialog, QStringLiteral("Save and close")), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(editor->errorText().contains(QStringLiteral("Say why")), qPrintable(editor->errorText()));
        QTest::keyClicks(editor->reasonEdit(), QStringLiteral("Absent (ill)"));
        QTest::mouseClick(buttonNamed(&dialog, QStringLiteral("Save and close")), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(SessionStore(desk.t.db()).get(desk.mentor, id)->status, SessionStatus::Missed);
    }

    // The lead cancels the session at another desk while the mentor marks it missed here: saving
    // shows both statuses and reasons; nothing is overwritten unless the mentor chooses to.
    void aStatusSavedAtAnotherDeskIsShownNotOverwritten()
    {
        Desk desk;
        const qint64 id = desk.planSession(desk.ada, QDate(2026, 11, 3), 2);
        QVERIFY(id);
        SessionEditorDialog dialog(desk.context, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        SessionEditor *editor = dialog.editor();
        SessionStore store(desk.t.db());
        QVERIFY(store.setStatus(desk.lead, id, SessionStatus::Cancelled, QStringLiteral("Trip to the museum")));

        editor->statusBox()->setCurrentIndex(editor->statusBox()->findText(QStringLiteral("Missed")));
        editor->reasonEdit()->setText(QStringLiteral("Not in school"));
        const int asked = ConflictDialog::askedCount();
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepEditing);
        QVERIFY(!editor->save());
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        QVERIFY2(ConflictDialog::lastText().contains(QStringLiteral("Trip to the museum")) &&
                     ConflictDialog::lastText().contains(QStringLiteral("Not in school")),
                 qPrintable(ConflictDialog::lastText()));
        QCOMPARE(store.get(desk.lead, id)->status, SessionStatus::Cancelled);
        QCOMPARE(store.get(desk.lead, id)->statusReason, QStringLiteral("Trip to the museum"));

        // Overwrite: the mentor's status goes on top, and the next save asks nothing.
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::Overwrite);
        QVERIFY(editor->save());
        QCOMPARE(ConflictDialog::askedCount(), asked + 2);
        QCOMPARE(store.get(desk.lead, id)->status, SessionStatus::Missed);
        QCOMPARE(store.get(desk.lead, id)->statusReason, QStringLiteral("Not in school"));
        editor->reasonEdit()->setText(QStringLiteral("Not in school (ill)"));
        QVERIFY(editor->save());
        QCOMPARE(ConflictDialog::askedCount(), asked + 2);
        QCOMPARE(store.get(desk.lead, id)->statusReason, QStringLiteral("Not in school (ill)"));
    }

    void aSessionIsRescheduledWithAReasonAndTheReplacementOpens()
    {
        Desk desk;
        const qint64 id = desk.planSession(desk.ada, QDate(2026, 11, 3), 2);
        SessionEditor editor(desk.context);
        QVERIFY(editor.load(id));
        QVERIFY(editor.rescheduleButton()->isEnabled());
        QVERIFY(!editor.reschedule(QDate(2026, 11, 5), 3, QString()));
        QVERIFY(editor.reschedule(QDate(2026, 11, 5), 3, QStringLiteral("The teacher asked: a test in Science")));
        QVERIFY(editor.sessionId() != id);
        QVERIFY(editor.saveState()->text().startsWith(QStringLiteral("Rescheduled from Tue 3 Nov")));
        SessionStore store(desk.t.db());
        QCOMPARE(store.get(desk.mentor, id)->status, SessionStatus::Rescheduled);
        QCOMPARE(store.get(desk.mentor, id)->statusReason, QStringLiteral("The teacher asked: a test in Science"));
        QCOMPARE(store.get(desk.mentor, editor.sessionId())->rescheduledFromId, id);
        QCOMPARE(store.get(desk.mentor, editor.sessionId())->date, QDate(2026, 11, 5));
    }

    void theEditorRestoresNotesACrashLeftUnsaved()
    {
        Desk desk;
        const qint64 id = desk.planSession(desk.ada, QDate(2026, 11, 3), 2);
        QVERIFY(SessionStore(desk.t.db()).saveDrafts(desk.mentor, id, {{SessionField::ForwardWorries, QStringLiteral("Mock test")}}));
        SessionEditor editor(desk.context);
        QVERIFY(editor.load(id));
        QCOMPARE(editor.field(SessionField::ForwardWorries)->toPlainText(), QStringLiteral("Mock test"));
        QVERIFY(editor.saveState()->text().startsWith(QStringLiteral("Restored notes")));
        QVERIFY(editor.save());
        const auto s = SessionStore(desk.t.db()).get(desk.mentor, id);
        QCOMPARE(s->text(SessionField::ForwardWorries), QStringLiteral("Mock test"));
        // Writing the record of a past session marks it attended, and the editor shows that.
        QCOMPARE(s->status, SessionStatus::Attended);
        QCOMPARE(editor.statusBox()->currentText(), QStringLiteral("Attended"));
    }

    void theLogTabShowsTheTimelineFiltersByKindAndChecksIn()
    {
        Desk desk;
        desk.planSession(desk.ada, QDate(2026, 11, 2), 1);
        LogEntry contact;
        contact.studentId = desk.ada;
        contact.kind = EntryKind::Contact;
        contact.occurredOn = QDate(2026, 11, 4);
        contact.party = ContactParty::ParentCarer;
        contact.method = ContactMethod::Phone;
        contact.purpose = ContactPurpose::InitialMeeting;
        contact.title = QStringLiteral("Ms Quill");
        contact.body = QStringLiteral("Explained the mentoring.");
        QVERIFY(LogEntryStore(desk.t.db()).add(desk.mentor, contact));

        MentoringLogTab tab(desk.context);
        tab.show();
        tab.showStudent(desk.ada);
        QCOMPARE(tab.timelineModel()->rowCount(), 2);
        QVERIFY(tab.stepsLabel()->text().contains(QStringLiteral("Gathering information")));
        tab.kindFilter()->setCurrentIndex(tab.kindFilter()->findText(QStringLiteral("Contact")));
        QCOMPARE(tab.timelineModel()->rowCount(), 1);
        QVERIFY(tab.timeline()->model()->index(0, TimelineModel::SummaryColumn).data().toString().contains(QStringLiteral("Ms Quill")));
        tab.kindFilter()->setCurrentIndex(0);
        QCOMPARE(tab.timelineModel()->rowCount(), 2);

        QCOMPARE(tab.checkInButton()->text(), QStringLiteral("&Check in today"));
        QTest::mouseClick(tab.checkInButton(), Qt::LeftButton);
        QVERIFY(tab.checkInButton()->text().startsWith(QStringLiteral("\u2713 Checked in today")));
        QVERIFY(*LogEntryStore(desk.t.db()).isCheckedIn(desk.mentor, desk.ada, QDate::currentDate()));
        QCOMPARE(tab.timelineModel()->rowCount(), 3);
        QTest::mouseClick(tab.checkInButton(), Qt::LeftButton); // undo
        QVERIFY(!*LogEntryStore(desk.t.db()).isCheckedIn(desk.mentor, desk.ada, QDate::currentDate()));
    }

    void theCaseloadDashboardShowsOverdueItemsInRedSayingHowLate()
    {
        Desk desk;
        CaseloadPane pane(desk.context);
        pane.show();
        pane.activate();
        CaseloadView *view = pane.view();
        QCOMPARE(view->proxy()->rowCount(), 2);
        // On the caseload since 1 September with nothing logged.
        const QModelIndex meeting = view->proxy()->index(0, CaseloadModel::columnOf(Expectation::InitialParentMeeting));
        QVERIFY2(meeting.data().toString().startsWith(QStringLiteral("Overdue ")), qPrintable(meeting.data().toString()));
        QCOMPARE(meeting.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xA3, 0x00, 0x00));
        QVERIFY(pane.summary()->text().contains(QStringLiteral("overdue")));
        QVERIFY(view->isColumnHidden(CaseloadModel::MentorColumn));
        // One click (Ctrl+K) checks the selected student in.
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        view->setFocus();
        view->setCurrentIndex(view->proxy()->index(0, 0));
        QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
        const qint64 first = view->proxy()->index(0, 0).data(CaseloadModel::StudentIdRole).toLongLong();
        QVERIFY(*LogEntryStore(desk.t.db()).isCheckedIn(desk.mentor, first, QDate::currentDate()));
        QTRY_COMPARE(view->proxy()->index(0, CaseloadModel::columnOf(Expectation::DailyCheckIn)).data().toString(),
                     QStringLiteral("Checked in today"));
    }

    void theTeamDashboardShowsEachMentorAndTheirStudents()
    {
        Desk desk(true);
        const Session other = desk.t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        const qint64 cy = desk.t.addStudent(3, QStringLiteral("Cy"), QStringLiteral("Ash"));
        desk.t.assignMentor(other.userId(), cy);
        TeamDashboardPane pane(desk.context);
        pane.show();
        pane.activate();
        QCOMPARE(pane.mentors()->model()->rowCount(), 3); // two mentors and the team
        QCOMPARE(pane.students()->proxy()->rowCount(), 3);
        int row = -1;
        for (int r = 0; r < pane.mentors()->model()->rowCount(); ++r)
            if (pane.mentors()->model()->index(r, 0).data().toString() == QStringLiteral("m.two"))
                row = r;
        QVERIFY(row >= 0);
        pane.mentors()->setCurrentIndex(pane.mentors()->model()->index(row, 0));
        QCOMPARE(pane.students()->proxy()->rowCount(), 1);
        QCOMPARE(pane.students()->proxy()->index(0, CaseloadModel::StudentColumn).data().toString(), QStringLiteral("Cy Ash"));
    }

    void theTimetableFlagsAMoveByHandThatBreaksARule()
    {
        Desk desk;
        TimetablePlanner planner(desk.t.db());
        const QDate monday = SchoolCalendar::weekStart(QDate::currentDate()).addDays(7);
        auto proposal = planner.propose(desk.mentor, desk.mentor.userId(), monday, 1);
        QVERIFY(proposal);
        QCOMPARE(proposal->sessions.size(), 2);
        QVERIFY(planner.apply(desk.mentor, *proposal));
        TimetablePane pane(desk.context);
        pane.show();
        pane.showWeek(monday);
        QVERIFY(pane.summary()->text().contains(QStringLiteral("2 sessions this week")));
        const ProposedSession a = proposal->sessions.at(0);
        const ProposedSession b = proposal->sessions.at(1);
        const int row = a.period - 1;
        const int column = int(monday.daysTo(a.date));
        pane.grid()->setCurrentIndex(pane.weekModel()->index(b.period - 1, int(monday.daysTo(b.date))));
        // Move the second session onto the first's slot: saved, and flagged with the rule.
        QTimer::singleShot(0, this, [a] {
            auto *dialog = qobject_cast<MoveSessionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->dateEdit()->setDate(a.date);
            dialog->periodBox()->setCurrentIndex(dialog->periodBox()->findData(a.period));
            dialog->accept();
        });
        MessageBox::setNextAnswer(QMessageBox::Ok);
        pane.moveCurrent();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("flagged")));
        QVERIFY(MessageBox::lastDetails().contains(QStringLiteral("No two sessions for the mentor at once")));
        const QModelIndex cell = pane.weekModel()->index(row, column);
        QVERIFY(cell.data(MentorWeekModel::FlaggedRole).toBool());
        QVERIFY(cell.data().toString().contains(QStringLiteral("Breaks")));
        QVERIFY(pane.summary()->text().contains(QStringLiteral("break a rule")));
        QVERIFY(pane.weeklyTimetableHtml().contains(QStringLiteral("Ada Quill")));
        QVERIFY(pane.mentorTimetableHtml().contains(QStringLiteral("1:1 mentoring timetable")));
    }

    void mentorsAndTheLeadSeeTheirEntriesInTheNavigation()
    {
        Desk desk;
        MainWindow window(desk.context);
        QStringList nav;
        for (int i = 0; i < window.navigation()->count(); ++i)
            nav << window.navigation()->item(i)->text();
        QVERIFY(nav.contains(QStringLiteral("My caseload dashboard")));
        QVERIFY(nav.contains(QStringLiteral("Timetable")));
        QVERIFY(!nav.contains(QStringLiteral("Team dashboard")));
        desk.context.setSession(desk.lead);
        window.rebuild();
        nav.clear();
        for (int i = 0; i < window.navigation()->count(); ++i)
            nav << window.navigation()->item(i)->text();
        QVERIFY(nav.contains(QStringLiteral("Team dashboard")));
        // The student record has the log tab.
        window.openStudent(desk.ada);
        QVERIFY(window.findChild<MentoringLogTab *>(QStringLiteral("mentoring-log")));
    }
};

QTEST_MAIN(TestMentoringUi)
#include "tst_mentoringui.moc"
