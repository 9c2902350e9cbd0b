// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/Letterhead.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace md {
class Database;
class Session;
} // namespace md

namespace md::ui {

// Sets the school letterhead once for every letter: logo, school name, address, contact line
// and footer. Saving keeps the earlier version for letters already issued.
class LetterheadDialog : public QDialog
{
    Q_OBJECT
public:
    LetterheadDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    // Loads the logo from a file (what "Choose logo..." does after its file dialog).
    bool loadLogo(const QString &path);
    Letterhead letterhead() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *addressEdit() const { return m_address; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    void showLogo();

    Database &m_db;
    const Session &m_session;
    QByteArray m_logo;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_contact;
    QPlainTextEdit *m_footer;
    QLabel *m_logoView;
    QLabel *m_error;
};

} // namespace md::ui
