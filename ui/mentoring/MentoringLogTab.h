// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentoring/MentoringTypes.h"
#include "students/RecordTabs.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace md {
class TimelineModel;
}

namespace md::ui {

class DeskContext;

// The student record's "Mentoring log" tab: where the case is in the five steps and what is
// missing, today's check-in (one click), the timeline of everything logged (filterable by kind),
// the active SMART targets and the objectives, and buttons to plan a session or record an entry.
class MentoringLogTab : public RecordTab
{
    Q_OBJECT
public:
    MentoringLogTab(DeskContext &context, QWidget *parent = nullptr);

    void showStudent(qint64 studentId) override;

    QTableView *timeline() const { return m_view; }
    TimelineModel *timelineModel() const { return m_model; }
    QComboBox *kindFilter() const { return m_filter; }
    QPushButton *checkInButton() const { return m_checkIn; }
    QLabel *stepsLabel() const { return m_steps; }
    QListWidget *targets() const { return m_targets; }
    // Opens what a timeline row shows (a session in the editor, an entry in its form).
    void openRow(int row);

private:
    void reload();
    void toggleCheckIn();
    void newSession();
    void record(EntryKind kind);
    void targetMet();
    void progressNote();

    DeskContext &m_context;
    qint64 m_studentId = 0;
    bool m_canEdit = false;
    TimelineModel *m_model;
    QLabel *m_steps;
    QLabel *m_message;
    QPushButton *m_checkIn;
    QComboBox *m_filter;
    QTableView *m_view;
    QListWidget *m_targets;
    QListWidget *m_objectives;
    QList<QWidget *> m_editors;
};

} // namespace md::ui
