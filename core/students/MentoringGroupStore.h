// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>

namespace md {

class Database;
class Session;
class AuditLog;

// Which mentor has which students (the mentoring group a Mentor's scope is drawn from).
class MentoringGroupStore
{
public:
    explicit MentoringGroupStore(Database &db) : m_db(db) {}

    // Assigns the student to the mentor from `from`, ending any current assignment.
    Status assign(const Session &session, qint64 mentorId, qint64 studentId, const QDate &from);
    Status end(const Session &session, qint64 studentId, const QDate &on);
    // The ids of the mentor's current students.
    Result<QList<qint64>> caseload(qint64 mentorId) const;

    // For the demo school and importers that already hold a Transaction and an AuditLog.
    Status assignUnchecked(AuditLog &audit, qint64 mentorId, qint64 studentId, const QDate &from);

private:
    Database &m_db;
};

} // namespace md
