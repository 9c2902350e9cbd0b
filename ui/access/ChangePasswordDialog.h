// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace md {
class Database;
}

namespace md::ui {

// The signed-in user changes their password: at the first sign-in after an administrator reset
// it (then the dialog cannot be skipped), or from File → Change my password.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Database &db, Session session, bool forced, QWidget *parent = nullptr);
    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *againEdit() const { return m_again; }
    QLabel *errorLabel() const { return m_error; }
    void accept() override;

private:
    Database &m_db;
    Session m_session;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_again;
    QLabel *m_error;
};

} // namespace md::ui
