// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace md {

// Argon2id password hashes through libsodium. Each hash string carries its own parameters, so
// they can be raised later and old hashes still verify (and are upgraded at the next sign-in).
class PasswordHasher
{
public:
    enum class Cost
    {
        Interactive, // libsodium's interactive limits: the normal case
        Minimum,     // libsodium's minimum limits: demo data and tests, where thousands are made
    };

    static Result<QString> hash(const QString &password, Cost cost = Cost::Interactive);
    static bool verify(const QString &hash, const QString &password);
    static bool needsRehash(const QString &hash);
};

} // namespace md
