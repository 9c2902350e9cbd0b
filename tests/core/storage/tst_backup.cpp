// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/BackupService.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

#include <QFile>
#include <QFileInfo>
#include <QtTest>

using namespace md;

namespace {
int studentCount(Database &db)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM students"));
    return q.scalar()->toInt();
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
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
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
