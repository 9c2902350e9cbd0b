// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/BackupService.h"
#include "storage/DailyBackup.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QtTest>

using namespace md;

namespace {
int studentCount(Database &db)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM students"));
    return q.scalar()->toInt();
}

// Makes the database about `kilobytes` KB bigger, so copying it takes a while.
bool fill(Database &db, int kilobytes)
{
    Query q(db);
    return q.exec(QStringLiteral("CREATE TABLE filler(b BLOB)")) &&
           q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                 "INSERT INTO filler SELECT randomblob(1000) FROM n")
                      .arg(kilobytes));
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupIsAConsistentCopyWhileOpen()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        const QString target = QDir(t.dir()).filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(BackupService::backupTo(t.db(), target));
        QCOMPARE(QDir(t.dir()).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
        QVERIFY(BackupService::verify(target));
        QCOMPARE(QFileInfo(target).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
        auto copy = Database::openSqlite(target);
        QVERIFY(copy);
        QCOMPARE(studentCount(**copy), 2);
    }

    void automaticBackupRunsOncePerDay()
    {
        test::TestDatabase t;
        const QDate day(2026, 11, 23);
        auto first = BackupService::autoBackup(t.db(), day);
        QVERIFY(first);
        QVERIFY(first->has_value());
        QVERIFY(QFile::exists(**first));
        QVERIFY(QFileInfo(**first).absolutePath().endsWith(QStringLiteral("/backups")));
        auto second = BackupService::autoBackup(t.db(), day);
        QVERIFY(second);
        QVERIFY(!second->has_value());
        QCOMPARE(BackupService::backupsOf(t.path()).size(), 1);
        QVERIFY(BackupService::lastBackupTime(t.path()).isValid());
    }

    void dailyBackupRunsOnAWorkerThreadOncePerDay()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const QDate day(2026, 11, 23);
        DailyBackup backup;
        QSignalSpy finished(&backup, &DailyBackup::finished);
        backup.start(t.path(), day);
        // The desk's own connection goes on writing while the copy is made.
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        QVERIFY(finished.wait(20000));
        const QString made = finished.at(0).at(0).toString();
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(QFile::exists(made));
        QVERIFY(BackupService::verify(made));
        QCOMPARE(QFileInfo(made).dir().entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
        auto copy = Database::openSqlite(made);
        QVERIFY(copy);
        const int students = studentCount(**copy);
        QVERIFY2(students == 1 || students == 2, "a backup holds one consistent snapshot");

        // Today's exists: the second start makes nothing and says so with an empty file name.
        backup.start(t.path(), day);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(1).at(0).toString(), QString());
        QCOMPARE(finished.at(1).at(1).toString(), QString());
        QCOMPARE(BackupService::backupsOf(t.path()).size(), 1);
    }

    // Two desks on one file start at the same moment, and both make the day's copy. Each writes a
    // temporary file of its own: with one shared name, each removed or overwrote the other's
    // half-written copy and both desks said "the backup failed (is the disk full?)".
    void twoDesksBackingUpAtOnceBothSucceed()
    {
        test::TestDatabase t;
        QVERIFY(fill(t.db(), 8000));
        const QDate day(2026, 11, 23);
        for (int round = 0; round < 3; ++round) {
            DailyBackup first;
            DailyBackup second;
            QSignalSpy firstDone(&first, &DailyBackup::finished);
            QSignalSpy secondDone(&second, &DailyBackup::finished);
            first.start(t.path(), day.addDays(round));
            second.start(t.path(), day.addDays(round));
            QTRY_COMPARE_WITH_TIMEOUT(firstDone.size() + secondDone.size(), 2, 60000);
            QCOMPARE(firstDone.at(0).at(1).toString(), QString());
            QCOMPARE(secondDone.at(0).at(1).toString(), QString());
            const QString made = firstDone.at(0).at(0).toString() + secondDone.at(0).at(0).toString();
            QVERIFY2(!made.isEmpty(), "neither desk made the day's copy");
        }
        const QDir folder(BackupService::folderFor(t.path()));
        QCOMPARE(folder.entryList(QDir::Files).size(), 3); // one copy a day, no temporary left behind
        for (const QString &copy : BackupService::backupsOf(t.path()))
            QVERIFY(BackupService::verify(copy));
    }

    // A desk that stopped mid-copy leaves its temporary behind: the next day's run removes it once
    // it is an hour old, and leaves a recent one (another desk may be writing it now).
    void halfWrittenCopiesLeftByAStoppedDeskAreRemovedLater()
    {
        test::TestDatabase t;
        const QString folder = BackupService::folderFor(t.path());
        QVERIFY(QDir().mkpath(folder));
        const QString base = QFileInfo(t.path()).completeBaseName();
        const QString old = QDir(folder).filePath(base + QStringLiteral("-2026-11-22.sqlite.a1B2c3.part"));
        const QString recent = QDir(folder).filePath(base + QStringLiteral("-2026-11-23.sqlite.d4E5f6.part"));
        const QString unrelated = QDir(folder).filePath(QStringLiteral("other-2026-11-22.sqlite.g7H8i9.part"));
        for (const QString &f : {old, recent, unrelated}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("half a copy");
        }
        for (const QString &f : {old, unrelated}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-2 * 3600), QFileDevice::FileModificationTime));
        }
        QVERIFY(BackupService::autoBackup(t.db(), QDate(2026, 11, 23)));
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(recent));
        QVERIFY(QFile::exists(unrelated)); // another database's: not ours to remove
    }

    void cancellingADailyBackupLeavesNoFileBehind()
    {
        test::TestDatabase t;
        // Enough rows that the copy takes far more than one progress-handler interval.
        QVERIFY(fill(t.db(), 30000));
        DailyBackup backup;
        QSignalSpy finished(&backup, &DailyBackup::finished);
        backup.start(t.path(), QDate(2026, 11, 23));
        backup.cancel();
        QVERIFY(!backup.isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 0);
        const QDir folder(BackupService::folderFor(t.path()));
        QCOMPARE(folder.entryList(QDir::Files), QStringList());
        // Cancelling an idle one is harmless, and a later start still makes the day's copy.
        backup.cancel();
        backup.start(t.path(), QDate(2026, 11, 23));
        QVERIFY(finished.wait(30000));
        QVERIFY(QFile::exists(finished.at(0).at(0).toString()));
    }

    void retentionKeeps14DailyAnd8Weekly()
    {
        QList<std::pair<QString, QDate>> files;
        const QDate today(2026, 11, 23);
        for (int i = 0; i < 120; ++i)
            files.append({QStringLiteral("f%1").arg(i, 3, 10, QLatin1Char('0')), today.addDays(-i)});
        const QStringList prune = BackupService::toPrune(files, BackupService::Policy{});
        QCOMPARE(files.size() - prune.size(), 14 + 8);
        for (int i = 0; i < 14; ++i)
            QVERIFY(!prune.contains(QStringLiteral("f%1").arg(i, 3, 10, QLatin1Char('0'))));
        // The oldest days are gone.
        QVERIFY(prune.contains(QStringLiteral("f119")));
        // The kept older files are each in a different ISO week.
        QSet<int> weeks;
        for (const auto &[file, date] : files)
            if (!prune.contains(file) && date < today.addDays(-13))
                weeks.insert(date.weekNumber());
        QCOMPARE(weeks.size(), 8);
    }

    void restoreKeepsTheCurrentFileAndBringsTheBackBack()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const QString backup = QDir(t.dir()).filePath(QStringLiteral("one-student.sqlite"));
        QVERIFY(BackupService::backupTo(t.db(), backup));
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        QCOMPARE(studentCount(t.db()), 2);
        t.close();
        auto safety = BackupService::restore(backup, t.path());
        QVERIFY2(safety, qPrintable(safety.error().message));
        QVERIFY(QFile::exists(*safety));
        t.reopen();
        QCOMPARE(studentCount(t.db()), 1);
        auto before = Database::openSqlite(*safety);
        QVERIFY(before);
        QCOMPARE(studentCount(**before), 2);
    }

    void restoreRefusesADamagedOrForeignFileAndChangesNothing()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.close();
        const QByteArray before = test::fileBytes(t.path());
        const QString junk = QDir(t.dir()).filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        auto refused = BackupService::restore(junk, t.path());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("junk.sqlite")));
        QCOMPARE(test::fileBytes(t.path()), before);
        QVERIFY(!BackupService::restore(QDir(t.dir()).filePath(QStringLiteral("missing.sqlite")), t.path()));
    }

    void restoreRefusesABackupFromANewerVersion()
    {
        test::TestDatabase t;
        Query q(t.db(), QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 'x')"));
        q.bind(Migrations::latestVersion() + 50);
        QVERIFY(q.exec());
        const QString backup = QDir(t.dir()).filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(BackupService::backupTo(t.db(), backup));
        const Status s = BackupService::verify(backup);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("newer version")));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
