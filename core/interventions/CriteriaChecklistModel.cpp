// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/CriteriaChecklistModel.h"

namespace md {

CriteriaChecklistModel::CriteriaChecklistModel(QObject *parent) : QAbstractListModel(parent) {}

void CriteriaChecklistModel::setCriteria(const QList<ProvisionCriterion> &criteria)
{
    beginResetModel();
    m_criteria = criteria;
    m_checked = QList<bool>(criteria.size(), false);
    endResetModel();
}

QList<qint64> CriteriaChecklistModel::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_criteria.size(); ++i)
        if (m_checked.at(i))
            ids << m_criteria.at(i).id;
    return ids;
}

void CriteriaChecklistModel::setChecked(int row, bool checked)
{
    setData(index(row), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int CriteriaChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_criteria.size());
}

QVariant CriteriaChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_criteria.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_criteria.at(index.row()).text;
    case Qt::AccessibleTextRole:
        return (m_checked.at(index.row()) ? tr("Ticked: %1") : tr("Not ticked: %1"))
            .arg(m_criteria.at(index.row()).text);
    case Qt::CheckStateRole:
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    case CriterionIdRole:
        return m_criteria.at(index.row()).id;
    default:
        break;
    }
    return {};
}

bool CriteriaChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_criteria.size() || role != Qt::CheckStateRole)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_checked.at(index.row()) == checked)
        return true;
    m_checked[index.row()] = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::AccessibleTextRole});
    return true;
}

Qt::ItemFlags CriteriaChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace md
