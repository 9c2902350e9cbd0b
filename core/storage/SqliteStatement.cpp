// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqliteStatement.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QObject>
#include <QSqlDriver>
#include <QStringEncoder>

#include <sqlite3.h>

namespace md {

sqlite3 *sqliteHandle(const Database &db)
{
    // The escape hatch, and how the benchmark suite measures the QSqlQuery path beside this one.
    if (db.engine() != Engine::SQLite || qEnvironmentVariableIsSet("MENTORDESK_SQLITE_VIA_QT"))
        return nullptr;
    const QSqlDatabase conn = db.connection();
    if (!conn.isOpen() || !conn.driver())
        return nullptr;
    const QVariant handle = conn.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // One driver plugin per process: whether it runs our library is asked once. The same library
    // gives the same source id both ways; a copy inside Qt may not even be the same version.
    static const bool sameLibrary = [&db] {
        Query q(db);
        QString source;
        if (q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next())
            source = q.string(0);
        q.finish();
        const bool same = source == QString::fromLatin1(sqlite3_sourceid());
        if (!same)
            qCInfo(lcStorage) << "Qt's SQLite driver runs another SQLite library; bulk writes go through QSqlQuery";
        return same;
    }();
    return sameLibrary ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Status SqliteStatement::prepare(sqlite3 *db, const QString &sql)
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_db = db;
    const QString simplified = sql.simplified();
    m_name = QLatin1Char('"') + simplified.left(60) + (simplified.size() > 60 ? QStringLiteral("…\"") : QStringLiteral("\""));
    if (!db)
        return Error::storage(QObject::tr("The database could not prepare %1: %2").arg(m_name, QStringLiteral("no connection")));
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_stmt = nullptr;
        return Error::storage(
            QObject::tr("The database could not prepare %1: %2").arg(m_name, QString::fromUtf8(sqlite3_errmsg(db))));
    }
    m_text.assign(size_t(sqlite3_bind_parameter_count(m_stmt)), QByteArray());
    return {};
}

void SqliteStatement::bindUtf8(int index, QStringView text)
{
    if (index < 1 || size_t(index) > m_text.size()) {
        // Out of range: let SQLite refuse it as it would any other bind.
        sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        return;
    }
    // Encoded once here (Qt's encoder is vectorised for ASCII), into a buffer kept for the next row:
    // binding UTF-16 made SQLite translate every value character by character.
    QByteArray &buffer = m_text[size_t(index - 1)];
    const qsizetype most = text.size() * 3;
    if (buffer.size() < most)
        buffer.resize(most);
    char *const begin = buffer.data();
    const char *end = m_encoder.appendToBuffer(begin, text);
    sqlite3_bind_text(m_stmt, index, begin, int(end - begin), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, QStringView text)
{
    if (text.isNull())
        sqlite3_bind_null(m_stmt, index);
    else if (text.isEmpty())
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
    else
        bindUtf8(index, text);
}

void SqliteStatement::bindNullable(int index, QStringView text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        bind(index, text);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return;
    case QMetaType::QString: {
        bind(index, QStringView(*static_cast<const QString *>(value.constData())));
        return;
    }
    default:
        bindUtf8(index, value.toString());
        return;
    }
}

Status SqliteStatement::failure(int code)
{
    const int extended = sqlite3_extended_errcode(m_db);
    m_uniqueViolation = extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY;
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
        return Error::io(QObject::tr("The disk is full or failing, so the change was not saved (nothing was "
                                     "half-saved). Free some space, then try again."));
    case SQLITE_READONLY:
        return Error::io(QObject::tr("The database is read-only here, so the change was not saved."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::conflict(QObject::tr("Another desk kept the database busy for too long; nothing was saved. "
                                           "Try again in a moment."));
    default:
        return Error::storage(QObject::tr("The database refused %1: %2").arg(m_name, text));
    }
}

Status SqliteStatement::exec()
{
    if (!m_stmt)
        return Error::storage(QObject::tr("The database could not prepare %1: %2").arg(m_name, QStringLiteral("not prepared")));
    m_uniqueViolation = false;
    int rc = sqlite3_step(m_stmt);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE)
        return failure(rc);
    sqlite3_reset(m_stmt);
    return {};
}

bool SqliteStatement::next()
{
    m_status = {};
    m_uniqueViolation = false;
    if (!m_stmt) {
        m_status = Error::storage(QObject::tr("The database could not prepare %1: %2").arg(m_name, QStringLiteral("not prepared")));
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return false;
    }
    m_status = failure(rc);
    return false;
}

void SqliteStatement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::id(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::string(int column) const
{
    // Read as stored (UTF-8) and decoded by Qt, rather than translated by SQLite to UTF-16.
    const unsigned char *text = sqlite3_column_text(m_stmt, column);
    if (!text)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(text), sqlite3_column_bytes(m_stmt, column));
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_NULL:
        return {};
    default:
        return string(column);
    }
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace md
