// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Query.h"

#include <QString>

namespace md {

class Database;

// Who made a change, for the audit log.
struct Actor
{
    qint64 userId = 0; // 0 for the command-line tool or the system
    QString username;
};

// Writes the append-only audit log: one row per created or deleted record and per changed field.
// Use it inside the Transaction of the change it records, so both land or neither does. It keeps
// its prepared statement, and the chain's last hash lives on the Database, so several AuditLogs
// in one transaction continue one chain and a batch of thousands stays fast.
class AuditLog
{
public:
    AuditLog(Database &db, Actor actor);

    Status created(const QString &entity, qint64 id, const QString &summary);
    Status changed(const QString &entity, qint64 id, const QString &field, const QString &oldValue,
                   const QString &newValue);
    Status deleted(const QString &entity, qint64 id, const QString &summary);
    Status record(const QString &action, const QString &entity, qint64 id, const QString &field,
                  const QString &oldValue, const QString &newValue);

    // Recomputes the chain; returns the id of the first row whose hash does not match, or 0.
    static Result<qint64> verifyChain(Database &db);
    // Erasure under a retention rule: blanks the values of every entry about these records (the
    // entry stays: that something happened, when and by whom), then re-seals the chain from the
    // first changed entry. Run inside the erasure's transaction. Returns how many entries changed.
    static Result<int> redact(Database &db, const QList<std::pair<QString, qint64>> &records);

private:
    static QString hashOf(const QString &prev, const QString &at, qint64 userId, const QString &username,
                          const QString &action, const QString &entity, qint64 id, const QString &field,
                          const QString &oldValue, const QString &newValue);

    Database &m_db;
    Actor m_actor;
    Query m_insert;
};

} // namespace md
