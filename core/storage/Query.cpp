// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Query.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>

namespace md {

namespace {
// QPSQL prepares with PREPARE ... AS, which PostgreSQL allows only for SELECT, INSERT, UPDATE,
// DELETE and VALUES: the rest (DDL, SET, BEGIN, SAVEPOINT, VACUUM...) is sent as it is. Those
// statements never carry bound values.
bool sentUnprepared(const QSqlQuery &query, const QString &sql)
{
    if (!query.driver() || query.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
    QString head;
    for (const QChar c : sql.trimmed()) {
        if (!c.isLetter())
            break;
        head += c.toUpper();
    }
    static const QStringList preparable{QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                        QStringLiteral("DELETE"), QStringLiteral("WITH"), QStringLiteral("VALUES")};
    return !preparable.contains(head);
}
} // namespace

Query::Query(const Database &db) : m_query(db.connection()) {}

Query::Query(const Database &db, const QString &sql) : m_query(db.connection())
{
    const Status s = prepare(sql);
    Q_UNUSED(s); // reported again by exec()
}

Status Query::prepare(const QString &sql)
{
    m_sql = sql;
    m_query.setForwardOnly(true);
    if (sentUnprepared(m_query, sql)) {
        m_prepared = true;
        return {};
    }
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        return Error::storage(QObject::tr("The database could not prepare %1: %2")
                                  .arg(statementName(), m_query.lastError().text()));
    return {};
}

Query &Query::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

Query &Query::bind(const QDate &value)
{
    m_query.addBindValue(value.isValid() ? QVariant(isoDate(value)) : QVariant());
    return *this;
}

Query &Query::bindNullable(const QString &value)
{
    m_query.addBindValue(value.isEmpty() ? QVariant() : QVariant(value));
    return *this;
}

Status Query::exec()
{
    if (!m_prepared)
        return Error::storage(QObject::tr("The database could not prepare %1: %2")
                                  .arg(statementName(), m_query.lastError().text()));
    if (!(sentUnprepared(m_query, m_sql) ? m_query.exec(m_sql) : m_query.exec())) {
        const QString text = m_query.lastError().text();
        if (text.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("disk I/O error"), Qt::CaseInsensitive))
            return Error::io(QObject::tr("The disk is full or failing, so the change was not saved (nothing was "
                                         "half-saved). Free some space, then try again."));
        if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
            return Error::io(QObject::tr("The database is read-only here, so the change was not saved."));
        if (text.contains(QLatin1String("database is locked"), Qt::CaseInsensitive))
            return Error::conflict(QObject::tr("Another desk kept the database busy for too long; nothing was saved. "
                                               "Try again in a moment."));
        return Error::storage(QObject::tr("The database refused %1: %2").arg(statementName(), text));
    }
    return {};
}

Status Query::exec(const QString &sql)
{
    if (Status s = prepare(sql); !s)
        return s;
    return exec();
}

QDate Query::date(int i) const
{
    return QDate::fromString(m_query.value(i).toString().left(10), Qt::ISODate);
}

Result<QVariant> Query::scalar()
{
    if (Status s = exec(); !s)
        return s.error();
    if (!m_query.next())
        return QVariant();
    QVariant v = m_query.value(0);
    m_query.finish();
    return v;
}

QString Query::statementName() const
{
    // The first words of the statement identify it without any values.
    const QString simplified = m_sql.simplified();
    return QLatin1Char('"') + simplified.left(60) + (simplified.size() > 60 ? QStringLiteral("…\"") : QStringLiteral("\""));
}

QString isoDate(const QDate &date)
{
    // Written by hand for the years dates are stored in: QDate::toString goes through a printf-style
    // formatter, a measurable share of a 10,000-row import. Other years keep Qt's form.
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 1 || y > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),    char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),       u'-',
                               char16_t(u'0' + m / 10),       char16_t(u'0' + m % 10),       u'-',
                               char16_t(u'0' + d / 10),       char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QString isoNow()
{
    // Formatting a date costs a microsecond; a bulk write asks thousands of times a millisecond.
    thread_local qint64 lastMs = -1;
    thread_local QString last;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != lastMs) {
        last = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        lastMs = ms;
    }
    return last;
}

} // namespace md
