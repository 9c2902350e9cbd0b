// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentoring/MentoringRecords.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace md::ui {

class DeskContext;

// Records or edits one log entry: a contact, lesson observation, behaviour intervention, progress
// update, termly report, review or note. The fields follow the kind; problems show inline.
class LogEntryDialog : public QDialog
{
    Q_OBJECT
public:
    LogEntryDialog(DeskContext &context, qint64 studentId, EntryKind kind, QWidget *parent = nullptr);
    // Edits an existing entry.
    LogEntryDialog(DeskContext &context, const LogEntry &entry, QWidget *parent = nullptr);

    void accept() override;
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QComboBox *partyBox() const { return m_party; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *purposeBox() const { return m_purpose; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QLabel *errorLabel() const { return m_error; }
    // Shown when another desk changes the entry while this editor has unsaved edits.
    QLabel *liveNote() const { return m_liveNote; }

private:
    void build();
    LogEntry collect() const;
    void watchForOtherDesks();
    void showEntry(const LogEntry &entry);

    DeskContext &m_context;
    LogEntry m_entry;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPlainTextEdit *m_action = nullptr;
    QComboBox *m_party = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_purpose = nullptr;
    QComboBox *m_consent = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_followUp = nullptr;
    QCheckBox *m_hasFollowUpDate = nullptr;
    QDateEdit *m_followUpOn = nullptr;
    QCheckBox *m_followUpDone = nullptr;
    QCheckBox *m_restricted = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_liveNote = nullptr;
    LogEntry m_shown; // what the fields showed when last filled, to tell unsaved edits
};

// Agrees a SMART target with the student, or edits one.
class TargetDialog : public QDialog
{
    Q_OBJECT
public:
    // A new target; `follows` is the met target it comes after (0 for none).
    TargetDialog(DeskContext &context, qint64 studentId, qint64 follows = 0, QWidget *parent = nullptr);
    TargetDialog(DeskContext &context, const SmartTarget &target, QWidget *parent = nullptr);

    void accept() override;
    QLineEdit *part(int i) const { return m_parts.at(i); } // 0 title, then S, M, A, R, T
    QLabel *errorLabel() const { return m_error; }
    // Says when another desk changed the target being edited (live updates).
    QLabel *liveNote() const { return m_liveNote; }

private:
    void build();
    // The target as the fields show it.
    SmartTarget collect() const;
    void showTarget(const SmartTarget &target);

    DeskContext &m_context;
    SmartTarget m_target;
    SmartTarget m_shown; // what the fields showed when last filled, to tell unsaved edits
    QLabel *m_liveNote = nullptr;
    QList<QLineEdit *> m_parts;
    QPlainTextEdit *m_steps = nullptr;
    QDateEdit *m_setOn = nullptr;
    QDateEdit *m_dueOn = nullptr;
    QComboBox *m_objective = nullptr;
    QLabel *m_error = nullptr;
};

// The intervention's objectives (from the hub), the action plan and the review date (steps 3
// and 5 of the five-step approach).
class PlanDialog : public QDialog
{
    Q_OBJECT
public:
    PlanDialog(DeskContext &context, qint64 studentId, QWidget *parent = nullptr);
    void accept() override;

    QPlainTextEdit *planEdit() const { return m_plan; }
    QLineEdit *newObjectiveEdit() const { return m_newObjective; }
    QLabel *liveNote() const { return m_liveNote; }

protected:
    // Return in the new objective's field adds it, and does not also save and close the dialog.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadObjectives();
    // Shows the case's plan and review date as stored (after another desk's save, or at opening).
    Status showCase();
    bool hasUnsavedEdits() const;

    DeskContext &m_context;
    qint64 m_studentId;
    int m_caseVersion = 0; // the case's rowVersion when opened (0: no case yet)
    QString m_shownPlan;   // the plan and review date as last shown, to tell unsaved edits
    QDate m_shownReview;
    QLabel *m_liveNote = nullptr;
    QListWidget *m_objectives;
    QLineEdit *m_newObjective;
    QPlainTextEdit *m_plan;
    QCheckBox *m_hasReview;
    QDateEdit *m_reviewOn;
    QLabel *m_error;
};

// Plans a 1:1 session by hand: day, period (showing the lesson the student would leave), focus.
class NewSessionDialog : public QDialog
{
    Q_OBJECT
public:
    NewSessionDialog(DeskContext &context, qint64 studentId, QWidget *parent = nullptr);
    void accept() override;
    qint64 sessionId() const { return m_sessionId; }

private:
    void refreshPeriods();

    DeskContext &m_context;
    qint64 m_studentId;
    qint64 m_sessionId = 0;
    QDateEdit *m_date;
    QComboBox *m_period;
    QComboBox *m_focus;
    QLabel *m_error;
};

} // namespace md::ui
