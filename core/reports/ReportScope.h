// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

namespace md {

class Database;
class Session;

// What a user may see of one student's 360° report (reference 000: "Teacher-level 360° report
// access is scoped to individual courses. Mentor and headteacher 360° report access covers
// assigned learners across all their courses").
struct ReportAccess
{
    bool allCourses = false; // every course the student is on
    QList<qint64> courseIds; // otherwise only these (the teacher's courses the student is on)
    bool pastoral = false;   // attendance, behaviour, 1:1 ratings and interventions
};

// A course the user may open in the course-centric view.
struct ReportCourseRef
{
    qint64 id = 0;
    QString name;
    int yearGroup = 0;
    int learners = 0; // the learners of the course the user may see
};

class ReportScope
{
    Q_DECLARE_TR_FUNCTIONS(md::ReportScope)
public:
    // Forbidden unless the user may see reports and the student is in their scope.
    static Result<ReportAccess> forStudent(const Database &db, const Session &session, qint64 studentId);
    // The courses of the course-centric view: a teacher's courses, the courses a mentor's
    // learners are on, every course for the organisation; by year group then name.
    static Result<QList<ReportCourseRef>> courses(const Database &db, const Session &session);

    // Which learners of a course the user may see in the course view, as an SQL condition on a
    // course aliased `c` and a student aliased `s`, with its bound values: a course's teacher sees
    // all its learners, a mentor their assigned learners on it, the organisation everyone.
    struct Condition
    {
        QString sql;
        QVariantList binds;
    };
    static Condition learnersCondition(const Session &session);
};

} // namespace md
