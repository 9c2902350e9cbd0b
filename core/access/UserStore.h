// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Role.h"
#include "common/Result.h"

#include <QList>
#include <QSet>
#include <QString>

namespace md {

class Database;
class Session;

struct StaffUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString email;
    QSet<Role> roles;
    bool active = true;
    bool mustChangePassword = false;
};

struct NewStaffUser
{
    QString username;
    QString displayName;
    QString email;
    QString password;
    QSet<Role> roles;
    // A ready-made hash (demo data shares one); when empty, `password` is hashed.
    QString passwordHash;
};

// Staff users, their roles and the school's labels for the roles.
class UserStore
{
public:
    explicit UserStore(Database &db) : m_db(db) {}

    int count() const;
    Result<qint64> create(const Session &session, const NewStaffUser &user);
    Result<StaffUser> findByUsername(const QString &username) const;
    Result<StaffUser> findById(qint64 id) const;
    Result<QList<StaffUser>> list() const;
    Result<QList<StaffUser>> withRole(Role role) const;

    // The school's label for a role (an administrator may rename them), or the default.
    QString roleLabel(Role role) const;
    Status setRoleLabel(const Session &session, Role role, const QString &label);

    // Checks a proposed password against the rules; returns the reason when it is refused.
    static Status checkPasswordRules(const QString &password);
    // True for one of the most commonly used passwords (core/access/common-passwords.txt).
    static bool isCommonPassword(const QString &password);
    // An administrator sets a temporary password; the user must change it at their next sign-in.
    // Also lifts a lockout.
    Status resetPassword(const Session &session, qint64 userId, const QString &temporaryPassword);
    // The signed-in user changes their own password (the current one is checked first).
    Status changeOwnPassword(const Session &session, const QString &currentPassword, const QString &newPassword);

private:
    Result<qint64> insert(const NewStaffUser &user, const Session &actor);
    Result<QSet<Role>> rolesOf(qint64 userId) const;

    Database &m_db;
};

} // namespace md
