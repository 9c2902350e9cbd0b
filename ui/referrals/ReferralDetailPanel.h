// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "referrals/Referral.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace md {
class Database;
}

namespace md::ui {

class DeskContext;

// The referral register's detail panel: everything recorded about the selected referral and,
// for the lead mentor and administrators, the next step of its life (initial assessment,
// observations, send to the hub or urgent action, decide an urgent referral, close).
class ReferralDetailPanel : public QWidget
{
    Q_OBJECT
public:
    ReferralDetailPanel(DeskContext &context, QWidget *parent = nullptr);

    void showReferral(qint64 referralId); // 0 clears
    qint64 referralId() const { return m_referral.id; }

    void startAssessment();
    void recordObservations();
    void sendToHub();
    void urgentAction();
    void decideNow();
    void closeReferral();

    QTextBrowser *details() const { return m_details; }
    QPushButton *assessButton() const { return m_assess; }
    QPushButton *observeButton() const { return m_observe; }
    QPushButton *hubButton() const { return m_hub; }
    QPushButton *urgentButton() const { return m_urgent; }
    QPushButton *decideButton() const { return m_decide; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void changed(qint64 referralId);
    void openStudentRequested(qint64 studentId);
    void statusMessage(const QString &message);

private:
    void updateButtons();
    void done(const Status &status, const QString &success);

    DeskContext &m_context;
    Database &m_db;
    Session m_session;
    Referral m_referral;
    QTextBrowser *m_details;
    QPushButton *m_assess;
    QPushButton *m_observe;
    QPushButton *m_hub;
    QPushButton *m_urgent;
    QPushButton *m_decide;
    QPushButton *m_close;
    QPushButton *m_student;
    QLabel *m_message;
};

} // namespace md::ui
