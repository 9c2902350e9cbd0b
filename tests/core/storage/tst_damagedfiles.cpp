// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/FileChecks.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/StudentStore.h"

#include <QFile>
#include <QFileInfo>
#include <QtTest>


using namespace md;

class TestDamagedFiles : public QObject
{
    Q_OBJECT

private:
    // A database with a few pages of data, checkpointed and closed, as a file on disk.
    QString makeDatabase(test::TestDatabase &t)
    {
        for (int i = 1; i <= 40; ++i)
            t.addStudent(i, QStringLiteral("Student%1").arg(i), QStringLiteral("Surname%1").arg(i));
        Query cp(t.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        cp.exec().ok();
        t.close();
        QFile::remove(t.path() + QStringLiteral("-wal"));
        QFile::remove(t.path() + QStringLiteral("-shm"));
        return t.path();
    }

private Q_SLOTS:
    void truncatedFileIsRefusedUntouched()
    {
        test::TestDatabase t;
        const QString path = makeDatabase(t);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2 + 100));
        f.close();
        QCOMPARE(FileChecks::inspectHeader(path), FileChecks::Header::Truncated);
        const QByteArray before = test::fileBytes(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("damaged")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("backup")));
        QCOMPARE(test::fileBytes(path), before);
    }

    void foreignFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.docx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // The length comes from the literal: a count written by hand read past its end (AddressSanitizer).
        f.write(QByteArray("PK\x03\x04 not a database").repeated(100));
        f.close();
        QCOMPARE(FileChecks::inspectHeader(path), FileChecks::Header::Foreign);
        auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(QStringLiteral("not a Mentor Desk database")));
    }

    void fullDiskLeavesNothingHalfSaved()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        Query pages(t.db(), QStringLiteral("PRAGMA page_count"));
        const int now = pages.scalar()->toInt();
        // SQLite's own "disk full": the file may not grow past its current size.
        Query limit(t.db(), QStringLiteral("PRAGMA max_page_count = %1").arg(now + 1));
        QVERIFY(limit.exec());
        limit.finish();
        Status failed;
        {
            Transaction tx(t.db());
            QVERIFY(tx.ok());
            StudentWriter writer(t.db(), Actor{0, QStringLiteral("test")});
            for (int i = 2; i < 2000 && failed.ok(); ++i) {
                Student s;
                s.upn = QStringLiteral("X%1").arg(i, 12, 10, QLatin1Char('0'));
                s.legalForename = QString(200, QLatin1Char('a'));
                s.legalSurname = QString(200, QLatin1Char('b'));
                auto r = writer.upsertByUpn(s);
                if (!r)
                    failed = r.error();
            }
        }
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, Error::Kind::Io);
        QVERIFY2(failed.error().message.contains(QStringLiteral("disk is full")), qPrintable(failed.error().message));
        Query count(t.db(), QStringLiteral("SELECT COUNT(*) FROM students"));
        QCOMPARE(count.scalar()->toInt(), 1);
        auto integrity = t.db().integrityCheck();
        QCOMPARE(*integrity, QStringList{QStringLiteral("ok")});
    }

    void networkPathsAreWarnedAbout()
    {
        QVERIFY(FileChecks::networkDriveWarning(QDir::tempPath() + QStringLiteral("/x.sqlite")).isEmpty());
        const QString warning = FileChecks::networkDriveWarning(QStringLiteral("//school-server/share/mentoring.sqlite"));
        QVERIFY(warning.contains(QStringLiteral("network drive")));
        QVERIFY(warning.contains(QStringLiteral("PostgreSQL")));
    }

    void healthyFileIsAccepted()
    {
        test::TestDatabase t;
        const QString path = makeDatabase(t);
        QCOMPARE(FileChecks::inspectHeader(path), FileChecks::Header::Sqlite);
        QVERIFY(Database::openSqlite(path));
    }

    // While this process's SQLite connections hold a file, the check leaves it alone (a plain
    // open and close of it would drop their locks; tst_twodesks shows what that did). Every
    // connection holds it, under any name of the file; the last to close lets it go.
    void aFileHeldOpenIsNotOpenedAgainByTheCheck()
    {
        test::TestDatabase t;
        const QString path = makeDatabase(t);
        {
            auto first = Database::openSqlite(path);
            QVERIFY(first);
            QCOMPARE(FileChecks::inspectHeader(path), FileChecks::Header::HeldOpen);
            const QString sameFile = QFileInfo(path).absolutePath() + QStringLiteral("/./") + QFileInfo(path).fileName();
            QCOMPARE(FileChecks::inspectHeader(sameFile), FileChecks::Header::HeldOpen);
            {
                auto second = Database::openSqlite(sameFile);
                QVERIFY(second);
            }
            QCOMPARE(FileChecks::inspectHeader(path), FileChecks::Header::HeldOpen);
        }
        QCOMPARE(FileChecks::inspectHeader(path), FileChecks::Header::Sqlite);
    }
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"
