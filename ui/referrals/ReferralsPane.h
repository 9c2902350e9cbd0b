// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;
class QTableView;
class QTimer;

namespace md {
class ReferralListModel;
}

namespace md::ui {

class ReferralDetailPanel;

// The referral register: every referral the user may see (the lead mentor all; a mentor their
// group's; a teacher their own), filtered and sorted in SQL, with a detail panel that takes the
// selected referral through its steps. Any member of staff makes a referral from here.
class ReferralsPane : public Pane
{
    Q_OBJECT
public:
    explicit ReferralsPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void reload();
    void newReferral(qint64 studentId = 0);
    void importForm(const QString &file = {});
    // Selects the referral's row (when the filters show it).
    bool selectReferral(qint64 id);

    QTableView *view() const { return m_view; }
    ReferralListModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusBox() const { return m_status; }
    ReferralDetailPanel *detail() const { return m_detail; }
    QLabel *countLabel() const { return m_count; }

private:
    void applyFilters();
    void currentChanged();

    ReferralListModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QComboBox *m_urgency;
    QComboBox *m_concern;
    QCheckBox *m_mine;
    QLabel *m_count;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedLayout *m_stack;
    ReferralDetailPanel *m_detail;
    QTimer *m_typing;
    bool m_stale = true;
};

} // namespace md::ui
