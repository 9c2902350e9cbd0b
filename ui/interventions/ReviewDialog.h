// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "interventions/InterventionStore.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace md {
class Database;
}

namespace md::ui {

// The termly review of an intervention (at a hub meeting or by the lead mentor): progress and
// impact, then continue with a new review date, change the intervention, keyworker or objectives,
// or conclude with the keyworker's conclusion report and the outcome. The core refuses what the
// rules forbid (concluding without a report, stage 3 from a staff referral) and says why inline.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDialog(Database &db, const Session &session, const Intervention &intervention, qint64 meetingId,
                 const QDate &date, QWidget *parent = nullptr);

    const ReviewDone &done() const { return m_done; }

    QPlainTextEdit *progressEdit() const { return m_progress; }
    QPlainTextEdit *impactEdit() const { return m_impact; }
    QRadioButton *resultButton(ReviewResult result) const;
    QDateEdit *nextReviewEdit() const { return m_next; }
    QComboBox *interventionBox() const { return m_type; }
    QComboBox *keyworkerBox() const { return m_keyworker; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QPlainTextEdit *reportEdit() const { return m_report; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    void updateFields();
    void showStored();

    Database &m_db;
    Session m_session;
    Intervention m_intervention;
    qint64 m_meetingId;
    ReviewDone m_done;
    QDateEdit *m_date;
    QPlainTextEdit *m_progress;
    QPlainTextEdit *m_impact;
    QButtonGroup *m_results;
    QWidget *m_nextBox;
    QDateEdit *m_next;
    QWidget *m_changeBox;
    QComboBox *m_type;
    QComboBox *m_keyworker;
    QLineEdit *m_override;
    QList<QLineEdit *> m_objectives;
    QWidget *m_concludeBox;
    QComboBox *m_outcome;
    QPlainTextEdit *m_report;
    QLabel *m_error;
    QLabel *m_objectivesLabel = nullptr;
};

} // namespace md::ui
