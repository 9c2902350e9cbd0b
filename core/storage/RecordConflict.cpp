// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RecordConflict.h"

#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QLocale>
#include <QRegularExpression>

namespace md {

int RecordConflict::differenceCount() const
{
    int n = 0;
    for (const ConflictField &f : fields)
        n += f.differs() ? 1 : 0;
    return n;
}

QString RecordConflict::changedByText() const
{
    const QString who = changedBy.isEmpty() ? RecordConflicts::tr("someone else") : changedBy;
    if (!changedAt.isValid())
        return who;
    const QDateTime local = changedAt.toLocalTime();
    return RecordConflicts::tr("%1 at %2 on %3")
        .arg(who, QLocale().toString(local.time(), QLocale::ShortFormat),
             QLocale().toString(local.date(), QLocale::ShortFormat));
}

void RecordConflicts::fillLastChange(const Database &db, RecordConflict &conflict)
{
    Query q(db, QStringLiteral("SELECT a.at, COALESCE(u.display_name, a.username) FROM audit_log a "
                               "LEFT JOIN users u ON u.id = a.user_id WHERE a.entity = ? AND a.entity_id = ? "
                               "ORDER BY a.id DESC LIMIT 1"));
    q.bind(conflict.entity).bind(conflict.id);
    if (Status s = q.exec(); !s) {
        qCWarning(lcStorage) << "could not read who changed a record:" << s.error().message;
        return;
    }
    if (q.next()) {
        conflict.changedAt = QDateTime::fromString(q.string(0), Qt::ISODateWithMs);
        if (!conflict.changedAt.isValid())
            conflict.changedAt = QDateTime::fromString(q.string(0), Qt::ISODate);
        conflict.changedBy = q.string(1);
    }
    q.finish();
}

namespace {
// The last stale write refused on this thread, with its message to recognise its Error.
thread_local std::shared_ptr<const RecordConflict> t_lastConflict;
thread_local QString t_lastMessage;
} // namespace

Error RecordConflicts::staleWrite(const Database &db, RecordConflict conflict, const QString &message)
{
    if (conflict.changedBy.isEmpty() && !conflict.changedAt.isValid())
        fillLastChange(db, conflict);
    qCInfo(lcStorage) << "stale write refused:" << conflict.entity << conflict.id << "opened at version"
                      << conflict.yourVersion << "stored" << conflict.storedVersion;
    QString text = message;
    if (text.isEmpty() && conflict.deleted)
        text = tr("%1 deleted %2 while you were editing it. Your changes have not been saved.")
                   .arg(conflict.changedByText(), conflict.recordLabel);
    else if (text.isEmpty())
        text = tr("%1 was changed by %2 while you were editing it. Your changes have not been saved yet: "
                  "compare the two versions and choose which to keep.")
                   .arg(conflict.recordLabel, conflict.changedByText());
    t_lastConflict = std::make_shared<const RecordConflict>(std::move(conflict));
    t_lastMessage = text;
    return Error::conflict(text);
}

std::shared_ptr<const RecordConflict> RecordConflicts::of(const Error &error)
{
    if (error.kind != Error::Kind::Conflict || !t_lastConflict || error.message != t_lastMessage)
        return {};
    return t_lastConflict;
}

Status RecordConflicts::overwrite(Database &db, const Actor &actor, const RecordConflict &conflict,
                                  const std::function<Status()> &save)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    if (Status s = save(); !s)
        return s;
    AuditLog audit(db, actor);
    const QString who = conflict.changedBy.isEmpty() ? QStringLiteral("unknown") : conflict.changedBy;
    if (Status s =
            audit.record(QStringLiteral("overwrite"), conflict.entity, conflict.id, QStringLiteral("row_version"),
                         QString::number(conflict.storedVersion), QStringLiteral("saved over the change by ") + who);
        !s)
        return s;
    return tx.commit();
}

QString RecordConflicts::htmlText(const QString &html)
{
    static const QRegularExpression head(QStringLiteral("<head>.*</head>"),
                                         QRegularExpression::DotMatchesEverythingOption |
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/li|/h[1-6]|/tr)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(head);
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString l = line.simplified();
        if (!l.isEmpty())
            lines << l;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace md
