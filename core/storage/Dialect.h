// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace md {

enum class Engine
{
    SQLite,
    PostgreSQL,
};

// Every difference between the SQL engines lives here. Stores write SQL that both engines run;
// migrations use {{PLACEHOLDERS}} that this class expands.
class Dialect
{
public:
    explicit Dialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    QString driverName() const;

    // The statement that starts a write transaction. SQLite needs IMMEDIATE: a deferred BEGIN
    // that reads then writes fails at once with "database is locked" despite the busy timeout.
    QString beginWrite() const;

    // Expands {{ID}} (identity primary key), {{FK}} (a column referring to an id), {{BLOB}},
    // {{REAL}} and {{BIGINT}} in a migration.
    QString expand(const QString &sql) const;

    // A comma-separated list of `expr` over a group (GROUP_CONCAT / string_agg).
    QString groupConcat(const QString &expr) const;
    // The larger / smaller of two values in one row (SQLite's scalar MAX/MIN, GREATEST/LEAST).
    QString greatest(const QString &a, const QString &b) const;
    QString least(const QString &a, const QString &b) const;
    // Whole days from `earlier` to `later`, both ISO date texts.
    QString daysBetween(const QString &later, const QString &earlier) const;
    // One row per table of ours (name in the first column), sorted by name.
    QString listTables() const;
    // The statement that turns on overwriting deleted content, or empty where the engine has none.
    QString secureDeleteOn() const;
    // Statements run after an erasure so nothing deleted stays in free pages or logs.
    QStringList reclaimFreedSpace() const;
    // After rows were inserted with explicit ids: the statement that moves `table`'s id sequence
    // past them (PostgreSQL identity columns), or empty (SQLite needs nothing).
    QString afterExplicitIds(const QString &table) const;

    // How many rows a bulk writer sends in one INSERT (storage/BatchInsert). SQLite: 1, a prepared
    // single-row insert is as fast as SQLite gets; PostgreSQL: many, as each statement is a round
    // trip to the server (the demo school made 69,000 of them for 720 students).
    int insertBatchRows() const;
    // Statements that set up a long bulk-writing transaction (the demo school), run just after it
    // begins; they last to its end. PostgreSQL: no JIT compilation, which cost 0.3-1.3 s per
    // statement on the demo's INSERT ... SELECTs (the planner guesses millions of rows for their
    // fresh temporary tables) for statements that run in a second.
    QStringList bulkWriteSettings() const;

    // The query that gives the audit chain's last hash before a new entry is written. On PostgreSQL
    // a function (migration 0091) that also holds the chain's lock to the end of the transaction,
    // so desks writing at once never fork the chain, and staff roles need not read the whole log.
    QString auditHead() const;

private:
    Engine m_engine;
};

} // namespace md
