// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/MeetingDialog.h"

#include "common/VersionedSave.h"
#include "live/LiveUpdates.h"
#include "shell/DeskContext.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::ui {

MeetingDialog::MeetingDialog(DeskContext &context, qint64 meetingId, QWidget *parent)
    : QDialog(parent), m_context(context), m_meetingId(meetingId)
{
    const bool editing = meetingId != 0;
    setWindowTitle(editing ? tr("Attendees and notes") : tr("Schedule a hub meeting"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(editing ? tr("Who attended, and notes for the minutes.")
                                     : tr("The hub meets about once per half term, usually in the middle of it. "
                                          "Referrals waiting for the hub go onto the new meeting's agenda."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(QDate::currentDate().addDays(14), this);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date of the meeting"));
    m_date->setEnabled(!editing);
    form->addRow(tr("&Date:"), m_date);
    layout->addLayout(form);

    auto *attendeesLabel = new QLabel(tr("&Attendees:"), this);
    layout->addWidget(attendeesLabel);
    m_attendees = new QTableWidget(0, 2, this);
    m_attendees->setHorizontalHeaderLabels({tr("Name"), tr("Role")});
    m_attendees->horizontalHeader()->setStretchLastSection(true);
    m_attendees->verticalHeader()->hide();
    m_attendees->setAccessibleName(tr("Attendees"));
    m_attendees->setColumnWidth(0, 220);
    attendeesLabel->setBuddy(m_attendees);
    layout->addWidget(m_attendees, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a&ttendee"), this);
    add->setAccessibleName(tr("Add an attendee"));
    auto *remove = new QPushButton(tr("&Remove attendee"), this);
    remove->setAccessibleName(tr("Remove the selected attendee"));
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        m_attendees->insertRow(m_attendees->rowCount());
        m_attendees->setCurrentCell(m_attendees->rowCount() - 1, 0);
        m_attendees->editItem(m_attendees->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_attendees->currentRow() >= 0)
            m_attendees->removeRow(m_attendees->currentRow());
    });

    Status loaded;
    if (editing) {
        auto *notesLabel = new QLabel(tr("&Notes for the minutes:"), this);
        m_notes = new QPlainTextEdit(this);
        m_notes->setAccessibleName(tr("Notes for the minutes"));
        m_notes->setTabChangesFocus(true);
        notesLabel->setBuddy(m_notes);
        layout->addWidget(notesLabel);
        layout->addWidget(m_notes);
        m_liveNote = RecordWatch::makeNote(this);
        layout->addWidget(m_liveNote);
        loaded = load();
        auto *watch = new RecordWatch(m_context, QStringLiteral("hub_meetings"), m_meetingId, m_liveNote, this);
        watch->hasUnsavedEdits = [this] { return hasUnsavedEdits(); };
        watch->version = [this] { return m_version; };
        watch->reload = [this] { return load(); };
    } else {
        setAttendees(HubStore::defaultAttendees());
    }

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_error->setVisible(!loaded);
    if (!loaded)
        m_error->setText(loaded.error().message);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save") : tr("Schedule"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(buttons->button(QDialogButtonBox::Ok)->text());
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    resize(560, 480);
}

void MeetingDialog::setAttendees(const QList<HubAttendee> &attendees)
{
    m_attendees->setRowCount(0);
    for (const HubAttendee &a : attendees) {
        const int row = m_attendees->rowCount();
        m_attendees->insertRow(row);
        m_attendees->setItem(row, 0, new QTableWidgetItem(a.name));
        m_attendees->setItem(row, 1, new QTableWidgetItem(a.role));
    }
}

Status MeetingDialog::load()
{
    auto m = HubStore(m_context.db()).meeting(m_context.session(), m_meetingId);
    if (!m)
        return m.error();
    m_version = m->rowVersion;
    m_date->setDate(m->heldOn);
    setAttendees(m->attendees);
    m_notes->setPlainText(m->notes);
    m_shownAttendees = attendees();
    m_shownNotes = m_notes->toPlainText();
    return {};
}

bool MeetingDialog::hasUnsavedEdits() const
{
    // A cell being typed in: its editor is a child of the table's viewport.
    if (const QWidget *focus = QApplication::focusWidget(); focus && m_attendees->viewport()->isAncestorOf(focus))
        return true;
    const QList<HubAttendee> now = attendees();
    if (now.size() != m_shownAttendees.size() || (m_notes && m_notes->toPlainText() != m_shownNotes))
        return true;
    for (qsizetype i = 0; i < now.size(); ++i)
        if (now.at(i).name != m_shownAttendees.at(i).name || now.at(i).role != m_shownAttendees.at(i).role)
            return true;
    return false;
}

QList<HubAttendee> MeetingDialog::attendees() const
{
    QList<HubAttendee> out;
    for (int r = 0; r < m_attendees->rowCount(); ++r) {
        const QString name = m_attendees->item(r, 0) ? m_attendees->item(r, 0)->text().trimmed() : QString();
        const QString role = m_attendees->item(r, 1) ? m_attendees->item(r, 1)->text().trimmed() : QString();
        if (!name.isEmpty() || !role.isEmpty())
            out.append({name, role});
    }
    return out;
}

void MeetingDialog::accept()
{
    HubStore hub(m_context.db());
    const Session &session = m_context.session();
    m_error->hide();
    if (m_meetingId == 0) {
        auto id = hub.scheduleMeeting(session, m_date->date(), attendees());
        if (!id) {
            m_error->setText(id.error().message);
            m_error->show();
            return;
        }
        m_meetingId = *id;
        QDialog::accept();
        return;
    }
    const QList<HubAttendee> list = attendees();
    const QString notes = m_notes ? m_notes->toPlainText() : QString();
    bool done = false;
    m_discarded = false;
    // Theirs kept: the dialog closes and the hub shows the stored meeting.
    VersionedSave(this, m_context.db(), session.actor())
        .onSaved([&done] { done = true; })
        .onDiscarded([&] { done = m_discarded = true; })
        .onProblem([this](const Error &e) {
            m_error->setText(e.message);
            m_error->show();
        })
        .run(m_version, [&](int version) { return hub.updateMeeting(session, m_meetingId, list, notes, version); });
    if (done)
        QDialog::accept();
}

} // namespace md::ui
