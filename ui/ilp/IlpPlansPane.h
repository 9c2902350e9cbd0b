// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace md {
class IlpStudentListModel;
}

namespace md::ui {

class IlpCreateDialog;
class IlpStudentPage;

// Individual learning plans for mentors and teachers (reference 001, 4 to 8): the student list
// sorted by group, one row per current plan, with Create, Publish, Archive and Delete on a
// selection; opening a row shows the student's ILP page with a student switcher.
class IlpPlansPane : public Pane
{
    Q_OBJECT
public:
    explicit IlpPlansPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;

    void reload();
    // Creates plans for the selected rows' students (the whole list when nothing is selected).
    void createForSelection();
    void publishSelection();
    void archiveSelection();
    void deleteSelection();
    void openRow(int row);
    void backToList();

    QTableView *table() const { return m_table; }
    IlpStudentListModel *model() const { return m_model; }
    IlpStudentPage *studentPage() const { return m_page; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *messageLabel() const { return m_message; }
    QCheckBox *ownGroupBox() const { return m_ownGroup; }

    // Tests: answers the create dialog (shown, filled in) instead of waiting for the user.
    static void setCreateDialogHook(std::function<bool(IlpCreateDialog *)> hook);

private:
    QList<int> selectedRows() const;
    QList<qint64> selectedPlans(bool *withoutPlan = nullptr) const;
    void updateButtons();
    void showMessage(const QString &message, bool error = false);

    QStackedWidget *m_stack;
    QTableView *m_table;
    IlpStudentListModel *m_model;
    IlpStudentPage *m_page;
    QPushButton *m_create;
    QPushButton *m_publish;
    QPushButton *m_archive;
    QPushButton *m_delete;
    QPushButton *m_open;
    QPushButton *m_back;
    QLabel *m_message;
    QCheckBox *m_ownGroup;
    bool m_canNarrow = false;
};

} // namespace md::ui
