// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourFixture.h"

#include "cli/CliCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace md;
using md::test::BehaviourFixture;

namespace {
using Run = test::CliRun;

Run runTool(const QStringList &args)
{
    return test::runCli(args);
}
} // namespace

class TestBehaviourCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importBehaviourThenListAStudentsEvents()
    {
        BehaviourFixture f;
        const QString upn = f.upn(f.ada);
        const QString path = f.t.dir() + QStringLiteral("/events.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("UPN,Date,Time,Category\n%1,%2,09:15,Disruption\n%1,%3,14:40,Good work\n"
                                  "%4,%3,11:00,Fighting\n")
                       .arg(upn, QDate::currentDate().addDays(-20).toString(Qt::ISODate),
                            QDate::currentDate().addDays(-1).toString(Qt::ISODate), f.upn(f.cy))
                       .toUtf8());
        file.close();
        f.t.close();
        const QString db = f.t.path();
        const Run imported =
            runTool({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("behaviour"), path});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("Imported 3 behaviour events")), qPrintable(imported.out));
        const Run json =
            runTool({QStringLiteral("--database"), db, QStringLiteral("behaviour"), QStringLiteral("--student"), upn,
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("category")).toString(), QStringLiteral("Good work"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("points")).toString(), QStringLiteral("2"));
        const Run recent =
            runTool({QStringLiteral("--database"), db, QStringLiteral("behaviour"), QStringLiteral("--student"), upn,
                     QStringLiteral("--from"), QDate::currentDate().addDays(-5).toString(Qt::ISODate),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(recent.out.toUtf8()).array().size(), 1);
        const Run unknown = runTool({QStringLiteral("--database"), db, QStringLiteral("behaviour"),
                                     QStringLiteral("--student"), QStringLiteral("Z000000000000")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("no student")));
        const Run noStudent = runTool({QStringLiteral("--database"), db, QStringLiteral("behaviour")});
        QCOMPARE(noStudent.code, 2);
    }

    void badImportFailsWithTheLinesAndChangesNothing()
    {
        BehaviourFixture f;
        const QString path = f.t.dir() + QStringLiteral("/bad.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("UPN,Date,Category\nNOPE,2026-01-01,Disruption\n");
        file.close();
        f.t.close();
        const Run r = runTool(
            {QStringLiteral("--database"), f.t.path(), QStringLiteral("import"), QStringLiteral("behaviour"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 2: UPN 'NOPE'")), qPrintable(r.err));
    }

    void approvalsListsTheTermsCourses()
    {
        BehaviourFixture f;
        MD_VERIFY_OK(
            AssessmentService(f.db()).setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("6"), QString()));
        f.t.close();
        const Run json =
            runTool({QStringLiteral("--database"), f.t.path(), QStringLiteral("approvals"), QStringLiteral("--term"),
                     QStringLiteral("autumn 2026"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QJsonObject maths;
        for (const QJsonValue &v : rows)
            if (v.toObject().value(QStringLiteral("course")).toString() == QLatin1String("Year 8 Maths"))
                maths = v.toObject();
        QCOMPARE(maths.value(QStringLiteral("stage")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(maths.value(QStringLiteral("assessed")).toString(), QStringLiteral("1"));
        QCOMPARE(maths.value(QStringLiteral("enrolled")).toString(), QStringLiteral("2"));
        QCOMPARE(maths.value(QStringLiteral("remind")).toString(), QStringLiteral("yes"));
        const Run missing = runTool({QStringLiteral("--database"), f.t.path(), QStringLiteral("approvals"),
                                     QStringLiteral("--term"), QStringLiteral("Nope")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no term")));
        const Run teacher = runTool({QStringLiteral("--database"), f.t.path(), QStringLiteral("--user"),
                                     QStringLiteral("t.one"), QStringLiteral("approvals")});
        QCOMPARE(teacher.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestBehaviourCli)
#include "tst_behaviourcli.moc"
