// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DeferredForeignKeys.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace md {

namespace {
QString quoted(const QString &identifier)
{
    QString out = identifier;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}
} // namespace

Status DeferredForeignKeys::drop(const QStringList &tables)
{
    if (m_db.engine() != Engine::PostgreSQL || dropped())
        return {};
    QList<Key> keys;
    Query owner(m_db, QStringLiteral("SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = CAST(? AS regclass)"));
    Query list(m_db, QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                                    "WHERE conrelid = CAST(? AS regclass) AND contype = 'f' ORDER BY conname"));
    for (const QString &table : tables) {
        owner.bind(table);
        auto owns = owner.scalar();
        if (!owns)
            return owns.error();
        if (!owns->toBool()) {
            qCInfo(lcStorage) << "foreign keys of" << table << "stay: not the table's owner";
            return {};
        }
        list.bind(table);
        if (Status s = list.exec(); !s)
            return s;
        while (list.next())
            keys.append({table, list.string(0), list.string(1)});
        list.finish();
    }
    Query alter(m_db);
    for (const Key &k : std::as_const(keys))
        if (Status s = alter.exec(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(quoted(k.table), quoted(k.name)));
            !s)
            return s;
    m_keys = keys;
    return {};
}

Status DeferredForeignKeys::restore()
{
    Query alter(m_db);
    for (const Key &k : std::as_const(m_keys))
        if (Status s = alter.exec(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(quoted(k.table), quoted(k.name), k.definition));
            !s)
            return s;
    m_keys.clear();
    return {};
}

} // namespace md
