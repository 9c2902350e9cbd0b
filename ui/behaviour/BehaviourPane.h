// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviour/BehaviourStore.h"
#include "shell/Pane.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace md {
class BehaviourEventModel;
class BehaviourTotalsModel;
struct BehaviourFilter;
struct BehaviourDeletion;
} // namespace md

namespace md::ui {

// The behaviour log: every event the user may see (teachers: their courses' students; mentors:
// their group; headteacher and lead mentor: the school), filtered in SQL by student, group, dates,
// category and who recorded it, read a page at a time; totals per student and week; quick entry
// of an incident for several students; CSV import for those who may.
class BehaviourPane : public Pane
{
    Q_OBJECT
public:
    explicit BehaviourPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void reload();
    // Opens quick entry; returns the ids saved (empty when cancelled).
    QList<qint64> recordIncident();
    void importFile(const QString &file = {});
    // Deletes the selected event after asking (Delete key or button); the core checks who may.
    bool deleteSelected();
    // Puts the last deleted event back (Ctrl+Z).
    bool undoDelete();

    BehaviourFilter currentFilter() const;
    QTableView *eventsView() const { return m_events; }
    QTableView *totalsView() const { return m_totals; }
    BehaviourEventModel *eventModel() const { return m_eventModel; }
    BehaviourTotalsModel *totalsModel() const { return m_totalsModel; }
    QLineEdit *studentEdit() const { return m_student; }
    QComboBox *groupBox() const { return m_group; }
    QComboBox *categoryBox() const { return m_category; }
    QComboBox *recorderBox() const { return m_recorder; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *undoButton() const { return m_undo; }

private:
    void fillChoices();
    void updateDeleteButton();

    BehaviourEventModel *m_eventModel;
    BehaviourTotalsModel *m_totalsModel;
    QLineEdit *m_student;
    qint64 m_studentId = 0;
    QComboBox *m_group;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_category;
    QComboBox *m_recorder;
    QLabel *m_count;
    QTabWidget *m_tabs;
    QTableView *m_events;
    QTableView *m_totals;
    QPushButton *m_delete = nullptr;
    QPushButton *m_undo = nullptr;
    QList<BehaviourDeletion> m_deleted; // newest last, for undo
    bool m_stale = true;
};

} // namespace md::ui
