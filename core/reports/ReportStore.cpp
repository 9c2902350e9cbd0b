// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportStore.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "reports/ReportBehaviourSource.h"
#include "reports/ReportScope.h"
#include "reports/ReportsLogging.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

namespace md {

namespace {

std::optional<double> optionalReal(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

} // namespace

QDate ReportStore::defaultFrom(const QDate &today)
{
    return reportWeekStart(today).addDays(-7 * 52);
}

QString ReportStore::outcomeText(const QString &stored)
{
    if (stored == QLatin1String("met"))
        return tr("Met");
    if (stored == QLatin1String("partly_met"))
        return tr("Partly met");
    if (stored == QLatin1String("not_met"))
        return tr("Not met");
    if (stored == QLatin1String("ended_early"))
        return tr("Ended early");
    return {};
}

Result<ReportStudentReport> ReportStore::student(const Session &session, qint64 studentId, const QDate &from,
                                                 const QDate &to) const
{
    QElapsedTimer timer;
    timer.start();
    auto access = ReportScope::forStudent(m_db, session, studentId);
    if (!access)
        return access.error();
    ReportStudentReport r;
    r.studentId = studentId;
    r.from = from;
    r.to = to;
    r.allCourses = access->allCourses;
    r.pastoral = access->pastoral;
    const QSet<qint64> allowed(access->courseIds.cbegin(), access->courseIds.cend());
    auto inScope = [&](qint64 courseId) { return r.allCourses || allowed.contains(courseId); };

    {
        Query q(m_db, QStringLiteral("SELECT COALESCE(preferred_forename, legal_forename), COALESCE(preferred_surname, "
                                     "legal_surname), year_group, tutor_group, attendance FROM students WHERE id = ?"));
        q.bind(studentId);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return Error::notFound(tr("That student is not in this database."));
        r.studentName = q.string(0) + QLatin1Char(' ') + q.string(1);
        r.yearAndGroup = tr("Year %1, %2").arg(q.integer(2)).arg(q.string(3));
        if (r.pastoral)
            r.attendanceFigure = optionalReal(q.value(4));
    }

    // The courses, in name order; every later list follows it.
    QHash<qint64, int> index;
    {
        Query q(m_db,
                QStringLiteral("SELECT c.id, c.name FROM course_students cs JOIN courses c ON c.id = cs.course_id "
                               "WHERE cs.student_id = ? ORDER BY c.name, c.id"));
        q.bind(studentId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            if (!inScope(q.id(0)))
                continue;
            index.insert(q.id(0), int(r.activity.size()));
            ReportActivityCourse a;
            a.courseId = q.id(0);
            a.course = q.string(1);
            r.activity.append(a);
            ReportProgressCourse p;
            p.courseId = a.courseId;
            p.course = a.course;
            r.progress.append(p);
            ReportGradesCourse g;
            g.courseId = a.courseId;
            g.course = a.course;
            r.grades.append(g);
        }
    }
    const QString fromText = isoDate(from);
    const QString toText = isoDate(to);

    {
        Query q(m_db, QStringLiteral("SELECT a.course_id, a.week_start, a.minutes, a.messages, a.posts FROM "
                                     "course_students cs JOIN report_activity a ON a.course_id = cs.course_id AND "
                                     "a.student_id = cs.student_id WHERE cs.student_id = ? AND a.week_start >= ? AND "
                                     "a.week_start <= ? ORDER BY a.course_id, a.week_start"));
        q.bind(studentId).bind(fromText).bind(toText);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = index.constFind(q.id(0));
            if (it == index.constEnd())
                continue;
            r.activity[*it].weeks.append({q.date(1), q.integer(2), q.integer(3), q.integer(4)});
        }
    }
    {
        Query q(m_db, QStringLiteral("SELECT w.course_id, w.week_start, w.minutes, w.messages, w.posts FROM "
                                     "course_students cs JOIN report_course_weeks w ON w.course_id = cs.course_id "
                                     "WHERE cs.student_id = ? AND w.week_start >= ? AND w.week_start <= ? "
                                     "ORDER BY w.course_id, w.week_start"));
        q.bind(studentId).bind(fromText).bind(toText);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = index.constFind(q.id(0));
            if (it == index.constEnd())
                continue;
            r.activity[*it].courseWeeks.append(
                {q.date(1), q.value(2).toDouble(), q.value(3).toDouble(), q.value(4).toDouble()});
        }
    }
    {
        Query q(m_db, QStringLiteral(
                          "SELECT p.course_id, SUM(p.mandatory), SUM(CASE WHEN p.mandatory = 1 AND p.completed_on IS "
                          "NOT NULL THEN 1 ELSE 0 END), SUM(1 - p.mandatory), SUM(CASE WHEN p.mandatory = 0 AND "
                          "p.completed_on IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN p.mandatory = 1 AND "
                          "p.completed_on IS NULL AND p.due_on < ? THEN 1 ELSE 0 END), SUM(p.minutes_online) "
                          "FROM course_students cs JOIN report_progress p ON p.course_id = cs.course_id AND "
                          "p.student_id = cs.student_id WHERE cs.student_id = ? GROUP BY p.course_id"));
        q.bind(isoDate(to)).bind(studentId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = index.constFind(q.id(0));
            if (it == index.constEnd())
                continue;
            ReportProgressCourse &p = r.progress[*it];
            p.mandatoryTotal = q.integer(1);
            p.mandatoryDone = q.integer(2);
            p.optionalTotal = q.integer(3);
            p.optionalDone = q.integer(4);
            p.overdue = q.integer(5);
            p.minutesOnline = q.integer(6);
        }
        Query c(m_db, QStringLiteral("SELECT cp.course_id, cp.mandatory_rate, cp.optional_rate, cp.minutes_online FROM "
                                     "course_students cs JOIN report_course_progress cp ON cp.course_id = cs.course_id "
                                     "WHERE cs.student_id = ?"));
        c.bind(studentId);
        if (Status s = c.exec(); !s)
            return s.error();
        while (c.next()) {
            const auto it = index.constFind(c.id(0));
            if (it == index.constEnd())
                continue;
            ReportProgressCourse &p = r.progress[*it];
            p.classMandatoryRate = optionalReal(c.value(1));
            p.classOptionalRate = optionalReal(c.value(2));
            p.classMinutesOnline = optionalReal(c.value(3));
        }
    }
    {
        Query c(m_db, QStringLiteral("SELECT g.course_id, g.graded_on, g.percent FROM course_students cs JOIN "
                                     "report_course_grades g ON g.course_id = cs.course_id WHERE cs.student_id = ? AND "
                                     "g.graded_on >= ? AND g.graded_on <= ? ORDER BY g.course_id, g.graded_on"));
        c.bind(studentId).bind(fromText).bind(toText);
        if (Status s = c.exec(); !s)
            return s.error();
        while (c.next()) {
            const auto it = index.constFind(c.id(0));
            if (it != index.constEnd())
                r.grades[*it].courseAverages.append({c.date(1), c.value(2).toDouble()});
        }
        Query q(m_db, QStringLiteral("SELECT g.course_id, g.graded_on, g.grade, g.percent FROM course_students cs JOIN "
                                     "report_grades g ON g.course_id = cs.course_id AND g.student_id = cs.student_id "
                                     "WHERE cs.student_id = ? AND g.graded_on >= ? AND g.graded_on <= ? "
                                     "ORDER BY g.course_id, g.graded_on"));
        q.bind(studentId).bind(fromText).bind(toText);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = index.constFind(q.id(0));
            if (it == index.constEnd())
                continue;
            ReportGradesCourse &g = r.grades[*it];
            ReportGrade grade{q.date(1), q.string(2), q.value(3).toDouble(), std::nullopt};
            for (const ReportPoint &avg : std::as_const(g.courseAverages))
                if (avg.date == grade.date)
                    grade.courseAverage = avg.value;
            g.grades.append(grade);
        }
    }

    if (r.pastoral) {
        Query a(m_db, QStringLiteral("SELECT week_start, percent FROM report_attendance WHERE student_id = ? AND "
                                     "week_start >= ? AND week_start <= ? ORDER BY week_start"));
        a.bind(studentId).bind(fromText).bind(toText);
        if (Status s = a.exec(); !s)
            return s.error();
        while (a.next())
            r.attendance.append({a.date(0), a.value(1).toDouble()});

        auto behaviour = ReportBehaviourSource(m_db).weekly(studentId, from, to.addDays(6));
        if (!behaviour)
            return behaviour.error();
        r.behaviourAvailable = behaviour->available;
        r.behaviour = behaviour->weeks;

        Query s(m_db, QStringLiteral("SELECT session_date, rating FROM mentoring_sessions WHERE student_id = ? AND "
                                     "status = 'attended' AND rating IS NOT NULL AND session_date >= ? AND "
                                     "session_date <= ? ORDER BY session_date"));
        s.bind(studentId).bind(fromText).bind(isoDate(to.addDays(6)));
        if (Status st = s.exec(); !st)
            return st.error();
        while (s.next())
            r.ratings.append({s.date(0), s.integer(1)});

        Query i(m_db,
                QStringLiteral("SELECT i.id, t.name, i.started_on, i.concluded_on, i.status, i.outcome FROM "
                               "interventions i JOIN provision_types t ON t.id = i.provision_type_id "
                               "WHERE i.student_id = ? AND i.started_on IS NOT NULL ORDER BY i.started_on, i.id"));
        i.bind(studentId);
        if (Status st = i.exec(); !st)
            return st.error();
        while (i.next()) {
            ReportInterventionSpan span;
            span.id = i.id(0);
            span.name = i.string(1);
            span.start = i.date(2);
            span.ongoing = i.string(4) != QLatin1String("concluded");
            span.end = span.ongoing || i.value(3).isNull() ? to : i.date(3);
            span.outcome = outcomeText(i.string(5));
            if (span.end < from || span.start > to || span.end < span.start)
                continue;
            r.interventions.append(span);
        }
    }
    qCDebug(lcReports) << "student report" << studentId << "loaded in" << timer.elapsed() << "ms";
    return r;
}

