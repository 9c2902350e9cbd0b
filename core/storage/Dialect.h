// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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

private:
    Engine m_engine;
};

} // namespace md
