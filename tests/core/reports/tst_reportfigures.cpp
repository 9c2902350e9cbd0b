// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The 360° report's figures against hand-worked examples: before / during / after each
// intervention, course averages and who is below them, trends, the empty-data rules, the scope of
// each role, the behaviour log hook and the models.
#include "TestDatabase.h"

#include "reports/ReportBehaviourSource.h"
#include "reports/ReportCourseModel.h"
#include "reports/ReportImpact.h"
#include "reports/ReportImporter.h"
#include "reports/ReportScope.h"
#include "reports/ReportStore.h"
#include "reports/ReportStudentListModel.h"
#include "reports/ReportStudentModels.h"
#include "storage/Query.h"
#include "students/Upn.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QtTest>

using namespace md;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString upn(int serial)
{
    return Upn::withCheckLetter(QStringLiteral("80120000") +
                                QString::number(serial).rightJustified(4, QLatin1Char('0')));
}

void import(test::TestDatabase &t, ReportImportKind kind, const QString &csv)
{
    QByteArray bytes = csv.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto r = ReportImporter::importFile(t.db(), Session::system(), kind, buffer, QStringLiteral("t.csv"));
    if (!r)
        qWarning("%s", qPrintable(r.error().fullText()));
    QVERIFY(r);
}

const ReportImpactRow *find(const QList<ReportImpactRow> &rows, ReportImpactRow::Measure m)
{
    for (const ReportImpactRow &r : rows)
        if (r.measure == m)
            return &r;
    return nullptr;
}

void exec(Database &db, const QString &sql)
{
    Query q(db);
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

// A report of one student with one intervention, worked out by hand in beforeDuringAfter().
ReportStudentReport handWorked()
{
    ReportStudentReport r;
    r.studentId = 1;
    r.from = d("2026-01-05");
    r.to = d("2026-12-20");
    r.behaviourAvailable = true;
    r.interventions.append(
        {7, QStringLiteral("Anger management"), d("2026-10-07"), d("2026-11-04"), false, QStringLiteral("Met")});
    r.attendance = {{d("2026-08-17"), 100}, {d("2026-09-07"), 80}, {d("2026-09-14"), 90}, {d("2026-10-05"), 90},
                    {d("2026-10-12"), 94},  {d("2026-11-09"), 96}, {d("2026-11-16"), 98}};
    r.ratings = {{d("2026-10-08"), 3}, {d("2026-10-22"), 5}};
    r.behaviour = {{d("2026-09-07"), 1, 4}, {d("2026-09-14"), 0, 2}, {d("2026-10-12"), 2, 1}, {d("2026-11-16"), 3, 0}};
    ReportActivityCourse a;
    a.courseId = 1;
    a.course = QStringLiteral("Maths");
    a.weeks = {{d("2026-09-07"), 100, 0, 0}, {d("2026-09-14"), 50, 0, 0}, {d("2026-10-12"), 200, 0, 0}};
    ReportActivityCourse b;
    b.courseId = 2;
    b.course = QStringLiteral("Art");
    b.weeks = {{d("2026-09-07"), 50, 0, 0}};
    r.activity = {a, b};
    ReportGradesCourse g;
    g.courseId = 1;
    g.course = QStringLiteral("Maths");
    g.grades = {{d("2026-09-20"), QStringLiteral("70%"), 70, std::nullopt},
                {d("2026-12-01"), QStringLiteral("80%"), 80, std::nullopt}};
    r.grades = {g};
    return r;
}

} // namespace

class TestReportFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void windowsAreWholeWeeksAroundTheIntervention()
    {
        const ReportInterventionSpan span{1, QString(), d("2026-10-07"), d("2026-11-04"), false, QString()};
        const auto w = ReportImpact::windows(span, d("2026-12-20"));
        QCOMPARE(w.before.from, d("2026-08-24"));
        QCOMPARE(w.before.to, d("2026-10-04"));
        QCOMPARE(w.before.weeks(), 6);
        QCOMPARE(w.during.from, d("2026-10-05"));
        QCOMPARE(w.during.to, d("2026-11-08"));
        QCOMPARE(w.during.weeks(), 5);
        QCOMPARE(w.after.from, d("2026-11-09"));
        QCOMPARE(w.after.to, d("2026-12-20"));
        QCOMPARE(w.after.weeks(), 6);
        // Still running: during reaches today and there is no "after".
        const ReportInterventionSpan running{1, QString(), d("2026-10-07"), d("2026-12-20"), true, QString()};
        const auto r = ReportImpact::windows(running, d("2026-11-20"));
        QCOMPARE(r.during.to, d("2026-11-20"));
        QVERIFY(!r.after.isValid());
        // Concluded last week: the "after" window stops at today.
        const auto recent = ReportImpact::windows(span, d("2026-11-11"));
        QCOMPARE(recent.after.from, d("2026-11-09"));
        QCOMPARE(recent.after.to, d("2026-11-11"));
    }

    void beforeDuringAfterMatchTheHandWorkedExample()
    {
        const auto rows = ReportImpact::compute(handWorked(), d("2026-12-20"));
        QCOMPARE(rows.size(), 6);
        const auto *att = find(rows, ReportImpactRow::Measure::Attendance);
        QVERIFY(att);
        QCOMPARE(att->intervention, QStringLiteral("Anger management"));
        QCOMPARE(*att->before, 85.0); // (80 + 90) / 2; 17 Aug is outside the six weeks
        QCOMPARE(*att->during, 92.0); // (90 + 94) / 2
        QCOMPARE(*att->after, 97.0);  // (96 + 98) / 2
        QCOMPARE(*att->change(), 12.0);
        const auto *neg = find(rows, ReportImpactRow::Measure::NegativePoints);
        QCOMPARE(*neg->before, 1.0); // 6 points over 6 weeks
        QCOMPARE(*neg->during, 0.2); // 1 point over 5 weeks
        QCOMPARE(*neg->after, 0.0);
        QCOMPARE(*neg->change(), -1.0);
        QVERIFY(!neg->higherIsBetter());
        const auto *pos = find(rows, ReportImpactRow::Measure::PositivePoints);
        QCOMPARE(*pos->before, 1.0 / 6);
        QCOMPARE(*pos->during, 0.4);
        QCOMPARE(*pos->after, 0.5);
        const auto *rating = find(rows, ReportImpactRow::Measure::SessionRating);
        QVERIFY(!rating->before);
        QCOMPARE(*rating->during, 4.0);
        QVERIFY(!rating->change()); // nothing to compare with
        const auto *minutes = find(rows, ReportImpactRow::Measure::ActivityMinutes);
        QCOMPARE(*minutes->before, 100.0); // (150 + 50) / 2 over all courses
        QCOMPARE(*minutes->during, 200.0);
        QVERIFY(!minutes->after);
        QCOMPARE(*minutes->change(), 100.0); // during minus before while there is no after
        const auto *grades = find(rows, ReportImpactRow::Measure::GradePercent);
        QCOMPARE(*grades->before, 70.0);
        QCOMPARE(*grades->after, 80.0);
    }

    void withoutTheBehaviourLogThereAreNoPointRows()
    {
        ReportStudentReport r = handWorked();
        r.behaviourAvailable = false;
        const auto rows = ReportImpact::compute(r, d("2026-12-20"));
        QCOMPARE(rows.size(), 4);
        QVERIFY(!find(rows, ReportImpactRow::Measure::NegativePoints));
        ReportImpactModel model;
        QAbstractItemModelTester tester(&model);
        model.setRows(rows);
        QCOMPARE(model.index(0, ReportImpactModel::ChangeColumn).data().toString(), QStringLiteral("+12 points"));
        QCOMPARE(model.index(0, ReportImpactModel::BeforeColumn).data().toString(), QStringLiteral("85%"));
        QCOMPARE(model.index(1, ReportImpactModel::BeforeColumn).data().toString(), QStringLiteral("\u2014"));
    }

    void trendIsTheLeastSquaresSlopePerWeek()
    {
        ReportSeries s;
        s.points = {{d("2026-09-07"), 10}, {d("2026-09-14"), 20}, {d("2026-09-21"), 30}};
        QCOMPARE(*s.slopePerWeek(), 10.0);
        QCOMPARE(*s.mean(), 20.0);
        s.points = {{d("2026-09-07"), 10}};
        QVERIFY(!s.slopePerWeek());
        QVERIFY(!ReportSeries().mean());
        QCOMPARE(reportWeekStart(d("2026-09-13")), d("2026-09-07")); // a Sunday belongs to its week's Monday
    }

    void emptyDataIsSaidInWordsNotZeros()
    {
        ReportStudentReport r;
        ReportActivityCourse a;
        a.courseId = 3;
        a.course = QStringLiteral("PE");
        r.activity = {a};
        ReportProgressCourse p;
        p.courseId = 3;
        p.course = QStringLiteral("PE");
        r.progress = {p};
        ReportGradesCourse g;
        g.courseId = 3;
        g.course = QStringLiteral("PE");
        r.grades = {g};
        QVERIFY(!r.hasActivity());
        QVERIFY(!r.hasProgress());
        QVERIFY(!r.hasGrades());
        ReportActivityModel activity;
        QAbstractItemModelTester t1(&activity);
        activity.setReport(r);
        QCOMPARE(activity.index(0, ReportActivityModel::MinutesColumn).data().toString(),
                 QStringLiteral("No activity recorded for this course"));
        QVERIFY(activity.index(0, ReportActivityModel::MessagesColumn).data().isNull());
        ReportProgressModel progress;
        QAbstractItemModelTester t2(&progress);
        progress.setReport(r);
        QCOMPARE(progress.index(0, ReportProgressModel::MandatoryColumn).data().toString(),
                 QStringLiteral("No work recorded for this course"));
        ReportGradesModel grades;
        QAbstractItemModelTester t3(&grades);
        grades.setReport(r);
        QCOMPARE(grades.rowCount(), 1);
        QCOMPARE(grades.index(0, ReportGradesModel::DateColumn).data().toString(),
                 QStringLiteral("No grades recorded for this course"));
    }

    void studentAndCourseReportsFromImportedData()
    {
        test::TestDatabase t;
        const Session teacher = t.addUser(QStringLiteral("teach"), {Role::Teacher});
        const qint64 a = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Ash"));
        const qint64 b = t.addStudent(2, QStringLiteral("Ben"), QStringLiteral("Birch"));
        t.enrol(teacher.userId(), a);
        t.enrol(teacher.userId(), b);
        import(
            t, ReportImportKind::Activity,
            QStringLiteral(
                "UPN,Course,Week,Minutes,Messages\n%1,Year 8 Maths,2026-09-07,60,2\n%1,Year 8 Maths,2026-09-14,90,0\n"
                "%2,Year 8 Maths,2026-09-07,30,1\n")
                .arg(upn(1), upn(2)));
        import(
            t, ReportImportKind::Progress,
            QStringLiteral("UPN,Course,Task,Type,Due,Completed\n%1,Year 8 Maths,Quiz,Mandatory,2026-09-18,2026-09-17\n"
                           "%2,Year 8 Maths,Quiz,Mandatory,2026-09-18,\n")
                .arg(upn(1), upn(2)));
        import(t, ReportImportKind::Grades,
               QStringLiteral("UPN,Course,Date,Grade\n%1,Year 8 Maths,2026-10-01,80%\n%2,Year 8 Maths,2026-10-01,50%\n")
                   .arg(upn(1), upn(2)));

        auto course = ReportStore(t.db()).course(teacher, 1);
        QVERIFY2(course, qPrintable(course.error().message));
        QCOMPARE(course->enrolled, 2);
        QCOMPARE(course->weeks, 2);
        QCOMPARE(*course->minutesPerWeek, 45.0); // (60 + 30) / 2 and 90 / 2
        QCOMPARE(*course->mandatoryRate, 50.0);
        QCOMPARE(*course->gradeAverage, 65.0);
        QCOMPARE(course->learners.size(), 2);
        ReportCourseModel model;
        QAbstractItemModelTester tester(&model);
        model.setReport(*course);
        // Sorted by name: Ash, then Birch.
        QCOMPARE(model.learnerAt(0).studentId, a);
        QCOMPARE(*model.learnerAt(0).minutesPerWeek, 75.0); // 150 over the course's 2 weeks
        QCOMPARE(*model.learnerAt(1).minutesPerWeek, 15.0);
        QCOMPARE(model.belowAverageCount(0), 0);
        QCOMPARE(model.belowAverageCount(1), 4); // minutes, messages, mandatory work and grades
        QVERIFY(model.index(1, ReportCourseModel::MinutesColumn).data(ReportCourseModel::BelowAverageRole).toBool());
        QVERIFY(model.isBelowAverage(1));
        QVERIFY(!model.isBelowAverage(0));
        QVERIFY(model.index(1, ReportCourseModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, ReportCourseModel::NameColumn).data(Qt::FontRole).isValid());
        model.sort(ReportCourseModel::MinutesColumn, Qt::AscendingOrder);
        QCOMPARE(model.learnerAt(0).studentId, b);
        model.sort(ReportCourseModel::GradeColumn, Qt::DescendingOrder);
        QCOMPARE(model.learnerAt(0).studentId, a);
        QCOMPARE(model.index(0, ReportCourseModel::LatestGradeColumn).data().toString(), QStringLiteral("80%"));

        auto student = ReportStore(t.db()).student(teacher, b, d("2026-01-05"), d("2026-12-20"));
        QVERIFY2(student, qPrintable(student.error().message));
        QCOMPARE(student->activity.size(), 1);
        QCOMPARE(student->activity.first().weeks.size(), 1);
        QCOMPARE(student->activity.first().courseWeeks.size(), 2);
        QCOMPARE(student->progress.first().mandatoryDone, 0);
        QCOMPARE(student->progress.first().overdue, 1);
        QCOMPARE(*student->progress.first().classMandatoryRate, 50.0);
        QCOMPARE(*student->grades.first().grades.first().courseAverage, 65.0);
        QVERIFY(!student->pastoral); // a teacher sees their course, not the pastoral picture
        ReportActivityModel activity;
        QAbstractItemModelTester t1(&activity);
        activity.setReport(*student);
        QCOMPARE(activity.index(0, ReportActivityModel::MinutesColumn).data(Qt::BackgroundRole).isValid(), true);
    }

    void eachRoleSeesItsOwnScope()
    {
        test::TestDatabase t;
        const Session teacher = t.addUser(QStringLiteral("teach"), {Role::Teacher});
        const Session art = t.addUser(QStringLiteral("art"), {Role::Teacher});
        const Session mentor = t.addUser(QStringLiteral("mentor"), {Role::Mentor});
        const Session other = t.addUser(QStringLiteral("other"), {Role::Mentor});
        const Session head = t.addUser(QStringLiteral("head"), {Role::Headteacher});
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        const qint64 a = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Ash"));
        const qint64 b = t.addStudent(2, QStringLiteral("Ben"), QStringLiteral("Birch"));
        t.enrol(teacher.userId(), a);
        t.enrol(teacher.userId(), b);
        t.enrol(art.userId(), a, QStringLiteral("Year 8 Art"));
        t.assignMentor(mentor.userId(), a);
        Database &db = t.db();

        auto m = ReportScope::forStudent(db, mentor, a);
        QVERIFY(m && m->allCourses && m->pastoral);
        QCOMPARE(ReportScope::forStudent(db, mentor, b).error().kind, Error::Kind::Forbidden);
        QCOMPARE(ReportScope::forStudent(db, other, a).error().kind, Error::Kind::Forbidden);
        auto tch = ReportScope::forStudent(db, teacher, a);
        QVERIFY(tch && !tch->allCourses && !tch->pastoral);
        QCOMPARE(tch->courseIds, QList<qint64>{1});
        auto h = ReportScope::forStudent(db, head, b);
        QVERIFY(h && h->allCourses && h->pastoral);
        QCOMPARE(ReportScope::forStudent(db, admin, a).error().kind, Error::Kind::Forbidden);

        // The teacher's report of Ada has only Maths; the mentor's both courses.
        auto teacherReport = ReportStore(db).student(teacher, a, d("2026-01-05"), d("2026-12-20"));
        QCOMPARE(teacherReport->activity.size(), 1);
        QCOMPARE(teacherReport->activity.first().course, QStringLiteral("Year 8 Maths"));
        auto mentorReport = ReportStore(db).student(mentor, a, d("2026-01-05"), d("2026-12-20"));
        QCOMPARE(mentorReport->activity.size(), 2);

        // Course lists: the teacher's own courses; the courses of a mentor's learners; everything.
        auto courses = [&](const Session &s) {
            QStringList names;
            auto list = ReportScope::courses(db, s);
            if (list)
                for (const auto &c : *list)
                    names << c.name + QLatin1Char('/') + QString::number(c.learners);
            return names;
        };
        QCOMPARE(courses(teacher), (QStringList{QStringLiteral("Year 8 Maths/2")}));
        QCOMPARE(courses(art), (QStringList{QStringLiteral("Year 8 Art/1")}));
        QCOMPARE(courses(mentor), (QStringList{QStringLiteral("Year 8 Art/1"), QStringLiteral("Year 8 Maths/1")}));
        QCOMPARE(courses(other), QStringList());
        QCOMPARE(courses(head), (QStringList{QStringLiteral("Year 8 Art/1"), QStringLiteral("Year 8 Maths/2")}));
        QVERIFY(!ReportScope::courses(db, admin));

        // In a course view a mentor sees only their learner; a stranger to the course is refused.
        QCOMPARE(ReportStore(db).course(mentor, 1)->learners.size(), 1);
        QCOMPARE(ReportStore(db).course(teacher, 1)->learners.size(), 2);
        QCOMPARE(ReportStore(db).course(art, 1).error().kind, Error::Kind::Forbidden);

        ReportStudentListModel list;
        QAbstractItemModelTester tester(&list);
        QVERIFY(list.load(db, mentor));
        QCOMPARE(list.rowCount(), 1);
        QVERIFY(list.load(db, teacher));
        QCOMPARE(list.rowCount(), 2);
        QVERIFY(list.load(db, teacher, QStringLiteral("birch")));
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.studentIdAt(0), b);
        QVERIFY(!list.load(db, admin));
    }

    void behaviourLightsUpWhenTheBehaviourLogExists()
    {
        test::TestDatabase t;
        const qint64 a = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Ash"));
        ReportBehaviourSource source(t.db());
        // The behaviour log's own tables (migration 0040), filled directly.
        exec(t.db(), QStringLiteral("INSERT INTO behaviour_categories (id, name, kind, default_points) VALUES "
                                    "(1, 'Praise', 'positive', 1), (2, 'Disruption', 'negative', -1), "
                                    "(3, 'Other', 'positive', 0)"));
        const qint64 other = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Birch"));
        exec(t.db(),
             QStringLiteral(
                 "INSERT INTO behaviour_events (student_id, occurred_at, category_id, points, recorded_at) VALUES "
                 "(%1, '2026-09-08T10:15', 1, 2, ''), (%1, '2026-09-10T14:00', 2, -3, ''), "
                 "(%1, '2026-09-13T09:00', 2, 1, ''), (%1, '2026-09-15T09:00', 3, 1, ''), "
                 "(%1, '2026-08-30T09:00', 1, 5, ''), (%2, '2026-09-08T10:00', 1, 4, '')")
                 .arg(a)
                 .arg(other));
        QVERIFY(source.available());
        auto weeks = source.weekly(a, d("2026-09-01"), d("2026-12-31"));
        QVERIFY(weeks && weeks->available);
        QCOMPARE(weeks->weeks.size(), 2);
        QCOMPARE(weeks->weeks.at(0).week, d("2026-09-07"));
        QCOMPARE(weeks->weeks.at(0).positive, 2);
        QCOMPARE(weeks->weeks.at(0).negative, 4); // a negative category counts against whatever its sign
        QCOMPARE(weeks->weeks.at(1).positive, 1); // a positive category

        const Session head = t.addUser(QStringLiteral("head"), {Role::Headteacher});
        auto report = ReportStore(t.db()).student(head, a, d("2026-09-01"), d("2026-12-20"));
        QVERIFY(report && report->behaviourAvailable);
        QCOMPARE(report->behaviour.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReportFigures)
#include "tst_reportfigures.moc"
