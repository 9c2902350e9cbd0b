// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportAverages.h"

#include "reports/ReportsLogging.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>

namespace md {

Status ReportAverages::refresh(Database &db, const QList<qint64> &courseIds)
{
    QElapsedTimer timer;
    timer.start();
    QList<qint64> ids = courseIds;
    if (ids.isEmpty()) {
        Query all(db, QStringLiteral("SELECT id FROM courses ORDER BY id"));
        if (Status s = all.exec(); !s)
            return s;
        while (all.next())
            ids.append(all.id(0));
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    Query clearWeeks(db, QStringLiteral("DELETE FROM report_course_weeks WHERE course_id = ?"));
    Query clearProgress(db, QStringLiteral("DELETE FROM report_course_progress WHERE course_id = ?"));
    Query clearGrades(db, QStringLiteral("DELETE FROM report_course_grades WHERE course_id = ?"));
    Query *clears[] = {&clearWeeks, &clearProgress, &clearGrades};
    Query weeks(db, QStringLiteral(
                        "INSERT INTO report_course_weeks (course_id, week_start, learners, minutes, messages, posts) "
                        "SELECT a.course_id, a.week_start, n.learners, SUM(a.minutes) * 1.0 / n.learners, "
                        "SUM(a.messages) * 1.0 / n.learners, SUM(a.posts) * 1.0 / n.learners "
                        "FROM report_activity a JOIN (SELECT course_id, COUNT(*) AS learners FROM course_students "
                        "WHERE course_id = ? GROUP BY course_id) n ON n.course_id = a.course_id "
                        "WHERE a.course_id = ? GROUP BY a.course_id, a.week_start, n.learners"));
    Query progress(
        db,
        QStringLiteral("INSERT INTO report_course_progress (course_id, learners, mandatory_rate, optional_rate, "
                       "minutes_online) SELECT ?, COUNT(*), AVG(m_rate), AVG(o_rate), AVG(mins) FROM ("
                       "SELECT student_id, CASE WHEN SUM(mandatory) > 0 THEN 100.0 * SUM(CASE WHEN mandatory = 1 "
                       "AND completed_on IS NOT NULL THEN 1 ELSE 0 END) / SUM(mandatory) END AS m_rate, "
                       "CASE WHEN SUM(1 - mandatory) > 0 THEN 100.0 * SUM(CASE WHEN mandatory = 0 AND "
                       "completed_on IS NOT NULL THEN 1 ELSE 0 END) / SUM(1 - mandatory) END AS o_rate, "
                       "SUM(minutes_online) AS mins FROM report_progress WHERE course_id = ? GROUP BY student_id) t"));
    Query emptyProgress(db, QStringLiteral("DELETE FROM report_course_progress WHERE course_id = ? AND learners = 0"));
    Query grades(db, QStringLiteral("INSERT INTO report_course_grades (course_id, graded_on, learners, percent) "
                                    "SELECT course_id, graded_on, COUNT(*), AVG(percent) FROM report_grades "
                                    "WHERE course_id = ? GROUP BY course_id, graded_on"));
    for (qint64 id : std::as_const(ids)) {
        for (Query *q : clears) {
            q->bind(id);
            if (Status s = q->exec(); !s)
                return s;
        }
        weeks.bind(id).bind(id);
        if (Status s = weeks.exec(); !s)
            return s;
        progress.bind(id).bind(id);
        if (Status s = progress.exec(); !s)
            return s;
        emptyProgress.bind(id);
        if (Status s = emptyProgress.exec(); !s)
            return s;
        grades.bind(id);
        if (Status s = grades.exec(); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcReports) << "course averages refreshed for" << ids.size() << "courses in" << timer.elapsed() << "ms";
    return {};
}

} // namespace md
