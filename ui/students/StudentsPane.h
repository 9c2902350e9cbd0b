// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace md {
class StudentListModel;
class StudentFilterModel;
}

namespace md::ui {

// The students list: the whole school (as far as the user's scope reaches) or only the signed-in
// mentor's caseload; sortable; filtered as you type over name, UPN, tutor group and flags.
class StudentsPane : public Pane
{
    Q_OBJECT
public:
    enum class Mode
    {
        InScope,  // everyone the user may see
        Caseload, // only the signed-in mentor's own group
    };

    StudentsPane(DeskContext &context, Mode mode, QWidget *parent = nullptr);
    ~StudentsPane() override;

    void activate() override;
    QWidget *primaryFocus() override;

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    StudentFilterModel *proxy() const { return m_proxy; }
    void reload();

private:
    void updateCount();
    void openCurrent();

    Mode m_mode;
    StudentListModel *m_model;
    StudentFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_empty;
    bool m_stale = true;
};

} // namespace md::ui
