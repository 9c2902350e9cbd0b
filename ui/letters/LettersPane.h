// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace md::ui {

class LetterListWidget;

// The Letters pane: every letter the user may track (a mentor's learners, the whole school for a
// headteacher, and the letters they wrote themselves) filtered by state, type and text, with
// what can be done to them.
class LettersPane : public Pane
{
    Q_OBJECT
public:
    explicit LettersPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;

    QComboBox *stateFilter() const { return m_state; }
    QComboBox *typeFilter() const { return m_type; }
    QLineEdit *textFilter() const { return m_text; }
    LetterListWidget *list() const { return m_list; }

private:
    void applyFilter();

    QComboBox *m_state;
    QComboBox *m_type;
    QLineEdit *m_text;
    QLabel *m_scope;
    LetterListWidget *m_list;
};

} // namespace md::ui
