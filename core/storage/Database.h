// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Dialect.h"
#include "storage/ServerUrl.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace md {

// One open connection to a Mentor Desk database: a SQLite file (the default) or a PostgreSQL
// server. Opening checks the schema version, refuses a newer database untouched and
// applies pending migrations in one transaction.
class Database
{
public:
    enum class Migrate
    {
        Yes, // bring the schema up to date (the normal case)
        No,  // open as it is (for checks and tests of migrations)
    };

    // Opens (creating it if missing) a SQLite database file and brings its schema up to date.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, Migrate migrate = Migrate::Yes);
    // Connects to a PostgreSQL server (QPSQL) and brings its schema up to date. `password` is kept
    // only in memory for the connection; empty means none (or the one in the URL, or libpq's own).
    static Result<std::unique_ptr<Database>> openPostgres(const ServerUrl &url, const QString &password = {},
                                                          Migrate migrate = Migrate::Yes);
    // Asks for a server password when the server wants one; empty = give up.
    using PasswordPrompt = std::function<QString(const ServerUrl &url)>;
    // A SQLite file path or a postgresql:// URL. For a server that refuses without a password,
    // `askPassword` (when given) is asked once and the connection tried again.
    static Result<std::unique_ptr<Database>> open(const QString &pathOrUrl, Migrate migrate = Migrate::Yes,
                                                  const PasswordPrompt &askPassword = {});

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const Dialect &dialect() const { return m_dialect; }
    Engine engine() const { return m_dialect.engine(); }
    // The file (SQLite) or a description of the server, for titles and messages.
    QString location() const { return m_location; }
    // The server this connection goes to (PostgreSQL only; its password is not kept here).
    const ServerUrl &serverUrl() const { return m_server; }

    // The highest migration applied to this database, 0 for an empty one.
    int schemaVersion() const;
    Status migrate();
    // "ok", or the problems PRAGMA integrity_check found (SQLite).
    Result<QStringList> integrityCheck() const;

    // Transaction bookkeeping for Transaction (nesting becomes SAVEPOINTs).
    int transactionDepth() const { return m_transactionDepth; }
    void setTransactionDepth(int depth) { m_transactionDepth = depth; }

    // The audit chain's last hash, cached for the current write transaction so that every
    // AuditLog writing in it continues the same chain. Cleared when a transaction starts or
    // rolls back (another connection may have written in between, or the rows are gone).
    const QString &auditHead() const { return m_auditHead; }
    void setAuditHead(const QString &hash) { m_auditHead = hash; }
    void forgetAuditHead() { m_auditHead.clear(); }

private:
    Database(const QString &connectionName, Engine engine, const QString &location);
    Status configureSqlite();
    Status configurePostgres();
    Status checkNotNewer() const;

    QString m_connectionName;
    Dialect m_dialect;
    QString m_location;
    ServerUrl m_server;
    int m_transactionDepth = 0;
    QString m_auditHead;
    QString m_heldFile; // HeldFiles' key of the SQLite file, while this connection holds it
};

} // namespace md
