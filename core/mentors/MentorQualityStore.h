// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Permissions.h"
#include "common/Result.h"
#include "mentors/MentorQuality.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace md {

class Database;
class Session;

// Reads and writes the quality-assurance records of the mentoring team. The lead mentor (and
// the headteacher) record supervision, observations and reviews for anyone; a mentor sees their
// own records and may log their own CPD and their own students' feedback. The lead mentor edits
// the observation checklist.
class MentorQualityStore
{
    Q_DECLARE_TR_FUNCTIONS(md::MentorQualityStore)
public:
    explicit MentorQualityStore(Database &db) : m_db(db) {}

    Result<qint64> addDevelopment(const Session &session, const DevelopmentRecord &record, const QDate &today);
    // Newest first.
    Result<QList<DevelopmentRecord>> development(const Session &session, qint64 mentorId) const;

    // The checklist's items in order.
    Result<QStringList> checklist() const;
    Status setChecklist(const Session &session, const QStringList &items);

    Result<qint64> addObservation(const Session &session, const Observation &observation, const QDate &today);
    Result<QList<Observation>> observations(const Session &session, qint64 mentorId) const;

    Result<qint64> addFeedback(const Session &session, const LearnerFeedback &feedback, const QDate &today);
    Result<QList<LearnerFeedback>> feedback(const Session &session, qint64 mentorId) const;
    // The students who may give feedback about the mentor: in their group now, not left, and
    // within the session's reach. Pairs of student id and name, by surname.
    Result<QList<std::pair<qint64, QString>>> feedbackStudents(const Session &session, qint64 mentorId) const;

    // One review per mentor per term: saving again replaces it.
    // With `expectedVersion` (the review's row version as the editor read it; 0 when there was no
    // review for the term yet), a review saved at another desk meanwhile is a RecordConflict
    // showing both versions, never overwritten.
    Result<qint64> saveReview(const Session &session, const PerformanceReviewRecord &review, const QDate &today,
                              std::optional<int> expectedVersion = std::nullopt);
    Result<std::optional<PerformanceReviewRecord>> review(const Session &session, qint64 mentorId,
                                                          const ReviewTerm &term) const;

    // For the team view: each mentor's last supervision on or before `today`, and CPD hours
    // between `from` and `today`.
    struct TeamSummary
    {
        QDate lastSupervision;
        double cpdHours = 0;
    };
    Result<QHash<qint64, TeamSummary>> teamSummary(const Session &session, const QDate &from, const QDate &today) const;

    static constexpr int kMaxChecklistItem = 300;

private:
    // The conflict of a review saved at another desk after the editor read it (version `yourVersion`).
    Error staleReview(const PerformanceReviewRecord &mine, const PerformanceReviewRecord &stored, int yourVersion) const;
    // OK when the session may do `action` for this mentor's records: everyone's with
    // organisation scope, or their own with the mentor's scope.
    Status requireFor(const Session &session, Action action, qint64 mentorId) const;
    Status requireMentor(qint64 mentorId) const;

    Database &m_db;
};

} // namespace md
