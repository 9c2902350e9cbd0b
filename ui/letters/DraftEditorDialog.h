// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/Letter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextEdit;
class QTimer;

namespace md::ui {

class DeskContext;

// Edits one draft letter's merged text before it is issued: the gaps left by missing data are
// marked, listed and must be filled before the letter can be issued.
class DraftEditorDialog : public QDialog
{
    Q_OBJECT
public:
    DraftEditorDialog(DeskContext &context, const Letter &letter, QWidget *parent = nullptr);

    QTextEdit *editor() const { return m_editor; }
    QLabel *problemLabel() const { return m_problems; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *previewButton() const { return m_preview; }

public Q_SLOTS:
    void accept() override;

private:
    void updateProblems();

    DeskContext &m_context;
    Letter m_letter;
    QTextEdit *m_editor;
    QLabel *m_problems;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_preview;
    QTimer *m_check;
};

} // namespace md::ui
