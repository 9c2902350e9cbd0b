// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace md {
class Database;
}

namespace md::ui {

// Username and password; a refusal is shown inline under the fields, not in a pop-up.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(Database &db, QWidget *parent = nullptr);

    void setUsername(const QString &username);
    const Session &session() const { return m_session; }

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    Database &m_db;
    Session m_session;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace md::ui
