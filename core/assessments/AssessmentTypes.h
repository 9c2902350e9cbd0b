// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

// Where a course's assessments are in the approval workflow (reference 000 §3.2): the teacher
// assesses (not started, in progress) and marks them complete; the headteacher approves them or
// returns the course to the teacher with a comment.
enum class AssessmentStage
{
    NotStarted,
    InProgress,
    Complete,
    Approved,
    Returned,
};
QString toCode(AssessmentStage stage);
std::optional<AssessmentStage> assessmentStageFromCode(const QString &code);
QString assessmentStageLabel(AssessmentStage stage);
QList<AssessmentStage> allAssessmentStages();

// A term that courses are assessed in. Completing it locks every assessment in it.
struct AssessmentTerm
{
    qint64 id = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;
    QString completedAt; // empty while open

    bool isComplete() const { return !completedAt.isEmpty(); }
};

// One course of a term as the approval queue shows it.
struct CourseApproval
{
    qint64 courseId = 0;
    QString courseName;
    QString subject;
    int yearGroup = 0;
    QList<qint64> teacherIds;
    QStringList teacherNames;
    int enrolled = 0;
    int assessed = 0; // students with a grade
    AssessmentStage stage = AssessmentStage::NotStarted;
    QString returnComment;
    QString lastReminderAt; // the latest reminder sent for this course, if any

    // The headteacher reminds the teachers of courses not yet complete.
    bool needsReminder() const
    {
        return stage == AssessmentStage::NotStarted || stage == AssessmentStage::InProgress ||
               stage == AssessmentStage::Returned;
    }
};

// One student's assessment on a course.
struct CourseAssessment
{
    qint64 courseId = 0;
    QString courseName;
    qint64 studentId = 0;
    QString studentName; // "Surname, Forename"
    QString studentUpn;
    QString grade; // empty: not assessed yet
    QString comment;
    int rowVersion = 0; // 0: no grade or comment saved yet
};

// A reminder sent to one teacher about the courses they had not completed.
struct AssessmentReminder
{
    qint64 teacherId = 0;
    QString teacherName;
    QString teacherEmail;
    QStringList courses;
    QString message;
    QString sentAt;
};

// Which stages of the workflow the school requires (an administrator's setting).
struct AssessmentWorkflow
{
    // The teacher marks a course complete before the headteacher may approve or return it.
    bool requireTeacherCompletion = true;
    // Every course of a term is approved before the term may be completed.
    bool requireApproval = true;
};

} // namespace md
