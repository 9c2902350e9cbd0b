// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo school's mentoring: a term of realistic logs and sessions (missed and rescheduled
// among them), lesson timetables and a calendar, deliberate overdue items, on any day of the year.
#include "TestDatabase.h"

#include "demo/DemoSchool.h"
#include "mentoring/CaseloadDashboard.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "timetable/TimetablePlanner.h"

#include <QtTest>

using namespace md;

namespace {
qint64 scalar(Database &db, const QString &sql)
{
    Query q(db, sql);
    auto v = q.scalar();
    return v ? v->toLongLong() : -1;
}
} // namespace

class TestDemoMentoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aTermOfLogsWithSomethingOverdue()
    {
        test::TestDatabase t;
        DemoOptions o;
        o.today = QDate(2026, 11, 23);
        QVERIFY(DemoSchool::generate(t.db(), o));
        Database &db = t.db();
        // Every mentored student has a timetable; nobody else needs one.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT student_id) FROM lesson_timetable")),
                 scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentoring_groups WHERE ended_on IS NULL")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM school_calendar WHERE kind = 'assessment_week'")), 3);
        // Sessions from September to the end of the half term, some missed, some rescheduled.
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentoring_sessions WHERE status = 'attended'")) > 150);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentoring_sessions WHERE status = 'missed' "
                                          "AND status_reason IS NOT NULL")) > 3);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentoring_sessions r JOIN mentoring_sessions n "
                                          "ON n.rescheduled_from_id = r.id WHERE r.status = 'rescheduled'")) > 3);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentoring_sessions WHERE status = 'planned' "
                                          "AND session_date > '2026-11-23'")) > 50);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentoring_sessions WHERE status = 'attended' "
                                           "AND rating IS NULL AND recorded_at IS NOT NULL")), 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentoring_sessions WHERE session_date < '2026-10-01'")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM smart_targets WHERE status = 'met'")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM smart_targets WHERE follows_id IS NOT NULL")) > 0);
        for (const char *kind : {"contact", "observation", "progress_update", "behaviour_intervention"})
            QVERIFY2(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentoring_entries WHERE kind = '%1'")
                                    .arg(QLatin1String(kind))) > 0,
                     kind);
        // Nothing dated after today, and the log's entries fall on school days.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentoring_entries WHERE occurred_on > '2026-11-23'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentoring_checkins WHERE checked_on > '2026-11-23'")), 0);
        // The scheduler's sessions keep every rule.
        TimetablePlanner planner(db);
        const Session lead = Session::system();
        for (QDate monday(2026, 9, 7); monday <= QDate(2026, 12, 14); monday = monday.addDays(7)) {
            auto week = planner.week(lead, std::nullopt, monday);
            QVERIFY(week);
            for (const PlacedSession &p : week->sessions)
                QVERIFY2(p.breaks.isEmpty(), qPrintable(p.breaks.isEmpty() ? QString() : p.breaks.first().detail));
        }
        // And the dashboard has deliberate overdue items to show.
        auto rows = CaseloadDashboard(db).load(lead, std::nullopt, o.today);
        QVERIFY(rows);
        int overdue = 0;
        for (const CaseloadRow &r : std::as_const(*rows))
            overdue += r.overdueCount();
        QVERIFY(overdue >= 5);
        QCOMPARE(*AuditLog::verifyChain(db), 0);
    }

    void worksOnAnyDayOfTheSchoolYear()
    {
        for (QDate today(2026, 8, 31); today <= QDate(2027, 8, 31); today = today.addDays(41)) {
            test::TestDatabase t;
            DemoOptions o;
            o.students = 200;
            o.today = today;
            auto summary = DemoSchool::generate(t.db(), o);
            QVERIFY2(summary, qPrintable(today.toString(Qt::ISODate) + QLatin1Char(' ')
                                         + (summary ? QString() : summary.error().fullText())));
            QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentoring_entries WHERE occurred_on > '%1'")
                                        .arg(today.toString(Qt::ISODate))),
                     0);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoMentoring)
#include "tst_demomentoring.moc"
