// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "referrals/HubStore.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace md {
class Database;
}

namespace md::ui {

// Schedules an assessment hub meeting (date and attendees, the policy's pastoral team by default)
// or edits a meeting's attendees and notes for the minutes.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    // `meetingId` 0 schedules a new meeting.
    MeetingDialog(Database &db, const Session &session, qint64 meetingId, QWidget *parent = nullptr);

    qint64 meetingId() const { return m_meetingId; }
    QDateEdit *dateEdit() const { return m_date; }
    QTableWidget *attendeesTable() const { return m_attendees; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    void setAttendees(const QList<HubAttendee> &attendees);
    QList<HubAttendee> attendees() const;

    Database &m_db;
    Session m_session;
    qint64 m_meetingId;
    QDateEdit *m_date;
    QTableWidget *m_attendees;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error;
};

} // namespace md::ui
