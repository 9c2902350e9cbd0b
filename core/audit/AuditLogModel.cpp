// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLogModel.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QDateTime>
#include <QFile>
#include <QTextStream>

namespace md {

namespace {
QString csv(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n')))
        return v;
    return QLatin1Char('"') + QString(v).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}
} // namespace

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

QString AuditLogModel::whereClause(QVariantList *binds) const
{
    QStringList where;
    if (m_studentId >= 0) {
        where << QStringLiteral("((entity = 'student' AND entity_id = ?) OR (entity = 'parent' AND entity_id IN "
                                "(SELECT id FROM parents WHERE student_id = ?)))");
        *binds << m_studentId << m_studentId;
    }
    if (!m_filter.username.isEmpty()) {
        where << QStringLiteral("username = ?");
        *binds << m_filter.username;
    }
    if (m_filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        *binds << isoDate(m_filter.from);
    }
    if (m_filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        *binds << isoDate(m_filter.to.addDays(1));
    }
    return where.isEmpty() ? QString() : QStringLiteral(" AND ") + where.join(QStringLiteral(" AND "));
}

Result<QList<AuditLogModel::Row>> AuditLogModel::page(qint64 beforeId, int limit) const
{
    QVariantList binds;
    const QString where = whereClause(&binds);
    Query q(*m_db, QStringLiteral("SELECT id, at, username, action, entity, entity_id, field, old_value, new_value "
                                  "FROM audit_log WHERE id < ?")
                       + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    q.bind(beforeId);
    for (const QVariant &v : binds)
        q.bind(v);
    q.bind(limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Row> rows;
    while (q.next())
        rows.append(Row{q.id(0), q.string(1), q.string(2), q.string(3), q.string(4), q.id(5), q.string(6), q.string(7),
                        q.string(8)});
    return rows;
}

Status AuditLogModel::load(Database &db, const Session &session, const AuditFilter &filter)
{
    if (Status s = Permissions::require(session, Action::ViewAuditLog); !s)
        return s;
    m_db = &db;
    m_filter = filter;
    m_studentId = -1;
    if (!filter.upn.trimmed().isEmpty()) {
        Query find(db, QStringLiteral("SELECT id FROM students WHERE upn = ?"));
        find.bind(filter.upn.trimmed().toUpper());
        auto id = find.scalar();
        if (!id)
            return id.error();
        if (id->isNull())
            return Error::notFound(tr("No student has the UPN %1.").arg(filter.upn.trimmed()));
        m_studentId = id->toLongLong();
    }
    auto rows = page(std::numeric_limits<qint64>::max(), kPageSize);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = *rows;
    m_more = false;
    endResetModel();
    // Only now: observers of the reset must not start fetching while it is being announced.
    m_more = m_rows.size() == kPageSize;
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty() || m_fetching)
        return;
    m_fetching = true;
    auto rows = page(m_rows.last().id, kPageSize);
    if (!rows || rows->isEmpty()) {
        m_more = false;
        m_fetching = false;
        return;
    }
    m_more = rows->size() == kPageSize;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows += *rows;
    endInsertRows();
    m_fetching = false;
}

Result<qint64> AuditLogModel::exportCsv(const QString &path) const
{
    if (!m_db)
        return Error::invalid(tr("Load the audit log before exporting it."));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::io(tr("%1 could not be written: %2").arg(path, file.errorString()));
    QTextStream out(&file);
    out << "id,when,who,action,record,record_id,field,old,new\r\n";
    qint64 before = std::numeric_limits<qint64>::max();
    qint64 count = 0;
    for (;;) {
        auto rows = page(before, 5000);
        if (!rows)
            return rows.error();
        for (const Row &r : *rows) {
            out << r.id << ',' << csv(r.at) << ',' << csv(r.username) << ',' << csv(r.action) << ',' << csv(r.entity)
                << ',' << r.entityId << ',' << csv(r.field) << ',' << csv(r.oldValue) << ',' << csv(r.newValue) << "\r\n";
            ++count;
        }
        if (rows->size() < 5000)
            break;
        before = rows->last().id;
    }
    out.flush();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return count;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case WhenColumn:
        return QDateTime::fromString(r.at, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case WhoColumn:
        return r.username;
    case ActionColumn:
        return r.action;
    case RecordColumn:
        return QString(r.entity + QLatin1Char(' ') + QString::number(r.entityId));
    case FieldColumn:
        return r.field;
    case OldColumn:
        return r.oldValue;
    case NewColumn:
        return r.newValue;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case OldColumn:
        return tr("Old value");
    case NewColumn:
        return tr("New value");
    }
    return {};
}

} // namespace md
