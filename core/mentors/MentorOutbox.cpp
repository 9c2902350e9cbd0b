// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorOutbox.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "mentors/MentorCatalogue.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QLocale>

namespace md {

namespace {
QString longDate(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

OutboxMessage readMessage(Query &q)
{
    OutboxMessage m;
    m.id = q.id(0);
    m.createdAt = q.string(1);
    m.mentorId = q.id(2);
    m.kind = q.string(3);
    m.recipientName = q.string(4);
    m.recipientEmail = q.string(5);
    m.subject = q.string(6);
    m.body = q.string(7);
    m.createdBy = q.string(8);
    m.sentOn = q.date(9);
    return m;
}

const QLatin1String kColumns("SELECT id, created_at, mentor_id, kind, recipient_name, recipient_email, subject, body, "
                             "created_by, sent_on FROM mentor_outbox ");
} // namespace

QString OutboxMessage::asText() const
{
    const QString to =
        recipientEmail.isEmpty() ? recipientName : QStringLiteral("%1 <%2>").arg(recipientName, recipientEmail);
    return MentorOutbox::tr("To: %1").arg(to) + QLatin1Char('\n') + MentorOutbox::tr("Subject: %1").arg(subject) +
           QStringLiteral("\n\n") + body;
}

OutboxMessage MentorOutbox::addedMessage(const MentorBasicDetails &d, const QString &username,
                                         const QString &schoolName, const QString &addedBy, bool newAccount)
{
    OutboxMessage m;
    m.kind = QStringLiteral("added");
    m.recipientName = d.fullName();
    m.recipientEmail = d.email;
    m.subject = tr("You have been added as a mentor at %1").arg(schoolName);
    QStringList lines;
    lines << tr("Dear %1,").arg(d.firstName) << QString()
          << tr("%1 has added you as a mentor at %2.").arg(addedBy, schoolName) << QString()
          << tr("These are the details we hold about you:") << tr("First name: %1").arg(d.firstName)
          << tr("Last name: %1").arg(d.lastName) << tr("Teacher reference number (TRN): %1").arg(d.trn)
          << tr("Email address: %1").arg(d.email) << tr("Subject: %1").arg(MentorCatalogue::subjectLabel(d.subject))
          << tr("Age range: %1").arg(MentorCatalogue::ageRangeLabel(d.ageRange))
          << tr("Key stage: %1").arg(MentorCatalogue::keyStageLabel(d.keyStage)) << QString();
    if (newAccount)
        lines << tr("You sign in to Mentor Desk with the username %1. %2 will give you your first password; "
                    "you will choose your own when you first sign in.")
                     .arg(username, addedBy);
    else
        lines << tr("You sign in to Mentor Desk with your usual username, %1.").arg(username);
    lines << QString() << tr("If any of these details are wrong, reply to this message and we will correct them.");
    m.body = lines.join(QLatin1Char('\n'));
    return m;
}

OutboxMessage MentorOutbox::removedMessage(const QString &firstName, const QString &fullName, const QString &email,
                                           const QString &schoolName, const QString &removedBy, const QString &reason,
                                           const QString &note, const QDate &on)
{
    OutboxMessage m;
    m.kind = QStringLiteral("removed");
    m.recipientName = fullName;
    m.recipientEmail = email;
    m.subject = tr("You have been removed as a mentor at %1").arg(schoolName);
    QStringList lines;
    lines << tr("Dear %1,").arg(firstName) << QString()
          << tr("%1 removed you from the mentoring team at %2 on %3.").arg(removedBy, schoolName, longDate(on))
          << tr("Reason: %1").arg(note.isEmpty() ? reason : reason + QStringLiteral(": ") + note) << QString()
          << tr("The students you mentored have been allocated to other mentors.") << QString()
          << tr("If this was a mistake, you can ask the lead mentor or an administrator to reinstate you.");
    m.body = lines.join(QLatin1Char('\n'));
    return m;
}

OutboxMessage MentorOutbox::reinstatedMessage(const QString &firstName, const QString &fullName, const QString &email,
                                              const QString &schoolName, const QString &reinstatedBy, const QDate &on)
{
    OutboxMessage m;
    m.kind = QStringLiteral("reinstated");
    m.recipientName = fullName;
    m.recipientEmail = email;
    m.subject = tr("You have been reinstated as a mentor at %1").arg(schoolName);
    QStringList lines;
    lines << tr("Dear %1,").arg(firstName) << QString()
          << tr("%1 reinstated you as a mentor at %2 on %3.").arg(reinstatedBy, schoolName, longDate(on)) << QString()
          << tr("The lead mentor will tell you which students you will mentor.");
    m.body = lines.join(QLatin1Char('\n'));
    return m;
}

Result<qint64> MentorOutbox::write(AuditLog &audit, OutboxMessage message, const QString &createdBy)
{
    Query q(m_db, QStringLiteral("INSERT INTO mentor_outbox (created_at, mentor_id, kind, recipient_name, "
                                 "recipient_email, subject, body, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                 "RETURNING id"));
    q.bind(isoNow())
        .bind(message.mentorId > 0 ? QVariant(message.mentorId) : QVariant())
        .bind(message.kind)
        .bind(message.recipientName)
        .bindNullable(message.recipientEmail)
        .bind(message.subject)
        .bind(message.body)
        .bind(createdBy);
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (Status s = audit.created(QStringLiteral("mentor_message"), id->toLongLong(), message.kind); !s)
        return s.error();
    return id->toLongLong();
}

Result<QList<OutboxMessage>> MentorOutbox::list(const Session &session) const
{
    if (Status s = Permissions::require(session, Action::ManageMentors); !s)
        return s.error();
    Query q(m_db, kColumns + QStringLiteral("ORDER BY created_at DESC, id DESC"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<OutboxMessage> out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

Result<OutboxMessage> MentorOutbox::find(const Session &session, qint64 id) const
{
    if (Status s = Permissions::require(session, Action::ManageMentors); !s)
        return s.error();
    Query q(m_db, kColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no message %1 in the outbox.").arg(id));
    OutboxMessage m = readMessage(q);
    q.finish();
    return m;
}

Status MentorOutbox::markSent(const Session &session, qint64 id, const QDate &on)
{
    if (Status s = Permissions::require(session, Action::ManageMentors); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE mentor_outbox SET sent_on = ? WHERE id = ? AND sent_on IS NULL"));
    q.bind(on).bind(id);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::conflict(tr("That message has already been marked sent, or is no longer in the outbox."));
    AuditLog audit(m_db, session.actor());
    if (Status s =
            audit.changed(QStringLiteral("mentor_message"), id, QStringLiteral("sent_on"), QString(), isoDate(on));
        !s)
        return s;
    return tx.commit();
}

} // namespace md
