// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace md {
class Database;
}

namespace md::ui {

// The first run of an empty database: the school's name and phase and its first administrator.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdministratorDialog(Database &db, QWidget *parent = nullptr);
    const Session &session() const { return m_session; }

public Q_SLOTS:
    void accept() override;

private:
    Database &m_db;
    Session m_session;
    QLineEdit *m_school;
    QComboBox *m_phase;
    QLineEdit *m_name;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace md::ui
