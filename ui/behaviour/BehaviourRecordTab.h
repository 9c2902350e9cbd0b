// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "students/RecordTabs.h"

class QLabel;
class QPushButton;
class QTableView;

namespace md {
class BehaviourEventModel;
}

namespace md::ui {

class DeskContext;

// The student record's Behaviour tab: the student's points this school year and in the last four
// weeks, and every event, newest first (paged like the log); quick entry for this student.
class BehaviourRecordTab : public RecordTab
{
    Q_OBJECT
public:
    BehaviourRecordTab(DeskContext &context, QWidget *parent = nullptr);

    void showStudent(qint64 studentId) override;
    QList<qint64> recordIncident();

    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    BehaviourEventModel *model() const { return m_model; }

private:
    DeskContext &m_context;
    qint64 m_studentId = 0;
    BehaviourEventModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_record = nullptr;
};

} // namespace md::ui
