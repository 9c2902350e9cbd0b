// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "privacy/Retention.h"
#include "shell/Pane.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace md::ui {

// Retention review (headteachers and administrators): the rule for each kind of record, what is
// past it, and erasing the ticked rows for good.
class RetentionPane : public Pane
{
    Q_OBJECT
public:
    explicit RetentionPane(DeskContext &context, QWidget *parent = nullptr);
    void activate() override;
    QWidget *primaryFocus() override;

    QTableWidget *rulesTable() const { return m_rules; }
    QTableWidget *dueTable() const { return m_due; }
    QLabel *message() const { return m_message; }
    Status saveRules();
    // Erases the ticked rows (after the confirmation the button asks for).
    Result<ErasureSummary> eraseTicked();

private:
    void reload();
    void eraseClicked();

    QTableWidget *m_rules;
    QTableWidget *m_due;
    QPushButton *m_erase;
    QLabel *m_message;
    QList<RetentionDue> m_items;
};

} // namespace md::ui
