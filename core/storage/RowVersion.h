// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace md {

class Database;

// The row version stored now for one record of a versioned table (a table with `id` and
// `row_version`). An open editor asks it when it may have missed a change (the live-update
// connection came back after a drop): a version other than the one it holds means someone saved
// the record meanwhile. Reads the number only, nothing of the record; on PostgreSQL the row-level
// security of the desk's role applies, so a record the role may not read reads as absent.
class RowVersion
{
    Q_DECLARE_TR_FUNCTIONS(md::RowVersion)
public:
    // The stored version; nullopt when the record is not there (deleted, or not readable).
    // `table` must be a plain lower-case table name (it cannot be bound as a value).
    static Result<std::optional<int>> stored(Database &db, const QString &table, qint64 id);
};

} // namespace md
