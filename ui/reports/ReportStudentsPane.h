// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace md {
class ReportStudentListModel;
}

namespace md::ui {

class ReportStudentView;

// "Your students" (reference 000 §2.2): the learners in the user's scope on the left, filtered as
// you type, and the selected student's 360° report on the right.
class ReportStudentsPane : public Pane
{
    Q_OBJECT
public:
    explicit ReportStudentsPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;

    QLineEdit *filter() const { return m_filter; }
    QTableView *list() const { return m_list; }
    ReportStudentListModel *model() const { return m_model; }
    ReportStudentView *report() const { return m_report; }
    // Selects the student in the list (reloading it unfiltered if needed) and shows their report.
    bool selectStudent(qint64 studentId);

private:
    void reload();
    void showCurrent();

    ReportStudentListModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_list = nullptr;
    ReportStudentView *m_report = nullptr;
    bool m_stale = true;
};

} // namespace md::ui
