// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentoring/MentoringRecords.h"

#include <QCoreApplication>
#include <QList>

namespace md {

class Database;
class Session;

// SMART targets agreed by mentor and student (reference 004, Appendix 2, step 4): each with its
// specific, measurable, achievable, relevant and time-bound parts, a due date, the smaller steps
// it is broken into, a status and progress notes. When a target is met the student "should be
// encouraged to develop a new target": setStatus says so, and a new target can name the one it
// follows.
class TargetStore
{
    Q_DECLARE_TR_FUNCTIONS(md::TargetStore)
public:
    explicit TargetStore(Database &db) : m_db(db) {}

    Result<qint64> add(const Session &session, const SmartTarget &target);
    // Saves the target's wording, steps and dates (not its status); refuses a stale rowVersion
    // with an Error carrying both versions (RecordConflicts::of).
    Status update(const Session &session, const SmartTarget &target);
    // Returns true when the target was met, so a new target should be set.
    Result<bool> setStatus(const Session &session, qint64 targetId, TargetStatus status, const QDate &on);
    Result<qint64> addProgress(const Session &session, qint64 targetId, const QDate &on, const QString &note);

    Result<SmartTarget> get(const Session &session, qint64 targetId) const;
    // Active targets first, then the rest, newest first.
    Result<QList<SmartTarget>> forStudent(const Session &session, qint64 studentId) const;
    Result<QList<TargetProgress>> progress(const Session &session, qint64 targetId) const;

    // Every problem with a target, each naming the part ("Measurable is blank").
    static QStringList problems(const SmartTarget &target);

private:
    Error staleTarget(const Session &session, const SmartTarget &mine) const;
    Result<qint64> studentOf(qint64 targetId) const;

    Database &m_db;
};

} // namespace md
