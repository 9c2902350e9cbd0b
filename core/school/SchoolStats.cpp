// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "school/SchoolStats.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QRegularExpression>

namespace md {

Result<QMap<QString, qint64>> SchoolStats::tableCounts(Database &db)
{
    Query tables(db);
    if (Status s = tables.exec(db.dialect().listTables()); !s)
        return s.error();
    QStringList names;
    static const QRegularExpression safe(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    while (tables.next()) {
        const QString name = tables.string(0);
        // Table names come from our own schema; checked anyway since they cannot be bound.
        if (name != QLatin1String("schema_migrations") && safe.match(name).hasMatch())
            names << name;
    }
    QMap<QString, qint64> counts;
    for (const QString &name : names) {
        Query q(db, QStringLiteral("SELECT COUNT(*) FROM ") + name);
        auto n = q.scalar();
        if (!n)
            return n.error();
        counts.insert(name, n->toLongLong());
    }
    return counts;
}

Result<QMap<QString, qint64>> SchoolStats::cohort(Database &db)
{
    Query q(db, QStringLiteral(
        "SELECT COUNT(*), "
        "SUM(CASE WHEN year_group BETWEEN 7 AND 9 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN year_group BETWEEN 10 AND 11 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN sen_status <> 'N' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN sen_status = 'E' OR ehc_plan = 1 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN semh = 1 THEN 1 ELSE 0 END), "
        "SUM(pupil_premium), SUM(looked_after) "
        "FROM students WHERE date_left IS NULL"));
    if (Status s = q.exec(); !s)
        return s.error();
    QMap<QString, qint64> out;
    if (q.next()) {
        const char *keys[] = {"on_roll", "ks3", "ks4", "sen_register", "ehc_plan", "semh", "pupil_premium", "looked_after"};
        for (int i = 0; i < 8; ++i)
            out.insert(QString::fromLatin1(keys[i]), q.value(i).toLongLong());
    }
    return out;
}

} // namespace md
