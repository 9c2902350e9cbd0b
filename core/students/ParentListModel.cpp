// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/ParentListModel.h"

namespace md {

ParentListModel::ParentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ParentListModel::setParents(const QList<Parent> &parents)
{
    beginResetModel();
    m_parents = parents;
    endResetModel();
}

int ParentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parents.size());
}

int ParentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_parents.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    const Parent &p = m_parents.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return p.fullName();
    case RelationshipColumn:
        return p.relationship;
    case ResponsibilityColumn:
        return p.parentalResponsibility ? tr("Yes") : tr("No");
    case PhoneColumn:
        return p.phone;
    case EmailColumn:
        return p.email;
    case PreferenceColumn:
        return p.contactPreference;
    case AddressColumn:
        return role == Qt::DisplayRole ? QString(p.address).replace(QLatin1Char('\n'), QStringLiteral(", ")) : p.address;
    }
    return {};
}

QVariant ParentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RelationshipColumn:
        return tr("Relationship");
    case ResponsibilityColumn:
        return tr("Parental responsibility");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case PreferenceColumn:
        return tr("Prefers");
    case AddressColumn:
        return tr("Address");
    }
    return {};
}

} // namespace md
