// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatabaseCopy.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QtEndian>

namespace md {

namespace {

bool isSafeName(const QString &name)
{
    static const QRegularExpression safe(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return safe.match(name).hasMatch();
}

// (child, parent) for every foreign key of the schema.
QString foreignKeysSql(Engine engine)
{
    if (engine == Engine::SQLite)
        return QStringLiteral("SELECT m.name, p.\"table\" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) p "
                              "WHERE m.type = 'table'");
    return QStringLiteral("SELECT tc.table_name, ccu.table_name FROM information_schema.table_constraints tc "
                          "JOIN information_schema.constraint_column_usage ccu "
                          "ON ccu.constraint_name = tc.constraint_name AND ccu.constraint_schema = tc.constraint_schema "
                          "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()");
}

// The columns of a table, sorted by name so both engines list them alike.
QStringList columnsOf(Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i).toLower();
    columns.sort();
    return columns;
}

// One value as text that reads the same from either engine's driver.
void appendCanonical(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += "\x01N";
        return;
    }
    switch (v.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::ULongLong:
        out += QByteArray::number(v.toULongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        // A whole number held as REAL reads back as an integer from the other side, or vice versa.
        if (d == double(qint64(d)))
            out += QByteArray::number(qint64(d));
        else
            out += QByteArray::number(d, 'g', 17);
        return;
    }
    case QMetaType::QByteArray:
        out += "\x01X" + v.toByteArray().toHex();
        return;
    default:
        out += v.toString().toUtf8();
        return;
    }
}

} // namespace

Result<QStringList> DatabaseCopy::tablesInDependencyOrder(Database &db)
{
    Query list(db);
    if (Status s = list.exec(db.dialect().listTables()); !s)
        return s.error();
    QStringList tables;
    while (list.next()) {
        const QString name = list.string(0);
        if (name != QLatin1String("schema_migrations") && isSafeName(name))
            tables << name;
    }
    list.finish();
    QHash<QString, QSet<QString>> parents;
    Query fks(db);
    if (Status s = fks.exec(foreignKeysSql(db.engine())); !s)
        return s.error();
    while (fks.next()) {
        const QString child = fks.string(0);
        const QString parent = fks.string(1);
        if (child != parent)
            parents[child].insert(parent);
    }
    fks.finish();
    // Depth-first: each table after its parents; the sorted start keeps the order stable.
    QStringList ordered;
    QSet<QString> done;
    QSet<QString> visiting;
    std::function<void(const QString &)> visit = [&](const QString &t) {
        if (done.contains(t) || visiting.contains(t) || !tables.contains(t))
            return;
        visiting.insert(t);
        QStringList ps = parents.value(t).values();
        ps.sort();
        for (const QString &p : ps)
            visit(p);
        visiting.remove(t);
        done.insert(t);
        ordered << t;
    };
    for (const QString &t : tables)
        visit(t);
    return ordered;
}

Result<QString> DatabaseCopy::checksum(Database &db, const QString &table, qint64 *rows)
{
    if (!isSafeName(table))
        return Error::invalid(QObject::tr("%1 is not a table name.").arg(table));
    const QStringList columns = columnsOf(db, table);
    if (columns.isEmpty())
        return Error::notFound(QObject::tr("%1 has no table %2.").arg(db.location(), table));
    Query q(db);
    if (Status s = q.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table); !s)
        return s.error();
    // Summing the row hashes makes the checksum independent of the order rows come back in
    // (collations differ between engines) while a changed, lost or extra row still changes it.
    quint64 high = 0;
    quint64 low = 0;
    qint64 count = 0;
    QByteArray row;
    while (q.next()) {
        row.clear();
        for (int i = 0; i < columns.size(); ++i) {
            if (i)
                row += '\x1f';
            appendCanonical(row, q.value(i));
        }
        const QByteArray digest = QCryptographicHash::hash(row, QCryptographicHash::Sha256);
        high += qFromBigEndian<quint64>(digest.constData());
        low += qFromBigEndian<quint64>(digest.constData() + 8);
        ++count;
    }
    q.finish();
    if (rows)
        *rows = count;
    return QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
}

