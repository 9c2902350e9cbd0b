// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace md::ui {

// Help → About: the version, the licence, and where this desk keeps its data (the open database,
// its backups folder, the settings file) so a user or technician can find and copy them.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // `databasePath` is the open database, or empty; `settingsFile` is where this desk's settings are.
    AboutDialog(const QString &databasePath, const QString &settingsFile, QWidget *parent = nullptr);

    // The facts shown, as plain text (what "Copy details" puts on the clipboard).
    QString details() const { return m_details; }
    QLabel *dataLabel() const { return m_data; }

private:
    QString m_details;
    QLabel *m_data;
};

} // namespace md::ui
