// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "shell/Pane.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace md {
class MentoringRegisterModel;
}

namespace md::ui {

// The mentoring register: every student receiving an intervention, filtered by keyworker, stage,
// year group, flag and overdue review (in SQL), with the day-to-day steps (start, parents
// contacted, objectives, allocate, termly review), CSV export and printing. A mentor sees the
// entries of their own caseload.
class RegisterPane : public Pane
{
    Q_OBJECT
public:
    explicit RegisterPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void reload();
    Status exportCsv(const QString &path);
    QString registerHtml();

    void startSelected();
    void parentsContacted();
    void editObjectives();
    void reviewSelected();
    void allocateSelected();

    QTableView *view() const { return m_view; }
    MentoringRegisterModel *model() const { return m_model; }
    QComboBox *keyworkerBox() const { return m_keyworker; }
    QComboBox *stageBox() const { return m_stage; }
    QComboBox *yearBox() const { return m_year; }
    QComboBox *flagBox() const { return m_flag; }
    QCheckBox *overdueBox() const { return m_overdue; }
    QCheckBox *concludedBox() const { return m_concluded; }
    QLabel *messageLabel() const { return m_message; }

private:
    void applyFilters();
    void updateButtons();
    void fillFilterChoices();
    qint64 selectedId() const;
    void afterChange(const QString &message);

    MentoringRegisterModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_keyworker;
    QComboBox *m_stage;
    QComboBox *m_year;
    QComboBox *m_flag;
    QCheckBox *m_overdue;
    QCheckBox *m_concluded;
    QLabel *m_count;
    QTableView *m_view;
    QLabel *m_detail;
    QLabel *m_message;
    QPushButton *m_start;
    QPushButton *m_contacted;
    QPushButton *m_objectives;
    QPushButton *m_review;
    QPushButton *m_allocate;
    QTimer *m_typing;
    bool m_stale = true;
};

} // namespace md::ui
