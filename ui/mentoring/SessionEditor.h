// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ConflictDialog.h"
#include "common/Result.h"
#include "mentoring/MentoringRecords.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace md {
class NoteAutosaver;
}

namespace md::ui {

class DeskContext;
class RecordWatch;

// The 1:1 session editor (reference 004, Appendix 1): the plan (focus, target, activity), the
// three parts with the appendix's example questions as prompts, the student's 1-5 rating of their
// week, and attendance. Notes are autosaved as the mentor types (NoteAutosaver: at most a second
// behind) and committed to the record when the editor saves or closes; notes a crash left unsaved
// are restored when the session is opened again.
class SessionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SessionEditor(DeskContext &context, QWidget *parent = nullptr);
    ~SessionEditor() override;

    // Opens a session; false (with the reason in errorText()) when it cannot be read.
    bool load(qint64 sessionId);
    qint64 sessionId() const { return m_session.id; }
    // Commits the notes and applies the attendance; shows a problem inline and returns it.
    Status save();
    // Marks the session rescheduled (the reason is required) and opens its replacement, saying
    // which rules, if any, the new slot breaks.
    Status reschedule(const QDate &date, int period, const QString &reason);

    QPlainTextEdit *field(SessionField f) const { return m_fields.value(f); }
    QComboBox *focusBox() const { return m_focus; }
    QComboBox *ratingBox() const { return m_rating; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *rescheduleButton() const { return m_reschedule; }
    QListWidget *prompts(SessionPart part) const { return m_prompts.value(part); }
    QLabel *saveState() const { return m_saveState; }
    // Says when another desk changed the open session (live updates).
    QLabel *liveNote() const { return m_liveNote; }
    QString errorText() const;

Q_SIGNALS:
    void saved();

private:
    QWidget *partBox(SessionPart part, const QString &title);
    void insertPrompt(SessionPart part, const QString &text);
    void showError(const QString &message);
    // Runs `write(version)` from the version last read and shows a conflict with another desk's save.
    ConflictDialog::Outcome saveChecked(const std::function<Status(int version)> &write);

    DeskContext &m_context;
    MentoringSession m_session;
    int m_writtenVersion = 0; // the row version the last write of saveChecked left
    NoteAutosaver *m_autosaver;
    QLabel *m_heading;
    QLabel *m_saveState;
    QLabel *m_error;
    QLabel *m_liveNote;
    RecordWatch *m_watch;
    QComboBox *m_focus;
    QComboBox *m_target;
    QComboBox *m_rating;
    QComboBox *m_status;
    QLineEdit *m_reason;
    QPushButton *m_reschedule;
    QHash<SessionField, QPlainTextEdit *> m_fields;
    QHash<SessionPart, QListWidget *> m_prompts;
    QHash<SessionPart, QPointer<QPlainTextEdit>> m_lastField;
    bool m_loading = false;
    bool m_statusTouched = false;
    bool m_canEdit = false;
};

// The editor in a window of its own; closing it (Save and close, or Escape) saves.
class SessionEditorDialog : public QDialog
{
    Q_OBJECT
public:
    SessionEditorDialog(DeskContext &context, qint64 sessionId, QWidget *parent = nullptr);
    SessionEditor *editor() const { return m_editor; }
    void done(int result) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    SessionEditor *m_editor;
};

} // namespace md::ui
