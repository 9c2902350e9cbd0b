// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/HubStore.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace md::ui {

class DeskContext;

// Schedules an assessment hub meeting (date and attendees, the policy's pastoral team by default)
// or edits a meeting's attendees and notes for the minutes. Editing saves with the meeting's row
// version (VersionedSave: a change made meanwhile at another desk shows both versions instead of
// being overwritten) and, while open, follows the meeting (RecordWatch): another desk's save shows
// at once while nothing here is unsaved; over unsaved edits it is only noted.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    // `meetingId` 0 schedules a new meeting.
    MeetingDialog(DeskContext &context, qint64 meetingId, QWidget *parent = nullptr);

    qint64 meetingId() const { return m_meetingId; }
    QDateEdit *dateEdit() const { return m_date; }
    QTableWidget *attendeesTable() const { return m_attendees; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLabel *errorLabel() const { return m_error; }
    // Says when another desk changed the meeting while this dialog is open (editing only).
    QLabel *liveNote() const { return m_liveNote; }
    // The row version the dialog saves from (the one it last showed).
    int version() const { return m_version; }
    // After OK: the user kept another desk's version instead of saving this one.
    bool discarded() const { return m_discarded; }

public Q_SLOTS:
    void accept() override;

private:
    void setAttendees(const QList<HubAttendee> &attendees);
    QList<HubAttendee> attendees() const;
    Status load();
    bool hasUnsavedEdits() const;

    DeskContext &m_context;
    qint64 m_meetingId;
    int m_version = 0;
    QList<HubAttendee> m_shownAttendees; // as last filled in, to tell unsaved edits
    QString m_shownNotes;
    bool m_discarded = false;
    QLabel *m_liveNote = nullptr;
    QDateEdit *m_date;
    QTableWidget *m_attendees;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error;
};

} // namespace md::ui
