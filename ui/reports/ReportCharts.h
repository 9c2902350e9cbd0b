// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportData.h"
#include "reports/ReportStore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

#include <QChart>

namespace md::ui {

// A chart ready to show, or the sentence that says there is nothing to draw (never a blank chart
// or a line of zeros).
struct ReportChart
{
    std::unique_ptr<QChart> chart; // null when empty
    QString empty;                 // "No activity recorded for this course."
    bool isEmpty() const { return chart == nullptr; }
};

// Builds the 360° report's QtCharts from the core's data. Series are filled with replace(), never
// point by point (DESIGN.md: appending is quadratic).
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(md::ui::ReportCharts)
public:
    // Minutes per week (the course's, or all courses' summed when courseId is 0) against the class
    // average, the trend line, and messages and posts on a second axis.
    static ReportChart activity(const ReportStudentReport &report, qint64 courseId = 0);
    // Mandatory and optional completion per course against the class averages.
    static ReportChart progress(const ReportStudentReport &report);
    // Grades over time against the course average (courseId 0: the mean over the courses).
    static ReportChart grades(const ReportStudentReport &report, qint64 courseId = 0);
    // Attendance %, behaviour points per week, 1:1 ratings, and each intervention as a band.
    static ReportChart pastoral(const ReportStudentReport &report);
    // The course view's page of learners as % of the course average (100 = the average).
    static ReportChart course(const ReportCourseReport &report, int firstRow, int rows);
};

} // namespace md::ui
