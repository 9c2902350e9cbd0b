// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "referrals/HubDocuments.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace md {
class Database;
}

namespace md::ui {

// The action plans of a meeting's planned interventions, one per recipient (form tutor, referrer,
// parents and carers): previewed here, printed, or saved as PDF one by one or all at once.
class ActionPlansDialog : public QDialog
{
    Q_OBJECT
public:
    ActionPlansDialog(Database &db, const Session &session, qint64 meetingId, QWidget *parent = nullptr);

    QComboBox *planBox() const { return m_plan; }
    QComboBox *recipientBox() const { return m_recipient; }
    QTextBrowser *preview() const { return m_preview; }
    // Writes every plan for every recipient into `folder`; returns the files written.
    Result<QStringList> saveAll(const QString &folder);

private:
    void showPlan();
    QString currentHtml() const;
    QString currentTitle() const;

    Database &m_db;
    Session m_session;
    QComboBox *m_plan;
    QComboBox *m_recipient;
    QTextBrowser *m_preview;
    QLabel *m_message;
    QString m_html;
};

} // namespace md::ui
