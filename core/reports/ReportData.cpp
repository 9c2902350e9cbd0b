// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportData.h"

#include <algorithm>

namespace md {

std::optional<double> ReportSeries::mean() const
{
    if (points.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (const ReportPoint &p : points)
        sum += p.value;
    return sum / double(points.size());
}

std::optional<double> ReportSeries::slopePerWeek() const
{
    if (points.size() < 2)
        return std::nullopt;
    const QDate origin = points.first().date;
    double sx = 0, sy = 0;
    for (const ReportPoint &p : points) {
        sx += origin.daysTo(p.date) / 7.0;
        sy += p.value;
    }
    const double n = double(points.size());
    const double mx = sx / n;
    const double my = sy / n;
    double sxx = 0, sxy = 0;
    for (const ReportPoint &p : points) {
        const double dx = origin.daysTo(p.date) / 7.0 - mx;
        sxx += dx * dx;
        sxy += dx * (p.value - my);
    }
    if (sxx <= 0)
        return std::nullopt;
    return sxy / sxx;
}

QDate reportWeekStart(const QDate &date)
{
    return date.isValid() ? date.addDays(1 - date.dayOfWeek()) : QDate();
}

int ReportActivityCourse::totalMinutes() const
{
    int total = 0;
    for (const ReportActivityWeek &w : weeks)
        total += w.minutes;
    return total;
}

int ReportActivityCourse::totalMessages() const
{
    int total = 0;
    for (const ReportActivityWeek &w : weeks)
        total += w.messages + w.posts;
    return total;
}

std::optional<double> ReportProgressCourse::mandatoryRate() const
{
    if (mandatoryTotal <= 0)
        return std::nullopt;
    return 100.0 * mandatoryDone / mandatoryTotal;
}

std::optional<double> ReportProgressCourse::optionalRate() const
{
    if (optionalTotal <= 0)
        return std::nullopt;
    return 100.0 * optionalDone / optionalTotal;
}

bool ReportStudentReport::hasActivity() const
{
    return std::any_of(activity.cbegin(), activity.cend(), [](const auto &c) { return c.hasData(); });
}

bool ReportStudentReport::hasProgress() const
{
    return std::any_of(progress.cbegin(), progress.cend(), [](const auto &c) { return c.hasData(); });
}

bool ReportStudentReport::hasGrades() const
{
    return std::any_of(grades.cbegin(), grades.cend(), [](const auto &c) { return c.hasData(); });
}

} // namespace md
