// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace md {
class AuditLogModel;
}

namespace md::ui {

// Administration: who changed what and when, filtered by student, user and dates, exported to
// CSV. Read-only: nothing here edits or deletes an entry.
class AuditLogPane : public Pane
{
    Q_OBJECT
public:
    explicit AuditLogPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void applyFilter();
    void exportCsv(const QString &path = {});

    QLineEdit *upnEdit() const { return m_upn; }
    QLineEdit *userEdit() const { return m_user; }
    AuditLogModel *model() const { return m_model; }
    QLabel *message() const { return m_message; }

private:
    AuditLogModel *m_model;
    QLineEdit *m_upn;
    QLineEdit *m_user;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_view;
    QLabel *m_message;
};

} // namespace md::ui
