// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/ReportData.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace md {

class Database;
class Session;

// One learner's row of the course-centric view.
struct ReportCourseLearner
{
    qint64 studentId = 0;
    QString name; // "Surname, Forename"
    QString tutorGroup;
    std::optional<double> minutesPerWeek;  // over the course's recorded weeks
    std::optional<double> messagesPerWeek; // messages and discussion posts
    std::optional<double> mandatoryRate;   // 0-100
    std::optional<double> optionalRate;
    std::optional<double> gradeAverage; // 0-100
    QString latestGrade;                // as written
};

// A course's learners (those the user may see) against the course's averages (over every
// enrolled learner, whoever looks).
struct ReportCourseReport
{
    qint64 courseId = 0;
    QString course;
    int enrolled = 0;
    int weeks = 0; // weeks with any activity on the course
    std::optional<double> minutesPerWeek;
    std::optional<double> messagesPerWeek;
    std::optional<double> mandatoryRate;
    std::optional<double> optionalRate;
    std::optional<double> gradeAverage;
    QList<ReportCourseLearner> learners;

    bool hasActivity() const { return weeks > 0; }
};

// Reads the 360° reports, checking the user's scope first (ReportScope).
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(md::ReportStore)
public:
    explicit ReportStore(const Database &db) : m_db(db) {}

    // The student's report from `from` to `to` (a school year: see defaultFrom()).
    Result<ReportStudentReport> student(const Session &session, qint64 studentId, const QDate &from,
                                        const QDate &to) const;
    Result<ReportCourseReport> course(const Session &session, qint64 courseId) const;

    // The Monday 52 weeks before `today`'s week: a full year of weeks up to today.
    static QDate defaultFrom(const QDate &today);
    // "Met", "Partly met", "Not met", "Ended early" for an interventions.outcome value.
    static QString outcomeText(const QString &stored);

private:
    const Database &m_db;
};

} // namespace md
