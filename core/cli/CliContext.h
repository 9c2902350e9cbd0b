// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace md::cli {

// What every command of mentordesk-cli gets: where its output goes, which database, and who is
// acting. Commands open the database through it so --database (a file), --url (a PostgreSQL
// server) and --user work everywhere.
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err, QString databasePath, QString user);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &databasePath() const { return m_databasePath; }
    // --url: the PostgreSQL server that database() opens instead of the file.
    void setServerUrl(const QString &url) { m_serverUrl = url; }
    const QString &serverUrl() const { return m_serverUrl; }

    // Opens (and migrates) the database; cached for the command's lifetime.
    Result<Database *> database();
    // The acting session: the named --user (with that user's rights) or the command-line system user.
    Result<Session> session();
    void closeDatabase() { m_db.reset(); }
    // A passphrase for an encrypted file: the first line of `file` when given, else the
    // MENTORDESK_PASSPHRASE environment variable, else asked on the terminal without echo (twice
    // when `confirm`).
    Result<QString> passphrase(const QString &file, bool confirm);
    // A PostgreSQL server's password, asked on the terminal without echo (kept only in memory).
    QString serverPassword(const ServerUrl &url);
    // One line typed on the terminal without echo (or read from stdin when it is not a terminal).
    QString askHidden(const QString &prompt);

    // Prints the one-line reason to stderr and returns the exit code for a failure.
    int fail(const Error &error);
    int fail(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
    QString m_serverUrl;
    QString m_user;
    std::unique_ptr<Database> m_db;
};

// The default database: one file in the user's application-data folder.
QString defaultDatabasePath();

} // namespace md::cli
