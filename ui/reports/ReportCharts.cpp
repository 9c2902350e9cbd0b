// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCharts.h"

#include "reports/ReportStudentModels.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace md::ui {

namespace {

const QColor kStudent(0x1d, 0x35, 0x57);
const QColor kAverage(0x8d, 0x99, 0xae);
const QColor kTrend(0xe6, 0x39, 0x46);
const QColor kComms(0x2a, 0x9d, 0x8f);
const QColor kPositive(0x2b, 0x93, 0x48);
const QColor kNegative(0xc0, 0x39, 0x2b);
const QColor kRating(0x7b, 0x2c, 0xbf);

qreal x(const QDate &d)
{
    return qreal(QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch());
}

std::unique_ptr<QChart> newChart(const QString &title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QLineSeries *line(const QString &name, const QList<QPointF> &points, const QColor &colour,
                  Qt::PenStyle style = Qt::SolidLine, qreal width = 2)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(colour);
    pen.setWidthF(width);
    pen.setStyle(style);
    s->setPen(pen);
    s->replace(points);
    return s;
}

QDateTimeAxis *dateAxis(const QDate &from, const QDate &to)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("MMM yy"));
    axis->setRange(QDateTime(from, QTime(0, 0)), QDateTime(to, QTime(23, 59)));
    axis->setTickCount(7);
    return axis;
}

QValueAxis *valueAxis(const QString &title, qreal lo, qreal hi)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(lo, hi);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    chart->addSeries(series);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

qreal maxOf(const QList<QPointF> &points, qreal floor)
{
    qreal m = floor;
    for (const QPointF &p : points)
        m = std::max(m, p.y());
    return m;
}

} // namespace

ReportChart ReportCharts::activity(const ReportStudentReport &report, qint64 courseId)
{
    ReportChart out;
    QMap<QDate, int> minutes;
    QMap<QDate, int> comms;
    QMap<QDate, double> average;
    QString courseName;
    for (const ReportActivityCourse &c : report.activity) {
        if (courseId != 0 && c.courseId != courseId)
            continue;
        courseName = c.course;
        for (const ReportActivityWeek &w : c.weeks) {
            minutes[w.week] += w.minutes;
            comms[w.week] += w.messages + w.posts;
        }
        for (const ReportCourseWeek &w : c.courseWeeks)
            average[w.week] += w.minutes;
    }
    if (minutes.isEmpty()) {
        out.empty = courseId != 0 ? tr("No activity recorded for this course.")
                                  : tr("No activity recorded in any course for this student.");
        return out;
    }
    QList<QPointF> mine, avg, talk;
    ReportSeries series;
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it) {
        mine.append({x(it.key()), qreal(it.value())});
        talk.append({x(it.key()), qreal(comms.value(it.key()))});
        series.points.append({it.key(), double(it.value())});
    }
    for (auto it = average.cbegin(); it != average.cend(); ++it)
        avg.append({x(it.key()), it.value()});

    out.chart = newChart(courseId != 0 ? tr("Activity: %1").arg(courseName) : tr("Activity: all courses"));
    QChart *chart = out.chart.get();
    auto *xAxis = dateAxis(report.from, report.to);
    chart->addAxis(xAxis, Qt::AlignBottom);
    auto *yAxis = valueAxis(tr("Minutes a week"), 0, std::max(maxOf(mine, 10), maxOf(avg, 10)) * 1.1);
    chart->addAxis(yAxis, Qt::AlignLeft);
    auto *talkAxis = valueAxis(tr("Messages and posts"), 0, maxOf(talk, 5) * 1.2);
    chart->addAxis(talkAxis, Qt::AlignRight);

    attach(chart, line(tr("Messages and posts"), talk, kComms, Qt::SolidLine, 1), xAxis, talkAxis);
    if (!avg.isEmpty())
        attach(chart, line(tr("Class average"), avg, kAverage, Qt::DashLine), xAxis, yAxis);
    attach(chart, line(tr("Minutes in course"), mine, kStudent, Qt::SolidLine, 2.5), xAxis, yAxis);
    if (const auto slope = series.slopePerWeek()) {
        // The least-squares line through the student's weeks.
        const auto mean = series.mean();
        double mx = 0;
        const QDate origin = series.points.first().date;
        for (const ReportPoint &p : series.points)
            mx += origin.daysTo(p.date) / 7.0;
        mx /= double(series.points.size());
        const double w0 = 0, w1 = origin.daysTo(series.points.last().date) / 7.0;
        const QList<QPointF> trend = {{x(origin), *mean + *slope * (w0 - mx)},
                                      {x(series.points.last().date), *mean + *slope * (w1 - mx)}};
        attach(chart, line(tr("Trend"), trend, kTrend, Qt::DotLine, 2), xAxis, yAxis);
    }
    return out;
}

