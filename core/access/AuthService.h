// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"

namespace md {

class Database;

// Signing in: checks a username and password against the stored Argon2id hash, counts failures
// and locks an account for a rising delay after five in a row.
class AuthService
{
public:
    explicit AuthService(Database &db) : m_db(db) {}

    // True when the database has no users yet: the first run asks for an administrator.
    bool needsFirstAdministrator() const;
    Result<Session> createFirstAdministrator(const QString &username, const QString &displayName,
                                             const QString &password);
    Result<Session> signIn(const QString &username, const QString &password);
    // A session for a known user without a password: the demo school's automatic sign-in and the
    // command-line tool's --user, both run by someone who already holds the file.
    Result<Session> sessionFor(const QString &username) const;

    static constexpr int kFreeAttempts = 5;

private:
    Database &m_db;
};

} // namespace md
