// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QTableView>

namespace md {
class CaseloadModel;
}

namespace md::ui {

// The caseload expectations table shared by the mentor's and the lead mentor's dashboards:
// sortable (by how late, not by the text), optionally narrowed to one mentor.
class CaseloadView : public QTableView
{
    Q_OBJECT
public:
    explicit CaseloadView(QWidget *parent = nullptr);

    CaseloadModel *caseload() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // 0 shows every mentor's students.
    void setMentorFilter(qint64 mentorId);
    // The student of the current row, or 0.
    qint64 currentStudent() const;
    void fitColumns();

Q_SIGNALS:
    void openStudent(qint64 studentId);

private:
    CaseloadModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace md::ui
