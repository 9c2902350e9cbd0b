// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/Letterhead.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "school/SchoolSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>

namespace md {

QStringList Letterhead::addressLines() const
{
    // Addresses arrive either one line per line or as one line with commas (the school settings).
    static const QRegularExpression split(QStringLiteral("\\s*(?:\\r?\\n|,)\\s*"));
    QStringList lines = address.split(split, Qt::SkipEmptyParts);
    for (QString &l : lines)
        l = l.trimmed();
    lines.removeAll(QString());
    return lines;
}

namespace {

// QtSql binds a null QString as NULL: text columns that are NOT NULL get '' instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Letterhead readRow(Query &q)
{
    Letterhead l;
    l.id = q.id(0);
    l.schoolName = q.string(1);
    l.address = q.string(2);
    l.contact = q.string(3);
    l.footer = q.string(4);
    l.logoPng = q.value(5).toByteArray();
    return l;
}

const QLatin1String kSelect("SELECT id, school_name, address, contact, footer, logo FROM letterheads ");

} // namespace

Result<Letterhead> LetterheadStore::current() const
{
    Query q(m_db, kSelect + QStringLiteral("ORDER BY id DESC LIMIT 1"));
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.next())
        return readRow(q);
    SchoolSettings settings(m_db);
    Letterhead l;
    l.schoolName = settings.schoolName();
    l.address = settings.value(SchoolSettings::kAddress);
    return l;
}

Result<Letterhead> LetterheadStore::get(qint64 id) const
{
    Query q(m_db, kSelect + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("The letterhead %1 no longer exists.").arg(id));
    return readRow(q);
}

Result<qint64> LetterheadStore::save(const Session &session, const Letterhead &letterhead)
{
    if (Status s = Permissions::require(session, Action::ManageLetterTemplates); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto id = saveUnchecked(letterhead, session.userId());
    if (!id)
        return id.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(QStringLiteral("letterhead"), *id, letterhead.schoolName); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> LetterheadStore::saveUnchecked(const Letterhead &letterhead, qint64 userId)
{
    if (letterhead.schoolName.trimmed().isEmpty())
        return Error::invalid(tr("The letterhead needs the school's name."));
    QByteArray logo;
    if (!letterhead.logoPng.isEmpty()) {
        if (letterhead.logoPng.size() > kMaxLogoBytes)
            return Error::invalid(
                tr("The logo is too large (%1 KB): use an image under 2 MB.").arg(letterhead.logoPng.size() / 1024));
        QImage image = QImage::fromData(letterhead.logoPng);
        if (image.isNull())
            return Error::invalid(tr("The logo could not be read: use a PNG or JPEG image."));
        if (image.height() > kMaxLogoHeight)
            image = image.scaledToHeight(kMaxLogoHeight, Qt::SmoothTransformation);
        QBuffer buffer(&logo);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return Error::io(tr("The logo could not be converted to PNG."));
    }
    Query q(m_db, QStringLiteral("INSERT INTO letterheads (school_name, address, contact, footer, logo, created_at, "
                                 "created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(letterhead.schoolName.trimmed())
        .bind(notNull(letterhead.address.trimmed()))
        .bind(notNull(letterhead.contact.trimmed()))
        .bind(notNull(letterhead.footer.trimmed()))
        .bind(logo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(logo))
        .bind(isoNow())
        .bind(userId > 0 ? QVariant(userId) : QVariant());
    auto id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

} // namespace md
