// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Role.h"
#include "storage/AuditLog.h"

#include <QSet>
#include <QString>

namespace md {

// The signed-in staff user: who they are and which roles they hold. Every core service takes
// one and checks it (see Permissions); the UI only mirrors those checks.
class Session
{
public:
    Session() = default;
    Session(qint64 userId, QString username, QString displayName, QSet<Role> roles);

    // The command-line tool run by whoever can reach the file: every role, audited as "cli".
    static Session system(const QString &name = QStringLiteral("cli"));

    bool isValid() const { return !m_username.isEmpty(); }
    qint64 userId() const { return m_userId; }
    const QString &username() const { return m_username; }
    const QString &displayName() const { return m_displayName; }
    const QSet<Role> &roles() const { return m_roles; }
    bool has(Role role) const { return m_roles.contains(role); }
    // Mentor and Headteacher together appear as one combined "Supervisor" entry.
    bool isSupervisor() const { return has(Role::Mentor) && has(Role::Headteacher); }
    Actor actor() const { return {m_userId, m_username}; }

private:
    qint64 m_userId = 0;
    QString m_username;
    QString m_displayName;
    QSet<Role> m_roles;
};

} // namespace md
