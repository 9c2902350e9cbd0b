// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace md {

class Database;

// One table's check after a copy: rows and a checksum of its contents on each side.
struct TableCopyCheck
{
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    QString sourceChecksum;
    QString targetChecksum;
    bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
};

// Moves a whole Mentor Desk database between engines (a desk's SQLite file to the team's
// PostgreSQL server, or back for a single-desk copy). Both sides must be at the same schema
// version; the target must hold no staff users and no students. Every table is copied in one
// transaction on the target, then each table's row count and content checksum are compared on
// both sides before that transaction commits: a mismatch leaves the target as it was.
class DatabaseCopy
{
public:
    static Result<QList<TableCopyCheck>> copy(Database &from, Database &to);

    // The tables of the schema (not schema_migrations), parents before the tables that refer to them.
    static Result<QStringList> tablesInDependencyOrder(Database &db);
    // A checksum of a table's contents that is the same on both engines whatever the row order:
    // every value in a canonical text form, each row hashed (SHA-256), the row hashes summed.
    static Result<QString> checksum(Database &db, const QString &table, qint64 *rows = nullptr);
};

} // namespace md
