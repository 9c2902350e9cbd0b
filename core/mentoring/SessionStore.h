// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentoring/MentoringRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <tuple>

namespace md {

class AuditLog;
class Database;
class Session;

struct NewSession
{
    qint64 studentId = 0;
    QDate date;
    int period = 0;
    std::optional<SessionFocus> focus;
    qint64 targetId = 0;
    QString plan;
    QString subject;    // empty: the lesson in the student's timetable then
    qint64 mentorId = 0; // 0: the student's current mentor
    bool fromScheduler = false;
    std::optional<qint64> interventionId;
};

// What the editor autosaved of one field, before it was committed to the session.
struct SessionDraft
{
    QString text;
    QDateTime savedAt;
};

// 1:1 sessions (reference 004, "Mentoring Sessions"): planned with a focus linked to a target,
// recorded in three parts, marked attended, missed or rescheduled with a reason.
//
// The editor autosaves what the mentor types as drafts (saveDrafts, at most a second behind) so a
// crash loses nothing; commitDrafts moves them into the session record with one audit row per
// changed field. Drafts belong to their author and are restored when they reopen the session.
class SessionStore
{
    Q_DECLARE_TR_FUNCTIONS(md::SessionStore)
public:
    explicit SessionStore(Database &db) : m_db(db) {}

    Result<qint64> plan(const Session &session, const NewSession &s);
    // With `expectedVersion` (the session's rowVersion when the editor opened it) a session saved
    // meanwhile at another desk is refused as a RecordConflict carrying both versions, never
    // overwritten; save again at the stored version to overwrite. Without it, no check.
    Status updatePlan(const Session &session, qint64 sessionId, std::optional<SessionFocus> focus, qint64 targetId,
                      const QString &plan, std::optional<int> expectedVersion = std::nullopt,
                      int *writtenVersion = nullptr);
    // The student's 1-5 rating of their week (Review the past); nothing clears it.
    Status setRating(const Session &session, qint64 sessionId, std::optional<int> rating,
                     std::optional<int> expectedVersion = std::nullopt, int *writtenVersion = nullptr);
    // Saves the record's texts (audited per changed field). A planned session on or before today
    // that now has a record is marked attended.
    Status saveRecord(const Session &session, qint64 sessionId, const QHash<SessionField, QString> &texts);
    // Attended, missed (reason required), cancelled (reason required) or back to planned. With
    // expectedVersion, a session saved elsewhere since is a stale write showing both versions.
    // *writtenVersion (when given) receives the row_version this save left, so an editor carries on
    // from its own save rather than re-reading (which could take on another desk's save unseen).
    Status setStatus(const Session &session, qint64 sessionId, SessionStatus status, const QString &reason,
                     std::optional<int> expectedVersion = std::nullopt, int *writtenVersion = nullptr);
    // Marks the session rescheduled (reason required) and plans its replacement; returns the new id.
    Result<qint64> reschedule(const Session &session, qint64 sessionId, const QString &reason, const QDate &date, int period);

    Result<MentoringSession> get(const Session &session, qint64 sessionId) const;
    // Newest first.
    Result<QList<MentoringSession>> forStudent(const Session &session, qint64 studentId) const;
    // Sessions in [from, to] of the students in the session's scope, of one mentor when given.
    Result<QList<MentoringSession>> between(const Session &session, std::optional<qint64> mentorId, const QDate &from,
                                            const QDate &to) const;

    // Autosave: stores the fields' current text for the signed-in author, replacing earlier drafts.
    Status saveDrafts(const Session &session, qint64 sessionId, const QHash<SessionField, QString> &texts);
    Result<QHash<SessionField, SessionDraft>> drafts(const Session &session, qint64 sessionId) const;
    // Moves the author's drafts into the record; returns how many fields changed. With
    // `expectedVersion` a record saved at another desk since is refused (RecordConflict) and the
    // drafts are kept.
    Result<int> commitDrafts(const Session &session, qint64 sessionId, std::optional<int> expectedVersion = std::nullopt);
    Status discardDrafts(const Session &session, qint64 sessionId);

    // For the scheduler's apply and the demo school, inside their Transaction (no permission check).
    Result<qint64> planUnchecked(AuditLog &audit, const NewSession &s);
    Status moveUnchecked(AuditLog &audit, qint64 sessionId, const QDate &date, int period, const QString &subject,
                         const QString &brokenRules);
    Status saveRecordUnchecked(AuditLog &audit, const MentoringSession &before, const QHash<SessionField, QString> &texts,
                               const QDate &today);
    Status setStatusUnchecked(AuditLog &audit, const MentoringSession &before, SessionStatus status, const QString &reason);
    Result<qint64> rescheduleUnchecked(AuditLog &audit, const MentoringSession &before, const QString &reason,
                                       const QDate &date, int period);
    Result<MentoringSession> getUnchecked(qint64 sessionId) const;

    static constexpr int kMaxReasonLength = 500;

private:
    Result<qint64> studentOf(qint64 sessionId) const;
    // Inside a write transaction: a RecordConflict error when the stored session is not at
    // `expectedVersion` (each field as yours and theirs), or success.
    Status checkVersion(const MentoringSession &stored, std::optional<int> expectedVersion,
                        const QList<std::tuple<QString, QString, QString>> &fields) const;
    // After an UPDATE ... AND row_version = `version` changed no row (another desk saved first; on
    // PostgreSQL the read and the write are not serialised): their version as a RecordConflict.
    static QList<std::tuple<QString, QString, QString>> statusFields(SessionStatus status, const QString &reason,
                                                                     const MentoringSession &theirs);
    using ConflictFields = std::function<QList<std::tuple<QString, QString, QString>>(const MentoringSession &theirs)>;
    Status lostRace(qint64 sessionId, int version, const ConflictFields &fields) const;

    Database &m_db;
};

} // namespace md
