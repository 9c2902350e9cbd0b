// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace md {

class Database;

// Foreign keys checked once for a whole bulk load instead of once per row, as pg_restore does it.
// PostgreSQL checks a foreign key with a lookup per inserted row (3-6 µs each): the demo school's
// INSERT ... SELECTs into the 360° report tables spent 4-6 s of their 6-7 s on 1.1 million such
// checks. drop() removes the tables' foreign keys, remembering each definition exactly as the
// server reports it; restore() adds them back, and the server checks every row with one join per
// key (and refuses the lot if one row refers to nothing). Use inside the Transaction of the load:
// if anything fails, the rollback brings the keys back too.
//
// Only on PostgreSQL and only for the tables' owner (a staff role may not alter tables): otherwise
// drop() and restore() do nothing and each row is checked as usual. SQLite checks a row's keys in
// well under a microsecond and is left alone.
class DeferredForeignKeys
{
public:
    explicit DeferredForeignKeys(Database &db) : m_db(db) {}

    Status drop(const QStringList &tables);
    Status restore();
    bool dropped() const { return !m_keys.isEmpty(); }

private:
    struct Key
    {
        QString table;
        QString name;
        QString definition;
    };
    Database &m_db;
    QList<Key> m_keys;
};

} // namespace md
