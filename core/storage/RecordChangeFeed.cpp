// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RecordChangeFeed.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace md {

namespace {

QList<qint64> sorted(const QSet<qint64> &set)
{
    QList<qint64> list(set.cbegin(), set.cend());
    list.removeAll(0);
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

RecordChangeFeed::RecordChangeFeed(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &RecordChangeFeed::deliver);
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &RecordChangeFeed::poll);
    // Qt's driver does not say when the listening connection breaks (its socket notifier is
    // simply switched off): a trivial query on it every second does.
    m_probe.setInterval(1000);
    connect(&m_probe, &QTimer::timeout, this, &RecordChangeFeed::probe);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &RecordChangeFeed::reconnect);
}

RecordChangeFeed::~RecordChangeFeed()
{
    stop();
}

bool RecordChangeFeed::parsePayload(const QString &payload, Change *change)
{
    const QStringList parts = payload.split(QLatin1Char(':'));
    if (parts.size() != 4 || parts.at(0).isEmpty())
        return false;
    Change c;
    c.table = parts.at(0);
    bool ok = true;
    const auto number = [&ok](const QString &text) -> qint64 {
        if (text.isEmpty())
            return 0;
        bool good = false;
        const qint64 n = text.toLongLong(&good);
        ok = ok && good;
        return n;
    };
    c.id = number(parts.at(1));
    c.studentId = number(parts.at(2));
    c.backendPid = number(parts.at(3));
    if (!ok)
        return false;
    *change = c;
    return true;
}

Status RecordChangeFeed::start()
{
    if (m_running)
        return {};
    m_engineIsSqlite = m_db.engine() == Engine::SQLite;
    if (m_engineIsSqlite) {
        Query q(m_db, QStringLiteral("PRAGMA data_version"));
        auto v = q.scalar();
        if (!v)
            return v.error();
        q.finish();
        m_dataVersion = v->toLongLong();
        m_poll.start();
        m_running = true;
        return {};
    }

    Query pid(m_db, QStringLiteral("SELECT pg_backend_pid()"));
    auto own = pid.scalar();
    if (!own)
        return own.error();
    m_ownPid = own->toLongLong();
    pid.finish();

    if (Status s = listen(); !s)
        return s;
    m_running = true;
    m_nextDelay = m_firstDelay;
    m_probe.start();
    qCInfo(lcStorage) << "listening for changes from other desks";
    return {};
}

Status RecordChangeFeed::listen()
{
    m_listenerName = m_db.connection().connectionName() + QStringLiteral("-live");
    QSqlDatabase listener = QSqlDatabase::cloneDatabase(m_db.connection(), m_listenerName);
    if (!listener.open()) {
        const QString reason = listener.lastError().text();
        listener = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_listenerName);
        m_listenerName.clear();
        return Error::io(
            tr("Live updates from other desks are off: a second connection to the server failed (%1).").arg(reason));
    }
    QSqlDriver *driver = listener.driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                received(name, payload);
            });
    if (!driver->subscribeToNotification(channel())) {
        const QString reason = driver->lastError().text();
        disconnect(driver, nullptr, this, nullptr);
        listener.close();
        listener = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_listenerName);
        m_listenerName.clear();
        return Error::io(tr("Live updates from other desks are off: the server refused to listen (%1).").arg(reason));
    }
    {
        QSqlQuery pid(listener);
        m_listenerPid =
            pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next() ? pid.value(0).toLongLong() : 0;
    }
    m_listening = true;
    return {};
}

void RecordChangeFeed::closeListener()
{
    m_listening = false;
    m_listenerPid = 0;
    if (m_listenerName.isEmpty())
        return;
    {
        QSqlDatabase listener = QSqlDatabase::database(m_listenerName, false);
        if (listener.isOpen()) {
            disconnect(listener.driver(), nullptr, this, nullptr);
            listener.close(); // ends the LISTEN with the session (UNLISTEN would fail on a lost connection)
        }
    }
    QSqlDatabase::removeDatabase(m_listenerName);
    m_listenerName.clear();
}

void RecordChangeFeed::probe()
{
    if (!m_listening || m_listenerName.isEmpty())
        return;
    bool alive = false;
    {
        QSqlDatabase listener = QSqlDatabase::database(m_listenerName, false);
        QSqlQuery q(listener);
        alive = listener.isOpen() && q.exec(QStringLiteral("SELECT 1")) && q.next();
    }
    if (!alive)
        lost();
}

void RecordChangeFeed::lost()
{
    qCWarning(lcStorage) << "the live-update connection to the server was lost; connecting again";
    closeListener();
    m_nextDelay = m_firstDelay;
    m_reconnect.start(m_nextDelay);
    Q_EMIT liveConnectionChanged(false);
}

void RecordChangeFeed::reconnect()
{
    if (!m_running || m_listening)
        return;
    if (Status s = listen(); !s) {
        m_nextDelay = qMin(m_nextDelay * 2, 60000);
        qCInfo(lcStorage) << "live-update connection still down; next try in" << m_nextDelay << "ms";
        m_reconnect.start(m_nextDelay);
        return;
    }
    qCInfo(lcStorage) << "live-update connection restored";
    m_nextDelay = m_firstDelay;
    Q_EMIT liveConnectionChanged(true);
    // Whatever other desks changed while nobody listened: reload everything once.
    m_pendingIds.clear();
    m_pendingStudents.clear();
    m_coalesce.stop();
    Q_EMIT recordsChanged(QString(), {}, {});
}

void RecordChangeFeed::stop()
{
    m_poll.stop();
    m_coalesce.stop();
    m_probe.stop();
    m_reconnect.stop();
    m_pendingIds.clear();
    m_pendingStudents.clear();
    m_running = false;
    closeListener();
}

void RecordChangeFeed::received(const QString &name, const QVariant &payload)
{
    if (name != channel())
        return;
    Change change;
    if (!parsePayload(payload.toString(), &change)) {
        qCWarning(lcStorage) << "ignored a malformed change notification";
        return;
    }
    if (change.backendPid == m_ownPid)
        return; // this desk's own change: its panes already know
    m_pendingIds[change.table].insert(change.id);
    m_pendingStudents[change.table].insert(change.studentId);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void RecordChangeFeed::deliver()
{
    QStringList tables = m_pendingIds.keys();
    std::sort(tables.begin(), tables.end());
    const auto ids = std::exchange(m_pendingIds, {});
    const auto students = std::exchange(m_pendingStudents, {});
    for (const QString &table : tables)
        Q_EMIT recordsChanged(table, sorted(ids.value(table)), sorted(students.value(table)));
}

void RecordChangeFeed::poll()
{
    // Mid-transaction (a long write of this desk) the answer could only be our own version.
    if (m_db.transactionDepth() > 0)
        return;
    Query q(m_db, QStringLiteral("PRAGMA data_version"));
    auto v = q.scalar();
    if (!v)
        return;
    q.finish();
    const qint64 version = v->toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed)
        Q_EMIT recordsChanged(QString(), {}, {});
}

} // namespace md
