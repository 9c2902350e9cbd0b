// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Permissions.h"
#include "common/Result.h"

#include <QString>
#include <QVariantList>

namespace md {

class Database;
class Session;

// Which students a session may reach for an action, as an SQL condition on a students table
// aliased `s`, with its bound values. Every store that lists pupils filters through it, so a
// mentor never sees a student outside their group, whatever screen or command asks.
struct StudentScope
{
    QString condition; // e.g. "s.id IN (SELECT ...)"; "1 = 0" when nothing is allowed
    QVariantList binds;
    bool everyone = false;
    bool nobody = false;

    static StudentScope of(const Session &session, Action action);
    // OK when the student is in scope; a Forbidden error otherwise (without naming the student).
    static Status check(const Database &db, const Session &session, Action action, qint64 studentId);
};

} // namespace md
