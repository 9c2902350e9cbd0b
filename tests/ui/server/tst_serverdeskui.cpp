// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window connected to a PostgreSQL server: the status bar names the server and database and
// warns of no backup (a server is backed up on the server); it says when the live-update
// connection is lost and when it is back (and the lists reload); "Change my password" at a desk
// connected as a staff role changes the role's password. PostgreSQL only (tst_serverdeskui_pg).
#include "TestDatabase.h"

#include "access/AuthService.h"
#include "access/ChangePasswordDialog.h"
#include "access/ServerAccounts.h"
#include "shell/DeskContext.h"
#include "shell/MainWindow.h"
#include "storage/Query.h"
#include "storage/RecordChangeFeed.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
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
