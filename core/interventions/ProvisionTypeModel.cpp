// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/ProvisionTypeModel.h"

namespace md {

ProvisionTypeModel::ProvisionTypeModel(QObject *parent) : QAbstractTableModel(parent) {}

Status ProvisionTypeModel::load(Database &db, bool includeInactive)
{
    auto rows = ProvisionMap(db).types(includeInactive);
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

int ProvisionTypeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProvisionTypeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvisionTypeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProvisionType &t = m_rows.at(index.row());
    switch (role) {
    case TypeIdRole:
        return t.id;
    case StageRole:
        return t.stage;
    case ChoiceTextRole:
        return tr("Stage %1 · %2").arg(t.stage).arg(t.name);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StageColumn:
            return t.stage;
        case NameColumn:
            return t.name;
        case DurationColumn:
            return t.duration;
        case CriteriaColumn:
            return int(t.criteria.size());
        case ActiveColumn:
            return t.active ? tr("Offered") : tr("Not offered");
        }
        break;
    case Qt::ToolTipRole:
        return t.description;
    case Qt::TextAlignmentRole:
        if (index.column() == StageColumn || index.column() == CriteriaColumn)
            return int(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ProvisionTypeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case NameColumn:
        return tr("Intervention");
    case DurationColumn:
        return tr("Length");
    case CriteriaColumn:
        return tr("Criteria");
    case ActiveColumn:
        return tr("Offered");
    }
    return {};
}

int ProvisionTypeModel::rowOfType(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == id)
            return r;
    return -1;
}

} // namespace md