Result<QList<TableCopyCheck>> DatabaseCopy::copy(Database &from, Database &to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error::conflict(QObject::tr("%1 is at schema %2 and %3 at schema %4: open both with this version of "
                                           "Mentor Desk first.")
                                   .arg(from.location())
                                   .arg(from.schemaVersion())
                                   .arg(to.location())
                                   .arg(to.schemaVersion()));
    for (const char *table : {"users", "students"}) {
        Query q(to, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        auto n = q.scalar();
        if (!n)
            return n.error();
        if (n->toLongLong() > 0)
            return Error::conflict(QObject::tr("%1 already holds staff users or students; Mentor Desk copies only into "
                                               "an empty database. Nothing was changed.")
                                       .arg(to.location()));
    }
    auto tables = tablesInDependencyOrder(from);
    if (!tables)
        return tables.error();
    auto targetTables = tablesInDependencyOrder(to);
    if (!targetTables)
        return targetTables.error();
    for (const QString &t : *tables) {
        if (!targetTables->contains(t))
            return Error::conflict(QObject::tr("%1 has no table %2; nothing was changed.").arg(to.location(), t));
        if (columnsOf(from, t) != columnsOf(to, t))
            return Error::conflict(QObject::tr("The table %1 has different columns in %2 and %3; nothing was changed.")
                                       .arg(t, from.location(), to.location()));
    }

    Transaction tx(to);
    if (!tx.ok())
        return tx.error();
    if (to.engine() == Engine::SQLite) {
        // Self-references and rows in any order are checked at COMMIT instead of at each insert.
        Query defer(to);
        if (Status s = defer.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
            return s.error();
    }
    // What the migrations seeded (settings, labels, flags) is replaced by the source's rows.
    for (auto it = targetTables->crbegin(); it != targetTables->crend(); ++it) {
        Query clear(to);
        if (Status s = clear.exec(QStringLiteral("DELETE FROM ") + *it); !s)
            return s.error();
    }
    for (const QString &t : *tables) {
        const QStringList columns = columnsOf(from, t);
        const bool hasId = columns.contains(QLatin1String("id"));
        Query read(from);
        if (Status s = read.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + t
                                 + (hasId ? QStringLiteral(" ORDER BY id") : QString()));
            !s)
            return s.error();
        // Many rows to a statement: one round trip to a server per row would take minutes.
        const int perStatement = qMax(1, qMin(200, 30000 / int(columns.size())));
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        const QString oneRow = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
        const QString head = QStringLiteral("INSERT INTO ") + t + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
            + QStringLiteral(") VALUES ");
        Query batch(to);
        Query single(to);
        QList<QVariant> pending;
        auto write = [&](Query &q, int rows) -> Status {
            if (!q.isPrepared()) {
                QStringList all;
                for (int i = 0; i < rows; ++i)
                    all << oneRow;
                if (Status s = q.prepare(head + all.join(QStringLiteral(", "))); !s)
                    return s;
            }
            for (const QVariant &v : std::as_const(pending))
                q.bind(v);
            pending.clear();
            if (Status s = q.exec(); !s)
                return Error::storage(QObject::tr("Copying %1 failed; nothing was changed. %2").arg(t, s.error().message));
            return {};
        };
        int rows = 0;
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                pending << read.value(i);
            if (++rows == perStatement) {
                if (Status s = write(batch, perStatement); !s)
                    return s.error();
                rows = 0;
            }
        }
        const QList<QVariant> last = pending;
        for (int i = 0; i < rows; ++i) {
            pending = last.mid(i * columns.size(), columns.size());
            if (Status s = write(single, 1); !s)
                return s.error();
        }
        read.finish();
        if (hasId) {
            if (const QString fix = to.dialect().afterExplicitIds(t); !fix.isEmpty()) {
                Query seq(to);
                if (Status s = seq.exec(fix); !s)
                    return s.error();
                seq.finish();
            }
        }
    }
    QList<TableCopyCheck> checks;
    QStringList mismatched;
    for (const QString &t : *tables) {
        TableCopyCheck c;
        c.table = t;
        auto a = checksum(from, t, &c.sourceRows);
        if (!a)
            return a.error();
        auto b = checksum(to, t, &c.targetRows);
        if (!b)
            return b.error();
        c.sourceChecksum = *a;
        c.targetChecksum = *b;
        if (!c.matches())
            mismatched << t;
        checks << c;
    }
    if (!mismatched.isEmpty())
        return Error::storage(QObject::tr("After copying, these tables differ between %1 and %2, so nothing was changed: %3")
                                  .arg(from.location(), to.location(), mismatched.join(QStringLiteral(", "))));
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcStorage) << "copied" << tables->size() << "tables between engines";
    return checks;
}

} // namespace md
