// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/Session.h"

namespace md {

Session::Session(qint64 userId, QString username, QString displayName, QSet<Role> roles)
    : m_userId(userId), m_username(std::move(username)), m_displayName(std::move(displayName)), m_roles(std::move(roles))
{
}

Session Session::system(const QString &name)
{
    return Session(0, name, name, {Role::Administrator, Role::Headteacher, Role::LeadMentor});
}

} // namespace md
