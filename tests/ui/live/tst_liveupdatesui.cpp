// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Live updates in the window: a list pane reloads when another desk changes its rows, keeping the
// user's selection and scroll position; an open editor reloads, or keeps unsaved edits and says so.
#include "LiveFixtures.h"
#include "TestDatabase.h"

#include "common/ConflictDialog.h"
#include "live/LiveUpdates.h"
#include "mentoring/CaseStore.h"
#include "mentoring/LogDialogs.h"
#include "mentoring/LogEntryStore.h"
#include "mentoring/TargetStore.h"
#include "referrals/ReferralDetailPanel.h"
#include "referrals/ReferralObservationsDialog.h"
#include "referrals/ReferralStore.h"
#include "referrals/ReferralsPane.h"
#include "shell/DeskContext.h"
#include "storage/Query.h"
#include "students/StudentFilterModel.h"
#include "students/StudentListModel.h"
#include "students/StudentRecordPane.h"
#include "students/StudentsPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace md;
using namespace md::ui;

namespace {

int rowOfStudent(QAbstractItemModel *model, qint64 id)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(StudentListModel::StudentIdRole).toLongLong() == id)
            return r;
    return -1;
}

// This desk: its own connection to the test database (the test's other connection is another desk).
bool openDesk(DeskContext &context, test::TestDatabase &t, const Session &session)
{
    auto opened = Database::open(t.path());
    if (!opened)
        return false;
    context.setDatabase(std::move(*opened));
    context.setSession(session);
    return true;
}

// A mentor's desk with a note in the log of their learner; the test's own connection is another desk.
struct NoteDesk
{
    test::TestDatabase t;
    Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
    qint64 entryId = 0;
    DeskContext context;

    bool open()
    {
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.assignMentor(mentor.userId(), student);
        auto id =
            LogEntryStore(t.db()).add(mentor, test::noteEntry(student, QStringLiteral("Settled well this week.")));
        entryId = id ? *id : 0;
        return t.isValid() && entryId && openDesk(context, t, mentor);
    }

    // The entry in its editor, shown.
    LogEntryDialog &showEditor()
    {
        editor = std::make_unique<LogEntryDialog>(context, *LogEntryStore(context.db()).get(mentor, entryId));
        editor->show();
        return *editor;
    }
    std::unique_ptr<LogEntryDialog> editor; // after the context: goes first
};

QString storedObservations(Database &db, const Session &session, qint64 id)
{
    auto r = ReferralStore(db).get(session, id);
    return r ? r->observations : QString();
}

bool listShows(QAbstractItemModel *model, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, StudentListModel::NameColumn).data().toString().contains(text))
            return true;
    return false;
}

} // namespace

