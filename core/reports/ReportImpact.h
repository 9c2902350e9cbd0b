// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace md {

// One measure before, during and after an intervention: the evidence the hub weighs (reference
// 004, step 5: "review progress and evaluate impact" with attendance and behaviour points).
struct ReportImpactRow
{
    enum class Measure
    {
        Attendance,      // mean weekly attendance %
        PositivePoints,  // behaviour points per week
        NegativePoints,  // behaviour points per week
        SessionRating,   // mean 1:1 rating (1-5)
        ActivityMinutes, // minutes in courses per week (all courses)
        GradePercent,    // mean grade on 0-100
    };

    qint64 interventionId = 0;
    QString intervention;
    Measure measure = Measure::Attendance;
    std::optional<double> before;
    std::optional<double> during;
    std::optional<double> after;

    // After minus before; during minus before while there is no "after" yet.
    std::optional<double> change() const;
    // Whether a rise in the measure is good news (not for negative points).
    bool higherIsBetter() const { return measure != Measure::NegativePoints; }
};

// The windows around an intervention, in whole weeks (Monday to Sunday): the kWindowWeeks weeks
// before the week it started, from that week to its end (today while it runs; the week it ended
// included), and the kWindowWeeks weeks after, never beyond `today`. Weekly figures belong to the
// window their Monday falls in; dated ones (ratings, grades) by their date.
// Behaviour points per week divide the points in a window by its number of weeks (a week without
// events is a week of no points), once the behaviour log exists.
class ReportImpact
{
    Q_DECLARE_TR_FUNCTIONS(md::ReportImpact)
public:
    static constexpr int kWindowWeeks = 6;

    struct Window
    {
        QDate from; // inclusive
        QDate to;   // inclusive
        bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
        int weeks() const; // Mondays from `from` to `to`
    };
    struct Windows
    {
        Window before;
        Window during;
        Window after;
    };

    static Windows windows(const ReportInterventionSpan &span, const QDate &today);
    // Every measure for every intervention of the report, in the report's order.
    static QList<ReportImpactRow> compute(const ReportStudentReport &report, const QDate &today);
    static QString measureName(ReportImpactRow::Measure measure);
};

} // namespace md
