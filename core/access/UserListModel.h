// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/UserStore.h"

#include <QAbstractTableModel>

namespace md {

// Staff users with their roles (labels as the school names them), for the administration pane.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UsernameColumn,
        RolesColumn,
        EmailColumn,
        ColumnCount
    };
    static constexpr int UserIdRole = Qt::UserRole + 1;

    explicit UserListModel(QObject *parent = nullptr);
    Status load(Database &db);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StaffUser> m_users;
    QHash<Role, QString> m_labels;
};

} // namespace md
