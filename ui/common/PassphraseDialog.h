// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace md::ui {

// Asks for the passphrase of an encrypted backup or export: once to open one, twice (and checked
// against the passphrase rules) to seal one. The passphrase is never stored.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Seal,
        Open,
    };
    PassphraseDialog(Purpose purpose, const QString &text, QWidget *parent = nullptr);
    QString passphrase() const;

    // The passphrase, or nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, Purpose purpose, const QString &text);
    // Tests: the next ask() returns this instead of showing the dialog.
    static void setNextAnswer(std::optional<QString> answer);

    void accept() override;

private:
    Purpose m_purpose;
    QLineEdit *m_first;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem;
};

} // namespace md::ui
