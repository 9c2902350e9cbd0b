// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RowVersion.h"

#include "storage/Query.h"

#include <QRegularExpression>

namespace md {

Result<std::optional<int>> RowVersion::stored(Database &db, const QString &table, qint64 id)
{
    // A table name is an identifier, not a value: only plain names reach the statement.
    static const QRegularExpression plainName(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!plainName.match(table).hasMatch())
        return Error::invalid(tr("\"%1\" is not a table name.").arg(table));
    Query q(db, QStringLiteral("SELECT row_version FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<int>();
    return std::optional<int>(q.integer(0));
}

} // namespace md
