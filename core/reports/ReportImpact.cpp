// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportImpact.h"

#include <QMap>

#include <algorithm>

namespace md {

namespace {

using Window = ReportImpact::Window;

bool inWindow(const Window &w, const QDate &d)
{
    return w.isValid() && d >= w.from && d <= w.to;
}

// The mean of the weekly values whose Monday is in the window.
template <typename T, typename F> std::optional<double> weeklyMean(const QList<T> &weeks, const Window &w, F value)
{
    double sum = 0;
    int n = 0;
    for (const T &week : weeks) {
        if (inWindow(w, week.week)) {
            sum += value(week);
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

// Points per week: the sum over the window divided by its weeks.
std::optional<double> perWeek(const QList<ReportBehaviourWeek> &weeks, const Window &w, bool positive)
{
    if (!w.isValid() || w.weeks() == 0)
        return std::nullopt;
    double sum = 0;
    for (const ReportBehaviourWeek &week : weeks)
        if (inWindow(w, week.week))
            sum += positive ? week.positive : week.negative;
    return sum / w.weeks();
}

} // namespace

int ReportImpact::Window::weeks() const
{
    if (!isValid())
        return 0;
    int n = 0;
    for (QDate d = reportWeekStart(from); d <= to; d = d.addDays(7))
        if (d >= from)
            ++n;
    return n;
}

std::optional<double> ReportImpactRow::change() const
{
    if (!before)
        return std::nullopt;
    if (after)
        return *after - *before;
    if (during)
        return *during - *before;
    return std::nullopt;
}

ReportImpact::Windows ReportImpact::windows(const ReportInterventionSpan &span, const QDate &today)
{
    Windows w;
    const QDate startWeek = reportWeekStart(span.start);
    const QDate end = span.ongoing ? today : std::min(reportWeekStart(span.end).addDays(6), today);
    w.before = {startWeek.addDays(-7 * kWindowWeeks), startWeek.addDays(-1)};
    w.during = {startWeek, std::max(end, startWeek)};
    const QDate afterStart = reportWeekStart(span.end).addDays(7);
    if (!span.ongoing && afterStart <= today)
        w.after = {afterStart, std::min(afterStart.addDays(7 * kWindowWeeks - 1), today)};
    return w;
}

QString ReportImpact::measureName(ReportImpactRow::Measure measure)
{
    switch (measure) {
    case ReportImpactRow::Measure::Attendance:
        return tr("Attendance (%)");
    case ReportImpactRow::Measure::PositivePoints:
        return tr("Positive points per week");
    case ReportImpactRow::Measure::NegativePoints:
        return tr("Negative points per week");
    case ReportImpactRow::Measure::SessionRating:
        return tr("1:1 session rating (1-5)");
    case ReportImpactRow::Measure::ActivityMinutes:
        return tr("Minutes in courses per week");
    case ReportImpactRow::Measure::GradePercent:
        return tr("Grades (% of scale)");
    }
    return {};
}

QList<ReportImpactRow> ReportImpact::compute(const ReportStudentReport &report, const QDate &today)
{
    // Minutes per week over all the student's courses.
    QMap<QDate, int> minutes;
    for (const ReportActivityCourse &c : report.activity)
        for (const ReportActivityWeek &w : c.weeks)
            minutes[w.week] += w.minutes;
    QList<ReportActivityWeek> allMinutes;
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it)
        allMinutes.append({it.key(), it.value(), 0, 0});

    QList<ReportImpactRow> rows;
    for (const ReportInterventionSpan &span : report.interventions) {
        const Windows w = windows(span, today);
        const Window *all[] = {&w.before, &w.during, &w.after};
        auto row = [&](ReportImpactRow::Measure m, const std::function<std::optional<double>(const Window &)> &f) {
            ReportImpactRow r;
            r.interventionId = span.id;
            r.intervention = span.name;
            r.measure = m;
            r.before = f(*all[0]);
            r.during = f(*all[1]);
            r.after = f(*all[2]);
            rows.append(r);
        };
        row(ReportImpactRow::Measure::Attendance, [&](const Window &win) {
            return weeklyMean(report.attendance, win, [](const ReportAttendanceWeek &a) { return a.percent; });
        });
        if (report.behaviourAvailable) {
            row(ReportImpactRow::Measure::PositivePoints,
                [&](const Window &win) { return perWeek(report.behaviour, win, true); });
            row(ReportImpactRow::Measure::NegativePoints,
                [&](const Window &win) { return perWeek(report.behaviour, win, false); });
        }
        row(ReportImpactRow::Measure::SessionRating, [&](const Window &win) -> std::optional<double> {
            double sum = 0;
            int n = 0;
            for (const ReportRating &r : report.ratings)
                if (inWindow(win, r.date)) {
                    sum += r.rating;
                    ++n;
                }
            return n ? std::optional<double>(sum / n) : std::nullopt;
        });
        row(ReportImpactRow::Measure::ActivityMinutes, [&](const Window &win) {
            return weeklyMean(allMinutes, win, [](const ReportActivityWeek &a) { return double(a.minutes); });
        });
        row(ReportImpactRow::Measure::GradePercent, [&](const Window &win) -> std::optional<double> {
            double sum = 0;
            int n = 0;
            for (const ReportGradesCourse &c : report.grades)
                for (const ReportGrade &g : c.grades)
                    if (inWindow(win, g.date)) {
                        sum += g.percent;
                        ++n;
                    }
            return n ? std::optional<double>(sum / n) : std::nullopt;
        });
    }
    return rows;
}

} // namespace md
