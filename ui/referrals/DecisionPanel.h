// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "referrals/HubStore.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace md {
class CriteriaChecklistModel;
class Database;
class ProvisionTypeModel;
} // namespace md

namespace md::ui {

// Entering the hub's decision on one referral, from the keyboard: Alt+1 to Alt+4 choose planned
// intervention, monitor and review, no intervention, SEN assessment; Tab moves through the
// decision's fields; Ctrl+Return records it. A planned intervention shows the provision map's
// criteria as a checklist and the keyworkers with their caseload against capacity.
class DecisionPanel : public QWidget
{
    Q_OBJECT
public:
    DecisionPanel(Database &db, const Session &session, QWidget *parent = nullptr);

    // The referral to decide, at `meetingId` (0: an urgent referral decided at once) on `date`.
    void setReferral(const Referral &referral, qint64 meetingId, const QDate &date);
    void clearReferral();
    // Reloads the provision map and the mentors' loads (after changes elsewhere).
    void reload();
    void focusDecision();

    QRadioButton *decisionButton(HubDecisionKind kind) const;
    QComboBox *interventionBox() const { return m_intervention; }
    QListView *criteriaList() const { return m_criteria; }
    CriteriaChecklistModel *criteria() const { return m_criteriaModel; }
    QComboBox *keyworkerBox() const { return m_keyworker; }
    QLineEdit *overrideEdit() const { return m_override; }
    QLineEdit *objectiveEdit(int i) const { return m_objectives.at(i); }
    QPushButton *recordButton() const { return m_record; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *headingLabel() const { return m_heading; }

public Q_SLOTS:
    void record();

Q_SIGNALS:
    void decided(const md::DecisionDone &done);

private:
    void updateFields();
    void interventionChosen();
    void keyworkerChosen();

    Database &m_db;
    Session m_session;
    Referral m_referral;
    qint64 m_meetingId = 0;
    QDate m_date;
    ProvisionTypeModel *m_types;
    CriteriaChecklistModel *m_criteriaModel;
    QLabel *m_heading;
    QLabel *m_summary;
    QButtonGroup *m_kinds;
    QWidget *m_plannedBox;
    QWidget *m_monitorBox;
    QComboBox *m_intervention;
    QLabel *m_typeInfo;
    QListView *m_criteria;
    QComboBox *m_keyworker;
    QCheckBox *m_senKeyworker;
    QLabel *m_overrideLabel;
    QLineEdit *m_override;
    QLineEdit *m_timescale;
    QDateEdit *m_review;
    QLineEdit *m_support;
    QList<QLineEdit *> m_objectives;
    QLabel *m_monitorInfo;
    QLineEdit *m_monitorName;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
    QPushButton *m_record;
};

} // namespace md::ui
