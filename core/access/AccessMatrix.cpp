// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessMatrix.h"

#include <QCoreApplication>

namespace md {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::AccessMatrix)
};
} // namespace

QList<AccessColumn> AccessMatrix::columns()
{
    return {AccessColumn::Teacher,     AccessColumn::Mentor,        AccessColumn::LeadMentor,
            AccessColumn::Headteacher, AccessColumn::Administrator, AccessColumn::Supervisor};
}

QString AccessMatrix::columnLabel(AccessColumn column)
{
    switch (column) {
    case AccessColumn::Teacher:
        return defaultRoleLabel(Role::Teacher);
    case AccessColumn::Mentor:
        return defaultRoleLabel(Role::Mentor);
    case AccessColumn::LeadMentor:
        return defaultRoleLabel(Role::LeadMentor);
    case AccessColumn::Headteacher:
        return defaultRoleLabel(Role::Headteacher);
    case AccessColumn::Administrator:
        return defaultRoleLabel(Role::Administrator);
    case AccessColumn::Supervisor:
        return Tr::tr("Supervisor");
    }
    return {};
}

QSet<Role> AccessMatrix::rolesOf(AccessColumn column)
{
    switch (column) {
    case AccessColumn::Teacher:
        return {Role::Teacher};
    case AccessColumn::Mentor:
        return {Role::Mentor};
    case AccessColumn::LeadMentor:
        return {Role::LeadMentor};
    case AccessColumn::Headteacher:
        return {Role::Headteacher};
    case AccessColumn::Administrator:
        return {Role::Administrator};
    case AccessColumn::Supervisor:
        return {Role::Mentor, Role::Headteacher};
    }
    return {};
}

QList<Action> AccessMatrix::actions()
{
    QList<Action> out;
    for (const Permissions::Row &row : Permissions::table())
        out.append(row.action);
    return out;
}

Scopes AccessMatrix::scopes(AccessColumn column, Action action)
{
    Scopes result;
    for (Role role : rolesOf(column))
        if (const ScopeKind s = Permissions::scopeFor(role, action); s != ScopeKind::None)
            result |= s;
    return result;
}

QString AccessMatrix::scopeLabel(Scopes scopes)
{
    QStringList parts;
    if (scopes.testFlag(ScopeKind::OwnCourses))
        parts << Tr::tr("own courses");
    if (scopes.testFlag(ScopeKind::AssignedLearners))
        parts << Tr::tr("assigned learners");
    if (scopes.testFlag(ScopeKind::Organisation))
        parts << Tr::tr("organisation");
    return parts.isEmpty() ? Tr::tr("refused") : parts.join(QStringLiteral(" + "));
}

QList<QStringList> AccessMatrix::rows()
{
    QList<QStringList> out;
    for (Action a : actions()) {
        QStringList row{Permissions::describe(a)};
        for (AccessColumn c : columns())
            row << scopeLabel(scopes(c, a));
        out.append(row);
    }
    return out;
}

} // namespace md
