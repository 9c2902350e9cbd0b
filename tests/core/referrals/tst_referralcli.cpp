// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

#include "cli/CliCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace md;
using md::test::ReferralFixture;

namespace {
using Run = test::CliRun;

Run runTool(const QStringList &args)
{
    return test::runCli(args);
}
} // namespace

class TestReferralCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importReferralsThenListThemByStatus()
    {
        ReferralFixture f;
        const QString path = f.t.path();
        const Run imported =
            runTool({QStringLiteral("--database"), path, QStringLiteral("import"), QStringLiteral("referrals"),
                     test::testData(QStringLiteral("referrals/form.csv"))});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("3 new referrals")), qPrintable(imported.out));
        const Run json =
            runTool({QStringLiteral("--database"), path, QStringLiteral("referrals"), QStringLiteral("--status"),
                     QStringLiteral("new"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        const Run none = runTool({QStringLiteral("--database"), path, QStringLiteral("referrals"),
                                  QStringLiteral("--status"), QStringLiteral("closed")});
        QCOMPARE(none.code, 0);
        QCOMPARE(none.out.trimmed().count(QLatin1Char('\n')), 1); // the header and its rule only
        const Run csv = runTool({QStringLiteral("--database"), path, QStringLiteral("referrals"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 4);
    }

    void badImportFailsWithEveryLineAndNothingWritten()
    {
        ReferralFixture f;
        const Run r = runTool({QStringLiteral("--database"), f.t.path(), QStringLiteral("import"),
                               QStringLiteral("referrals"), test::testData(QStringLiteral("referrals/bad-rows.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("bad-rows.csv: 13 rows have problems; nothing was imported.")));
        QVERIFY(r.err.contains(QStringLiteral("line 7: Area of concern 'Friendship'")));
        QCOMPARE(f.count(QStringLiteral("referrals")), 0);
        const Run usage =
            runTool({QStringLiteral("--database"), f.t.path(), QStringLiteral("import"), QStringLiteral("referrals")});
        QCOMPARE(usage.code, 2);
    }

    void unknownStatusAndFormatAreRefused()
    {
        ReferralFixture f;
        const Run status = runTool({QStringLiteral("--database"), f.t.path(), QStringLiteral("referrals"),
                                    QStringLiteral("--status"), QStringLiteral("pending")});
        QCOMPARE(status.code, 1);
        QVERIFY(status.err.contains(QStringLiteral("Unknown status 'pending'")));
        const Run format = runTool({QStringLiteral("--database"), f.t.path(), QStringLiteral("register"),
                                    QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(format.code, 1);
        const Run stage = runTool({QStringLiteral("--database"), f.t.path(), QStringLiteral("register"),
                                   QStringLiteral("--stage"), QStringLiteral("4")});
        QCOMPARE(stage.code, 1);
    }

    void registerListsLiveInterventionsInEveryFormat()
    {
        ReferralFixture f;
        const qint64 referral = f.refer(f.teacher, f.ada);
        const qint64 meeting = f.toHub(referral);
        HubDecisionInput in;
        in.referralId = referral;
        in.meetingId = meeting;
        in.kind = HubDecisionKind::PlannedIntervention;
        in.provisionTypeId = f.typeId("anger_management");
        in.criteriaIds = f.firstCriterion("anger_management");
        in.keyworkerId = f.mentor.userId();
        QVERIFY(HubStore(f.db()).decide(f.lead, in));
        const QString path = f.t.path();
        const Run table = runTool({QStringLiteral("--database"), path, QStringLiteral("register")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QStringLiteral("Anger management programme")));
        QVERIFY(table.out.contains(QStringLiteral("Quill, Ada")));
        const Run json =
            runTool({QStringLiteral("--database"), path, QStringLiteral("register"), QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("--mentor"), QStringLiteral("m.one")});
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("2"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("keyworker")).toString(), QStringLiteral("m.one"));
        const Run other =
            runTool({QStringLiteral("--database"), path, QStringLiteral("register"), QStringLiteral("--mentor"),
                     QStringLiteral("m.two"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(other.out.toUtf8()).array().size(), 0);
        // A teacher may not read the register.
        const Run teacher = runTool({QStringLiteral("--database"), path, QStringLiteral("--user"),
                                     QStringLiteral("t.one"), QStringLiteral("register")});
        QCOMPARE(teacher.code, 1);
        QVERIFY(teacher.err.contains(QStringLiteral("see the mentoring register")));
        // The mentor sees their own.
        const Run mentor =
            runTool({QStringLiteral("--database"), path, QStringLiteral("--user"), QStringLiteral("m.one"),
                     QStringLiteral("register"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(mentor.code, 0);
        QCOMPARE(QJsonDocument::fromJson(mentor.out.toUtf8()).array().size(), 1);
    }

    void hubMinutesAreSavedAsPdfAndTheBulletinPrinted()
    {
        ReferralFixture f;
        const qint64 referral = f.refer(f.teacher, f.ada);
        const qint64 meeting = f.toHub(referral);
        HubDecisionInput in;
        in.referralId = referral;
        in.meetingId = meeting;
        in.kind = HubDecisionKind::MonitorAndReview;
        QVERIFY(HubStore(f.db()).decide(f.lead, in));
        const QString path = f.t.path();
        const Run meetings = runTool({QStringLiteral("--database"), path, QStringLiteral("hub"),
                                      QStringLiteral("meetings"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(meetings.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(meetings.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("decided")).toString(), QStringLiteral("1"));
        const QString pdf = f.t.dir() + QStringLiteral("/minutes.pdf");
        const Run minutes =
            runTool({QStringLiteral("--database"), path, QStringLiteral("hub"), QStringLiteral("minutes"),
                     QString::number(meeting), QStringLiteral("--pdf"), pdf});
        QCOMPARE(minutes.code, 0);
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF-"));
        const Run bulletin = runTool({QStringLiteral("--database"), path, QStringLiteral("hub"),
                                      QStringLiteral("bulletin"), QString::number(meeting)});
        QCOMPARE(bulletin.code, 0);
        QVERIFY(bulletin.out.contains(QStringLiteral("Ada Quill (8A): being monitored")));
        const Run missing = runTool({QStringLiteral("--database"), path, QStringLiteral("hub"),
                                     QStringLiteral("minutes"), QStringLiteral("999")});
        QCOMPARE(missing.code, 1);
        const Run noId =
            runTool({QStringLiteral("--database"), path, QStringLiteral("hub"), QStringLiteral("minutes")});
        QCOMPARE(noId.code, 2);
    }
};

QTEST_MAIN(TestReferralCli)
#include "tst_referralcli.moc"
