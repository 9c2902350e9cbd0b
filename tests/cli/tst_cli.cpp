// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "cli/CliCommands.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace md;

namespace {
using Run = test::CliRun;

Run runTool(const QStringList &args)
{
    return test::runCli(args);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void initCreatesDatabaseAtLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("school.sqlite"));
        const Run r = runTool({QStringLiteral("--database"), path, QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("schema %1").arg(Migrations::latestVersion())));
        QVERIFY(QFile::exists(path));
    }

    void everyCommandHasHelp()
    {
        for (const cli::Command &c : cli::allCommands()) {
            const Run r = runTool(c.words + QStringList{QStringLiteral("--help")});
            QVERIFY2(r.code == 0, qPrintable(c.words.join(QLatin1Char(' '))));
            QVERIFY2(!r.out.isEmpty(), qPrintable(c.words.join(QLatin1Char(' '))));
        }
    }

    void unknownCommandFailsWithOneLineReason()
    {
        const Run r = runTool({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown command 'frobnicate'")));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void unknownOptionFails()
    {
        const Run r = runTool({QStringLiteral("students"), QStringLiteral("--bogus")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("bogus")));
    }

    void studentsListsInEveryFormatAndFilters()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 7, QStringLiteral("7B"));
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"), 9, QStringLiteral("9C"));
        const QString path = t.path();
        t.close();
        const Run table = runTool({QStringLiteral("--database"), path, QStringLiteral("students")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QStringLiteral("Quill")));
        QVERIFY(table.out.contains(QStringLiteral("Reed")));
        const Run json = runTool({QStringLiteral("--database"), path, QStringLiteral("students"), QStringLiteral("--filter"),
                              QStringLiteral("9c"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("surname")).toString(), QStringLiteral("Reed"));
        const Run csv = runTool({QStringLiteral("students"), QStringLiteral("--database"), path, QStringLiteral("--format"),
                             QStringLiteral("csv")});
        QCOMPARE(csv.code, 0);
        QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 3);
        const Run bad = runTool({QStringLiteral("--database"), path, QStringLiteral("students"), QStringLiteral("--format"),
                             QStringLiteral("xml")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QStringLiteral("xml")));
    }

    void userOptionLimitsToThatUsersScope()
    {
        test::TestDatabase t;
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        t.assignMentor(mentor.userId(), ada);
        const QString path = t.path();
        t.close();
        const Run r = runTool({QStringLiteral("--database"), path, QStringLiteral("--user"), QStringLiteral("m.one"),
                           QStringLiteral("students"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const Run nobody = runTool({QStringLiteral("--database"), path, QStringLiteral("--user"), QStringLiteral("ghost"),
                                QStringLiteral("students")});
        QCOMPARE(nobody.code, 1);
    }

    void statsCountsEveryTable()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const QString path = t.path();
        t.close();
        const Run r = runTool({QStringLiteral("--database"), path, QStringLiteral("stats"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("students")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("parents")).toInt(), 1);
        QVERIFY(counts.contains(QStringLiteral("audit_log")));
        QCOMPARE(root.value(QStringLiteral("cohort")).toObject().value(QStringLiteral("on_roll")).toInt(), 1);
    }

    void demoThenStatsReportsTheSchoolsShape()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = runTool({QStringLiteral("--database"), path, QStringLiteral("demo")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        QVERIFY(demo.out.contains(QStringLiteral("720 students")));
        const Run stats = runTool({QStringLiteral("--database"), path, QStringLiteral("stats"), QStringLiteral("--format"),
                                   QStringLiteral("json")});
        QCOMPARE(stats.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QVERIFY(root.value(QStringLiteral("demo")).toBool());
        const QJsonObject cohort = root.value(QStringLiteral("cohort")).toObject();
        QCOMPARE(cohort.value(QStringLiteral("on_roll")).toInt(), 720);
        QCOMPARE(cohort.value(QStringLiteral("ks3")).toInt(), 540);
        QCOMPARE(cohort.value(QStringLiteral("ks4")).toInt(), 180);
        QCOMPARE(cohort.value(QStringLiteral("looked_after")).toInt(), 5);
        const double sen = cohort.value(QStringLiteral("sen_register")).toDouble() / 720.0;
        const double pp = cohort.value(QStringLiteral("pupil_premium")).toDouble() / 720.0;
        QVERIFY2(sen > 0.18 && sen < 0.24, qPrintable(QString::number(sen)));
        QVERIFY2(pp > 0.63 && pp < 0.69, qPrintable(QString::number(pp)));
        const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
        QVERIFY(counts.value(QStringLiteral("parents")).toInt() >= 720);
        // A second demo into the same file is refused; --replace rebuilds it.
        const Run again = runTool({QStringLiteral("--database"), path, QStringLiteral("demo")});
        QCOMPARE(again.code, 1);
        const Run replaced = runTool({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--replace"),
                                      QStringLiteral("--students"), QStringLiteral("100")});
        QVERIFY2(replaced.code == 0, qPrintable(replaced.err));
        QVERIFY(replaced.out.contains(QStringLiteral("100 students")));
    }

    void badCsvIsRefusedWithEveryLineAndNothingChanges()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const QString path = t.path();
        t.close();
        { // checkpoint so the main file holds everything before we compare bytes
            auto db = Database::openSqlite(path);
            Query q(**db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QVERIFY(q.exec());
        }
        const QByteArray before = test::fileBytes(path);
        const Run r = runTool({QStringLiteral("--database"), path, QStringLiteral("import"), QStringLiteral("students"),
                               test::testData(QStringLiteral("students/bad-rows.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        QVERIFY(r.err.contains(QStringLiteral("line 14: UPN 'A801200005001' has the wrong check letter")));
        QVERIFY(r.err.count(QStringLiteral("line ")) >= 6);
        { // opening again checkpoints nothing new: the file is as it was
            auto db = Database::openSqlite(path);
            Query q(**db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QVERIFY(q.exec());
        }
        QCOMPARE(test::fileBytes(path), before);
        const Run good = runTool({QStringLiteral("--database"), path, QStringLiteral("import"), QStringLiteral("students"),
                                  test::testData(QStringLiteral("students/students.csv"))});
        QVERIFY2(good.code == 0, qPrintable(good.err));
        QVERIFY(good.out.contains(QStringLiteral("new")));
    }

    void backupThenRestoreRoundTrip()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const QString path = t.path();
        t.close();
        const QString backup = QDir(t.dir()).filePath(QStringLiteral("b.sqlite"));
        const Run b = runTool({QStringLiteral("--database"), path, QStringLiteral("backup"), backup});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        {
            test::TestDatabase other; // a second, empty school to prove the restore replaces it
            Q_UNUSED(other);
        }
        QVERIFY(QFile::remove(path));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        const Run r = runTool({QStringLiteral("--database"), path, QStringLiteral("restore"), backup});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run list = runTool({QStringLiteral("--database"), path, QStringLiteral("students"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
        const Run bad = runTool({QStringLiteral("--database"), path, QStringLiteral("restore"),
                                 QDir(t.dir()).filePath(QStringLiteral("nothing-here.sqlite"))});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QStringLiteral("There is no backup file")));
    }

    void encryptedBackupThenRestoreWithAPassphraseFile()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const QString path = t.path();
        t.close();
        const QString passFile = QDir(t.dir()).filePath(QStringLiteral("pass.txt"));
        {
            QFile f(passFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a long enough passphrase\n");
        }
        const QString backup = QDir(t.dir()).filePath(QStringLiteral("b.mdsealed"));
        const Run b = runTool({QStringLiteral("--database"), path, QStringLiteral("backup"), backup,
                               QStringLiteral("--passphrase-file"), passFile});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        QVERIFY(b.out.contains(QStringLiteral("Encrypted backup")));
        const QString wrongFile = QDir(t.dir()).filePath(QStringLiteral("wrong.txt"));
        {
            QFile f(wrongFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not the right passphrase\n");
        }
        const Run wrong = runTool({QStringLiteral("--database"), path, QStringLiteral("restore"), backup,
                                   QStringLiteral("--passphrase-file"), wrongFile});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("passphrase is wrong")), qPrintable(wrong.err));
        const Run r = runTool({QStringLiteral("--database"), path, QStringLiteral("restore"), backup,
                               QStringLiteral("--passphrase-file"), passFile});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void checkReportsIntegrityVersionAndTampering()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const QString path = t.path();
        t.close();
        const Run ok = runTool({QStringLiteral("--database"), path, QStringLiteral("check")});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(QStringLiteral("Integrity check: ok")));
        QVERIFY(ok.out.contains(QStringLiteral("Audit log: intact")));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            Query q(**db, QStringLiteral("UPDATE audit_log SET new_value = 'forged' WHERE id = 1"));
            QVERIFY(q.exec());
        }
        const Run bad = runTool({QStringLiteral("--database"), path, QStringLiteral("check")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QStringLiteral("altered")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