ReportChart ReportCharts::progress(const ReportStudentReport &report)
{
    ReportChart out;
    if (!report.hasProgress()) {
        out.empty = tr("No work recorded in any course for this student.");
        return out;
    }
    QStringList courses;
    QList<qreal> mandatory, classMandatory, optional, classOptional;
    for (const ReportProgressCourse &p : report.progress) {
        if (!p.hasData())
            continue;
        courses << p.course;
        mandatory << p.mandatoryRate().value_or(0);
        classMandatory << p.classMandatoryRate.value_or(0);
        optional << p.optionalRate().value_or(0);
        classOptional << p.classOptionalRate.value_or(0);
    }
    out.chart = newChart(tr("Progress: work completed against the class"));
    QChart *chart = out.chart.get();
    auto *series = new QBarSeries;
    auto set = [&](const QString &name, const QList<qreal> &values, const QColor &colour) {
        auto *s = new QBarSet(name);
        s->append(values);
        s->setColor(colour);
        s->setBorderColor(colour);
        series->append(s);
    };
    set(tr("Mandatory"), mandatory, kStudent);
    set(tr("Class mandatory"), classMandatory, kAverage);
    set(tr("Optional"), optional, kComms);
    set(tr("Class optional"), classOptional, QColor(0xb7, 0xe4, 0xc7));
    chart->addSeries(series);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(courses);
    xAxis->setLabelsAngle(courses.size() > 6 ? -45 : 0);
    chart->addAxis(xAxis, Qt::AlignBottom);
    auto *yAxis = valueAxis(tr("% completed"), 0, 100);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    return out;
}

ReportChart ReportCharts::grades(const ReportStudentReport &report, qint64 courseId)
{
    ReportChart out;
    QMap<QDate, QList<double>> mine;
    QMap<QDate, QList<double>> average;
    QString courseName;
    for (const ReportGradesCourse &c : report.grades) {
        if (courseId != 0 && c.courseId != courseId)
            continue;
        courseName = c.course;
        for (const ReportGrade &g : c.grades) {
            mine[g.date].append(g.percent);
            if (g.courseAverage)
                average[g.date].append(*g.courseAverage);
        }
        if (courseId != 0)
            for (const ReportPoint &p : c.courseAverages)
                if (!c.grades.isEmpty() && !average.contains(p.date))
                    average[p.date].append(p.value);
    }
    if (mine.isEmpty()) {
        out.empty = courseId != 0 ? tr("No grades recorded for this course.")
                                  : tr("No grades recorded in any course for this student.");
        return out;
    }
    auto meanPoints = [](const QMap<QDate, QList<double>> &m) {
        QList<QPointF> pts;
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            double sum = 0;
            for (double v : it.value())
                sum += v;
            pts.append({x(it.key()), sum / double(it.value().size())});
        }
        return pts;
    };
    out.chart = newChart(courseId != 0 ? tr("Grades: %1").arg(courseName) : tr("Grades: mean over all courses"));
    QChart *chart = out.chart.get();
    auto *xAxis = dateAxis(report.from, report.to);
    chart->addAxis(xAxis, Qt::AlignBottom);
    auto *yAxis = valueAxis(tr("% of the grade scale"), 0, 100);
    chart->addAxis(yAxis, Qt::AlignLeft);
    if (!average.isEmpty())
        attach(chart,
               line(courseId != 0 ? tr("Course average") : tr("Course averages"), meanPoints(average), kAverage,
                    Qt::DashLine),
               xAxis, yAxis);
    auto *student = line(tr("Grades"), meanPoints(mine), kStudent, Qt::SolidLine, 2.5);
    student->setPointsVisible(true);
    attach(chart, student, xAxis, yAxis);
    return out;
}

