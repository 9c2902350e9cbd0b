// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace md {

// A staff role. Stored by its string form (see toString) so the file stays readable.
enum class Role
{
    Teacher,
    Mentor,
    LeadMentor,
    Headteacher,
    Administrator,
};

QString toString(Role role);
std::optional<Role> roleFromString(const QString &text);
QList<Role> allRoles();
// The built-in label a user sees ("Lead mentor"); an administrator may rename it per school.
QString defaultRoleLabel(Role role);

} // namespace md
