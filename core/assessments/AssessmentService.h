// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessments/AssessmentTypes.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace md {

class AuditLog;
class Database;
class Session;

// Terms, course assessments and their approval workflow (reference 000 §3.2): the teacher grades
// each student on the course's scale and marks the course complete; the headteacher approves it
// or returns it with a comment (the teacher may then edit again); the headteacher reminds the
// teachers who have not completed, and completing the term locks every assessment in it — this
// service refuses any change after that, whoever asks. Which stages are required is an
// administrator's workflow setting.
class AssessmentService
{
    Q_DECLARE_TR_FUNCTIONS(md::AssessmentService)
public:
    explicit AssessmentService(Database &db) : m_db(db) {}

    // --- terms ---------------------------------------------------------------------------------
    Result<QList<AssessmentTerm>> terms() const;
    Result<AssessmentTerm> term(qint64 id) const;
    Result<AssessmentTerm> findTerm(const QString &name) const;
    // The term holding `date`, or else the latest that started before it; nullopt with no terms.
    Result<std::optional<AssessmentTerm>> currentTerm(const QDate &date = QDate::currentDate()) const;
    Result<qint64> createTerm(const Session &session, const QString &name, const QDate &startsOn, const QDate &endsOn);
    // Renames a term or moves its dates (terms never overlap). A completed term is locked.
    Status updateTerm(const Session &session, qint64 termId, const QString &name, const QDate &startsOn,
                      const QDate &endsOn);
    // Deletes a term no course is linked to and that is not complete.
    Status deleteTerm(const Session &session, qint64 termId);
    // Makes a term the current one whatever the date (0: the term holding today, the default).
    // The approval queue and the teachers' assessments open on the current term.
    Status setCurrentTerm(const Session &session, qint64 termId);
    // The term chosen as current, or 0 when the date decides.
    qint64 chosenCurrentTerm() const;
    // How many courses each term has (terms without courses are absent).
    Result<QHash<qint64, int>> courseCounts() const;
    Status setCourseTerm(const Session &session, qint64 courseId, qint64 termId);
    // The grades a course awards, best first.
    Result<QStringList> gradingScale(qint64 courseId) const;
    Status setGradingScale(const Session &session, qint64 courseId, const QStringList &grades);

    // --- assessing -----------------------------------------------------------------------------
    // The courses the session teaches in the term (id, name), for a teacher's assessment screen.
    Result<QList<std::pair<qint64, QString>>> taughtCourses(const Session &session, qint64 termId) const;
    // Every student enrolled on the course with their grade so far (the session's reach only).
    Result<QList<CourseAssessment>> roster(const Session &session, qint64 courseId) const;
    // Grades one student (an empty grade clears it). With `expectedVersion` (the rowVersion the
    // editor read; 0: none saved yet) a grade or comment saved meanwhile by a co-teacher is a stale
    // write (a RecordConflict showing both) instead of being overwritten; without it (imports,
    // scripts) the grade is written whatever is stored.
    Status setAssessment(const Session &session, qint64 courseId, qint64 studentId, const QString &grade,
                         const QString &comment, std::optional<int> expectedVersion = std::nullopt);
    // The stored row version of one student's assessment (0: none saved yet).
    Result<int> assessmentVersion(qint64 courseId, qint64 studentId) const;
    Result<AssessmentStage> stage(qint64 courseId) const;
    // The headteacher's comment when the course was returned (empty otherwise).
    Result<QString> returnComment(const Session &session, qint64 courseId) const;
    // The teacher marks the course's assessments complete (every student needs a grade).
    Status markComplete(const Session &session, qint64 courseId);

    // --- approval (headteacher) -----------------------------------------------------------------
    Result<QList<CourseApproval>> queue(const Session &session, qint64 termId) const;
    Status approve(const Session &session, qint64 courseId);
    Status returnCourse(const Session &session, qint64 courseId, const QString &comment);
    // The teachers of the term's courses that are not complete, one entry per teacher, with the
    // message they would get (nothing is recorded).
    Result<QList<AssessmentReminder>> remindersDue(const Session &session, qint64 termId) const;
    // Records a reminder to each of those teachers (one row per course and teacher) and returns
    // them, for printing as a list and copying into email.
    Result<QList<AssessmentReminder>> sendReminders(const Session &session, qint64 termId, const QString &message = {});
    // Reminders already sent in the term, newest first.
    Result<QList<AssessmentReminder>> sentReminders(const Session &session, qint64 termId) const;
    // The default text of a reminder.
    static QString reminderText(const QString &termName, const QStringList &courses);
    // Locks every assessment of the term.
    Status completeTerm(const Session &session, qint64 termId);

    // --- a student's grades (record, letters) ---------------------------------------------------
    Result<QList<CourseAssessment>> studentGrades(const Session &session, qint64 studentId, qint64 termId) const;

    // --- workflow settings ----------------------------------------------------------------------
    AssessmentWorkflow workflow() const;
    Status setWorkflow(const Session &session, const AssessmentWorkflow &workflow);
    static inline const QString kRequireCompletion = QStringLiteral("assessments.require_completion");
    static inline const QString kRequireApproval = QStringLiteral("assessments.require_approval");
    static inline const QString kCurrentTerm = QStringLiteral("assessments.current_term");

    static constexpr int kMaxCommentLength = 1000;
    static constexpr int kMaxGrades = 30;

private:
    struct CourseState
    {
        qint64 termId = 0;
        QString termName;
        bool termComplete = false;
        AssessmentStage stage = AssessmentStage::NotStarted;
        int rowVersion = 0;
    };
    Result<CourseState> courseState(qint64 courseId) const;
    Error staleAssessment(qint64 courseId, qint64 studentId, const QString &grade, const QString &comment,
                          int version) const;
    // Name, dates and no overlap with another term (excluding `termId` itself).
    Status checkTerm(qint64 termId, const QString &name, const QDate &startsOn, const QDate &endsOn) const;
    Result<bool> teaches(const Session &session, qint64 courseId) const;
    Status setStage(const Session &session, qint64 courseId, AssessmentStage from, AssessmentStage to,
                    const QString &comment = {});

    Database &m_db;
};

} // namespace md
