// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Live updates between desks: a change made at another desk (here another connection, in its own
// thread with its own QSqlDatabase) reaches this desk's RecordChangeFeed within a second, a burst
// arrives as one signal, and this desk's own changes are not reported back to it. On PostgreSQL
// through LISTEN/NOTIFY (the _pg run); on SQLite through PRAGMA data_version.
#include "TestDatabase.h"

#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/RecordChangeFeed.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

using namespace md;

namespace {

// Runs `work` at "another desk": a thread with its own connection to the same database.
// Returns the failure message, empty when all went well.
QString atAnotherDesk(const QString &pathOrUrl, const std::function<QString(Database &)> &work)
{
    QString failure;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto db = Database::open(pathOrUrl, Database::Migrate::No);
        if (!db) {
            failure = db.error().message;
            return;
        }
        failure = work(**db);
    }));
    thread->start();
    // The test's event loop keeps running meanwhile, so notifications are not held up.
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

QList<qint64> idsOf(const QSignalSpy &spy, const QString &table)
{
    QList<qint64> ids;
    for (const auto &args : spy)
        if (args.at(0).toString() == table)
            ids += args.at(1).value<QList<qint64>>();
    return ids;
}

} // namespace

class LiveChangesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void postgresOnlyMigrationsAreRecordedOnBothEngines()
    {
        const auto all = Migrations::all();
        const auto live = std::find_if(all.cbegin(), all.cend(), [](const Migration &m) { return m.version == 95; });
        QVERIFY(live != all.cend());
        QCOMPARE(live->engine, QStringLiteral("postgresql"));
        QVERIFY(live->runsOn(Engine::PostgreSQL));
        QVERIFY(!live->runsOn(Engine::SQLite));
        // Only the server's own machinery is engine-specific: row-level security (91, 98), these
        // triggers (95, 100) and the staff roles' grants (96).
        QList<int> engineSpecific;
        for (const Migration &m : all)
            if (!m.engine.isEmpty())
                engineSpecific << m.version;
        QCOMPARE(engineSpecific, (QList<int>{91, 95, 96, 98, 100}));

        test::TestDatabase t;
        QVERIFY(t.isValid());
        Query recorded(t.db(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = 95"));
        QCOMPARE(recorded.scalar()->toInt(), 1);
        recorded.finish();
        if (test::TestDatabase::onPostgres()) {
            Query triggers(t.db(),
                           QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE '%_notify_change'"));
            QCOMPARE(triggers.scalar()->toInt(), 38); // 17 in migration 0095, 21 in 0100
        }
    }

    void dollarQuotedBodiesStayOneStatement()
    {
        const QStringList parts = Migrations::statements(QStringLiteral(
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    PERFORM 1;\n    RETURN NULL;\n"
            "END;\n$$;\n\nDO $$\nBEGIN\n    PERFORM 2;\nEND;\n$$;\nCREATE INDEX i ON a (x);\n"));
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts.at(0).startsWith(QStringLiteral("CREATE FUNCTION")));
        QVERIFY(parts.at(0).endsWith(QStringLiteral("$$")));
        QVERIFY(parts.at(1).startsWith(QStringLiteral("DO $$")));
        QCOMPARE(parts.at(2), QStringLiteral("CREATE INDEX i ON a (x)"));
    }

    void readsNotificationPayloads()
    {
        RecordChangeFeed::Change c;
        QVERIFY(RecordChangeFeed::parsePayload(QStringLiteral("mentoring_entries:12:7:4411"), &c));
        QCOMPARE(c.table, QStringLiteral("mentoring_entries"));
        QCOMPARE(c.id, 12);
        QCOMPARE(c.studentId, 7);
        QCOMPARE(c.backendPid, 4411);
        QVERIFY(RecordChangeFeed::parsePayload(QStringLiteral("hub_decisions:3::4411"), &c));
        QCOMPARE(c.studentId, 0);
        QVERIFY(!RecordChangeFeed::parsePayload(QStringLiteral("students:x:1:2"), &c));
        QVERIFY(!RecordChangeFeed::parsePayload(QStringLiteral("students:1:2"), &c));
        QVERIFY(!RecordChangeFeed::parsePayload(QString(), &c));
    }

    void aChangeAtAnotherDeskArrivesWithinASecond()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        RecordChangeFeed feed(t.db());
        QVERIFY2(feed.start(), "the feed starts");
        QSignalSpy spy(&feed, &RecordChangeFeed::recordsChanged);

        QElapsedTimer clock;
        clock.start();
        std::atomic<qint64> committedAt{-1};
        const QString failure = atAnotherDesk(t.path(), [&](Database &other) {
            const QString f = setTutorGroup(other, student, QStringLiteral("8C"));
            committedAt = clock.elapsed();
            return f;
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(spy.count() > 0 || spy.wait(2000));
        const qint64 latency = clock.elapsed() - committedAt;
        qInfo("live update latency on %s: %lld ms (commit at the other desk to the signal here)",
              test::TestDatabase::onPostgres() ? "PostgreSQL" : "SQLite", latency);
        QVERIFY2(latency < 1000, qPrintable(QStringLiteral("%1 ms").arg(latency)));
        if (test::TestDatabase::onPostgres()) {
            QCOMPARE(spy.first().at(0).toString(), QStringLiteral("students"));
            QCOMPARE(spy.first().at(1).value<QList<qint64>>(), QList<qint64>{student});
            QCOMPARE(spy.first().at(2).value<QList<qint64>>(), QList<qint64>{student});
        } else {
            QCOMPARE(spy.first().at(0).toString(), QString()); // SQLite cannot say what changed
        }
    }

    void aBurstOfChangesBecomesOneSignal()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        QList<qint64> students;
        for (int i = 1; i <= 20; ++i)
            students.append(t.addStudent(i, QStringLiteral("Ada"), QStringLiteral("Quill")));
        RecordChangeFeed feed(t.db());
        feed.setCoalesceInterval(400);
        QVERIFY2(feed.start(), "the feed starts");
        QSignalSpy spy(&feed, &RecordChangeFeed::recordsChanged);

        // Twenty separate commits, one after another, as an import at another desk would make.
        const QString failure = atAnotherDesk(t.path(), [&](Database &other) {
            for (qint64 id : students)
                if (const QString f = setTutorGroup(other, id, QStringLiteral("9B")); !f.isEmpty())
                    return f;
            return QString();
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(spy.count() > 0 || spy.wait(2000));
        QTest::qWait(feed.isRunning() && !test::TestDatabase::onPostgres() ? 1200 : 600); // anything still to come
        if (test::TestDatabase::onPostgres()) {
            QCOMPARE(spy.count(), 1);
            QCOMPARE(idsOf(spy, QStringLiteral("students")), students);
        } else {
            // Polled: at most one signal per poll, however many commits fell between two polls.
            QVERIFY2(spy.count() <= 2, qPrintable(QString::number(spy.count())));
        }
    }

    void thisDesksOwnChangesAreNotReportedBack()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const qint64 mine = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const qint64 theirs = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        RecordChangeFeed feed(t.db());
        QVERIFY2(feed.start(), "the feed starts");
        QSignalSpy spy(&feed, &RecordChangeFeed::recordsChanged);

        QCOMPARE(setTutorGroup(t.db(), mine, QStringLiteral("7A")), QString());
        QVERIFY(!spy.wait(1500));
        QCOMPARE(spy.count(), 0);

        // The feed is still alive: the other desk's change does arrive, and only it.
        const QString failure = atAnotherDesk(
            t.path(), [&](Database &other) { return setTutorGroup(other, theirs, QStringLiteral("7B")); });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(spy.count() > 0 || spy.wait(2000));
        if (test::TestDatabase::onPostgres())
            QCOMPARE(idsOf(spy, QStringLiteral("students")), QList<qint64>{theirs});
    }

    void insertsAndDeletesOfLogEntriesNameTheLearner()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        RecordChangeFeed feed(t.db());
        QVERIFY2(feed.start(), "the feed starts");
        QSignalSpy spy(&feed, &RecordChangeFeed::recordsChanged);
        qint64 entry = 0;
        const QString failure = atAnotherDesk(t.path(), [&](Database &other) {
            Query add(other, QStringLiteral("INSERT INTO mentoring_entries (student_id, kind, occurred_on, body, "
                                            "created_at, updated_at) VALUES (?, 'note', '2026-12-01', 'synthetic', "
                                            "'2026-12-01T09:00:00Z', '2026-12-01T09:00:00Z') RETURNING id"));
            add.bind(student);
            auto id = add.scalar();
            if (!id)
                return id.error().message;
            entry = id->toLongLong();
            add.finish();
            Query del(other, QStringLiteral("DELETE FROM mentoring_entries WHERE id = ?"));
            del.bind(entry);
            const Status s = del.exec();
            return s ? QString() : s.error().message;
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(spy.count() > 0 || spy.wait(2000));
        // SQLite noticed that something changed; it cannot say what.
        if (!test::TestDatabase::onPostgres())
            return;
        QCOMPARE(spy.count(), 1); // the insert and the delete, one signal
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("mentoring_entries"));
        QCOMPARE(spy.first().at(1).value<QList<qint64>>(), QList<qint64>{entry});
        QCOMPARE(spy.first().at(2).value<QList<qint64>>(), QList<qint64>{student});
    }

    // Migration 0100: the hub's, assessments' and mentors' tables notify too. A table without an
    // `id` names the record its row belongs to (an attendee: the meeting; a grade: the course).
    void hubAndAssessmentTablesNameTheirRecord()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        Query meeting(t.db(), QStringLiteral("INSERT INTO hub_meetings (held_on, status, created_at) "
                                             "VALUES ('2026-12-09', 'planned', '2026-12-01T09:00:00Z') RETURNING id"));
        const qint64 meetingId = meeting.scalar()->toLongLong();
        meeting.finish();
        Query course(t.db(), QStringLiteral("INSERT INTO courses (name, created_at) "
                                            "VALUES ('Year 7 Maths', '2026-12-01T09:00:00Z') RETURNING id"));
        const qint64 courseId = course.scalar()->toLongLong();
        course.finish();
        RecordChangeFeed feed(t.db());
        QVERIFY2(feed.start(), "the feed starts");
        QSignalSpy spy(&feed, &RecordChangeFeed::recordsChanged);
        const QString failure = atAnotherDesk(t.path(), [&](Database &other) {
            Query a(other, QStringLiteral("INSERT INTO hub_attendees (meeting_id, position, name, role) "
                                          "VALUES (?, 1, 'Pat Example', 'AP Inclusion')"));
            a.bind(meetingId);
            if (Status s = a.exec(); !s)
                return s.error().message;
            Query g(other, QStringLiteral("INSERT INTO course_assessments (course_id, student_id, grade, updated_at) "
                                          "VALUES (?, ?, '6', '2026-12-01T09:00:00Z')"));
            g.bind(courseId).bind(student);
            const Status s = g.exec();
            return s ? QString() : s.error().message;
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(spy.count() > 0 || spy.wait(2000));
        if (!test::TestDatabase::onPostgres())
            return; // SQLite noticed that something changed; it cannot say what
        QTest::qWait(300);
        QCOMPARE(idsOf(spy, QStringLiteral("hub_attendees")), QList<qint64>{meetingId});
        QCOMPARE(idsOf(spy, QStringLiteral("course_assessments")), QList<qint64>{courseId});
    }
};

QTEST_GUILESS_MAIN(LiveChangesTest)
#include "tst_livechanges.moc"
