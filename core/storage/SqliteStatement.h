// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QStringEncoder>
#include <QStringView>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace md {

class Database;

// SQLite's own handle of the connection, or null: on another engine, or when Qt's driver runs a
// different SQLite library than the one Mentor Desk links (a Qt built with its own copy), where
// sharing a handle would not be safe. Checked once per process. MENTORDESK_SQLITE_VIA_QT in the
// environment makes it null too, so every write goes through QSqlQuery (an escape hatch, and how
// the benchmark suite measures one path beside the other). Bulk writers ask once per batch.
sqlite3 *sqliteHandle(const Database &db);

// A prepared statement straight on SQLite's C API, for the bulk writers (imports, the audit log,
// the demo school) where QSqlQuery's per-value QVariant binding costs more than SQLite's own work
// (measured: a 10,000-student import spent most of its time there). Values are bound by position
// (from 1); text is encoded to UTF-8 into a buffer the statement keeps per parameter (the
// database's own encoding, so SQLite does not translate it again, and the caller's string need not
// outlive the call).
// Failures name the statement, never the values. Where sqliteHandle() is null, callers keep their
// Query path.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    Status prepare(sqlite3 *db, const QString &sql);
    bool isPrepared() const { return m_stmt != nullptr; }

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    // A null string binds NULL (as QSqlQuery does); an empty one binds ''.
    void bind(int index, QStringView text);
    void bind(int index, const QString &text) { bind(index, QStringView(text)); }
    // Empty binds NULL.
    void bindNullable(int index, QStringView text);
    // Null, bool, int, qint64, double or text, as QSqlQuery would bind it.
    void bind(int index, const QVariant &value);

    // Runs the statement to its end (no rows wanted), then resets it for the next values.
    Status exec();
    // Steps once: true with a row to read, false at the end or on an error (see status()).
    bool next();
    // Whether the last next() failed, and why.
    const Status &status() const { return m_status; }
    // Ends a read early and resets the statement for the next values.
    void reset();

    bool isNull(int column) const;
    qint64 id(int column) const;
    QString string(int column) const;
    // The column as QSqlQuery reads it from SQLite: qint64, double, QString or null.
    QVariant value(int column) const;

    qint64 lastInsertId() const;
    // Whether the last exec() or next() failed on a UNIQUE or PRIMARY KEY constraint.
    bool failedOnUniqueness() const { return m_uniqueViolation; }

private:
    Status failure(int code);
    void bindUtf8(int index, QStringView text);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_name;
    Status m_status;
    bool m_uniqueViolation = false;
    // One UTF-8 buffer per parameter, reused from row to row.
    std::vector<QByteArray> m_text;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace md
