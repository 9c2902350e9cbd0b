// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ServerUrl.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace md::ui {

// File → Connect to a server…: where the team's PostgreSQL database is (server, port, database,
// user name, and whether the connection must be encrypted). The password is not asked here: the
// desk asks for it when the server wants one and keeps it only in memory, never in the settings.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a server used before (its password, if any, is ignored).
    void setServer(const ServerUrl &url);
    // The server chosen, without a password.
    ServerUrl server() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *encryptionBox() const { return m_tls; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QDialogButtonBox *m_buttons;
};

} // namespace md::ui
