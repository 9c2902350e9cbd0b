// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/WaitingQueueModel.h"

#include <QLocale>
#include <QMimeData>

namespace md {

WaitingQueueModel::WaitingQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

Status WaitingQueueModel::load(Database &db, const Session &session, const QDate &today)
{
    auto rows = AllocationService(db).waiting(session);
    beginResetModel();
    m_today = today;
    if (rows)
        m_rows = std::move(*rows);
    else
        m_rows.clear();
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

int WaitingQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WaitingQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WaitingStudent &w = m_rows.at(index.row());
    switch (role) {
    case InterventionIdRole:
        return w.interventionId;
    case StudentIdRole:
        return w.student.id;
    case PriorityLevelRole:
        return w.priorityLevel;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RankColumn:
            return w.rank;
        case StudentColumn:
            return w.student.yearGroup > 0 ? tr("%1 (Year %2)").arg(w.student.sortName()).arg(w.student.yearGroup)
                                           : w.student.sortName();
        case PriorityColumn:
            return w.priorityReason;
        case InterventionColumn:
            return tr("%1 (stage %2)").arg(w.provisionName).arg(w.stage);
        case ReferredColumn: {
            const qint64 days = w.referredOn.daysTo(m_today);
            return tr("%1, waiting %n day(s)", nullptr, int(days))
                .arg(QLocale().toString(w.referredOn, QLocale::ShortFormat));
        }
        }
        break;
    case Qt::ToolTipRole:
        return tr("Drag onto a mentor, or press Enter to choose a keyworker.");
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn)
            return int(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant WaitingQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("#");
    case StudentColumn:
        return tr("Student");
    case PriorityColumn:
        return tr("Priority");
    case InterventionColumn:
        return tr("Intervention");
    case ReferredColumn:
        return tr("Referred");
    }
    return {};
}

Qt::ItemFlags WaitingQueueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList WaitingQueueModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *WaitingQueueModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.row() >= m_rows.size())
            continue;
        auto *mime = new QMimeData;
        mime->setData(kMimeType, QByteArray::number(m_rows.at(index.row()).interventionId));
        return mime;
    }
    return nullptr;
}

} // namespace md
