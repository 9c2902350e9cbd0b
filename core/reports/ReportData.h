// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace md {

// The plain data of the 360° reports, loaded by ReportStore and shown by the models and charts.
// Weeks are identified by their Monday.

// One value on a date: a point of a chart line.
struct ReportPoint
{
    QDate date;
    double value = 0;
};

// A named line of points in date order.
struct ReportSeries
{
    QString name;
    QList<ReportPoint> points;

    bool isEmpty() const { return points.isEmpty(); }
    // The mean of the values; nothing for an empty series.
    std::optional<double> mean() const;
    // The least-squares slope in value per week (needs two points on different dates).
    std::optional<double> slopePerWeek() const;
};

// The Monday of the week `date` falls in.
QDate reportWeekStart(const QDate &date);

struct ReportActivityWeek
{
    QDate week;
    int minutes = 0;
    int messages = 0;
    int posts = 0;
};

// The course's average learner that week (over every enrolled learner).
struct ReportCourseWeek
{
    QDate week;
    double minutes = 0;
    double messages = 0;
    double posts = 0;
};

// A student's activity on one course, and the course's averages over the same year.
struct ReportActivityCourse
{
    qint64 courseId = 0;
    QString course;
    QList<ReportActivityWeek> weeks;     // the student's weeks with a record
    QList<ReportCourseWeek> courseWeeks; // every week the course has any record
    bool hasData() const { return !weeks.isEmpty(); }
    int totalMinutes() const;
    int totalMessages() const; // messages and discussion posts
};

// A student's work on one course against the class averages (rates 0-100).
struct ReportProgressCourse
{
    qint64 courseId = 0;
    QString course;
    int mandatoryTotal = 0;
    int mandatoryDone = 0;
    int optionalTotal = 0;
    int optionalDone = 0;
    int overdue = 0; // mandatory work past its due date and not completed
    int minutesOnline = 0;
    std::optional<double> classMandatoryRate;
    std::optional<double> classOptionalRate;
    std::optional<double> classMinutesOnline;

    bool hasData() const { return mandatoryTotal + optionalTotal > 0; }
    std::optional<double> mandatoryRate() const;
    std::optional<double> optionalRate() const;
};

struct ReportGrade
{
    QDate date;
    QString grade; // as the file wrote it
    double percent = 0;
    std::optional<double> courseAverage;
};

struct ReportGradesCourse
{
    qint64 courseId = 0;
    QString course;
    QList<ReportGrade> grades;
    QList<ReportPoint> courseAverages; // every grading date of the course
    bool hasData() const { return !grades.isEmpty(); }
};

struct ReportAttendanceWeek
{
    QDate week;
    double percent = 0;
};

struct ReportBehaviourWeek
{
    QDate week;
    int positive = 0; // points, 0 or more
    int negative = 0; // points, 0 or more (the size of the negative total)
};

struct ReportRating
{
    QDate date;
    int rating = 0; // 1-5
};

// An intervention drawn as a band from start to end (today while it runs).
struct ReportInterventionSpan
{
    qint64 id = 0;
    QString name;
    QDate start;
    QDate end;
    bool ongoing = false;
    QString outcome; // translated, empty while it runs
};

// The whole 360° report of one student over [from, to].
struct ReportStudentReport
{
    qint64 studentId = 0;
    QString studentName;
    QString yearAndGroup;
    QDate from;
    QDate to;
    bool allCourses = true; // false: a teacher sees only the courses they teach
    bool pastoral = true;   // the Pastoral tab is for mentors, the lead mentor and the headteacher
    QList<ReportActivityCourse> activity;
    QList<ReportProgressCourse> progress;
    QList<ReportGradesCourse> grades;
    std::optional<double> attendanceFigure; // the MIS's figure for the year so far
    QList<ReportAttendanceWeek> attendance;
    bool behaviourAvailable = false; // false until the behaviour log exists in this database
    QList<ReportBehaviourWeek> behaviour;
    QList<ReportRating> ratings;
    QList<ReportInterventionSpan> interventions;

    bool hasActivity() const;
    bool hasProgress() const;
    bool hasGrades() const;
};

} // namespace md
