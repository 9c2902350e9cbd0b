// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Live updates survive a lost listening connection (issue 12, part 3): when the server ends the
// connection RecordChangeFeed LISTENs on (a restart, the network, here pg_terminate_backend), the
// feed says so, connects again with a growing pause while the server refuses, says when it is
// back, and sends one "anything may have changed" signal so panes reload what they missed.
// PostgreSQL only (registered as tst_livereconnect_pg by tests/PostgresSuites.cmake).

#include "TestDatabase.h"

#include "storage/Query.h"
#include "storage/RecordChangeFeed.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <functional>
#include <memory>

using namespace md;

namespace {

// A change at "another desk": a thread with its own connection.
QString atAnotherDesk(const QString &url, const std::function<QString(Database &)> &work)
{
    QString failure;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto db = Database::open(url, Database::Migrate::No);
        failure = db ? work(**db) : db.error().message;
    }));
    thread->start();
    while (!thread->wait(5))
        QCoreApplication::processEvents();
    return failure;
}

QString setTutorGroup(Database &db, qint64 student, const QString &group)
{
    Query q(db, QStringLiteral("UPDATE students SET tutor_group = ?, row_version = row_version + 1 WHERE id = ?"));
    q.bind(group).bind(student);
    const Status s = q.exec();
    return s ? QString() : s.error().message;
}

bool terminate(Database &db, qint64 pid)
{
    Query q(db, QStringLiteral("SELECT pg_terminate_backend(CAST(? AS INTEGER))"));
    q.bind(pid);
    auto done = q.scalar();
    return done && done->toBool();
}

bool allowConnections(Database &db, bool allow)
{
    // Not from a connection to the database itself (the server refuses that): from its "postgres" one.
    auto admin =
        Database::openPostgres(db.serverUrl().withDatabase(QStringLiteral("postgres")), {}, Database::Migrate::No);
    if (!admin)
        return false;
    Query q(**admin);
    const Status s =
        q.exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2")
                   .arg(db.serverUrl().database, allow ? QStringLiteral("true") : QStringLiteral("false")));
    if (!s)
        qWarning("%s", qPrintable(s.error().message));
    return bool(s);
}

} // namespace

class LiveReconnectTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::TestDatabase::onPostgres(), "tst_livereconnect needs a PostgreSQL server (run it as _pg)");
    }

    void aDroppedListenerReconnectsAndAsksForOneFullReload()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        RecordChangeFeed feed(t.db());
        feed.setReconnectDelay(100);
        QVERIFY2(feed.start(), "the feed starts");
        QVERIFY(feed.isConnected());
        const qint64 listener = feed.listenerPid();
        QVERIFY(listener > 0);
        QSignalSpy connection(&feed, &RecordChangeFeed::liveConnectionChanged);
        QSignalSpy changes(&feed, &RecordChangeFeed::recordsChanged);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(terminate(t.db(), listener));
        QVERIFY(connection.wait(5000));
        const qint64 noticed = clock.elapsed();
        QCOMPARE(connection.first().at(0).toBool(), false);
        QVERIFY(connection.count() > 1 || connection.wait(5000));
        const qint64 restored = clock.elapsed();
        qInfo("listener terminated: lost noticed after %lld ms, listening again after %lld ms", noticed, restored);
        QVERIFY2(noticed < 2500, qPrintable(QString::number(noticed)));
        QCOMPARE(connection.at(1).at(0).toBool(), true);
        QVERIFY(feed.isConnected());
        QVERIFY(feed.listenerPid() > 0);
        QVERIFY(feed.listenerPid() != listener);
        // One "reload everything" for what other desks changed while nobody listened.
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toString(), QString());

        // And it listens again: another desk's change arrives with its ids.
        changes.clear();
        const QString failure = atAnotherDesk(
            t.path(), [&](Database &other) { return setTutorGroup(other, student, QStringLiteral("8D")); });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(changes.count() > 0 || changes.wait(2000));
        QCOMPARE(changes.first().at(0).toString(), QStringLiteral("students"));
        QCOMPARE(changes.first().at(1).value<QList<qint64>>(), QList<qint64>{student});
    }

    void whileTheServerRefusesItTriesAgainLessOften()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        RecordChangeFeed feed(t.db());
        feed.setReconnectDelay(100);
        QVERIFY2(feed.start(), "the feed starts");
        QSignalSpy connection(&feed, &RecordChangeFeed::liveConnectionChanged);
        QSignalSpy changes(&feed, &RecordChangeFeed::recordsChanged);

        // The server refuses new connections to this database (its existing ones go on).
        QVERIFY(allowConnections(t.db(), false));
        QVERIFY(terminate(t.db(), feed.listenerPid()));
        QVERIFY(connection.wait(5000));
        QCOMPARE(connection.first().at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(feed.nextReconnectDelay() >= 400, 5000); // 100, 200, 400...
        QVERIFY(!feed.isConnected());
        QCOMPARE(changes.count(), 0);
        QCOMPARE(connection.count(), 1); // said once, not at every attempt

        QVERIFY(allowConnections(t.db(), true));
        QTRY_VERIFY_WITH_TIMEOUT(feed.isConnected(), 5000);
        QCOMPARE(connection.count(), 2);
        QCOMPARE(connection.at(1).at(0).toBool(), true);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(feed.nextReconnectDelay(), 100);
    }

    void stoppingWhileReconnectingEndsQuietly()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        RecordChangeFeed feed(t.db());
        feed.setReconnectDelay(300);
        QVERIFY2(feed.start(), "the feed starts");
        QSignalSpy connection(&feed, &RecordChangeFeed::liveConnectionChanged);
        QVERIFY(terminate(t.db(), feed.listenerPid()));
        QVERIFY(connection.wait(5000));
        feed.stop();
        QTest::qWait(800);
        QCOMPARE(connection.count(), 1);
        QVERIFY(!feed.isRunning());
        QVERIFY(!feed.isConnected());
    }
};

QTEST_GUILESS_MAIN(LiveReconnectTest)
#include "tst_livereconnect.moc"