Result<ReportCourseReport> ReportStore::course(const Session &session, qint64 courseId) const
{
    if (Status s = Permissions::require(session, Action::ViewReports); !s)
        return s.error();
    const ReportScope::Condition cond = ReportScope::learnersCondition(session);
    ReportCourseReport r;
    r.courseId = courseId;
    {
        Query q(m_db, QStringLiteral(
                          "SELECT c.name, (SELECT COUNT(*) FROM course_students cs WHERE cs.course_id = c.id), "
                          "(SELECT COUNT(*) FROM report_course_weeks w WHERE w.course_id = c.id), "
                          "(SELECT AVG(w.minutes) FROM report_course_weeks w WHERE w.course_id = c.id), "
                          "(SELECT AVG(w.messages + w.posts) FROM report_course_weeks w WHERE w.course_id = c.id), "
                          "p.mandatory_rate, p.optional_rate, "
                          "(SELECT SUM(g.percent * g.learners) / SUM(g.learners) FROM report_course_grades g "
                          "WHERE g.course_id = c.id) FROM courses c LEFT JOIN report_course_progress p ON "
                          "p.course_id = c.id WHERE c.id = ?"));
        q.bind(courseId);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return Error::notFound(tr("That course is not in this database."));
        r.course = q.string(0);
        r.enrolled = q.integer(1);
        r.weeks = q.integer(2);
        r.minutesPerWeek = optionalReal(q.value(3));
        r.messagesPerWeek = optionalReal(q.value(4));
        r.mandatoryRate = optionalReal(q.value(5));
        r.optionalRate = optionalReal(q.value(6));
        r.gradeAverage = optionalReal(q.value(7));
    }
    // Is the course in the user's view at all (a teacher's course, or one of a mentor's learners on it)?
    QHash<qint64, int> row;
    {
        Query q(m_db,
                QStringLiteral("SELECT s.id, COALESCE(s.preferred_surname, s.legal_surname) || ', ' || "
                               "COALESCE(s.preferred_forename, s.legal_forename), s.tutor_group FROM course_students "
                               "cs JOIN students s ON s.id = cs.student_id JOIN courses c ON c.id = cs.course_id "
                               "WHERE cs.course_id = ? AND s.date_left IS NULL AND ") +
                    cond.sql + QStringLiteral(" ORDER BY 2, s.id"));
        q.bind(courseId);
        for (const QVariant &v : cond.binds)
            q.bind(v);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            row.insert(q.id(0), int(r.learners.size()));
            ReportCourseLearner l;
            l.studentId = q.id(0);
            l.name = q.string(1);
            l.tutorGroup = q.string(2);
            r.learners.append(l);
        }
    }
    if (r.learners.isEmpty()) {
        auto courses = ReportScope::courses(m_db, session);
        if (!courses)
            return courses.error();
        const bool listed =
            std::any_of(courses->cbegin(), courses->cend(), [&](const ReportCourseRef &c) { return c.id == courseId; });
        if (!listed)
            return Error::forbidden(tr("You may not see this course's 360° report: you do not teach it and none of "
                                       "your learners is on it."));
        return r;
    }
    // Per learner aggregates over the whole course, kept to the learners listed.
    // A few learners (a mentor's, a teaching group) are read by id; a whole year group by the course.
    constexpr int kByIdLimit = 200;
    const bool byId = r.learners.size() <= kByIdLimit;
    QString ids;
    if (byId) {
        QStringList marks;
        for (int i = 0; i < r.learners.size(); ++i)
            marks << QStringLiteral("?");
        ids = QStringLiteral(" AND student_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    auto each = [&](QString sql, const std::function<void(ReportCourseLearner &, Query &)> &take) -> Status {
        sql.replace(QStringLiteral(" GROUP BY"), (byId ? ids : QString()) + QStringLiteral(" GROUP BY"));
        Query q(m_db, sql);
        q.bind(courseId);
        if (byId)
            for (const ReportCourseLearner &l : std::as_const(r.learners))
                q.bind(l.studentId);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const auto it = row.constFind(q.id(0));
            if (it != row.constEnd())
                take(r.learners[*it], q);
        }
        return {};
    };
    if (r.weeks > 0) {
        const double weeks = r.weeks;
        if (Status s =
                each(QStringLiteral("SELECT student_id, SUM(minutes), SUM(messages + posts) FROM report_activity "
                                    "WHERE course_id = ? GROUP BY student_id"),
                     [&](ReportCourseLearner &l, Query &q) {
                         l.minutesPerWeek = q.value(1).toDouble() / weeks;
                         l.messagesPerWeek = q.value(2).toDouble() / weeks;
                     });
            !s)
            return s.error();
        // A listed learner without a record on a course with activity spent no time on it.
        for (ReportCourseLearner &l : r.learners) {
            if (!l.minutesPerWeek)
                l.minutesPerWeek = 0.0;
            if (!l.messagesPerWeek)
                l.messagesPerWeek = 0.0;
        }
    }
    if (Status s = each(QStringLiteral("SELECT student_id, CASE WHEN SUM(mandatory) > 0 THEN 100.0 * SUM(CASE WHEN "
                                       "mandatory = 1 AND completed_on IS NOT NULL THEN 1 ELSE 0 END) / SUM(mandatory) "
                                       "END, CASE WHEN SUM(1 - mandatory) > 0 THEN 100.0 * SUM(CASE WHEN mandatory = 0 "
                                       "AND completed_on IS NOT NULL THEN 1 ELSE 0 END) / SUM(1 - mandatory) END "
                                       "FROM report_progress WHERE course_id = ? GROUP BY student_id"),
                        [&](ReportCourseLearner &l, Query &q) {
                            l.mandatoryRate = optionalReal(q.value(1));
                            l.optionalRate = optionalReal(q.value(2));
                        });
        !s)
        return s.error();
    if (Status s =
            each(QStringLiteral("SELECT g.student_id, AVG(g.percent), (SELECT l.grade FROM report_grades l WHERE "
                                "l.course_id = g.course_id AND l.student_id = g.student_id ORDER BY l.graded_on "
                                "DESC LIMIT 1) FROM report_grades g WHERE g.course_id = ? GROUP BY g.student_id, "
                                "g.course_id"),
                 [&](ReportCourseLearner &l, Query &q) {
                     l.gradeAverage = q.value(1).toDouble();
                     l.latestGrade = q.string(2);
                 });
        !s)
        return s.error();
    return r;
}

} // namespace md
