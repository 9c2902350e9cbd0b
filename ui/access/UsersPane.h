// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "shell/Pane.h"

class QLabel;
class QTableView;

namespace md {
class UserListModel;
}

namespace md::ui {

// Administration: the staff users and their roles, adding a user, and the school's labels for
// the roles.
class UsersPane : public Pane
{
    Q_OBJECT
public:
    explicit UsersPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    Status resetPassword(qint64 userId, const QString &temporaryPassword);
    QWidget *primaryFocus() override;
    void addUser();
    void renameRoles();
    UserListModel *model() const { return m_model; }

private:
    UserListModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
};

} // namespace md::ui
