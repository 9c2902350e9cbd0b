// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BulkAuditLog.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QStringEncoder>

#include <sodium.h>

#include <charconv>
#include <cstring>

namespace md {

namespace {
// The "previous hash" of the first entry (as AuditLog).
const QString kGenesis = QString(64, QLatin1Char('0'));
} // namespace

BulkAuditLog::BulkAuditLog(Database &db, Actor actor) : m_db(db), m_actor(actor), m_fallback(db, std::move(actor)) {}

Status BulkAuditLog::created(const QString &entity, qint64 id, const QString &summary)
{
    return record(QStringLiteral("create"), entity, id, QString(), QString(), summary);
}

Status BulkAuditLog::changed(const QString &entity, qint64 id, const QString &field, const QString &oldValue,
                             const QString &newValue)
{
    return record(QStringLiteral("update"), entity, id, field, oldValue, newValue);
}

Status BulkAuditLog::record(const QString &action, const QString &entity, qint64 id, const QString &field,
                            const QString &oldValue, const QString &newValue)
{
    // The handle is asked for once (it costs a microsecond); a prepared statement means we have it.
    if (!m_insert.isPrepared()) {
        sqlite3 *handle = sqliteHandle(m_db);
        if (!handle)
            return m_fallback.record(action, entity, id, field, oldValue, newValue);
        if (Status s = m_insert.prepare(handle, QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, "
                                                               "entity, entity_id, field, old_value, new_value, "
                                                               "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s;
    }
    // As AuditLog: outside a transaction nothing holds other writers off, so read the head every time.
    if (m_db.auditHead().isEmpty() || m_db.transactionDepth() == 0) {
        Query last(m_db, m_db.dialect().auditHead());
        auto v = last.scalar();
        if (!v)
            return v.error();
        m_db.setAuditHead(v->isNull() ? kGenesis : v->toString());
    }
    const QString previous = m_db.auditHead();
    const QString at = isoNow();
    const QString hash = hashOf(previous, at, m_actor.userId, m_actor.username, action, entity, id, field, oldValue, newValue);
    m_insert.bind(1, at);
    if (m_actor.userId > 0)
        m_insert.bind(2, m_actor.userId);
    else
        m_insert.bindNull(2);
    m_insert.bind(3, m_actor.username);
    m_insert.bind(4, action);
    m_insert.bind(5, entity);
    m_insert.bind(6, id);
    m_insert.bindNullable(7, field);
    m_insert.bind(8, oldValue);
    m_insert.bind(9, newValue);
    m_insert.bind(10, previous);
    m_insert.bind(11, hash);
    if (Status s = m_insert.exec(); !s)
        return s;
    m_db.setAuditHead(hash);
    return {};
}

QString BulkAuditLog::hashOf(const QString &prev, const QString &at, qint64 userId, const QString &username,
                             const QString &action, const QString &entity, qint64 id, const QString &field,
                             const QString &oldValue, const QString &newValue)
{
    // libsodium's SHA-256 over one buffer: each part as its length in decimal, a colon, then its
    // UTF-8 bytes (the form every entry of every existing log was hashed in). Built in a buffer kept
    // for the thread, so hashing a bulk write's 10,000 entries allocates nothing; numbers are written
    // with std::to_chars (snprintf was a tenth of the hashing time).
    thread_local QByteArray buffer;
    thread_local QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    qsizetype most = 0;
    for (QStringView part : {QStringView(prev), QStringView(at), QStringView(username), QStringView(action),
                             QStringView(entity), QStringView(field), QStringView(oldValue), QStringView(newValue)})
        most += part.size() * 3 + 24;
    most += 2 * 48;
    if (buffer.size() < most)
        buffer.resize(most);
    char *const begin = buffer.data();
    char *out = begin;
    const auto addLength = [&out](qsizetype size) {
        out = std::to_chars(out, out + 24, static_cast<long long>(size)).ptr;
        *out++ = ':';
    };
    const auto add = [&](QStringView part) {
        // The length goes before the bytes, so write the bytes after room for the longest length,
        // then move them up behind the length actually written.
        char *const text = out + 24;
        const char *const textEnd = utf8.appendToBuffer(text, part);
        const qsizetype size = textEnd - text;
        addLength(size);
        std::memmove(out, text, size_t(size));
        out += size;
    };
    const auto addNumber = [&](qint64 n) {
        char number[24];
        const char *end = std::to_chars(number, number + sizeof number, static_cast<long long>(n)).ptr;
        addLength(end - number);
        std::memcpy(out, number, size_t(end - number));
        out += end - number;
    };
    add(prev);
    add(at);
    addNumber(userId);
    add(username);
    add(action);
    add(entity);
    addNumber(id);
    add(field);
    add(oldValue);
    add(newValue);
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(begin), size_t(out - begin));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return QString::fromLatin1(hex, crypto_hash_sha256_BYTES * 2);
}

} // namespace md
