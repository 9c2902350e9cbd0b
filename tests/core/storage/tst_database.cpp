// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QtTest>

using namespace md;

class TestDatabaseStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newFileIsMigratedToLatestSchema()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 1);
        Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
        QCOMPARE(q.scalar()->toInt(), int(Migrations::all().size()));
    }

    void connectionHasForeignKeysWalAndBusyTimeout()
    {
        test::TestDatabase t;
        if (test::TestDatabase::onPostgres()) {
            // A server enforces foreign keys always; the session is set to UTC (dates are ISO text).
            Query zone(t.db(), QStringLiteral("SELECT current_setting('TimeZone')"));
            QCOMPARE(zone.scalar()->toString(), QStringLiteral("UTC"));
            return;
        }
        Query fk(t.db(), QStringLiteral("PRAGMA foreign_keys"));
        QCOMPARE(fk.scalar()->toInt(), 1);
        Query wal(t.db(), QStringLiteral("PRAGMA journal_mode"));
        QCOMPARE(wal.scalar()->toString(), QStringLiteral("wal"));
        Query busy(t.db(), QStringLiteral("PRAGMA busy_timeout"));
        QVERIFY(busy.scalar()->toInt() >= 1000);
    }

    void foreignKeysAreEnforced()
    {
        test::TestDatabase t;
        Query q(t.db(), QStringLiteral("INSERT INTO parents (student_id, surname) VALUES (?, ?)"));
        q.bind(qint64(424242)).bind(QStringLiteral("Nobody"));
        QVERIFY(!q.exec());
    }

    void reopeningDoesNotReapplyMigrations()
    {
        test::TestDatabase t;
        const int version = t.db().schemaVersion();
        t.reopen();
        QVERIFY(t.isValid());
        QCOMPARE(t.db().schemaVersion(), version);
    }

    // A later build may bring a migration numbered below ones already applied (each capability
    // has its range): it is applied on opening, on both engines.
    void appliesAMigrationNumberedBelowTheSchemaVersion()
    {
        test::TestDatabase t;
        const int latest = t.db().schemaVersion();
        {
            // As a database written before 0041 existed.
            Query drop(t.db(), QStringLiteral("DROP INDEX behaviour_events_category"));
            QVERIFY(drop.exec());
            Query forget(t.db(), QStringLiteral("DELETE FROM schema_migrations WHERE version = 41"));
            QVERIFY(forget.exec());
        }
        QCOMPARE(t.db().schemaVersion(), latest);
        t.reopen();
        QVERIFY(t.isValid());
        Query applied(t.db(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = 41"));
        QCOMPARE(applied.scalar()->toInt(), 1);
        Query index(t.db(), test::TestDatabase::onPostgres()
                                ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'behaviour_events_category'")
                                : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'behaviour_events_category'"));
        QCOMPARE(index.scalar()->toInt(), 1);
    }

    void refusesNewerSchemaAndLeavesFileUntouched()
    {
        test::TestDatabase t;
        {
            Query q(t.db(), QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
            q.bind(Migrations::latestVersion() + 100).bind(QStringLiteral("from_the_future")).bind(isoNow());
            QVERIFY(q.exec());
        }
        if (test::TestDatabase::onPostgres()) {
            t.close();
            auto reopened = Database::open(t.path());
            QVERIFY(!reopened);
            QVERIFY2(reopened.error().message.contains(QStringLiteral("newer version")), qPrintable(reopened.error().message));
            QCOMPARE(reopened.error().kind, Error::Kind::Conflict);
            return;
        }
        {
            Query cp(t.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QVERIFY(cp.exec());
        }
        t.close();
        const QByteArray before = test::fileBytes(t.path());
        auto reopened = Database::openSqlite(t.path());
        QVERIFY(!reopened);
        QVERIFY2(reopened.error().message.contains(QStringLiteral("newer version")), qPrintable(reopened.error().message));
        QCOMPARE(reopened.error().kind, Error::Kind::Conflict);
        QCOMPARE(test::fileBytes(t.path()), before);
    }

    void refusesFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("These are some notes, not a database.\n").repeated(200));
        f.close();
        const QByteArray before = test::fileBytes(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("not a Mentor Desk database")), qPrintable(db.error().message));
        QCOMPARE(test::fileBytes(path), before);
    }

    void refusesMissingFolderWithClearMessage()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("no/such/folder/school.sqlite")));
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(QStringLiteral("does not exist")));
    }

    void failedChangeRollsBackEverything()
    {
        test::TestDatabase t;
        {
            Transaction tx(t.db());
            QVERIFY(tx.ok());
            Query a(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
            a.bind(QStringLiteral("a")).bind(QStringLiteral("1"));
            QVERIFY(a.exec());
            Query dup(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
            dup.bind(QStringLiteral("a")).bind(QStringLiteral("2"));
            QVERIFY(!dup.exec()); // primary key clash: the caller returns without commit
        }
        QCOMPARE(t.db().transactionDepth(), 0);
        Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'a'"));
        QCOMPARE(q.scalar()->toInt(), 0);
    }

    void nestedTransactionRollsBackOnlyItsOwnPart()
    {
        test::TestDatabase t;
        Transaction outer(t.db());
        QVERIFY(outer.ok());
        Query a(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('outer', '1')"));
        QVERIFY(a.exec());
        {
            Transaction inner(t.db());
            QVERIFY(inner.ok());
            QCOMPARE(t.db().transactionDepth(), 2);
            Query b(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('inner', '1')"));
            QVERIFY(b.exec());
        }
        QVERIFY(outer.commit());
        Query q(t.db(), QStringLiteral("SELECT key FROM settings WHERE key IN ('outer', 'inner')"));
        QVERIFY(q.exec());
        QStringList keys;
        while (q.next())
            keys << q.string(0);
        QCOMPARE(keys, QStringList{QStringLiteral("outer")});
    }

    void secondConnectionWaitsInsteadOfFailing()
    {
        test::TestDatabase t;
        auto other = Database::open(t.path());
        QVERIFY(other);
        Transaction tx(t.db());
        QVERIFY(tx.ok());
        Query a(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('first', '1')"));
        QVERIFY(a.exec());
        // The other connection reads the committed state meanwhile (WAL: readers do not block).
        Query read(**other, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'first'"));
        QCOMPARE(read.scalar()->toInt(), 0);
        QVERIFY(tx.commit());
        Transaction tx2(**other);
        QVERIFY(tx2.ok());
        QVERIFY(tx2.commit());
    }

    void migrationStatementsSplitAroundTriggers()
    {
        const QStringList parts = Migrations::statements(QStringLiteral(
            "-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n"
            "  SELECT RAISE(ABORT, 'no');\nEND;\nCREATE INDEX i ON a (x);\n"));
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(parts.at(1).endsWith(QStringLiteral("END;")));
        QCOMPARE(parts.at(2), QStringLiteral("CREATE INDEX i ON a (x)"));
    }

    void integrityCheckReportsOk()
    {
        test::TestDatabase t;
        auto result = t.db().integrityCheck();
        QVERIFY(result);
        QCOMPARE(*result, QStringList{QStringLiteral("ok")});
    }
};

QTEST_GUILESS_MAIN(TestDatabaseStorage)
#include "tst_database.moc"
