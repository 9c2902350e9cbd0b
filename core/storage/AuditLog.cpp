// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AuditLog.h"

#include "storage/BulkAuditLog.h"
#include "storage/Database.h"

namespace md {

namespace {
// The "previous hash" of the first entry.
const QString kGenesis = QString(64, QLatin1Char('0'));
} // namespace

AuditLog::AuditLog(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_insert(db) {}

Status AuditLog::created(const QString &entity, qint64 id, const QString &summary)
{
    return record(QStringLiteral("create"), entity, id, QString(), QString(), summary);
}

Status AuditLog::changed(const QString &entity, qint64 id, const QString &field, const QString &oldValue,
                         const QString &newValue)
{
    return record(QStringLiteral("update"), entity, id, field, oldValue, newValue);
}

Status AuditLog::deleted(const QString &entity, qint64 id, const QString &summary)
{
    return record(QStringLiteral("delete"), entity, id, QString(), summary, QString());
}

Status AuditLog::record(const QString &action, const QString &entity, qint64 id, const QString &field,
                        const QString &oldValue, const QString &newValue)
{
    // Outside a transaction nothing holds other writers off, so read the head every time.
    if (m_db.auditHead().isEmpty() || m_db.transactionDepth() == 0) {
        Query last(m_db, m_db.dialect().auditHead());
        auto v = last.scalar();
        if (!v)
            return v.error();
        m_db.setAuditHead(v->isNull() ? kGenesis : v->toString());
    }
    const QString previous = m_db.auditHead();
    if (!m_insert.isPrepared()) {
        if (Status s = m_insert.prepare(QStringLiteral(
                "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, field, old_value, new_value, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s;
    }
    const QString at = isoNow();
    const QString hash = hashOf(previous, at, m_actor.userId, m_actor.username, action, entity, id, field, oldValue, newValue);
    m_insert.bind(at)
        .bind(m_actor.userId > 0 ? QVariant(m_actor.userId) : QVariant())
        .bind(m_actor.username)
        .bind(action)
        .bind(entity)
        .bind(id)
        .bindNullable(field)
        .bind(oldValue.isNull() ? QVariant() : QVariant(oldValue))
        .bind(newValue.isNull() ? QVariant() : QVariant(newValue))
        .bind(previous)
        .bind(hash);
    if (Status s = m_insert.exec(); !s)
        return s;
    m_db.setAuditHead(hash);
    return {};
}

QString AuditLog::hashOf(const QString &prev, const QString &at, qint64 userId, const QString &username,
                         const QString &action, const QString &entity, qint64 id, const QString &field,
                         const QString &oldValue, const QString &newValue)
{
    // One implementation of the chain's hash, shared with the bulk writers' log.
    return BulkAuditLog::hashOf(prev, at, userId, username, action, entity, id, field, oldValue, newValue);
}

Result<qint64> AuditLog::verifyChain(Database &db)
{
    Query q(db, QStringLiteral("SELECT id, at, user_id, username, action, entity, entity_id, field, old_value, "
                               "new_value, prev_hash, hash FROM audit_log ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QString prev = kGenesis;
    while (q.next()) {
        const QString expected = hashOf(prev, q.string(1), q.id(2), q.string(3), q.string(4), q.string(5), q.id(6),
                                        q.string(7), q.string(8), q.string(9));
        if (q.string(10) != prev || q.string(11) != expected)
            return q.id(0);
        prev = q.string(11);
    }
    return qint64(0);
}

Result<int> AuditLog::redact(Database &db, const QList<std::pair<QString, qint64>> &records)
{
    if (records.isEmpty())
        return 0;
    Query mark(db, QStringLiteral("UPDATE audit_log SET old_value = NULL, new_value = '(erased)' "
                                  "WHERE entity = ? AND entity_id = ? AND (old_value IS NOT NULL OR new_value IS NOT NULL) "
                                  "AND COALESCE(new_value, '') <> '(erased)' RETURNING id"));
    qint64 first = 0;
    int changed = 0;
    for (const auto &[entity, id] : records) {
        mark.bind(entity).bind(id);
        if (Status s = mark.exec(); !s)
            return s.error();
        while (mark.next()) {
            const qint64 row = mark.id(0);
            first = first == 0 ? row : qMin(first, row);
            ++changed;
        }
    }
    if (first == 0)
        return 0;
    // Re-seal every entry from the first changed one: each hash covers the one before it.
    Query rows(db, QStringLiteral("SELECT id, at, user_id, username, action, entity, entity_id, field, old_value, "
                                  "new_value, prev_hash FROM audit_log WHERE id >= ? ORDER BY id"));
    rows.bind(first);
    if (Status s = rows.exec(); !s)
        return s.error();
    struct Sealed
    {
        qint64 id;
        QString prev;
        QString hash;
    };
    QList<Sealed> sealed;
    QString prev;
    while (rows.next()) {
        if (sealed.isEmpty())
            prev = rows.string(10);
        const QString hash = hashOf(prev, rows.string(1), rows.id(2), rows.string(3), rows.string(4), rows.string(5),
                                    rows.id(6), rows.string(7), rows.string(8), rows.string(9));
        sealed.append({rows.id(0), prev, hash});
        prev = hash;
    }
    Query update(db, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
    for (const Sealed &s : std::as_const(sealed)) {
        update.bind(s.prev).bind(s.hash).bind(s.id);
        if (Status st = update.exec(); !st)
            return st.error();
    }
    db.setAuditHead(prev);
    return changed;
}

} // namespace md
