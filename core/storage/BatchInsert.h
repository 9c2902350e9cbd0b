// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Query.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace md {

class Database;

// Inserts many rows into one table, several per statement where a statement's round trip costs
// more than its work: on PostgreSQL one multi-row INSERT ... VALUES (...), (...) per
// Dialect::insertBatchRows() rows (a round trip each, where a row at a time was one per row); on
// SQLite one prepared single-row insert per row, which is as fast as SQLite gets through Qt. For
// bulk writers (the demo school) inside the caller's Transaction: call flush() before the
// transaction commits and before reading the table back. Values are always bound, never pasted.
class BatchInsert
{
public:
    BatchInsert(Database &db, const QString &table, const QStringList &columns);
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    // One row: as many values as columns, in their order (a null QVariant of a type for NULL).
    Status add(const QVariantList &row);
    // Writes the rows still buffered.
    Status flush();
    qint64 rowsWritten() const { return m_written; }

private:
    QString statement(int rows) const;
    // Binds the buffered rows to `insert` (a statement of exactly that many rows) and runs it.
    Status writePending(Query &insert);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_batchRows = 1;
    QVariantList m_pending; // values of buffered rows, row after row
    int m_pendingRows = 0;
    Query m_full;           // the statement for a full batch, prepared at its first use
    qint64 m_written = 0;
};

} // namespace md