ReportChart ReportCharts::pastoral(const ReportStudentReport &report)
{
    ReportChart out;
    if (!report.pastoral) {
        out.empty = tr("The pastoral picture (attendance, behaviour, 1:1 sessions and interventions) is for the "
                       "student's mentor, the lead mentor and the headteacher.");
        return out;
    }
    const bool anyBehaviour = report.behaviourAvailable && !report.behaviour.isEmpty();
    if (report.attendance.isEmpty() && !anyBehaviour && report.ratings.isEmpty()) {
        out.empty = report.behaviourAvailable
                        ? tr("No attendance, behaviour points or 1:1 session ratings recorded for this student.")
                        : tr("No attendance or 1:1 session ratings recorded for this student, and no behaviour data.");
        return out;
    }
    out.chart = newChart(report.behaviourAvailable ? tr("Pastoral: attendance, behaviour and 1:1 sessions")
                                                   : tr("Pastoral: attendance and 1:1 sessions (no behaviour data)"));
    QChart *chart = out.chart.get();
    auto *xAxis = dateAxis(report.from, report.to);
    chart->addAxis(xAxis, Qt::AlignBottom);
    auto *attendanceAxis = valueAxis(tr("Attendance %"), 0, 100);
    chart->addAxis(attendanceAxis, Qt::AlignLeft);

    // Points up (positive) and down (negative), ratings 1-5 on the same right-hand axis.
    QList<QPointF> positive, negative;
    int top = 5, bottom = 0;
    for (const ReportBehaviourWeek &w : report.behaviour) {
        positive.append({x(w.week), qreal(w.positive)});
        negative.append({x(w.week), -qreal(w.negative)});
        top = std::max(top, w.positive);
        bottom = std::min(bottom, -w.negative);
    }
    auto *pointsAxis =
        valueAxis(anyBehaviour ? tr("Points a week / 1:1 rating") : tr("1:1 rating (1-5)"), bottom, top + 1);
    chart->addAxis(pointsAxis, Qt::AlignRight);

    // The bands first, so the lines are drawn over them.
    static const QColor bands[] = {QColor(0xff, 0xd1, 0x66, 90), QColor(0x06, 0xd6, 0xa0, 70),
                                   QColor(0x11, 0x8a, 0xb2, 60), QColor(0xef, 0x47, 0x6f, 60)};
    int b = 0;
    for (const ReportInterventionSpan &span : report.interventions) {
        const QDate from = std::max(span.start, report.from);
        const QDate to = std::min(span.end, report.to);
        auto *upper = new QLineSeries;
        upper->replace(QList<QPointF>{{x(from), 100}, {x(to), 100}});
        auto *lower = new QLineSeries;
        lower->replace(QList<QPointF>{{x(from), 0}, {x(to), 0}});
        auto *area = new QAreaSeries(upper, lower);
        // A QAreaSeries never owns its boundary lines: they go with it (LeakSanitizer found them
        // leaked with every chart).
        upper->setParent(area);
        lower->setParent(area);
        area->setName(span.ongoing
                          ? tr("%1 (since %2)").arg(span.name, QLocale().toString(span.start, QLocale::ShortFormat))
                          : span.name);
        const QColor colour = bands[b++ % 4];
        area->setBrush(colour);
        area->setPen(QPen(colour.darker(130), 1));
        attach(chart, area, xAxis, attendanceAxis);
    }
    if (!report.attendance.isEmpty()) {
        QList<QPointF> pts;
        for (const ReportAttendanceWeek &a : report.attendance)
            pts.append({x(a.week), a.percent});
        attach(chart, line(tr("Attendance %"), pts, kStudent, Qt::SolidLine, 2.5), xAxis, attendanceAxis);
    }
    if (anyBehaviour) {
        auto *pos = line(tr("Positive points"), positive, kPositive, Qt::SolidLine, 1.5);
        pos->setPointsVisible(true);
        attach(chart, pos, xAxis, pointsAxis);
        auto *neg = line(tr("Negative points"), negative, kNegative, Qt::SolidLine, 1.5);
        neg->setPointsVisible(true);
        attach(chart, neg, xAxis, pointsAxis);
    }
    if (!report.ratings.isEmpty()) {
        auto *ratings = new QScatterSeries;
        ratings->setName(tr("1:1 rating"));
        ratings->setColor(kRating);
        ratings->setMarkerSize(9);
        QList<QPointF> pts;
        for (const ReportRating &r : report.ratings)
            pts.append({x(r.date), qreal(r.rating)});
        ratings->replace(pts);
        attach(chart, ratings, xAxis, pointsAxis);
    }
    return out;
}

