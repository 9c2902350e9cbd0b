// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentoring/MentoringRecords.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace md {

class AuditLog;
class Database;
class Session;

// A student's 1:1 case (opened when mentoring starts, with its action plan and review date) and
// the intervention's objectives. A student on a mentor's caseload always has a case: until
// something is written to it, it is implied by their mentoring group (id 0).
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(md::CaseStore)
public:
    explicit CaseStore(Database &db) : m_db(db) {}

    // The student's open case, or the one implied by their mentoring group; NotFound when the
    // student has neither.
    Result<MentoringCase> current(const Session &session, qint64 studentId) const;
    // Stores the implied case if needed and returns its id. The caller may hold a Transaction.
    Result<qint64> ensureOpen(const Session &session, qint64 studentId);
    // Step 3: the action plan and when progress will be reviewed (step 5).
    // With `expectedVersion` (the case's rowVersion when the editor opened it; 0 when there was no
    // case yet), a plan someone else saved since is refused as a stale write (RecordConflicts::of).
    Status setPlan(const Session &session, qint64 studentId, const QString &actionPlan, const QDate &reviewOn,
                   std::optional<int> expectedVersion = std::nullopt);
    // Links the case to the referral capability's intervention (or unlinks it).
    Status linkIntervention(const Session &session, qint64 studentId, std::optional<qint64> interventionId);
    Status close(const Session &session, qint64 studentId, const QDate &on);

    Result<qint64> addObjective(const Session &session, const Objective &objective);
    Status setObjectiveStatus(const Session &session, qint64 objectiveId, ObjectiveStatus status, const QDate &on);
    Result<QList<Objective>> objectives(const Session &session, qint64 studentId) const;

    // Reference 004: a plan holds up to three objectives.
    static constexpr int kMaxActiveObjectives = 3;

private:
    Result<MentoringCase> read(qint64 studentId) const;
    Result<qint64> ensureOpenUnchecked(AuditLog &audit, qint64 studentId);

    Database &m_db;
};

} // namespace md
