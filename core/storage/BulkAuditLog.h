// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/AuditLog.h"
#include "storage/SqliteStatement.h"

#include <QString>

namespace md {

class Database;

// The audit log for bulk writers (the student import, the demo school): the same rows, in the same
// hash chain, as AuditLog, but on SQLite through one statement on the C API, so an entry per
// imported student costs microseconds rather than the tens QSqlQuery took. Elsewhere it is an
// AuditLog. Use it inside the Transaction of the change it records, like AuditLog.
class BulkAuditLog
{
public:
    BulkAuditLog(Database &db, Actor actor);

    Status created(const QString &entity, qint64 id, const QString &summary);
    Status changed(const QString &entity, qint64 id, const QString &field, const QString &oldValue,
                   const QString &newValue);
    Status record(const QString &action, const QString &entity, qint64 id, const QString &field,
                  const QString &oldValue, const QString &newValue);

    // The hash of an entry: SHA-256 over "<length>:<UTF-8 bytes>" of each part, as hex. AuditLog
    // computes its chain with this too.
    static QString hashOf(const QString &prev, const QString &at, qint64 userId, const QString &username,
                          const QString &action, const QString &entity, qint64 id, const QString &field,
                          const QString &oldValue, const QString &newValue);

private:
    Database &m_db;
    Actor m_actor;
    AuditLog m_fallback;
    SqliteStatement m_insert;
};

} // namespace md
