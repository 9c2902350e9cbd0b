// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "shell/Pane.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace md {
class HubAgendaModel;
class HubReviewModel;
} // namespace md

namespace md::ui {

class DecisionPanel;

// The assessment hub meeting view: choose a meeting, go down its agenda deciding each referral
// from the keyboard (the panel moves to the next undecided one after each decision), review the
// interventions due, and print or save the minutes, action plans and the staff bulletin.
class HubPane : public Pane
{
    Q_OBJECT
public:
    explicit HubPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void reload();
    // Selects the meeting and loads its agenda and reviews.
    void showMeeting(qint64 meetingId);
    qint64 currentMeetingId() const;

    void scheduleMeeting();
    void editMeeting();
    void markHeld();
    void reviewSelected();
    void showActionPlans();
    void showBulletin();
    // Writes the minutes of the current meeting as PDF at `path` (no dialog).
    Status saveMinutesPdf(const QString &path);

    QComboBox *meetingBox() const { return m_meetings; }
    QTableView *agendaView() const { return m_agenda; }
    QTableView *reviewView() const { return m_reviews; }
    DecisionPanel *decisionPanel() const { return m_panel; }
    HubAgendaModel *agendaModel() const { return m_agendaModel; }
    QLabel *messageLabel() const { return m_message; }

private:
    void agendaRowChanged();
    void meetingChanged();
    QString minutesHtml();

    HubAgendaModel *m_agendaModel;
    HubReviewModel *m_reviewModel;
    QComboBox *m_meetings;
    QLabel *m_meetingInfo;
    QPushButton *m_held;
    QTableView *m_agenda;
    QTableView *m_reviews;
    QPushButton *m_review;
    DecisionPanel *m_panel;
    QLabel *m_message;
    bool m_stale = true;
};

} // namespace md::ui
