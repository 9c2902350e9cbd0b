// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportsDemo.h"

#include "common/Logging.h"
#include "demo/DemoContext.h"
#include "reports/ReportAverages.h"
#include "reports/ReportData.h"
#include "reports/ReportStore.h"
#include "storage/AuditLog.h"
#include "storage/BatchInsert.h"
#include "storage/Database.h"
#include "storage/DeferredForeignKeys.h"
#include "storage/Query.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace md::demo {

namespace {

bool isHoliday(const QDate &monday)
{
    const int m = monday.month();
    const int d = monday.day();
    if (m == 8 || (m == 7 && d >= 22))
        return true; // summer
    if ((m == 12 && d >= 20) || (m == 1 && d <= 2))
        return true; // Christmas
    if (m == 4 && d <= 13)
        return true; // Easter (near enough for a demo)
    if (m == 10 && d >= 24)
        return true; // autumn half term
    if (m == 2 && d >= 13 && d <= 19)
        return true; // spring half term
    if (m == 5 && d >= 25)
        return true; // summer half term
    return false;
}

// Rows are inserted in the order the join produces them (course_students by its key, then the
// weeks), close to the tables' key order; an ORDER BY would only add a sort of millions of rows.
//
// The hash noise in SQL: Park-Miller steps on a mix of the ids, small enough never to overflow
// 64-bit integers in either engine. `h` is in [0, 2^31).
const char *const kHash = "((((%1 * 1000003 + %2 * 7919 + %3 * 104729 + %4) %% 2147483647) * 48271) %% 2147483647)";

QString hashOf(const QString &a, const QString &b, const QString &c, quint32 seed)
{
    QString h = QString::fromLatin1(kHash);
    h.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return h.arg(a, b, c).arg(seed);
}

// A uniform [0, 1) from a hash column, and a second one from the same hash.
QString u1(const QString &h)
{
    return QStringLiteral("((") + h + QStringLiteral(") % 1000) / 1000.0");
}
QString u2(const QString &h)
{
    return QStringLiteral("((((") + h + QStringLiteral(") * 48271) % 2147483647) % 1000) / 1000.0");
}
QString u3(const QString &h)
{
    return QStringLiteral("((((((") + h +
           QStringLiteral(") * 48271) % 2147483647) * 48271) % 2147483647) % 1000) / 1000.0");
}
QString clamp(const QString &x, double lo, double hi)
{
    return QStringLiteral("(CASE WHEN %1 < %2 THEN %2 WHEN %1 > %3 THEN %3 ELSE %1 END)").arg(x).arg(lo).arg(hi);
}

} // namespace

QList<QDate> reportDemoWeeks(const QDate &today)
{
    QList<QDate> weeks;
    for (QDate w = ReportStore::defaultFrom(today); w <= today; w = w.addDays(7))
        if (!isHoliday(w))
            weeks.append(w);
    return weeks;
}

