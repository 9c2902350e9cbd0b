// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/Role.h"

#include <QObject>

namespace md {

QString toString(Role role)
{
    switch (role) {
    case Role::Teacher:
        return QStringLiteral("teacher");
    case Role::Mentor:
        return QStringLiteral("mentor");
    case Role::LeadMentor:
        return QStringLiteral("lead_mentor");
    case Role::Headteacher:
        return QStringLiteral("headteacher");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromString(const QString &text)
{
    for (Role r : allRoles())
        if (toString(r) == text)
            return r;
    return std::nullopt;
}

QList<Role> allRoles()
{
    return {Role::Teacher, Role::Mentor, Role::LeadMentor, Role::Headteacher, Role::Administrator};
}

QString defaultRoleLabel(Role role)
{
    switch (role) {
    case Role::Teacher:
        return QObject::tr("Teacher");
    case Role::Mentor:
        return QObject::tr("Mentor");
    case Role::LeadMentor:
        return QObject::tr("Lead mentor");
    case Role::Headteacher:
        return QObject::tr("Headteacher");
    case Role::Administrator:
        return QObject::tr("Administrator");
    }
    return {};
}

} // namespace md
