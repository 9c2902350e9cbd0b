// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Plans on paper and on the command line: each audience's copy holds exactly the fields that
// audience may see (read back from the PDF with pdftotext), a parent's copy only of a current,
// published plan, and the ilp commands; plus the demo school's templates, plans and reviews.
#include "IlpFixture.h"

#include "cli/CliCommands.h"
#include "demo/DemoSchool.h"
#include "ilp/IlpDocument.h"
#include "ilp/IlpReviewStore.h"
#include "storage/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace md;
using namespace md::test;

namespace {

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QStringLiteral("pdftotext is not installed (Debian: poppler-utils)");
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runTool(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::runCli(QStringList{QStringLiteral("mentordesk-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

const QStringList kMarkers{QStringLiteral("STRENGTHS-TEXT"),    QStringLiteral("TARGETS-TEXT"),
                           QStringLiteral("STUDENTVOICE-TEXT"), QStringLiteral("PARENTVOICE-TEXT"),
                           QStringLiteral("STAFFNOTES-TEXT"),   QStringLiteral("MENTORONLY-TEXT")};

} // namespace

class TestIlpPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachCopyHoldsOnlyWhatItsReaderMaySee_data()
    {
        QTest::addColumn<QString>("as");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("parent") << QStringLiteral("parent")
                                << QStringList{QStringLiteral("STRENGTHS-TEXT"), QStringLiteral("TARGETS-TEXT"),
                                               QStringLiteral("STUDENTVOICE-TEXT"), QStringLiteral("PARENTVOICE-TEXT")};
        QTest::newRow("student") << QStringLiteral("student")
                                 << QStringList{QStringLiteral("STRENGTHS-TEXT"), QStringLiteral("TARGETS-TEXT"),
                                                QStringLiteral("STUDENTVOICE-TEXT")};
        QTest::newRow("mentor") << QStringLiteral("mentor") << kMarkers;
    }

    void eachCopyHoldsOnlyWhatItsReaderMaySee()
    {
        QFETCH(QString, as);
        QFETCH(QStringList, shown);
        IlpFixture f;
        const qint64 planId = f.makePlan(f.ada, QDate::currentDate().addDays(-30), QDate::currentDate().addDays(30));
        f.fillAll(planId);
        QVERIFY(IlpPlanStore(f.t.db()).setState(f.mentor, {planId}, IlpPlanState::Published));
        const QString upn = f.plan(planId).upn;
        const QString pdf = f.t.dir() + QStringLiteral("/plan-") + as + QStringLiteral(".pdf");
        f.t.close();
        const Run r = runTool({QStringLiteral("--database"), f.t.path(), QStringLiteral("--user"),
                               QStringLiteral("m.one"), QStringLiteral("ilp"), QStringLiteral("print"),
                               QStringLiteral("--student"), upn, QStringLiteral("--plan"), QString::number(planId),
                               QStringLiteral("--as"), as, QStringLiteral("--out"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Ada Quill")), qPrintable(text));
        for (const QString &marker : kMarkers)
            QVERIFY2(text.contains(marker) == shown.contains(marker), qPrintable(as + QLatin1Char(' ') + marker));
        // Field labels hidden from the reader are not there either.
        QCOMPARE(text.contains(QStringLiteral("Staff notes")), as == QLatin1String("mentor"));
        QCOMPARE(text.contains(QStringLiteral("Mentor only")), as == QLatin1String("mentor"));
    }

    void parentsGetNoCopyOfAnUnpublishedOrEndedPlan()
    {
        IlpFixture f;
        const QDate today = QDate::currentDate();
        const qint64 draft = f.makePlan(f.ada, today.addDays(-5), today.addDays(5));
        const qint64 ended = f.makePlan(f.ada, today.addDays(-50), today.addDays(-10));
        QVERIFY(IlpPlanStore(f.t.db()).setState(f.mentor, {ended}, IlpPlanState::Published));
        const QString pdf = f.t.dir() + QStringLiteral("/no.pdf");
        auto r = IlpDocument::writePdf(f.t.db(), f.mentor, draft, IlpRole::Parent, today, pdf);
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QCOMPARE(IlpDocument::writePdf(f.t.db(), f.mentor, draft, IlpRole::Student, today, pdf).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(IlpDocument::writePdf(f.t.db(), f.mentor, ended, IlpRole::Parent, today, pdf).error().kind,
                 Error::Kind::Conflict);
        QVERIFY(!QFile::exists(pdf));
        // The student may still see last term's published plan.
        QVERIFY(IlpDocument::writePdf(f.t.db(), f.mentor, ended, IlpRole::Student, today, pdf));
        // Someone outside the student's group gets nothing.
        QCOMPARE(IlpDocument::writePdf(f.t.db(), f.otherMentor, ended, IlpRole::Mentor, today, pdf).error().kind,
                 Error::Kind::Forbidden);
    }

    void staffAndStudentCopiesListTheMidtermReviews()
    {
        IlpFixture f;
        const QDate today = QDate::currentDate();
        Query c(f.t.db(), QStringLiteral("SELECT id FROM courses"));
        const qint64 course = c.scalar().value().toLongLong();
        IlpReviewStore reviews(f.t.db());
        const qint64 review = reviews.create(f.teacher, course, QStringLiteral("Spring midterm"), today, {}).value();
        IlpReviewEntry e = reviews.entries(f.teacher, review)->at(1);
        e.comment = QStringLiteral("REVIEW-COMMENT");
        QVERIFY(reviews.assess(f.teacher, review, {e}));
        const qint64 planId = f.makePlan(f.ada, today.addDays(-5), today.addDays(5));
        QVERIFY(IlpPlanStore(f.t.db()).setState(f.mentor, {planId}, IlpPlanState::Published));
        auto staff = IlpDocument::build(f.t.db(), f.mentor, planId, IlpRole::Mentor, today);
        QVERIFY(staff);
        QVERIFY(staff->bodyHtml.contains(QStringLiteral("REVIEW-COMMENT")));
        QVERIFY(IlpDocument::build(f.t.db(), f.mentor, planId, IlpRole::Student, today)
                    ->bodyHtml.contains(QStringLiteral("REVIEW-COMMENT")));
        QVERIFY(!IlpDocument::build(f.t.db(), f.mentor, planId, IlpRole::Parent, today)
                     ->bodyHtml.contains(QStringLiteral("REVIEW-COMMENT")));
    }

    void commandLineListsTemplatesAndPlansAndMakesPlans()
    {
        IlpFixture f;
        const QString upn = f.plan(f.makePlan(f.ada)).upn;
        const QString boUpn = IlpPlanStore(f.t.db()).studentList(f.mentor, QDate::currentDate())->first().upn;
        f.t.close();
        const QStringList db{QStringLiteral("--database"), f.t.path()};
        Run r = runTool(db + QStringList{QStringLiteral("ilp"), QStringLiteral("templates"), QStringLiteral("--format"),
                                         QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray templates = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(templates.size(), 1);
        QCOMPARE(templates.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("published"));
        QCOMPARE(templates.at(0).toObject().value(QStringLiteral("fields")).toString(), QStringLiteral("6"));

        r = runTool(db + QStringList{QStringLiteral("ilp"), QStringLiteral("templates"), QStringLiteral("--fields")});
        QVERIFY(r.out.contains(QStringLiteral("mentor,teacher,parent")));

        // Only one published template: chosen automatically.
        r = runTool(db + QStringList{QStringLiteral("--user"), QStringLiteral("m.one"), QStringLiteral("ilp"),
                                     QStringLiteral("create"), QStringLiteral("--students"),
                                     upn + QLatin1Char(',') + boUpn, QStringLiteral("--from"),
                                     QStringLiteral("2027-02-01"), QStringLiteral("--to"),
                                     QStringLiteral("2027-06-30")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Made 2 plan(s)")));

        r = runTool(db + QStringList{QStringLiteral("--user"), QStringLiteral("m.one"), QStringLiteral("ilp"),
                                     QStringLiteral("plans"), QStringLiteral("--student"), upn,
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray plans = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(plans.size(), 2);
        const QString planId = plans.at(1).toObject().value(QStringLiteral("plan")).toString();

        r = runTool(db + QStringList{QStringLiteral("--user"), QStringLiteral("m.one"), QStringLiteral("ilp"),
                                     QStringLiteral("publish"), planId});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A teacher may not publish: a one-line reason and a non-zero exit.
        r = runTool(db + QStringList{QStringLiteral("--user"), QStringLiteral("t.one"), QStringLiteral("ilp"),
                                     QStringLiteral("archive"), planId});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("create and manage individual learning plans")));
        // Bad usage exits 2.
        r = runTool(db + QStringList{QStringLiteral("ilp"), QStringLiteral("print"), QStringLiteral("--student"), upn,
                                     QStringLiteral("--plan"), planId, QStringLiteral("--as"), QStringLiteral("uncle"),
                                     QStringLiteral("--out"), f.t.dir() + QStringLiteral("/x.pdf")});
        QCOMPARE(r.code, 2);
        // The plan must be the named student's.
        r = runTool(db + QStringList{QStringLiteral("ilp"), QStringLiteral("print"), QStringLiteral("--student"), boUpn,
                                     QStringLiteral("--plan"), planId, QStringLiteral("--out"),
                                     f.t.dir() + QStringLiteral("/x.pdf")});
        QCOMPARE(r.code, 1);
    }

    void demoSchoolHasTemplatesPlansAtEveryStageAndReviews()
    {
        TestDatabase t;
        DemoOptions o;
        o.today = QDate(2027, 3, 10);
        o.students = 240;
        auto summary = DemoSchool::generate(t.db(), o);
        QVERIFY2(summary, qPrintable(summary.error().fullText()));
        auto count = [&](const QString &sql) { return Query(t.db(), sql).scalar().value().toInt(); };
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ilp_templates WHERE state = 'published'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ilp_templates WHERE state = 'draft'")), 1);
        for (const char *state : {"unpublished", "published", "archived"})
            QVERIFY2(
                count(QStringLiteral("SELECT COUNT(*) FROM ilp_plans WHERE state = '%1'").arg(QLatin1String(state))) >
                    0,
                state);
        QVERIFY(
            count(QStringLiteral("SELECT COUNT(*) FROM ilp_plans p WHERE NOT EXISTS (SELECT 1 FROM ilp_plan_fields f "
                                 "WHERE f.plan_id = p.id AND f.value <> '')")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM ilp_plans WHERE template_name = 'SEMH support plan'")) > 0);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM ilp_plan_fields WHERE updated_by_name LIKE '%for the student'")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM ilp_reviews")) >= 3);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM ilp_review_entries WHERE assessment <> ''")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM ilp_review_entries WHERE self_assessment <> ''")) > 0);
        // Current published plans pick up the demo's midterm reviews.
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM ilp_plans p JOIN course_students cs ON cs.student_id = p.student_id "
                    "JOIN ilp_reviews r ON r.course_id = cs.course_id AND r.review_date BETWEEN p.valid_from "
                    "AND p.valid_to WHERE p.state = 'published'")) > 0);
        QCOMPARE(AuditLog::verifyChain(t.db()).value(), 0);
    }
};

QTEST_MAIN(TestIlpPrint)
#include "tst_ilpprint.moc"