Status generateReports(DemoContext &ctx)
{
    QElapsedTimer timer;
    timer.start();
    Database &db = ctx.db;
    const QList<QDate> weeks = reportDemoWeeks(ctx.today);
    if (weeks.isEmpty() || ctx.students.isEmpty())
        return {};
    const quint32 seed = ctx.rng.bounded(1u, 1000000u);

    const QStringList temps = {QStringLiteral("report_demo_weeks"), QStringLiteral("report_demo_students"),
                               QStringLiteral("report_demo_trend"), QStringLiteral("report_demo_tasks"),
                               QStringLiteral("report_demo_gradings")};
    Query q(db);
    for (const QString &t : temps)
        if (Status s = q.exec(QStringLiteral("DROP TABLE IF EXISTS ") + t); !s)
            return s;
    const QStringList creates = {
        QStringLiteral("CREATE TEMPORARY TABLE report_demo_weeks (n INTEGER PRIMARY KEY, week_start TEXT NOT NULL)"),
        QStringLiteral("CREATE TEMPORARY TABLE report_demo_students (student_id {{BIGINT}} PRIMARY KEY, engagement {{REAL}} "
                       "NOT NULL, ability {{REAL}} NOT NULL, attendance {{REAL}} NOT NULL)"),
        QStringLiteral(
            "CREATE TEMPORARY TABLE report_demo_trend (student_id {{BIGINT}} NOT NULL, week_start TEXT NOT NULL, "
            "factor {{REAL}} NOT NULL, PRIMARY KEY (student_id, week_start))"),
        QStringLiteral("CREATE TEMPORARY TABLE report_demo_tasks (n INTEGER PRIMARY KEY, week_start TEXT NOT NULL, "
                       "mandatory INTEGER NOT NULL, due_on TEXT NOT NULL, early_on TEXT NOT NULL)"),
        QStringLiteral("CREATE TEMPORARY TABLE report_demo_gradings (n INTEGER PRIMARY KEY, graded_on TEXT NOT NULL, "
                       "week_start TEXT NOT NULL)"),
    };
    // {{BIGINT}} and {{REAL}} read INTEGER and REAL on SQLite; on PostgreSQL the hash noise below
    // needs 64-bit integers (INTEGER is 32-bit there) and REAL would be single precision.
    for (const QString &sql : creates)
        if (Status s = q.exec(db.dialect().expand(sql)); !s)
            return s;

    // Weeks, work set every third week, and six grading points (one each half term).
    {
        Query w(db, QStringLiteral("INSERT INTO report_demo_weeks (n, week_start) VALUES (?, ?)"));
        Query t(db, QStringLiteral("INSERT INTO report_demo_tasks (n, week_start, mandatory, due_on, early_on) "
                                   "VALUES (?, ?, ?, ?, ?)"));
        int task = 0;
        for (int i = 0; i < weeks.size(); ++i) {
            w.bind(i).bind(isoDate(weeks.at(i)));
            if (Status s = w.exec(); !s)
                return s;
            const QDate due = weeks.at(i).addDays(4);
            if (i % 3 == 1 && due <= ctx.today) {
                ++task;
                t.bind(task)
                    .bind(isoDate(weeks.at(i)))
                    .bind(task % 3 != 0)
                    .bind(isoDate(due))
                    .bind(isoDate(due.addDays(-2)));
                if (Status s = t.exec(); !s)
                    return s;
            }
        }
        Query g(db, QStringLiteral("INSERT INTO report_demo_gradings (n, graded_on, week_start) VALUES (?, ?, ?)"));
        const int per = std::max(1, int(weeks.size()) / 6);
        for (int k = 0; k < 6; ++k) {
            const int i = std::min(int(weeks.size()) - 1, k * per + per - 1);
            const QDate on = std::min(weeks.at(i).addDays(3), ctx.today);
            g.bind(k).bind(isoDate(on)).bind(isoDate(weeks.at(i)));
            if (Status s = g.exec(); !s)
                return s;
            if (i == weeks.size() - 1)
                break;
        }
    }

    // Each student's own level: engagement with the platform, attainment and attendance.
    {
        BatchInsert s(db, QStringLiteral("report_demo_students"),
                      {QStringLiteral("student_id"), QStringLiteral("engagement"), QStringLiteral("ability"),
                       QStringLiteral("attendance")});
        for (const Student &st : std::as_const(ctx.students)) {
            double engagement = 0.55 + 0.6 * ctx.uniform();
            if (st.semh || st.lookedAfter)
                engagement *= 0.85;
            const double ability = 25 + 60 * ctx.uniform();
            if (Status e = s.add({st.id, engagement, ability, st.attendance.value_or(95.0)}); !e)
                return e;
        }
        if (Status e = s.flush(); !e)
            return e;
    }

    // Trends around each student's first intervention: a slide before it; then recovery for some.
    int trends = 0;
    {
        Query i(db, QStringLiteral("SELECT student_id, started_on, concluded_on, status FROM interventions WHERE "
                                   "started_on IS NOT NULL ORDER BY started_on, id"));
        if (Status s = i.exec(); !s)
            return s;
        struct Span
        {
            qint64 student;
            QDate start;
            QDate end; // invalid while it runs
        };
        QList<Span> spans;
        QSet<qint64> seen;
        while (i.next()) {
            if (seen.contains(i.id(0)))
                continue;
            seen.insert(i.id(0));
            spans.append({i.id(0), i.date(1), i.string(3) == QLatin1String("concluded") ? i.date(2) : QDate()});
        }
        BatchInsert t(db, QStringLiteral("report_demo_trend"),
                      {QStringLiteral("student_id"), QStringLiteral("week_start"), QStringLiteral("factor")});
        for (const Span &span : std::as_const(spans)) {
            const bool responds = ctx.chance(0.6);
            const QDate startWeek = reportWeekStart(span.start);
            const QDate endWeek = span.end.isValid() ? reportWeekStart(span.end) : QDate();
            const int length = span.end.isValid() ? std::max(1, int(startWeek.daysTo(endWeek) / 7)) : 8;
            for (const QDate &w : weeks) {
                const double weeksToStart = w.daysTo(startWeek) / 7.0;
                double f = 1.0;
                if (w < startWeek) {
                    f = weeksToStart > 10 ? 1.0 : 0.68 + 0.32 * (weeksToStart / 10.0);
                } else if (!endWeek.isValid() || w <= endWeek) {
                    const double into = std::min(1.0, (-weeksToStart) / length);
                    f = responds ? 0.68 + 0.3 * into : 0.68 - 0.05 * into;
                } else {
                    f = responds ? 1.0 : 0.6;
                }
                if (f == 1.0)
                    continue;
                if (Status s = t.add({span.student, isoDate(w), f}); !s)
                    return s;
            }
            ++trends;
        }
        if (Status s = t.flush(); !s)
            return s;
    }

    const QString factor = QStringLiteral("COALESCE(t.factor, 1.0)");
    // Half a million rows from four INSERT ... SELECTs: their foreign keys checked once at the end
    // on PostgreSQL, not per row (storage/DeferredForeignKeys).
    DeferredForeignKeys keys(db);
    if (Status s = keys.drop({QStringLiteral("report_activity"), QStringLiteral("report_progress"),
                              QStringLiteral("report_grades"), QStringLiteral("report_attendance")});
        !s)
        return s;
    // Activity: every course but PE (no platform work), every school week.
    {
        const QString h =
            hashOf(QStringLiteral("cs.student_id"), QStringLiteral("cs.course_id"), QStringLiteral("w.n"), seed);
        const QString sql =
            QStringLiteral(
                "INSERT INTO report_activity (course_id, student_id, week_start, minutes, messages, posts) "
                "SELECT x.course_id, x.student_id, x.week_start, CAST(x.base * x.e * x.f * (0.55 + 0.9 * x.u1) AS "
                "INTEGER), CAST(7 * x.e * x.f * x.u2 AS INTEGER), CAST(3.5 * x.e * x.f * x.u3 AS INTEGER) FROM ("
                "SELECT cs.course_id, cs.student_id, w.week_start, 35 + (cs.course_id * 37) % 50 AS base, "
                "d.engagement AS e, ") +
            factor + QStringLiteral(" AS f, ") + u1(h) + QStringLiteral(" AS u1, ") + u2(h) +
            QStringLiteral(" AS u2, ") + u3(h) +
            QStringLiteral(
                " AS u3 FROM course_students cs JOIN courses c ON c.id = cs.course_id JOIN report_demo_students d "
                "ON d.student_id = cs.student_id CROSS JOIN report_demo_weeks w LEFT JOIN report_demo_trend t "
                "ON t.student_id = cs.student_id AND t.week_start = w.week_start WHERE c.subject <> 'PE') x");
        if (Status s = q.exec(sql); !s)
            return s;
        qCInfo(lcDemo) << "demo reports: activity at" << timer.elapsed() << "ms";
    }
    // Work set every third week: mandatory two times in three.
    {
        const QString h =
            hashOf(QStringLiteral("cs.student_id"), QStringLiteral("cs.course_id"), QStringLiteral("k.n"), seed + 1);
        const QString sql =
            QStringLiteral(
                "INSERT INTO report_progress (course_id, student_id, task, mandatory, due_on, completed_on, "
                "minutes_online) SELECT x.course_id, x.student_id, x.task, x.mandatory, x.due_on, CASE WHEN "
                "x.done = 1 THEN (CASE WHEN x.u2 < 0.5 THEN x.early_on ELSE x.due_on END) END, CASE WHEN "
                "x.done = 1 THEN CAST(15 + 50 * x.e * x.u2 AS INTEGER) ELSE CAST(6 * x.u2 AS INTEGER) END FROM ("
                "SELECT cs.course_id, cs.student_id, 'Task ' || CAST(k.n AS TEXT) AS task, k.mandatory, "
                "k.due_on, k.early_on, d.engagement AS e, CASE WHEN ") +
            u1(h) + QStringLiteral(" < (CASE WHEN k.mandatory = 1 THEN 0.3 ELSE 0.05 END) + 0.62 * d.engagement * ") +
            factor + QStringLiteral(" THEN 1 ELSE 0 END AS done, ") + u2(h) +
            QStringLiteral(
                " AS u2 FROM course_students cs JOIN courses c ON c.id = cs.course_id JOIN report_demo_students d "
                "ON d.student_id = cs.student_id CROSS JOIN report_demo_tasks k LEFT JOIN report_demo_trend t "
                "ON t.student_id = cs.student_id AND t.week_start = k.week_start WHERE c.subject <> 'PE') x");
        if (Status s = q.exec(sql); !s)
            return s;
        qCInfo(lcDemo) << "demo reports: progress at" << timer.elapsed() << "ms";
    }
    // Grades each half term: GCSE 9-1 in Years 10 and 11, percentages below.
    {
        const QString h =
            hashOf(QStringLiteral("cs.student_id"), QStringLiteral("cs.course_id"), QStringLiteral("g.n"), seed + 2);
        const QString raw = clamp(QStringLiteral("(d.ability * (0.72 + 0.28 * ") + factor + QStringLiteral(") + (") +
                                      u1(h) + QStringLiteral(" - 0.5) * 16 + (cs.course_id * 13) % 11 - 5)"),
                                  0, 100);
        const QString sql =
            QStringLiteral(
                "INSERT INTO report_grades (course_id, student_id, graded_on, grade, percent) SELECT x.course_id, "
                "x.student_id, x.graded_on, CASE WHEN x.gcse = 1 THEN (CASE WHEN x.g = 0 THEN 'U' ELSE CAST(x.g "
                "AS TEXT) END) ELSE CAST(CAST(x.raw AS INTEGER) AS TEXT) || '%' END, CASE WHEN x.gcse = 1 THEN "
                "x.g * 100.0 / 9 ELSE CAST(x.raw AS INTEGER) END FROM (SELECT y.*, CASE WHEN y.raw < 10 THEN 0 "
                "WHEN y.raw >= 90 THEN 9 ELSE CAST(y.raw / 10 AS INTEGER) END AS g FROM (SELECT cs.course_id, "
                "cs.student_id, g.graded_on, CASE WHEN COALESCE(c.year_group, 0) >= 10 THEN 1 ELSE 0 END AS gcse, ") +
            raw +
            QStringLiteral(
                " AS raw FROM course_students cs JOIN courses c ON c.id = cs.course_id JOIN report_demo_students d "
                "ON d.student_id = cs.student_id CROSS JOIN report_demo_gradings g LEFT JOIN report_demo_trend t "
                "ON t.student_id = cs.student_id AND t.week_start = g.week_start) y) x");
        if (Status s = q.exec(sql); !s)
            return s;
        qCInfo(lcDemo) << "demo reports: grades at" << timer.elapsed() << "ms";
    }
    // Weekly attendance around the student's figure, dipping with their trend.
    {
        const QString h = hashOf(QStringLiteral("d.student_id"), QStringLiteral("7"), QStringLiteral("w.n"), seed + 3);
        const QString value = clamp(QStringLiteral("(d.attendance + (") + factor + QStringLiteral(" - 1.0) * 45 + (") +
                                        u1(h) + QStringLiteral(" - 0.65) * 9)"),
                                    0, 100);
        const QString sql = QStringLiteral("INSERT INTO report_attendance (student_id, week_start, percent) SELECT "
                                           "d.student_id, w.week_start, CAST(") +
                            value +
                            QStringLiteral(" * 10 AS INTEGER) / 10.0 FROM report_demo_students d CROSS JOIN "
                                           "report_demo_weeks w LEFT JOIN report_demo_trend t ON t.student_id = "
                                           "d.student_id AND t.week_start = w.week_start");
        if (Status s = q.exec(sql); !s)
            return s;
    }
    if (Status s = keys.restore(); !s)
        return s;
    qCInfo(lcDemo) << "demo reports: attendance at" << timer.elapsed() << "ms";
    if (Status s = ReportAverages::refresh(db); !s)
        return s;
    for (const QString &t : temps)
        if (Status s = q.exec(QStringLiteral("DROP TABLE ") + t); !s)
            return s;

    AuditLog audit(db, ctx.session.actor());
    if (Status s = audit.created(QStringLiteral("report_data"), 0,
                                 QStringLiteral("%1 weeks of course data and attendance").arg(weeks.size()));
        !s)
        return s;
    qCInfo(lcDemo) << "demo reports:" << weeks.size() << "weeks," << trends << "intervention trends in"
                   << timer.elapsed() << "ms";
    return {};
}

} // namespace md::demo
