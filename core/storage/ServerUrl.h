// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace md {

// Where a team's PostgreSQL database is: parsed from postgresql://user@host:port/dbname?sslmode=...
// A password written in the URL is accepted (libpq does) but never shown by display(); the desk
// asks for it instead and keeps it only in memory.
struct ServerUrl
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString sslmode; // passed through to libpq: disable, allow, prefer, require, verify-ca, verify-full

    // True for postgresql://... or postgres://... (anything else is a SQLite file path).
    static bool isServerUrl(const QString &text);
    static Result<ServerUrl> parse(const QString &text);
    // postgresql://user@host:port/dbname?sslmode=..., without the password: for titles and messages.
    QString display() const;
    // The same URL for another database on the same server (tests, migrate-to).
    ServerUrl withDatabase(const QString &name) const;
};

} // namespace md
