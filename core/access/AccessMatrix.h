// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Permissions.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace md {

// The columns of the access matrix as users meet them: the five roles, and Mentor + Headteacher
// held together, which the app shows as one combined "Supervisor" entry (reference 000, §1).
enum class AccessColumn
{
    Teacher,
    Mentor,
    LeadMentor,
    Headteacher,
    Administrator,
    Supervisor,
};

// Reads Permissions::table() (the one table of who may do what) as a matrix: every action by
// every column, allowed or not and at which scope. The Supervisor column is not a row of its
// own: it is the union of the Mentor and Headteacher columns, as for any user holding two roles.
class AccessMatrix
{
public:
    static QList<AccessColumn> columns();
    static QString columnLabel(AccessColumn column);
    static QSet<Role> rolesOf(AccessColumn column);
    // Every action, in the table's order.
    static QList<Action> actions();
    static Scopes scopes(AccessColumn column, Action action);
    static bool allowed(AccessColumn column, Action action) { return scopes(column, action) != Scopes(); }
    // "organisation", "assigned learners", "own courses + assigned learners"; "refused" when empty.
    static QString scopeLabel(Scopes scopes);
    // The matrix as text rows: the action's description, then one scope label per column.
    static QList<QStringList> rows();
};

} // namespace md
