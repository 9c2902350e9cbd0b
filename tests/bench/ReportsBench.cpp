// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 7's targets on the 10,000-student school: a student's four 360° charts over a full school
// year appear in under 150 ms after selecting the student, and a course view of 30 students in
// under 300 ms. Also measured: the report's data alone, and a headteacher's whole year-group course.
#include "BenchSuite.h"

#include "access/Session.h"
#include "reports/ReportChartPanel.h"
#include "reports/ReportCourseModel.h"
#include "reports/ReportCoursesPane.h"
#include "reports/ReportStore.h"
#include "reports/ReportStudentView.h"
#include "shell/DeskContext.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/MentoringGroupStore.h"

#include <QTextStream>

namespace md::bench {

namespace {

qint64 firstId(Database &db, const QString &sql)
{
    Query q(db, sql);
    auto v = q.scalar();
    return v && !v->isNull() ? v->toLongLong() : 0;
}

void reports(BenchSuite &suite)
{
    ui::DeskContext context;
    auto opened = Database::openSqlite(suite.largeSchoolPath());
    if (!opened) {
        QTextStream(stderr) << opened.error().message << Qt::endl;
        return;
    }
    context.setDatabase(std::move(*opened));
    Database &db = context.db();
    // The student with the most report rows: a mentored student with an intervention if there is one.
    const qint64 student =
        firstId(db, QStringLiteral("SELECT i.student_id FROM interventions i WHERE i.started_on IS NOT NULL "
                                   "ORDER BY i.id LIMIT 1"));
    const qint64 anyStudent =
        student ? student : firstId(db, QStringLiteral("SELECT id FROM students ORDER BY id LIMIT 1"));
    const QDate last = [&] {
        Query q(db, QStringLiteral("SELECT MAX(week_start) FROM report_attendance"));
        auto v = q.scalar();
        return v ? QDate::fromString(v->toString(), Qt::ISODate).addDays(4) : QDate::currentDate();
    }();
    const Session head(firstId(db, QStringLiteral("SELECT user_id FROM user_roles WHERE role = 'headteacher' LIMIT 1")),
                       QStringLiteral("bench-head"), QStringLiteral("bench"), {Role::Headteacher});
    context.setSession(head);

    int rows = 0;
    Figure &data = suite.measure(QStringLiteral("360: a student's year of report data (core only)"), 0, 30, [&] {
        auto r = ReportStore(db).student(head, anyStudent, ReportStore::defaultFrom(last), last);
        if (!r)
            qFatal("report failed");
        rows = 0;
        for (const auto &c : r->activity)
            rows += int(c.weeks.size() + c.courseWeeks.size());
        rows += int(r->attendance.size());
    });
    data.note = QStringLiteral("%1 weekly points").arg(rows);

    ui::ReportStudentView view(context);
    view.setToday(last);
    view.resize(1300, 800);
    view.show();
    suite.measure(QStringLiteral("360: select a student, four charts and tables drawn"), 150, 30, [&] {
        view.showStudent(0);
        view.showStudent(anyStudent);
        // Drawn, not only built: paint each chart once as the window would.
        for (auto *p : {view.activityPanel(), view.progressPanel(), view.gradesPanel(), view.pastoralPanel()})
            p->grab();
    });

    // A course view of 30: a mentor given 30 learners of one course, inside a transaction that is
    // rolled back afterwards so the school file is left as it was.
    const qint64 course = firstId(
        db, QStringLiteral("SELECT c.id FROM courses c WHERE c.subject = 'Maths' ORDER BY c.year_group DESC LIMIT 1"));
    const qint64 mentorId = firstId(db, QStringLiteral("SELECT user_id FROM user_roles WHERE role = 'mentor' LIMIT 1"));
    {
        Transaction tx(db);
        AuditLog audit(db, Actor{0, QStringLiteral("bench")});
        Query pick(
            db, QStringLiteral("SELECT cs.student_id FROM course_students cs WHERE cs.course_id = ? AND cs.student_id "
                               "NOT IN (SELECT student_id FROM mentoring_groups WHERE ended_on IS NULL) ORDER BY "
                               "cs.student_id LIMIT 30"));
        pick.bind(course);
        QList<qint64> ids;
        if (pick.exec())
            while (pick.next())
                ids.append(pick.id(0));
        Query drop(db,
                   QStringLiteral(
                       "UPDATE mentoring_groups SET ended_on = '2000-01-01' WHERE mentor_id = ? AND ended_on IS NULL"));
        drop.bind(mentorId);
        if (!drop.exec())
            qFatal("could not clear the mentor's group");
        for (qint64 id : std::as_const(ids))
            if (!MentoringGroupStore(db).assignUnchecked(audit, mentorId, id, QDate(2026, 9, 1)))
                qFatal("assign failed");
        const Session mentor(mentorId, QStringLiteral("bench-mentor"), QStringLiteral("bench"), {Role::Mentor});
        context.setSession(mentor);
        ui::ReportCoursesPane pane(context);
        pane.resize(1300, 800);
        pane.show();
        pane.activate();
        int learners = 0;
        Figure &thirty =
            suite.measure(QStringLiteral("360: course view of 30 learners, table and chart"), 300, 20, [&] {
                if (!pane.showCourse(course))
                    qFatal("course view failed");
                pane.panel()->grab();
                learners = pane.model()->rowCount();
            });
        thirty.note = QStringLiteral("%1 learners").arg(learners);
        context.setSession(head);
        ui::ReportCoursesPane whole(context);
        whole.resize(1300, 800);
        whole.show();
        whole.activate();
        Figure &all = suite.measure(QStringLiteral("360: headteacher's course view, whole year group (chart pages 30)"),
                                    0, 10, [&] {
                                        if (!whole.showCourse(course))
                                            qFatal("course view failed");
                                        whole.panel()->grab();
                                        learners = whole.model()->rowCount();
                                    });
        all.note = QStringLiteral("%1 learners").arg(learners);
        tx.rollback();
    }
}

} // namespace

void registerReportsBenches(BenchSuite &suite)
{
    suite.addCase(QStringLiteral("reports"), reports);
}

} // namespace md::bench
