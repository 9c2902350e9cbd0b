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

// The mentoring log's entries other than sessions and targets: lesson observations, behaviour
// interventions, contacts with parents/carers, teachers and agencies, fortnightly progress updates
// to the lead mentor, termly reports to the director of learning, reviews and notes; and the daily
// check-in, one click per student per day.
class LogEntryStore
{
    Q_DECLARE_TR_FUNCTIONS(md::LogEntryStore)
public:
    explicit LogEntryStore(Database &db) : m_db(db) {}

    Result<qint64> add(const Session &session, const LogEntry &entry);
    // Saves an edited entry; refuses a stale rowVersion with an Error carrying both versions
    // (RecordConflicts::of). To overwrite, save again with the stored version's rowVersion.
    Status update(const Session &session, const LogEntry &entry);
    Status setFollowUpDone(const Session &session, qint64 entryId, bool done);
    Status remove(const Session &session, qint64 entryId);
    Result<LogEntry> get(const Session &session, qint64 entryId) const;
    // Newest first; only one kind when given.
    Result<QList<LogEntry>> forStudent(const Session &session, qint64 studentId,
                                       std::optional<EntryKind> kind = std::nullopt) const;

    // Every problem with an entry, naming the field. `today` bounds the date (a log records what
    // has happened).
    static QStringList problems(const LogEntry &entry, const QDate &today);

    // Records today's check-in; false when the student was already checked in that day.
    Result<bool> checkIn(const Session &session, qint64 studentId, const QDate &on, const QString &note = {});
    Status undoCheckIn(const Session &session, qint64 studentId, const QDate &on);
    Result<bool> isCheckedIn(const Session &session, qint64 studentId, const QDate &on) const;
    Result<QList<CheckIn>> checkIns(const Session &session, qint64 studentId, const QDate &from, const QDate &to) const;

    // For the demo school, inside its Transaction (no permission check, `today` as given).
    Result<qint64> addUnchecked(AuditLog &audit, const LogEntry &entry, qint64 authorId, const QDate &today);

private:
    Error staleEntry(const Session &session, const LogEntry &mine) const;
    Result<qint64> studentOf(qint64 entryId) const;

    Database &m_db;
};

} // namespace md
