// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo school's year of course data and attendance: every course but PE has activity, the
// averages are in place, and around interventions some students recover and some do not.
#include "TestDatabase.h"

#include "demo/DemoSchool.h"
#include "reports/ReportImpact.h"
#include "reports/ReportsDemo.h"
#include "reports/ReportStore.h"
#include "storage/Query.h"

#include <QtTest>

using namespace md;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    Query q(db, sql);
    auto v = q.scalar();
    return v ? v->toLongLong() : -1;
}

const QDate kToday(2026, 11, 23);

} // namespace

class TestReportsDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void schoolWeeksSkipTheHolidays()
    {
        const QList<QDate> weeks = demo::reportDemoWeeks(kToday);
        QVERIFY(weeks.size() >= 36 && weeks.size() <= 42);
        QCOMPARE(weeks.last(), QDate(2026, 11, 23));
        for (const QDate &w : weeks) {
            QCOMPARE(w.dayOfWeek(), 1);
            QVERIFY(w.month() != 8);
        }
    }

    void aYearOfDataWhoseTrendsRespondToInterventions()
    {
        test::TestDatabase t;
        DemoOptions o;
        o.today = kToday;
        QElapsedTimer timer;
        timer.start();
        auto demo = DemoSchool::generate(t.db(), o);
        QVERIFY2(demo, qPrintable(demo.error().message));
        qInfo("demo school of %d students generated in %lld ms", demo->students, timer.elapsed());
        Database &db = t.db();
        const qint64 weeks = demo::reportDemoWeeks(kToday).size();
        // Every enrolment of every course but PE, every school week.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM report_activity")),
                 weeks * scalar(db, QStringLiteral("SELECT COUNT(*) FROM course_students cs JOIN courses c ON c.id = "
                                                   "cs.course_id WHERE c.subject <> 'PE'")));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM report_activity a JOIN courses c ON c.id = a.course_id "
                                      "WHERE c.subject = 'PE'")),
            0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM report_progress")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM report_progress WHERE completed_on IS NULL")) > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT graded_on) FROM report_grades")), 6);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM report_grades WHERE grade LIKE '%\\%%' ESCAPE '\\'")) >
                0);
        QVERIFY(scalar(db, QStringLiteral(
                               "SELECT COUNT(*) FROM report_grades WHERE grade = 'U' OR grade = '9' OR grade = '5'")) >
                0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM report_attendance")), weeks * demo->students);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM report_course_weeks")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM report_course_progress")) > 0);

        // Students with an intervention: their attendance during or after it against before.
        Query q(db, QStringLiteral("SELECT DISTINCT student_id FROM interventions WHERE started_on IS NOT NULL"));
        QVERIFY(q.exec());
        QList<qint64> students;
        while (q.next())
            students.append(q.id(0));
        QVERIFY(students.size() >= 5);
        const Session head = Session::system();
        int better = 0, worse = 0;
        for (qint64 id : std::as_const(students)) {
            auto report = ReportStore(db).student(head, id, ReportStore::defaultFrom(kToday), kToday);
            QVERIFY2(report, qPrintable(report.error().message));
            QVERIFY(!report->interventions.isEmpty());
            QVERIFY(report->hasActivity());
            QVERIFY(!report->attendance.isEmpty());
            for (const ReportImpactRow &row : ReportImpact::compute(*report, kToday)) {
                if (row.measure != ReportImpactRow::Measure::ActivityMinutes || !row.change())
                    continue;
                if (*row.change() > 0)
                    ++better;
                else if (*row.change() < 0)
                    ++worse;
            }
        }
        QVERIFY2(better > 0 && worse > 0, qPrintable(QStringLiteral("%1 better, %2 worse").arg(better).arg(worse)));
    }

    void theSameOptionsGiveTheSameData()
    {
        auto checksum = [] {
            test::TestDatabase t;
            DemoOptions o;
            o.today = kToday;
            o.students = 120;
            if (!DemoSchool::generate(t.db(), o))
                return QStringLiteral("failed");
            Query q(t.db(), QStringLiteral(
                                "SELECT (SELECT SUM(minutes * 7 + messages * 3 + posts) FROM report_activity) || '/' "
                                "|| (SELECT SUM(percent) FROM report_attendance) || '/' || (SELECT COUNT(*) FROM "
                                "report_progress WHERE completed_on IS NOT NULL) || '/' || (SELECT SUM(percent) "
                                "FROM report_grades)"));
            auto v = q.scalar();
            return v ? v->toString() : QStringLiteral("error");
        };
        const QString first = checksum();
        QVERIFY(!first.startsWith(QLatin1String("fail")));
        QCOMPARE(checksum(), first);
    }
};

QTEST_GUILESS_MAIN(TestReportsDemo)
#include "tst_reportsdemo.moc"
