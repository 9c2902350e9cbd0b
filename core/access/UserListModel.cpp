// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/UserListModel.h"

namespace md {

UserListModel::UserListModel(QObject *parent) : QAbstractTableModel(parent) {}

Status UserListModel::load(Database &db)
{
    UserStore store(db);
    auto users = store.list();
    if (!users)
        return users.error();
    beginResetModel();
    m_users = *users;
    m_labels.clear();
    for (Role r : allRoles())
        m_labels.insert(r, store.roleLabel(r));
    endResetModel();
    return {};
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const StaffUser &u = m_users.at(index.row());
    if (role == UserIdRole)
        return u.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return u.displayName;
    case UsernameColumn:
        return u.username;
    case RolesColumn: {
        QStringList labels;
        for (Role r : allRoles())
            if (u.roles.contains(r))
                labels << m_labels.value(r);
        return labels.join(QStringLiteral(", "));
    }
    case EmailColumn:
        return u.email;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case RolesColumn:
        return tr("Roles");
    case EmailColumn:
        return tr("Email");
    }
    return {};
}

} // namespace md
