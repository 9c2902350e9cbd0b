// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "interventions/Intervention.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace md {

class Database;
class Session;

// Who a planned intervention's action plan is shared with (reference 004: "All action plans are
// shared with the student's tutor, referring member of staff and parent/carer").
enum class PlanRecipient
{
    Tutor,
    Referrer,
    Parents,
};

// The hub's documents as HTML for QTextDocument (print, preview, PDF) and the staff-bulletin
// text: a meeting's minutes, each planned intervention's action plan per recipient, and the
// mentoring register. Core renders them, so the desk prints them and the command line saves them
// as PDF alike.
class HubDocuments
{
    Q_DECLARE_TR_FUNCTIONS(md::HubDocuments)
public:
    explicit HubDocuments(Database &db) : m_db(db) {}

    Result<QString> minutesHtml(const Session &session, qint64 meetingId) const;
    // The decisions of the meeting that planned an intervention, for printing their action plans.
    Result<QList<qint64>> plannedDecisions(const Session &session, qint64 meetingId) const;
    Result<QString> actionPlanHtml(const Session &session, qint64 decisionId, PlanRecipient recipient) const;
    // The hub's new actions in simplified form for every member of staff: who, keyworker or who
    // monitors, never the concern, needs or intervention.
    Result<QString> bulletinText(const Session &session, qint64 meetingId) const;

    static QString registerHtml(const QList<Intervention> &rows, const QString &schoolName, const QDate &today,
                                const QString &filterSummary);
    // Renders the HTML to an A4 PDF at `path`, replacing it only once the whole file is written.
    static Status writePdf(const QString &html, const QString &path, const QString &title);
    // Lays the HTML out on the device's pages and prints it: for PDF, the printer and print
    // preview alike.
    static void render(const QString &html, QPagedPaintDevice *device);
    static QString recipientLabel(PlanRecipient recipient);

private:
    Database &m_db;
};

} // namespace md
