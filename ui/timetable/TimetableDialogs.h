// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timetable/SessionScheduler.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace md::ui {

class DeskContext;

// Proposes weeks of 1:1 sessions for a mentor's caseload with the scheduler, shows what it would
// book, who it could not place and why, and saves the proposal when asked.
class ProposalDialog : public QDialog
{
    Q_OBJECT
public:
    ProposalDialog(DeskContext &context, qint64 mentorId, const QDate &from, int weeks, QWidget *parent = nullptr);

    void propose();
    void accept() override;
    const ScheduleProposal &proposal() const { return m_proposal; }
    QTableWidget *sessions() const { return m_sessions; }
    QPlainTextEdit *explanations() const { return m_explanations; }
    QPushButton *saveButton() const { return m_save; }
    int saved() const { return m_saved; }

private:
    DeskContext &m_context;
    qint64 m_mentorId;
    ScheduleProposal m_proposal;
    QDateEdit *m_from;
    QSpinBox *m_weeks;
    QTableWidget *m_sessions;
    QPlainTextEdit *m_explanations;
    QLabel *m_summary;
    QPushButton *m_save;
    int m_saved = 0;
};

// Moves a planned session to another day and period by hand; the lesson the student would leave
// is shown, and the rules the move breaks (if any) are returned for the timetable to flag.
class MoveSessionDialog : public QDialog
{
    Q_OBJECT
public:
    MoveSessionDialog(DeskContext &context, qint64 sessionId, QWidget *parent = nullptr);
    void accept() override;
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *periodBox() const { return m_period; }
    const QList<RuleBreak> &breaks() const { return m_breaks; }

private:
    void refreshPeriods();

    DeskContext &m_context;
    qint64 m_sessionId;
    qint64 m_studentId = 0;
    QDateEdit *m_date;
    QComboBox *m_period;
    QLabel *m_error;
    QList<RuleBreak> m_breaks;
};

// The school calendar: terms, half terms, holidays and assessment weeks, added and removed here.
class CalendarDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalendarDialog(DeskContext &context, QWidget *parent = nullptr);

private:
    void reload();

    DeskContext &m_context;
    QTableWidget *m_table;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLabel *m_error;
};

} // namespace md::ui
