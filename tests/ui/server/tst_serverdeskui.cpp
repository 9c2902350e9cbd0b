// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window connected to a PostgreSQL server: the status bar names the server and database and
// warns of no backup (a server is backed up on the server); it says when the live-update
// connection is lost and when it is back (and the lists reload); "Change my password" at a desk
// connected as a staff role changes the role's password. PostgreSQL only (tst_serverdeskui_pg).
#include "LiveFixtures.h"
#include "TestDatabase.h"

#include "access/AuthService.h"
#include "access/ChangePasswordDialog.h"
#include "access/ServerAccounts.h"
#include "mentoring/LogDialogs.h"
#include "mentoring/LogEntryStore.h"
#include "mentoring/SessionEditor.h"
#include "mentoring/SessionStore.h"
#include "mentoring/TargetStore.h"
#include "referrals/ReferralObservationsDialog.h"
#include "referrals/ReferralStore.h"
#include "shell/DeskContext.h"
#include "shell/MainWindow.h"
#include "storage/Query.h"
#include "storage/RecordChangeFeed.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

using namespace md;
using namespace md::ui;

namespace {

QAction *findAction(QWidget *window, const QString &objectNameOrText)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->objectName() == objectNameOrText || a->text() == objectNameOrText)
            return a;
    return nullptr;
}

} // namespace

class TestServerDeskUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::TestDatabase::onPostgres(), "tst_serverdeskui needs a PostgreSQL server (run it as _pg)");
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void theStatusBarNamesTheServerAndDoesNotAskForABackup()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        DeskContext context;
        auto opened = Database::open(t.path());
        QVERIFY(opened);
        context.setDatabase(std::move(*opened));
        context.setSession(lead);
        MainWindow window(context);
        window.rebuild();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const ServerUrl &server = context.db().serverUrl();
        QCOMPARE(window.fileLabel()->text(),
                 QStringLiteral("Server %1:%2, database %3").arg(server.host).arg(server.port).arg(server.database));
        QVERIFY(window.fileLabel()->toolTip().contains(QLatin1String("pg_dump")));
        QCOMPARE(window.fileLabel()->accessibleName(), QStringLiteral("Database server"));
        QVERIFY(!window.backupLabel()->isVisible());
        QVERIFY(window.backupLabel()->text().isEmpty());
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            QVERIFY2(!label->isVisible() || !label->text().contains(QLatin1String("backed up")),
                     qPrintable(label->text()));
        // The desk's own backup commands are for a desk's file.
        QAction *backup = findAction(&window, QStringLiteral("&Back up now…"));
        QVERIFY(backup);
        QVERIFY(!backup->isEnabled());
        QAction *restore = findAction(&window, QStringLiteral("Restore from a bac&kup…"));
        QVERIFY(restore);
        QVERIFY(!restore->isEnabled());
        QVERIFY(!window.liveLabel()->isVisible());
    }

    void theStatusBarSaysWhenLiveUpdatesAreLostAndBack()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        DeskContext context;
        auto opened = Database::open(t.path());
        QVERIFY(opened);
        context.setDatabase(std::move(*opened));
        context.setSession(lead);
        MainWindow window(context);
        window.rebuild();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(context.isLive());
        QVERIFY(context.liveFeed());
        QSignalSpy reloads(&context, &DeskContext::dataChanged);

        Query kill(context.db(), QStringLiteral("SELECT pg_terminate_backend(CAST(? AS INTEGER))"));
        kill.bind(context.liveFeed()->listenerPid());
        QVERIFY(kill.scalar().value().toBool());
        kill.finish();
        QTRY_VERIFY_WITH_TIMEOUT(window.liveLabel()->isVisible(), 4000);
        QCOMPARE(window.liveLabel()->text(), QStringLiteral("⚠ Live updates lost: reconnecting…"));
        QCOMPARE(window.liveLabel()->accessibleName(), QStringLiteral("Live updates"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.liveLabel()->isVisible(), 5000);
        QVERIFY(context.isLive());
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Live updates from other desks are back; every list was reloaded."));
        QStringList areas;
        for (const auto &args : reloads)
            areas << args.at(0).toString();
        for (const char *area : {"students", "mentoring", "referrals", "behaviour"})
            QVERIFY2(areas.contains(QLatin1String(area)), area);
    }

    // Part 2 of live editors: changes saved at another desk while this desk's live connection was
    // down send no notification it can hear. Once the connection is back, every open editor
    // re-reads its record's row version: the log entry, target, session and referral editors
    // changed meanwhile show theirs (or keep unsaved edits and say so); an editor of a record
    // nobody changed stays as it was.
    void openEditorsCatchUpWithChangesMissedWhileTheLiveConnectionWasDown()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.assignMentor(lead.userId(), ada);
        Database &otherDesk = t.db(); // another connection: another desk
        auto entry = LogEntryStore(otherDesk).add(lead, test::noteEntry(ada, QStringLiteral("First words.")));
        QVERIFY(entry);
        auto quietEntry =
            LogEntryStore(otherDesk).add(lead, test::noteEntry(ada, QStringLiteral("Nobody changes this one.")));
        QVERIFY(quietEntry);
        auto targetId = TargetStore(otherDesk).add(lead, test::readingTarget(ada));
        QVERIFY2(targetId, targetId ? "" : qPrintable(targetId.error().message));
        auto sessionId = SessionStore(otherDesk).plan(lead, {ada, QDate(2026, 11, 2), 1, {}, 0, {}, {}, 0, false, {}});
        QVERIFY2(sessionId, sessionId ? "" : qPrintable(sessionId.error().message));
        const qint64 referral = test::referralInAssessment(otherDesk, lead, ada);
        QVERIFY(referral);

        DeskContext context;
        auto opened = Database::open(t.path());
        QVERIFY(opened);
        context.setDatabase(std::move(*opened));
        context.setSession(lead);
        QVERIFY(context.isLive());

        LogEntryDialog entryEditor(context, *LogEntryStore(context.db()).get(lead, *entry));
        LogEntryDialog quietEditor(context, *LogEntryStore(context.db()).get(lead, *quietEntry));
        TargetDialog targetEditor(context, *TargetStore(context.db()).get(lead, *targetId));
        SessionEditorDialog sessionEditor(context, *sessionId);
        ReferralObservationsDialog referralEditor(context, *ReferralStore(context.db()).get(lead, referral));
        for (QWidget *w : std::initializer_list<QWidget *>{&entryEditor, &quietEditor, &targetEditor, &sessionEditor,
                                                           &referralEditor})
            w->show();
        QVERIFY(QTest::qWaitForWindowExposed(&referralEditor));
        // Unsaved edits in the target editor: they must survive the catch-up.
        targetEditor.part(2)->setText(QStringLiteral("My measure"));

        // The listener goes; the pause before reconnecting leaves time to save at the other desk.
        context.liveFeed()->setReconnectDelay(1500);
        QSignalSpy connection(&context, &DeskContext::liveConnectionChanged);
        Query kill(context.db(), QStringLiteral("SELECT pg_terminate_backend(CAST(? AS INTEGER))"));
        kill.bind(context.liveFeed()->listenerPid());
        QVERIFY(kill.scalar().value().toBool());
        kill.finish();
        QTRY_VERIFY_WITH_TIMEOUT(!context.isLive(), 4000);
        QCOMPARE(connection.size(), 1);

        // Saved at the other desk while this one hears nothing.
        LogEntry theirEntry = *LogEntryStore(otherDesk).get(lead, *entry);
        theirEntry.body = QStringLiteral("Their words, saved while the connection was down.");
        QVERIFY(LogEntryStore(otherDesk).update(lead, theirEntry));
        SmartTarget theirTarget = *TargetStore(otherDesk).get(lead, *targetId);
        theirTarget.measurable = QStringLiteral("Their measure");
        QVERIFY(TargetStore(otherDesk).update(lead, theirTarget));
        QVERIFY(SessionStore(otherDesk).setRating(lead, *sessionId, 4));
        const int referralVersion = referralEditor.version();
        QVERIFY(ReferralStore(otherDesk).recordObservations(lead, referral, QStringLiteral("Their observations."),
                                                            referralVersion));
        QVERIFY(!context.isLive()); // all of it before the connection came back
        QVERIFY(entryEditor.liveNote()->isHidden());

        // Back: each editor catches up, as the feed says it is back (timed to the last editor: the
        // spy below is connected after the five editors' watches, so it runs after them).
        QElapsedTimer sinceBack;
        qint64 caughtUpUs = -1;
        connect(&context, &DeskContext::liveConnectionChanged, this, [&](bool up) {
            if (up)
                sinceBack.start();
        });
        connect(&context, &DeskContext::recordsChanged, this, [&](const QString &table) {
            if (table.isEmpty() && sinceBack.isValid() && caughtUpUs < 0)
                caughtUpUs = sinceBack.nsecsElapsed() / 1000;
        });
        QTRY_VERIFY_WITH_TIMEOUT(context.isLive(), 6000);
        QCOMPARE(connection.size(), 2);
        QCOMPARE(connection.last().at(0).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(entryEditor.bodyEdit()->toPlainText(), theirEntry.body, 1000);
        QVERIFY(caughtUpUs >= 0);
        qInfo("five open editors re-read their row versions and caught up %lld us after the connection was back",
              caughtUpUs);
        QCOMPARE(entryEditor.liveNote()->text(), QStringLiteral("Updated with a change made at another desk."));
        QCOMPARE(sessionEditor.editor()->ratingBox()->currentText(), QStringLiteral("4"));
        QCOMPARE(sessionEditor.editor()->liveNote()->text(),
                 QStringLiteral("Updated with a change made at another desk."));
        QCOMPARE(referralEditor.observationsEdit()->toPlainText(), QStringLiteral("Their observations."));
        QVERIFY(referralEditor.version() > referralVersion);
        QCOMPARE(targetEditor.part(2)->text(), QStringLiteral("My measure"));
        QVERIFY(targetEditor.liveNote()->text().contains(QStringLiteral("while you were editing")));
        QVERIFY(quietEditor.liveNote()->isHidden());
        QCOMPARE(quietEditor.bodyEdit()->toPlainText(), QStringLiteral("Nobody changes this one."));

        for (QDialog *d : std::initializer_list<QDialog *>{&entryEditor, &quietEditor, &targetEditor, &referralEditor})
            d->reject();
        sessionEditor.done(QDialog::Rejected);
    }

    void changeMyPasswordAtADeskConnectedAsAStaffRole()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        const Session mentor = t.addUser(QStringLiteral("mentorc"), {Role::Mentor});
        const QString role = QStringLiteral("md_uipw_%1").arg(QCoreApplication::applicationPid());
        const QString passwordFile = t.dir() + QStringLiteral("/pw");
        {
            QFile f(passwordFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a long enough secret\n");
        }
        const auto added = test::runCli({QStringLiteral("--url"), t.path(), QStringLiteral("server"),
                                         QStringLiteral("add-user"), mentor.username(), QStringLiteral("--role"), role,
                                         QStringLiteral("--password-file"), passwordFile});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        {
            ServerUrl url = *ServerUrl::parse(t.path());
            url.user = role;
            auto desk = Database::openPostgres(url, QStringLiteral("a long enough secret"));
            QVERIFY(desk);
            DeskContext context;
            context.setDatabase(std::move(*desk));
            auto session = AuthService(context.db()).sessionFor(mentor.username());
            QVERIFY(session);
            context.setSession(*session);
            MainWindow window(context);
            window.rebuild();
            QAction *change = findAction(&window, QStringLiteral("changePasswordAction"));
            QVERIFY(change);
            QCOMPARE(change->text(), QStringLiteral("Change my pass&word…"));
            QVERIFY(change->isEnabled());

            bool filled = false;
            QTimer::singleShot(0, this, [&] {
                auto *dialog = qobject_cast<ChangePasswordDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                const auto fields = dialog->findChildren<QLineEdit *>();
                for (QLineEdit *e : fields) {
                    if (e->accessibleName() == QStringLiteral("Current password"))
                        e->setText(QStringLiteral("a long enough secret"));
                    else
                        e->setText(QStringLiteral("river lantern moss"));
                }
                filled = fields.size() == 3;
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            });
            change->trigger();
            QVERIFY(filled);
            QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Your password is changed."));
            QCOMPARE(context.db().connection().password(), QStringLiteral("river lantern moss"));
        }
        Query stored(t.db(), QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"));
        stored.bind(role);
        const QString verifier = stored.scalar().value().toString();
        stored.finish();
        const QStringList parts = verifier.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 3);
        const QStringList head = parts.at(1).split(QLatin1Char(':'));
        QCOMPARE(ServerAccounts::scramVerifier(QStringLiteral("river lantern moss"),
                                               QByteArray::fromBase64(head.value(1).toLatin1()), head.value(0).toInt()),
                 verifier);
        Query drop(t.db());
        QVERIFY(drop.exec(QStringLiteral("DROP OWNED BY %1").arg(role)));
        QVERIFY(drop.exec(QStringLiteral("DROP ROLE %1").arg(role)));
    }
};

QTEST_MAIN(TestServerDeskUi)
#include "tst_serverdeskui.moc"
