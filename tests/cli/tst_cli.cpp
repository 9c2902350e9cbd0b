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
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::runCli(QStringList{QStringLiteral("mentordesk-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
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
        const Run r = cli({QStringLiteral("--database"), path, QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("schema %1").arg(Migrations::latestVersion())));
        QVERIFY(QFile::exists(path));
    }

    void everyCommandHasHelp()
    {
        for (const cli::Command &c : cli::allCommands()) {
            const Run r = cli(c.words + QStringList{QStringLiteral("--help")});
            QVERIFY2(r.code == 0, qPrintable(c.words.join(QLatin1Char(' '))));
            QVERIFY2(!r.out.isEmpty(), qPrintable(c.words.join(QLatin1Char(' '))));
        }
    }

    void unknownCommandFailsWithOneLineReason()
    {
        const Run r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown command 'frobnicate'")));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void unknownOptionFails()
    {
        const Run r = cli({QStringLiteral("students"), QStringLiteral("--bogus")});
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
        const Run table = cli({QStringLiteral("--database"), path, QStringLiteral("students")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QStringLiteral("Quill")));
        QVERIFY(table.out.contains(QStringLiteral("Reed")));
        const Run json = cli({QStringLiteral("--database"), path, QStringLiteral("students"), QStringLiteral("--filter"),
                              QStringLiteral("9c"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("surname")).toString(), QStringLiteral("Reed"));
        const Run csv = cli({QStringLiteral("students"), QStringLiteral("--database"), path, QStringLiteral("--format"),
                             QStringLiteral("csv")});
        QCOMPARE(csv.code, 0);
        QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 3);
        const Run bad = cli({QStringLiteral("--database"), path, QStringLiteral("students"), QStringLiteral("--format"),
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
        const Run r = cli({QStringLiteral("--database"), path, QStringLiteral("--user"), QStringLiteral("m.one"),
                           QStringLiteral("students"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const Run nobody = cli({QStringLiteral("--database"), path, QStringLiteral("--user"), QStringLiteral("ghost"),
                                QStringLiteral("students")});
        QCOMPARE(nobody.code, 1);
    }

    void statsCountsEveryTable()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const QString path = t.path();
        t.close();
        const Run r = cli({QStringLiteral("--database"), path, QStringLiteral("stats"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("students")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("parents")).toInt(), 1);
        QVERIFY(counts.contains(QStringLiteral("audit_log")));
        QCOMPARE(root.value(QStringLiteral("cohort")).toObject().value(QStringLiteral("on_roll")).toInt(), 1);
    }

    void checkReportsIntegrityVersionAndTampering()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const QString path = t.path();
        t.close();
        const Run ok = cli({QStringLiteral("--database"), path, QStringLiteral("check")});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(QStringLiteral("Integrity check: ok")));
        QVERIFY(ok.out.contains(QStringLiteral("Audit log: intact")));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            Query q(**db, QStringLiteral("UPDATE audit_log SET new_value = 'forged' WHERE id = 1"));
            QVERIFY(q.exec());
        }
        const Run bad = cli({QStringLiteral("--database"), path, QStringLiteral("check")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QStringLiteral("altered")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
