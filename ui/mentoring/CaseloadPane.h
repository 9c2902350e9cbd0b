// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QLabel;
class QPushButton;
class QTableView;

namespace md {
class TeamDashboardModel;
}

namespace md::ui {

class CaseloadView;

// "My caseload dashboard": each of the mentor's students against the caseload expectations of
// reference 004, what is done, due and overdue (red, and saying how late), the five-step stage,
// and a one-click daily check-in.
class CaseloadPane : public Pane
{
    Q_OBJECT
public:
    explicit CaseloadPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    CaseloadView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    QPushButton *checkInButton() const { return m_checkIn; }

private:
    void reload();
    void checkIn();

    CaseloadView *m_view;
    QLabel *m_summary;
    QPushButton *m_checkIn;
    bool m_stale = true;
};

// The lead mentor's team dashboard: one line per mentor (caseload, students with overdue items,
// overdue items by expectation, and the whole team), and the chosen mentor's students below.
class TeamDashboardPane : public Pane
{
    Q_OBJECT
public:
    explicit TeamDashboardPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    QTableView *mentors() const { return m_mentors; }
    CaseloadView *students() const { return m_students; }
    QLabel *summary() const { return m_summary; }

private:
    void reload();

    TeamDashboardModel *m_team;
    QTableView *m_mentors;
    CaseloadView *m_students;
    QLabel *m_summary;
    QLabel *m_studentsTitle;
    bool m_stale = true;
};

} // namespace md::ui
