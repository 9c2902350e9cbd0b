// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/ServerUrl.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace md::load {

struct LoadOptions
{
    int clients = 10;
    double seconds = 10;
    int students = 240; // the demo school's size
};

// What one client process said it did, and what the database holds of it afterwards.
struct LoadClient
{
    QString user;
    int exitCode = -1;
    int entries = 0, sessions = 0, letters = 0, reads = 0, errors = 0;
    int entriesInDb = 0, sessionsInDb = 0, lettersInDb = 0;
    QStringList errorTexts;
};

struct LoadReport
{
    QList<LoadClient> clients;
    QHash<QString, QList<double>> latenciesMs; // per kind of operation, every client's
    QList<double> allLatenciesMs;
    double wallSeconds = 0;
    double setupSeconds = 0;
    bool chainIntact = false;
    // Empty when every client finished cleanly and every write is in the database exactly once.
    QStringList problems;

    int operations() const { return int(allLatenciesMs.size()); }
    static double percentile(QList<double> samples, double p);
};

// The load test of issue 12, part 5: a demo school on a new database of the server, a role for
// each of `clients` mentors (ServerAccounts), that many mentordesk-load-client processes at once,
// then each client's own count checked against the rows in the database and the audit chain
// verified. The database and roles are dropped at the end.
class ServerLoad
{
public:
    // `maintenance`: a server URL whose role may create databases and roles (the test server's).
    static Result<LoadReport> run(const ServerUrl &maintenance, const QString &clientProgram, const LoadOptions &options);
};

} // namespace md::load
