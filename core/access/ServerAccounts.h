// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace md {

class Database;
class Session;

// A staff user's own PostgreSQL role (issue 12, part 2).
struct ServerAccount
{
    QString roleName;
    qint64 userId = 0;
    QString username;
};

// Staff users as PostgreSQL roles on a shared server. An administrator's `server add-user` makes a
// LOGIN role for an existing staff user, grants it what a desk needs and records the mapping in
// server_users; the row-level security policies of migration 0091 then limit that role to what
// the access matrix gives the user, whatever the desk sends. A desk connected as a mapped role
// works as that user: the role decides, not the client.
class ServerAccounts
{
public:
    // Run by the owner of the database (the role that migrated it), as `session` (an administrator,
    // or the command-line tool). `roleName` empty: the username. The password reaches the server
    // only as a SCRAM-SHA-256 verifier, never in plain text. One transaction: on any failure no
    // role, grant or mapping is left behind.
    static Result<ServerAccount> addUser(Database &db, const Session &session, const QString &username,
                                         const QString &roleName, const QString &password);

    // The staff user (username) the connection's role is mapped to, or nullopt: SQLite, the owner
    // role, or a role nobody mapped.
    static Result<std::optional<QString>> connectedStaffUser(Database &db);

    // The staff user connected as their own role changes that role's password (the one the desk
    // connects with; on a server the app's own sign-in password is not used). The current password
    // is checked by a second connection made with it; the new one must pass the app's password
    // rules and reaches the server only as a SCRAM-SHA-256 verifier (ALTER ROLE CURRENT_USER), in
    // one transaction with the audit entry. The open connection keeps the new password for any
    // later connection it makes (the live-update listener reconnecting).
    static Status changeOwnPassword(Database &db, const Session &session, const QString &currentPassword,
                                    const QString &newPassword);

    // A role name PostgreSQL accepts unquoted: lower-case letters, digits and '_', at most 63.
    static bool isValidRoleName(const QString &name);

    // The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802 / 7677), with the
    // password NFKC-normalised as libpq's SASLprep does for ordinary text.
    static QString scramVerifier(const QString &password, const QByteArray &salt, int iterations = 4096);
};

} // namespace md