class TestLiveUpdatesUi : public QObject
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

    void areasCoverTheMainRecordTables()
    {
        QCOMPARE(LiveUpdates::areasOf(QStringLiteral("students")), QStringList{QStringLiteral("students")});
        QVERIFY(LiveUpdates::areasOf(QStringLiteral("mentoring_entries")).contains(QStringLiteral("mentoring")));
        QVERIFY(LiveUpdates::areasOf(QStringLiteral("behaviour_events")).contains(QStringLiteral("behaviour")));
        QVERIFY(LiveUpdates::areasOf(QStringLiteral("referrals")).contains(QStringLiteral("referrals")));
        QVERIFY(LiveUpdates::areasOf(QStringLiteral("audit_log")).isEmpty());
        const QStringList all = LiveUpdates::areasOf(QString());
        for (const char *area : {"students", "mentoring", "referrals", "behaviour", "letters", "interventions"})
            QVERIFY2(all.contains(QLatin1String(area)), area);
    }

    void theStudentsListFollowsAnotherDeskKeepingSelectionAndScroll()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        QList<qint64> ids;
        for (int i = 1; i <= 60; ++i)
            ids.append(
                t.addStudent(i, QStringLiteral("Ada"), QStringLiteral("Surname%1").arg(i, 2, 10, QLatin1Char('0'))));
        DeskContext context;
        auto opened = Database::open(t.path());
        QVERIFY(opened);
        context.setDatabase(std::move(*opened));
        context.setSession(lead);

        StudentsPane pane(context, StudentsPane::Mode::InScope);
        pane.resize(700, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.reload();
        QTableView *view = pane.view();
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 60);
        const qint64 chosen = ids.at(40);
        view->setCurrentIndex(model->index(rowOfStudent(model, chosen), 0));
        view->scrollTo(view->currentIndex(), QAbstractItemView::PositionAtTop);
        QVERIFY(view->verticalScrollBar()->value() > 0);
        const qint64 topStudent = view->indexAt(QPoint(1, 1)).data(StudentListModel::StudentIdRole).toLongLong();

        // Another desk (another connection to the same database) renames a learner.
        QElapsedTimer clock;
        {
            auto other = Database::open(t.path(), Database::Migrate::No);
            QVERIFY(other);
            Query q(**other,
                    QStringLiteral("UPDATE students SET legal_surname = 'Renamed', row_version = row_version + 1 "
                                   "WHERE id = ?"));
            q.bind(ids.at(45));
            QVERIFY(q.exec());
            clock.start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(listShows(model, QStringLiteral("Renamed")), 1500);
        qInfo("the students list showed another desk's change after %lld ms", clock.elapsed());
        QCOMPARE(view->currentIndex().data(StudentListModel::StudentIdRole).toLongLong(), chosen);
        QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
        // "Renamed" sorts first, so every row below it moved down one: the same learners stay in view.
        QCOMPARE(view->indexAt(QPoint(1, 1)).data(StudentListModel::StudentIdRole).toLongLong(), topStudent);
        QVERIFY(view->verticalScrollBar()->value() > 0);
    }

    void anOpenEditorReloadsOrKeepsUnsavedEditsWithANote()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        DeskContext context;
        auto opened = Database::open(t.path());
        QVERIFY(opened);
        context.setDatabase(std::move(*opened));
        context.setSession(t.addUser(QStringLiteral("lead"), {Role::LeadMentor}));

        QWidget editor;
        auto *note = new QLabel(&editor);
        note->hide();
        bool unsaved = false;
        int reloads = 0;
        auto *watch = new RecordWatch(context, QStringLiteral("mentoring_entries"), 7, note, &editor);
        watch->hasUnsavedEdits = [&] { return unsaved; };
        watch->reload = [&] {
            ++reloads;
            return Status();
        };
        editor.show();

        Q_EMIT context.recordsChanged(QStringLiteral("mentoring_entries"), {3, 8}); // not ours
        Q_EMIT context.recordsChanged(QStringLiteral("behaviour_events"), {7});     // another table
        QCOMPARE(reloads, 0);
        QVERIFY(note->isHidden());
        Q_EMIT context.recordsChanged(QStringLiteral("mentoring_entries"), {5, 7});
        QCOMPARE(reloads, 1);
        QVERIFY(note->isVisible()); // the watch says the editor now shows their version
        QCOMPARE(note->text(), QStringLiteral("Updated with a change made at another desk."));

        unsaved = true;
        Q_EMIT context.recordsChanged(QStringLiteral("mentoring_entries"), {7});
        QCOMPARE(reloads, 1); // the user's edits stay
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("another desk")));
    }
    void theLogEntryEditorReloadsUntilTheUserTypesThenKeepsTheirWords()
    {
        NoteDesk desk;
        QVERIFY(desk.open());
        LogEntryDialog &editor = desk.showEditor();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.liveNote() && editor.liveNote()->isHidden());

        // Another desk edits the entry; the editor has nothing unsaved, so it shows their version.
        LogEntry theirs = *LogEntryStore(desk.t.db()).get(desk.mentor, desk.entryId);
        theirs.body = QStringLiteral("Their words.");
        QVERIFY(LogEntryStore(desk.t.db()).update(desk.mentor, theirs));
        Q_EMIT desk.context.recordsChanged(QStringLiteral("mentoring_entries"), {desk.entryId});
        QCOMPARE(editor.bodyEdit()->toPlainText(), QStringLiteral("Their words."));

        // Now the user types; a further change elsewhere leaves their words and says so.
        editor.bodyEdit()->setPlainText(QStringLiteral("My words."));
        theirs = *LogEntryStore(desk.t.db()).get(desk.mentor, desk.entryId);
        theirs.body = QStringLiteral("Their second words.");
        QVERIFY(LogEntryStore(desk.t.db()).update(desk.mentor, theirs));
        Q_EMIT desk.context.recordsChanged(QStringLiteral("mentoring_entries"), {desk.entryId});
        QCOMPARE(editor.bodyEdit()->toPlainText(), QStringLiteral("My words."));
        QVERIFY(editor.liveNote()->isVisible());
        QVERIFY(editor.liveNote()->text().contains(QStringLiteral("another desk")));
    }
    void theTargetEditorReloadsUntilTheUserTypesThenKeepsTheirWords()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.assignMentor(mentor.userId(), student);
        auto id = TargetStore(t.db()).add(mentor, test::readingTarget(student));
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        DeskContext context;
        QVERIFY(openDesk(context, t, mentor));

        TargetDialog editor(context, *TargetStore(context.db()).get(mentor, *id));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.liveNote() && editor.liveNote()->isHidden());

        SmartTarget theirs = *TargetStore(t.db()).get(mentor, *id);
        theirs.measurable = QStringLiteral("Their measure");
        QVERIFY(TargetStore(t.db()).update(mentor, theirs));
        Q_EMIT context.recordsChanged(QStringLiteral("smart_targets"), {*id});
        QCOMPARE(editor.part(2)->text(), QStringLiteral("Their measure"));
        QVERIFY(editor.liveNote()->isVisible());

        editor.part(2)->setText(QStringLiteral("My measure"));
        theirs = *TargetStore(t.db()).get(mentor, *id);
        theirs.measurable = QStringLiteral("Their second measure");
        QVERIFY(TargetStore(t.db()).update(mentor, theirs));
        Q_EMIT context.recordsChanged(QStringLiteral("smart_targets"), {*id});
        QCOMPARE(editor.part(2)->text(), QStringLiteral("My measure"));
        QVERIFY(editor.liveNote()->text().contains(QStringLiteral("another desk")));
    }

    // The action plan editor, opened before the student had a case (version 0): another desk's first
    // plan shows at once; over unsaved words it is noted, and saving shows both versions.
    void thePlanEditorFollowsAnotherDeskFromBeforeTheCaseExisted()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.assignMentor(mentor.userId(), student);
        DeskContext context;
        QVERIFY(openDesk(context, t, mentor));
        QCOMPARE(CaseStore(t.db()).current(mentor, student)->id, 0);

        PlanDialog editor(context, student);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.liveNote() && editor.liveNote()->isHidden());

        // Another desk writes the first plan, opening the case.
        QVERIFY(CaseStore(t.db()).setPlan(mentor, student, QStringLiteral("Their first plan"), {}, 0));
        const MentoringCase opened = *CaseStore(t.db()).current(mentor, student);
        Q_EMIT context.recordsChanged(QStringLiteral("mentoring_cases"), {opened.id});
        QCOMPARE(editor.planEdit()->toPlainText(), QStringLiteral("Their first plan"));
        QVERIFY(editor.liveNote()->isVisible());

        // The user types; a further save elsewhere leaves their words and says so.
        editor.planEdit()->setPlainText(QStringLiteral("My plan"));
        QVERIFY(CaseStore(t.db()).setPlan(mentor, student, QStringLiteral("Their second plan"), {}, opened.rowVersion));
        Q_EMIT context.recordsChanged(QStringLiteral("mentoring_cases"), {opened.id});
        QCOMPARE(editor.planEdit()->toPlainText(), QStringLiteral("My plan"));
        QVERIFY(editor.liveNote()->text().contains(QStringLiteral("another desk")));

        // Saving shows both versions; going back to editing saves nothing.
        const int asked = ConflictDialog::askedCount();
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepEditing);
        editor.accept();
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        QVERIFY2(ConflictDialog::lastText().contains(QStringLiteral("My plan")) &&
                     ConflictDialog::lastText().contains(QStringLiteral("Their second plan")),
                 qPrintable(ConflictDialog::lastText()));
        QCOMPARE(CaseStore(t.db()).current(mentor, student)->actionPlan, QStringLiteral("Their second plan"));
        QVERIFY(editor.isVisible());
    }

    // The same editor when nobody else has a case for the student: its own first plan saves, after
    // an objective added from the same dialog, without asking.
    void thePlanEditorSavesItsOwnFirstPlan()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.assignMentor(mentor.userId(), student);
        DeskContext context;
        QVERIFY(openDesk(context, t, mentor));
        PlanDialog editor(context, student);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QLineEdit *objective = nullptr;
        for (QLineEdit *e : editor.findChildren<QLineEdit *>())
            if (e->accessibleName() == QStringLiteral("New objective"))
                objective = e;
        QPushButton *add = nullptr;
        for (QPushButton *b : editor.findChildren<QPushButton *>())
            if (b->accessibleName() == QStringLiteral("Add objective"))
                add = b;
        QVERIFY(objective && add);
        objective->setText(QStringLiteral("Attend every lesson"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(CaseStore(t.db()).objectives(mentor, student)->size(), 1);
        editor.planEdit()->setPlainText(QStringLiteral("Weekly 1:1s"));
        const int asked = ConflictDialog::askedCount();
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepEditing); // none expected: fails below if asked
        editor.accept();
        QVERIFY2(ConflictDialog::askedCount() == asked, qPrintable(ConflictDialog::lastText()));
        ConflictDialog::setNextAnswer(std::nullopt);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(CaseStore(t.db()).current(mentor, student)->actionPlan, QStringLiteral("Weekly 1:1s"));
    }

    // Part 1: the referral's observations editor follows another desk through the desk's own feed
    // (PostgreSQL: a notification; SQLite: the file's data version), within a second; over unsaved
    // edits it keeps them and says so, and saving shows both versions instead of overwriting.
    void theReferralObservationsEditorFollowsAnotherDeskAndShowsAConflict()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const qint64 id = test::referralInAssessment(t.db(), lead, ada);
        QVERIFY(id);
        DeskContext context;
        QVERIFY(openDesk(context, t, lead));
        ReferralStore otherDesk(t.db()); // another connection: another desk

        ReferralObservationsDialog editor(context, *ReferralStore(context.db()).get(lead, id));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.liveNote()->isHidden());
        QCOMPARE(editor.observationsEdit()->toPlainText(), QStringLiteral("Seen in lessons."));

        // Nothing unsaved here: their observations show, within a second.
        QElapsedTimer clock;
        QVERIFY(otherDesk.recordObservations(lead, id, QStringLiteral("Theirs: calmer in Maths."), editor.version()));
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(editor.observationsEdit()->toPlainText(), QStringLiteral("Theirs: calmer in Maths."),
                                  1000);
        qInfo("the referral editor showed another desk's save after %lld ms", clock.elapsed());
        QVERIFY(editor.liveNote()->isVisible());
        QCOMPARE(editor.liveNote()->text(), QStringLiteral("Updated with a change made at another desk."));
        QCOMPARE(editor.version(), ReferralStore(t.db()).get(lead, id)->rowVersion);

        // The user types; another save elsewhere leaves their words and says so.
        const QString mine = QStringLiteral("Mine: settles after five minutes.");
        editor.observationsEdit()->setPlainText(mine);
        const int readVersion = editor.version();
        QVERIFY(otherDesk.recordObservations(lead, id, QStringLiteral("Theirs, later."), readVersion));
        QTRY_VERIFY_WITH_TIMEOUT(editor.liveNote()->text().contains(QStringLiteral("while you were editing")), 1000);
        QCOMPARE(editor.observationsEdit()->toPlainText(), mine);
        QCOMPARE(editor.version(), readVersion);

        // Saving meets the row version: both versions are shown. Going back keeps mine unsaved.
        const int asked = ConflictDialog::askedCount();
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepEditing);
        editor.accept();
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        QVERIFY2(ConflictDialog::lastText().contains(mine) &&
                     ConflictDialog::lastText().contains(QStringLiteral("Theirs, later.")),
                 qPrintable(ConflictDialog::lastText()));
        QVERIFY(editor.isVisible());
        QVERIFY(editor.errorLabel()->isVisible());
        QCOMPARE(storedObservations(t.db(), lead, id), QStringLiteral("Theirs, later."));
        QCOMPARE(editor.observationsEdit()->toPlainText(), mine);

        // Overwrite: mine goes on top of theirs, knowingly.
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::Overwrite);
        editor.accept();
        QCOMPARE(ConflictDialog::askedCount(), asked + 2);
        QVERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QVERIFY(!editor.discarded());
        QCOMPARE(storedObservations(t.db(), lead, id), mine);

        // Another time the user keeps theirs: nothing of mine is saved and the editor says so.
        ReferralObservationsDialog again(context, *ReferralStore(context.db()).get(lead, id));
        again.show();
        again.observationsEdit()->setPlainText(QStringLiteral("Mine, second try."));
        QVERIFY(otherDesk.recordObservations(lead, id, QStringLiteral("Theirs, last."), again.version()));
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepTheirs);
        again.accept();
        QCOMPARE(ConflictDialog::askedCount(), asked + 3);
        QVERIFY(again.discarded());
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(storedObservations(t.db(), lead, id), QStringLiteral("Theirs, last."));
    }

    // As in the app: the register's detail panel opens the observations editor modally (exec()),
    // and the desk must keep following other desks inside that modal loop: the editor and the
    // panel behind it both show another desk's save.
    void theModalObservationsEditorFollowsAnotherDeskAsInTheApp()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const qint64 id = test::referralInAssessment(t.db(), lead, ada);
        QVERIFY(id);
        DeskContext context;
        QVERIFY(openDesk(context, t, lead));
        ReferralsPane pane(context);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.reload();
        QVERIFY(pane.selectReferral(id));
        ReferralDetailPanel &panel = *pane.detail();
        QVERIFY(panel.observeButton()->isEnabled());

        bool sawIt = false;
        qint64 shownAfter = -1;
        QString problem;
        QTimer::singleShot(0, &pane, [&] {
            auto *editor = qobject_cast<ReferralObservationsDialog *>(QApplication::activeModalWidget());
            if (!editor) {
                problem = QStringLiteral("no modal observations editor");
                return;
            }
            QElapsedTimer clock;
            clock.start();
            if (!ReferralStore(t.db()).recordObservations(lead, id, QStringLiteral("Theirs, in the modal loop."),
                                                          editor->version()))
                problem = QStringLiteral("the other desk could not save");
            else
                sawIt = QTest::qWaitFor(
                    [&] {
                        return editor->observationsEdit()->toPlainText() ==
                               QStringLiteral("Theirs, in the modal loop.");
                    },
                    2000);
            shownAfter = clock.elapsed();
            editor->reject();
        });
        panel.observeButton()->click(); // returns when the editor closes
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(sawIt, "the modal editor did not show another desk's save within 2 s");
        qInfo("the modal referral editor showed another desk's save after %lld ms", shownAfter);
        QTRY_VERIFY_WITH_TIMEOUT(panel.details()->toPlainText().contains(QStringLiteral("Theirs, in the modal loop.")),
                                 2000);
    }

    // Part 2: "anything may have changed" (recordsChanged with no table: the live connection is
    // back after a drop) makes an open editor re-read its record's row version: the same version
    // leaves it alone; another one reloads it, or, over unsaved edits, keeps them and says so.
    void anOpenEditorReReadsItsRowVersionWhenChangesMayHaveBeenMissed()
    {
        NoteDesk desk;
        QVERIFY(desk.open());
        LogEntryDialog &editor = desk.showEditor();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        Q_EMIT desk.context.recordsChanged(QString(), {}); // nothing changed: nothing happens
        QVERIFY(editor.liveNote()->isHidden());
        QCOMPARE(editor.bodyEdit()->toPlainText(), QStringLiteral("Settled well this week."));

        LogEntry theirs = *LogEntryStore(desk.t.db()).get(desk.mentor, desk.entryId);
        theirs.body = QStringLiteral("Their words, missed while the connection was down.");
        QVERIFY(LogEntryStore(desk.t.db()).update(desk.mentor, theirs));
        Q_EMIT desk.context.recordsChanged(QString(), {});
        QCOMPARE(editor.bodyEdit()->toPlainText(), theirs.body);
        QCOMPARE(editor.liveNote()->text(), QStringLiteral("Updated with a change made at another desk."));

        editor.liveNote()->hide();
        Q_EMIT desk.context.recordsChanged(QString(), {}); // in step again: nothing happens
        QVERIFY(editor.liveNote()->isHidden());

        editor.bodyEdit()->setPlainText(QStringLiteral("My words."));
        theirs = *LogEntryStore(desk.t.db()).get(desk.mentor, desk.entryId);
        theirs.body = QStringLiteral("Their second words.");
        QVERIFY(LogEntryStore(desk.t.db()).update(desk.mentor, theirs));
        Q_EMIT desk.context.recordsChanged(QString(), {});
        QCOMPARE(editor.bodyEdit()->toPlainText(), QStringLiteral("My words."));
        QVERIFY(editor.liveNote()->text().contains(QStringLiteral("while you were editing")));

        // A record gone meanwhile counts as changed: the watch says so rather than staying quiet.
        QWidget other;
        auto *note = new QLabel(&other);
        int reloads = 0;
        auto *watch =
            new RecordWatch(desk.context, QStringLiteral("mentoring_entries"), desk.entryId + 1000, note, &other);
        watch->version = [] { return 1; };
        watch->reload = [&] {
            ++reloads;
            return Status();
        };
        Q_EMIT desk.context.recordsChanged(QString(), {});
        QCOMPARE(reloads, 1);
    }

    void anOpenStudentRecordShowsAnotherDesksChange()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        DeskContext context;
        auto opened = Database::open(t.path());
        QVERIFY(opened);
        context.setDatabase(std::move(*opened));
        context.setSession(lead);
        StudentRecordPane pane(context);
        pane.show();
        pane.showStudent(ada);
        QVERIFY(pane.heading()->text().contains(QStringLiteral("Quill")));

        Query q(t.db(), QStringLiteral("UPDATE students SET legal_surname = 'Marsh' WHERE id = ?"));
        q.bind(ada);
        QVERIFY(q.exec());
        Q_EMIT context.recordsChanged(QStringLiteral("students"), {ada + 1}); // someone else
        QVERIFY(pane.heading()->text().contains(QStringLiteral("Quill")));
        Q_EMIT context.recordsChanged(QStringLiteral("students"), {ada});
        QVERIFY2(pane.heading()->text().contains(QStringLiteral("Marsh")), qPrintable(pane.heading()->text()));
    }
};

QTEST_MAIN(TestLiveUpdatesUi)
#include "tst_liveupdatesui.moc"
