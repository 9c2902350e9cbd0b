// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentors/AddMentorWizard.h"
#include "mentors/RemoveMentorDialog.h"
#include "shell/Pane.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace md {
class MentorTeamModel;
}

namespace md::ui {

class MentorOutboxView;
class MentorRecord;

// The lead mentor's view of the mentoring team: every mentor with grade, caseload against
// capacity, status, overdue items, last supervision and CPD hours; the chosen mentor's record
// below; adding (the add-mentor wizard), removing with reallocation and reinstating; and the
// outbox of messages to mentors.
class MentorsPane : public Pane
{
    Q_OBJECT
public:
    explicit MentorsPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void reload();

    void addMentor();
    void removeSelected();
    void reinstateSelected();
    void selectMentor(qint64 userId);
    qint64 selectedMentor() const;

    MentorTeamModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    MentorRecord *record() const { return m_record; }
    MentorOutboxView *outbox() const { return m_outbox; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *result() const { return m_result; }
    QCheckBox *showRemoved() const { return m_showRemoved; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *reinstateButton() const { return m_reinstate; }
    // The wizard or removal dialog that is open, if any (they are window-modal, not blocking).
    AddMentorWizard *wizard() const { return m_wizard; }
    RemoveMentorDialog *removeDialog() const { return m_removeDialog; }

private:
    void updateButtons();
    void changed(const QString &message);

    MentorTeamModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTabWidget *m_tabs;
    QTableView *m_view;
    MentorRecord *m_record;
    MentorOutboxView *m_outbox = nullptr;
    QLabel *m_count;
    QLabel *m_result;
    QCheckBox *m_showRemoved;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_reinstate;
    QPointer<AddMentorWizard> m_wizard;
    QPointer<RemoveMentorDialog> m_removeDialog;
    bool m_stale = true;
};

// A mentor's own record: their details, supervision and CPD (they log their own CPD),
// observations, learner feedback and reviews.
class MyDevelopmentPane : public Pane
{
    Q_OBJECT
public:
    explicit MyDevelopmentPane(DeskContext &context, QWidget *parent = nullptr);
    void activate() override;
    MentorRecord *record() const { return m_record; }

private:
    MentorRecord *m_record;
};

} // namespace md::ui
