// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/MentorLoadModel.h"

#include "interventions/WaitingQueueModel.h"

#include <QMimeData>

namespace md {

MentorLoadModel::MentorLoadModel(QObject *parent) : QAbstractListModel(parent) {}

Status MentorLoadModel::load(Database &db, const Session &session)
{
    auto rows = AllocationService(db).loads(session);
    beginResetModel();
    if (rows)
        m_rows = std::move(*rows);
    else
        m_rows.clear();
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

int MentorLoadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MentorLoadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MentorLoad &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m.name;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1, %2: %3").arg(m.name, m.gradeLabel, m.summary());
    case MentorIdRole:
        return m.mentorId;
    case GradeRole:
        return m.gradeLabel;
    case CaseloadRole:
        return m.regularCases();
    case CapacityRole:
        return m.capacity;
    case SenCasesRole:
        return m.senCases;
    case SenSlotsRole:
        return m.senSlots;
    case SummaryRole:
        return m.summary();
    case FullRole:
        return m.full();
    default:
        break;
    }
    return {};
}

Qt::ItemFlags MentorLoadModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QStringList MentorLoadModel::mimeTypes() const
{
    return {WaitingQueueModel::kMimeType};
}

bool MentorLoadModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent) const
{
    Q_UNUSED(action);
    Q_UNUSED(row);
    Q_UNUSED(column);
    // Only onto a mentor, not between them.
    return data && data->hasFormat(WaitingQueueModel::kMimeType) && parent.isValid() && parent.row() < m_rows.size();
}

bool MentorLoadModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const qint64 interventionId = data->data(WaitingQueueModel::kMimeType).toLongLong(&ok);
    if (!ok || interventionId <= 0)
        return false;
    Q_EMIT allocationRequested(interventionId, m_rows.at(parent.row()).mentorId);
    // The allocation happens (or not) after the board's confirmation; nothing moves here.
    return false;
}

int MentorLoadModel::rowOfMentor(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).mentorId == id)
            return r;
    return -1;
}

} // namespace md