ReportChart ReportCharts::course(const ReportCourseReport &report, int firstRow, int rows)
{
    ReportChart out;
    const int last = std::min(int(report.learners.size()), firstRow + rows);
    if (firstRow >= last) {
        out.empty = tr("No learners of this course are in your view.");
        return out;
    }
    const bool any = report.hasActivity() || report.mandatoryRate || report.gradeAverage;
    if (!any) {
        out.empty = tr("No activity, work or grades recorded for this course.");
        return out;
    }
    QStringList names;
    QList<qreal> minutes, mandatory, grades;
    auto relative = [](const std::optional<double> &v, const std::optional<double> &avg) -> qreal {
        if (!v || !avg || *avg <= 0)
            return 0;
        return *v / *avg * 100.0;
    };
    qreal top = 120;
    for (int i = firstRow; i < last; ++i) {
        const ReportCourseLearner &l = report.learners.at(i);
        names << l.name;
        minutes << relative(l.minutesPerWeek, report.minutesPerWeek);
        mandatory << relative(l.mandatoryRate, report.mandatoryRate);
        grades << relative(l.gradeAverage, report.gradeAverage);
        top = std::max({top, minutes.last(), mandatory.last(), grades.last()});
    }
    out.chart = newChart(tr("%1: learners %2-%3 of %4 against the course average (100)")
                             .arg(report.course)
                             .arg(firstRow + 1)
                             .arg(last)
                             .arg(report.learners.size()));
    QChart *chart = out.chart.get();
    auto *series = new QBarSeries;
    auto set = [&](const QString &name, const QList<qreal> &values, const QColor &colour) {
        auto *s = new QBarSet(name);
        s->append(values);
        s->setColor(colour);
        s->setBorderColor(colour);
        series->append(s);
    };
    if (report.hasActivity())
        set(tr("Minutes a week"), minutes, kStudent);
    if (report.mandatoryRate)
        set(tr("Mandatory done"), mandatory, kComms);
    if (report.gradeAverage)
        set(tr("Grade average"), grades, kRating);
    chart->addSeries(series);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(names);
    xAxis->setLabelsAngle(-90);
    xAxis->setTruncateLabels(false);
    chart->addAxis(xAxis, Qt::AlignBottom);
    auto *yAxis = valueAxis(tr("% of the course average"), 0, top * 1.05);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    auto *avgLine = new QLineSeries;
    avgLine->setName(tr("Course average"));
    QPen pen(kTrend);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    avgLine->setPen(pen);
    // A line across the category axis: categories run from -0.5 to n - 0.5.
    auto *lineAxis = new QValueAxis;
    lineAxis->setRange(-0.5, names.size() - 0.5);
    lineAxis->setVisible(false);
    chart->addAxis(lineAxis, Qt::AlignTop);
    avgLine->replace(QList<QPointF>{{-0.5, 100}, {names.size() - 0.5, 100}});
    attach(chart, avgLine, lineAxis, yAxis);
    return out;
}

} // namespace md::ui
