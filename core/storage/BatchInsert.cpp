// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BatchInsert.h"

#include "common/Logging.h"
#include "storage/Database.h"

namespace md {

BatchInsert::BatchInsert(Database &db, const QString &table, const QStringList &columns)
    : m_db(db), m_table(table), m_columns(columns), m_batchRows(std::max(1, db.dialect().insertBatchRows())),
      m_full(db)
{
    m_pending.reserve(m_batchRows * columns.size());
}

BatchInsert::~BatchInsert()
{
    if (m_pendingRows > 0)
        qCWarning(lcStorage) << "a batch insert into" << m_table << "was dropped with" << m_pendingRows
                             << "rows never written (flush() was not called)";
}

QString BatchInsert::statement(int rows) const
{
    QString row = QStringLiteral("(");
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        row += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") + m_columns.join(QStringLiteral(", ")) +
                  QStringLiteral(") VALUES ");
    sql.reserve(sql.size() + rows * (row.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QStringLiteral(", ");
        sql += row;
    }
    return sql;
}

Status BatchInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending += row;
    if (++m_pendingRows < m_batchRows)
        return {};
    if (!m_full.isPrepared())
        if (Status s = m_full.prepare(statement(m_batchRows)); !s)
            return s;
    return writePending(m_full);
}

Status BatchInsert::flush()
{
    if (m_pendingRows == 0)
        return {};
    // The rest of a batch: a statement of its own size (at most once per flush).
    Query rest(m_db, statement(m_pendingRows));
    return writePending(rest);
}

Status BatchInsert::writePending(Query &insert)
{
    for (const QVariant &v : std::as_const(m_pending))
        insert.bind(v);
    m_pending.clear();
    const int rows = m_pendingRows;
    m_pendingRows = 0;
    if (Status s = insert.exec(); !s)
        return s;
    m_written += rows;
    return {};
}

} // namespace md
