// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentors/MentorDetails.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace md {

class AuditLog;
class Database;
class Session;

// A message to a mentor waiting in the outbox.
struct OutboxMessage
{
    qint64 id = 0;
    QString createdAt; // ISO date and time
    qint64 mentorId = 0;
    QString kind; // added, removed, reinstated
    QString recipientName;
    QString recipientEmail;
    QString subject;
    QString body;
    QString createdBy;
    QDate sentOn; // invalid until the user marks it sent

    // "To:", "Subject:" and the body, ready to paste into an email or print.
    QString asText() const;
};

// The outbox of messages to mentors: the confirmation when they are added (reference 002: "we
// send a confirmation email to them"), the notice when they are removed, saying they can ask to
// be reinstated, and the notice when they are. Mentor Desk needs no mail server: the user copies
// a message into their own email or prints it, then marks it sent.
class MentorOutbox
{
    Q_DECLARE_TR_FUNCTIONS(md::MentorOutbox)
public:
    explicit MentorOutbox(Database &db) : m_db(db) {}

    static OutboxMessage addedMessage(const MentorBasicDetails &details, const QString &username,
                                      const QString &schoolName, const QString &addedBy, bool newAccount);
    static OutboxMessage removedMessage(const QString &firstName, const QString &fullName, const QString &email,
                                        const QString &schoolName, const QString &removedBy, const QString &reason,
                                        const QString &note, const QDate &on);
    static OutboxMessage reinstatedMessage(const QString &firstName, const QString &fullName, const QString &email,
                                           const QString &schoolName, const QString &reinstatedBy, const QDate &on);

    // Stores a message inside the caller's Transaction (the change it tells the mentor about).
    Result<qint64> write(AuditLog &audit, OutboxMessage message, const QString &createdBy);

    // Newest first. Those who manage mentors read the outbox.
    Result<QList<OutboxMessage>> list(const Session &session) const;
    Result<OutboxMessage> find(const Session &session, qint64 id) const;
    Status markSent(const Session &session, qint64 id, const QDate &on);

private:
    Database &m_db;
};

} // namespace md
