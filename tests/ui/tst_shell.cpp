// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "access/SignInDialog.h"
#include "common/Appearance.h"
#include "common/HeaderMemory.h"
#include "common/MessageBox.h"
#include "school/SchoolSettings.h"
#include "shell/DeskContext.h"
#include "shell/LockScreen.h"
#include "storage/BackupService.h"
#include "storage/Query.h"
#include "access/ChangePasswordDialog.h"
#include "access/UserStore.h"
#include "mentoring/LogEntryStore.h"
#include "privacy/RetentionPane.h"
#include "shell/MainWindow.h"
#include "shell/ServerConnectDialog.h"
#include "shell/PreferencesDialog.h"
#include "settings/Settings.h"
#include "students/StudentFilterModel.h"
#include "students/StudentRecordPane.h"
#include "students/StudentsPane.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace md;
using namespace md::ui;

class TestShell : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    QStringList navTexts(MainWindow &w)
    {
        QStringList out;
        for (int i = 0; i < w.navigation()->count(); ++i)
            out << w.navigation()->item(i)->text();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void signInDialogRefusesWrongPasswordInlineThenAccepts()
    {
        test::TestDatabase t;
        t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        SignInDialog dialog(t.db());
        dialog.show();
        QTest::keyClicks(dialog.usernameEdit(), QStringLiteral("m.one"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("not it"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("not right")));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("correct horse"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().username(), QStringLiteral("m.one"));
    }

    void signedInMentorFiltersStudentsAndOpensRecord()
    {
        test::TestDatabase t;
        const Session head = t.addUser(QStringLiteral("h.one"), {Role::Headteacher});
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 7, QStringLiteral("7B"));
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"), 9, QStringLiteral("9C"));
        t.addStudent(3, QStringLiteral("Adaeze"), QStringLiteral("Stone"), 9, QStringLiteral("9C"));

        DeskContext context;
        auto db = Database::openSqlite(t.path());
        QVERIFY(db);
        context.setDatabase(std::move(*db));
        SignInDialog dialog(context.db());
        QTest::keyClicks(dialog.usernameEdit(), QStringLiteral("h.one"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("correct horse"));
        dialog.accept();
        QVERIFY(dialog.session().isValid());
        context.setSession(dialog.session());

        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPaneId(), QStringLiteral("students"));
        QVERIFY(!window.demoMarker()->isVisible());

        auto *students = qobject_cast<StudentsPane *>(window.pane(QStringLiteral("students")));
        QVERIFY(students);
        QCOMPARE(students->proxy()->rowCount(), 3);
        students->filterEdit()->setFocus();
        QTest::keyClicks(students->filterEdit(), QStringLiteral("ada"));
        QCOMPARE(students->proxy()->rowCount(), 2);
        QTest::keyClicks(students->filterEdit(), QStringLiteral(" 9c"));
        QCOMPARE(students->proxy()->rowCount(), 1);
        QTest::keyClick(students->filterEdit(), Qt::Key_Return);
        QCOMPARE(window.currentPaneId(), QStringLiteral("record"));
        auto *record = qobject_cast<StudentRecordPane *>(window.pane(QStringLiteral("record")));
        QCOMPARE(record->heading()->text(), QStringLiteral("Adaeze Stone"));
        QVERIFY(record->tabs()->count() >= 2);
        // Esc clears the filter.
        window.showPane(QStringLiteral("students"));
        QTest::keyClick(students->filterEdit(), Qt::Key_Escape);
        QCOMPARE(students->proxy()->rowCount(), 3);
        Q_UNUSED(head);
    }

    void subjectAccessExportFromTheRecordForHeadteachersOnly()
    {
        test::TestDatabase t;
        const Session head = t.addUser(QStringLiteral("h.one"), {Role::Headteacher});
        const Session teacher = t.addUser(QStringLiteral("t.one"), {Role::Teacher});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.enrol(teacher.userId(), ada);
        {
            DeskContext context;
            context.setDatabase(std::move(*Database::openSqlite(t.path())));
            context.setSession(teacher);
            StudentRecordPane pane(context);
            pane.showStudent(ada);
            QVERIFY(pane.exportButton()->isHidden());
            QVERIFY(!pane.exportSubjectAccessTo(QDir(t.dir()).filePath(QStringLiteral("t.json"))));
            QVERIFY(!QFile::exists(QDir(t.dir()).filePath(QStringLiteral("t.json"))));
        }
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(head);
        StudentRecordPane pane(context);
        pane.showStudent(ada);
        QVERIFY(!pane.exportButton()->isHidden());
        QCOMPARE(pane.exportButton()->accessibleName(), QStringLiteral("Subject access export"));
        const QString json = QDir(t.dir()).filePath(QStringLiteral("sar.json"));
        QVERIFY(pane.exportSubjectAccessTo(json));
        QVERIFY(test::fileBytes(json).contains("Quill"));
        QVERIFY(test::fileBytes(QDir(t.dir()).filePath(QStringLiteral("sar.pdf"))).startsWith("%PDF"));
    }

    void forcedPasswordChangeExplainsProblemsInline()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("a.admin"), {Role::Administrator});
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        QVERIFY(UserStore(t.db()).resetPassword(admin, mentor.userId(), QStringLiteral("temporary garden")));
        ChangePasswordDialog dialog(t.db(), mentor, true);
        QCOMPARE(dialog.newEdit()->accessibleName(), QStringLiteral("New password"));
        QTest::keyClicks(dialog.currentEdit(), QStringLiteral("temporary garden"));
        QTest::keyClicks(dialog.newEdit(), QStringLiteral("password123"));
        QTest::keyClicks(dialog.againEdit(), QStringLiteral("password123"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("most commonly used")));
        QTest::keyClicks(dialog.newEdit(), QStringLiteral("river lantern moss"));
        QTest::keyClicks(dialog.againEdit(), QStringLiteral("river lantern moss"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!UserStore(t.db()).findById(mentor.userId())->mustChangePassword);
    }

    void retentionPaneErasesOnlyWhatIsTicked()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("a.admin"), {Role::Administrator});
        const Session lead = t.addUser(QStringLiteral("l.lead"), {Role::LeadMentor});
        for (int i = 1; i <= 2; ++i) {
            const qint64 s = t.addStudent(i, QStringLiteral("Ada"), QStringLiteral("Quill%1").arg(i));
            Query q(t.db(), QStringLiteral("UPDATE students SET date_of_birth = '1990-01-01' WHERE id = ?"));
            q.bind(s);
            QVERIFY(q.exec());
            LogEntry e;
            e.studentId = s;
            e.kind = EntryKind::Note;
            e.occurredOn = QDate::currentDate();
            e.body = QStringLiteral("a note");
            QVERIFY(LogEntryStore(t.db()).add(lead, e));
        }
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(admin);
        RetentionPane pane(context);
        pane.activate();
        QVERIFY(pane.rulesTable()->rowCount() >= 4);
        QCOMPARE(pane.dueTable()->rowCount(), 2);
        QVERIFY(!pane.eraseTicked()); // nothing ticked
        pane.dueTable()->item(0, 0)->setCheckState(Qt::Checked);
        auto summary = pane.eraseTicked();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->records, 1);
        QCOMPARE(pane.dueTable()->rowCount(), 1);
        Query left(context.db(), QStringLiteral("SELECT COUNT(*) FROM mentoring_entries"));
        QCOMPARE(left.scalar()->toInt(), 1);
    }

    void navigationFollowsRolesWithOneSupervisorEntry()
    {
        test::TestDatabase t;
        const Session supervisor = t.addUser(QStringLiteral("s.one"), {Role::Mentor, Role::Headteacher});
        const Session teacher = t.addUser(QStringLiteral("t.one"), {Role::Teacher});
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(supervisor);
        MainWindow window(context);
        const QStringList nav = navTexts(window);
        QVERIFY2(nav.contains(QStringLiteral("SUPERVISOR")), qPrintable(nav.join(QLatin1Char('|'))));
        QVERIFY(!nav.contains(QStringLiteral("MENTOR")));
        QVERIFY(!nav.contains(QStringLiteral("HEADTEACHER")));
        QVERIFY(nav.contains(QStringLiteral("My caseload")));

        context.setSession(teacher);
        window.rebuild();
        const QStringList teacherNav = navTexts(window);
        QVERIFY(!teacherNav.contains(QStringLiteral("My caseload")));
        QVERIFY(teacherNav.contains(QStringLiteral("Students")));

        // The administration area is named for what it is: a lead mentor who manages behaviour
        // categories is not told they are an administrator.
        const Session lead = t.addUser(QStringLiteral("l.one"), {Role::LeadMentor, Role::Mentor});
        context.setSession(lead);
        window.rebuild();
        const QStringList leadNav = navTexts(window);
        const qsizetype area = leadNav.indexOf(QStringLiteral("ADMINISTRATION"));
        QVERIFY2(area >= 0, qPrintable(leadNav.join(QLatin1Char('|'))));
        QVERIFY(!leadNav.contains(QStringLiteral("ADMINISTRATOR")));
        QVERIFY(leadNav.indexOf(QStringLiteral("Behaviour categories")) > area);
    }

    void demoSchoolShowsTheMarker()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        QVERIFY(SchoolSettings(t.db()).setValueUnchecked(SchoolSettings::kDemo, QStringLiteral("1")));
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(lead);
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.demoMarker()->isVisible());
        QCOMPARE(window.demoMarker()->text(), QStringLiteral("Demo school"));
    }

    void globalSearchOpensTheOnlyMatch()
    {
        test::TestDatabase t;
        const Session head = t.addUser(QStringLiteral("h.one"), {Role::Headteacher});
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(head);
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(window.globalSearch(), QStringLiteral("reed"));
        QTest::keyClick(window.globalSearch(), Qt::Key_Return);
        QCOMPARE(window.currentPaneId(), QStringLiteral("record"));
        auto *record = qobject_cast<StudentRecordPane *>(window.pane(QStringLiteral("record")));
        QCOMPARE(record->heading()->text(), QStringLiteral("Bo Reed"));
    }

    void lockShortcutBlanksAtOnceAndKeepsUnsavedWork()
    {
        test::TestDatabase t;
        const Session head = t.addUser(QStringLiteral("h.one"), {Role::Headteacher});
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(head);
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *students = qobject_cast<StudentsPane *>(window.pane(QStringLiteral("students")));
        QTest::keyClicks(students->filterEdit(), QStringLiteral("half-typed"));
        QTest::keyClick(students->filterEdit(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.lockScreen()->isLocked());
        QVERIFY(window.lockScreen()->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("Mentor Desk (locked)"));
        QCOMPARE(window.lockScreen()->geometry(), window.rect());
        // Typing elsewhere does nothing while locked.
        QTest::keyClicks(students->filterEdit(), QStringLiteral("xyz"));
        QCOMPARE(students->filterEdit()->text(), QStringLiteral("half-typed"));
        QTest::keyClicks(window.lockScreen()->passwordEdit(), QStringLiteral("wrong one"));
        QTest::keyClick(window.lockScreen()->passwordEdit(), Qt::Key_Return);
        QVERIFY(window.lockScreen()->isLocked());
        QVERIFY(!window.lockScreen()->errorLabel()->text().isEmpty());
        QTest::keyClicks(window.lockScreen()->passwordEdit(), QStringLiteral("correct horse"));
        QTest::keyClick(window.lockScreen()->passwordEdit(), Qt::Key_Return);
        QVERIFY(!window.lockScreen()->isLocked());
        QVERIFY(!window.lockScreen()->isVisible());
        QCOMPARE(students->filterEdit()->text(), QStringLiteral("half-typed"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Mentor Desk")));
    }

    void idleTimeLocksTheWindow()
    {
        test::TestDatabase t;
        const Session head = t.addUser(QStringLiteral("h.one"), {Role::Headteacher});
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(head);
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.lockScreen()->isLocked());
        window.lockScreen()->setIdleTimeout(150);
        QTRY_VERIFY_WITH_TIMEOUT(window.lockScreen()->isLocked(), 3000);
    }

    void damagedFileOffersTheNewestBackup()
    {
        test::TestDatabase t;
        t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        SchoolSettings school(t.db());
        QVERIFY(school.setValueUnchecked(SchoolSettings::kDemo, QStringLiteral("1")));
        QVERIFY(school.setValueUnchecked(SchoolSettings::kDemoUser, QStringLiteral("lead")));
        QVERIFY(BackupService::autoBackup(t.db(), QDate::currentDate()));
        Query cp(t.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(cp.exec());
        t.close();
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 1000));
        f.close();

        DeskContext context;
        MainWindow window(context);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.openDatabase(t.path()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Restore the newest backup")));
        QVERIFY(context.isSignedIn());
        auto *students = qobject_cast<StudentsPane *>(window.pane(QStringLiteral("students")));
        QVERIFY(students);
        QCOMPARE(students->proxy()->rowCount(), 1);
        const QStringList kept = QDir(t.dir()).entryList({QStringLiteral("*.damaged-*")});
        QCOMPARE(kept.size(), 1);
    }

    void columnLayoutsAreRememberedPerPane()
    {
        test::TestDatabase t;
        const Session head = t.addUser(QStringLiteral("h.one"), {Role::Headteacher, Role::LeadMentor});
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 7, QStringLiteral("7B"));
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"), 9, QStringLiteral("9C"));
        auto openWindow = [&](DeskContext &context) {
            auto db = Database::openSqlite(t.path());
            context.setDatabase(std::move(*db));
            context.setSession(head);
        };
        QHeaderView *header = nullptr;
        int movedColumns = 0;
        {
            DeskContext context;
            openWindow(context);
            MainWindow window(context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *students = qobject_cast<StudentsPane *>(window.pane(QStringLiteral("students")));
            header = students->findChild<QTableView *>()->horizontalHeader();
            QVERIFY(header->count() >= 3);
            movedColumns = header->count();
            header->resizeSection(1, 333);
            header->moveSection(2, 0);
            header->setSortIndicator(1, Qt::DescendingOrder);
            window.close();
        }
        {
            DeskContext context;
            openWindow(context);
            MainWindow window(context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *students = qobject_cast<StudentsPane *>(window.pane(QStringLiteral("students")));
            header = students->findChild<QTableView *>()->horizontalHeader();
            QCOMPARE(header->count(), movedColumns);
            QCOMPARE(header->sectionSize(1), 333);
            QCOMPARE(header->logicalIndex(0), 2);
            QCOMPARE(header->sortIndicatorSection(), 1);
            QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
            // Kept under the pane's own id.
            const QStringList keys = QSettings().allKeys();
            QVERIFY(std::any_of(keys.begin(), keys.end(), [](const QString &k) { return k.startsWith(QStringLiteral("layouts/students/")); }));
        }
    }

    void headerMemoryWaitsForColumnsAndIgnoresAChangedColumnCount()
    {
        QStandardItemModel three(0, 3);
        QStandardItemModel four(0, 4);
        {
            QWidget pane;
            auto *view = new QTableView(&pane);
            view->setModel(&three);
            HeaderMemory::attach(&pane, QStringLiteral("probe"));
            QVERIFY(!HeaderMemory::restored(view->horizontalHeader()));
            view->horizontalHeader()->resizeSection(0, 211);
            HeaderMemory::saveAll(&pane);
        }
        {
            // The model arrives after the view is remembered: the layout is applied then.
            QWidget pane;
            auto *view = new QTableView(&pane);
            HeaderMemory::attach(&pane, QStringLiteral("probe"));
            view->setModel(&three);
            QVERIFY(HeaderMemory::restored(view->horizontalHeader()));
            QCOMPARE(view->horizontalHeader()->sectionSize(0), 211);
        }
        {
            // A layout saved for three columns is not forced onto four.
            QWidget pane;
            auto *view = new QTableView(&pane);
            view->setModel(&four);
            const int defaultSize = view->horizontalHeader()->sectionSize(0);
            HeaderMemory::attach(&pane, QStringLiteral("probe"));
            QVERIFY(!HeaderMemory::restored(view->horizontalHeader()));
            QCOMPARE(view->horizontalHeader()->sectionSize(0), defaultSize);
        }
    }

    void preferencesChooseLanguageLookAndIdleLock()
    {
        Settings settings(m_settingsDir.filePath(QStringLiteral("preferences.ini")));
        PreferencesDialog dialog(settings);
        QVERIFY(dialog.languageBox()->findData(QStringLiteral("cy")) > 0);
        QVERIFY(dialog.languageBox()->itemText(dialog.languageBox()->findData(QStringLiteral("cy"))).startsWith(QStringLiteral("Cymraeg")));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("cy")));
        dialog.lookBox()->setCurrentIndex(dialog.lookBox()->findData(QStringLiteral("dark")));
        dialog.idleBox()->setValue(5);
        dialog.accept();
        QVERIFY(dialog.languageChanged());
        QCOMPARE(settings.value(Settings::Key::Language).toString(), QStringLiteral("cy"));
        QCOMPARE(settings.value(Settings::Key::Appearance).toString(), QStringLiteral("dark"));
        QCOMPARE(settings.value(Settings::Key::IdleLockMinutes).toInt(), 5);
        QCOMPARE(QApplication::palette().color(QPalette::Window), paletteFor(Look::Dark).color(QPalette::Window));
        // Every look keeps text readable; high contrast to WCAG AAA (7:1).
        for (Look look : {Look::Light, Look::Dark, Look::HighContrast}) {
            const QPalette p = paletteFor(look);
            const double least = look == Look::HighContrast ? 7.0 : 4.5;
            QVERIFY(contrastRatio(p.color(QPalette::Window), p.color(QPalette::WindowText)) >= least);
            QVERIFY(contrastRatio(p.color(QPalette::Base), p.color(QPalette::Text)) >= least);
            QVERIFY(contrastRatio(p.color(QPalette::Button), p.color(QPalette::ButtonText)) >= least);
            QVERIFY(contrastRatio(p.color(QPalette::Highlight), p.color(QPalette::HighlightedText)) >= least);
        }
        applyLook(Look::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), paletteFor(Look::System).color(QPalette::Window));
        PreferencesDialog again(settings);
        QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("cy"));
        QCOMPARE(again.lookBox()->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(again.idleBox()->value(), 5);
    }

    void serverDialogBuildsTheAddressWithoutAPassword()
    {
        ServerConnectDialog dialog;
        QPushButton *connectButton = dialog.buttons()->button(QDialogButtonBox::Ok);
        dialog.databaseEdit()->clear();
        QVERIFY(!connectButton->isEnabled());
        dialog.hostEdit()->setText(QStringLiteral(" db.school.example "));
        dialog.portBox()->setValue(6543);
        dialog.databaseEdit()->setText(QStringLiteral("mentoring"));
        dialog.userEdit()->setText(QStringLiteral("mentor.one"));
        dialog.encryptionBox()->setCurrentIndex(dialog.encryptionBox()->findData(QStringLiteral("verify-full")));
        QVERIFY(connectButton->isEnabled());
        const QString address = dialog.server().display();
        QCOMPARE(address, QStringLiteral("postgresql://mentor.one@db.school.example:6543/mentoring?sslmode=verify-full"));
        // What the desk opens parses back to the same server.
        auto parsed = ServerUrl::parse(address);
        QVERIFY(parsed);
        QCOMPARE(parsed->host, QStringLiteral("db.school.example"));
        QCOMPARE(parsed->sslmode, QStringLiteral("verify-full"));

        // A server used before fills the form; a password in its address is never shown or kept.
        auto previous = ServerUrl::parse(QStringLiteral("postgresql://lead:secret@10.0.0.5:5433/team"));
        QVERIFY(previous);
        dialog.setServer(*previous);
        QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("10.0.0.5"));
        QCOMPARE(dialog.portBox()->value(), 5433);
        QCOMPARE(dialog.userEdit()->text(), QStringLiteral("lead"));
        QCOMPARE(dialog.encryptionBox()->currentData().toString(), QStringLiteral("prefer"));
        QVERIFY(!dialog.server().display().contains(QStringLiteral("secret")));
        QVERIFY(dialog.server().password.isEmpty());
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        test::TestDatabase t;
        const Session head = t.addUser(QStringLiteral("h.one"), {Role::Headteacher, Role::Mentor, Role::Administrator});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(head);
        MainWindow window(context);
        window.openStudent(ada);
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QAbstractButton *>(w) || qobject_cast<QTabWidget *>(w);
            if (!interactive || w->inherits("QToolButton") || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (w->parentWidget() && (w->parentWidget()->inherits("QTabBar") || w->parentWidget()->inherits("QHeaderView")
                                      || w->parentWidget()->inherits("QTableView") || w->parentWidget()->inherits("QAbstractScrollArea")))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 '%2' has no accessible name").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
