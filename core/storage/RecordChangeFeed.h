// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace md {

class Database;

// Tells a desk that another desk changed records, so panes and open editors can refresh.
// On PostgreSQL, triggers (migration 0095) send "table:id:student id:backend pid" on the channel
// channel(); a second connection of this desk LISTENs to it (the desk's own connection runs
// queries, and libpq may swallow a notification while reading a query's result). Changes made
// through the desk's own connection are ignored. A burst of changes becomes one recordsChanged()
// per table after coalesceInterval(). On SQLite (desks on one file) the engine cannot say what
// changed: PRAGMA data_version, polled every pollInterval(), notices another connection's commit and
// recordsChanged() is sent with an empty table ("anything may have changed").
// If the listening connection drops (server restart, network), the feed says so
// (liveConnectionChanged(false)), connects again with a growing pause (reconnectDelay(), doubling up
// to a minute), and once listening again says so and sends one recordsChanged() with an empty
// table, so panes reload whatever they may have missed meanwhile. A drop is noticed by a trivial
// query on the listening connection every probeInterval() (1 s).
// Lives in the thread of the Database it watches; the Database must outlive it.
class RecordChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit RecordChangeFeed(Database &db, QObject *parent = nullptr);
    ~RecordChangeFeed() override;

    static QString channel() { return QStringLiteral("mentordesk_changes"); }

    // Starts listening (PostgreSQL) or polling (SQLite). Failing to listen leaves the desk working
    // as before, without live updates.
    Status start();
    void stop();
    bool isRunning() const { return m_running; }

    int coalesceInterval() const { return m_coalesce.interval(); }
    void setCoalesceInterval(int ms) { m_coalesce.setInterval(ms); }
    int pollInterval() const { return m_poll.interval(); }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    int probeInterval() const { return m_probe.interval(); }
    void setProbeInterval(int ms) { m_probe.setInterval(ms); }
    // The first pause before connecting again after a drop (it doubles on each failure, to 60 s).
    int reconnectDelay() const { return m_firstDelay; }
    void setReconnectDelay(int ms) { m_firstDelay = m_nextDelay = ms; }
    // The pause before the next attempt to connect again (grows while the server stays away).
    int nextReconnectDelay() const { return m_nextDelay; }

    // PostgreSQL: whether the listening connection is up (false between a drop and the reconnect).
    // SQLite: whether the feed is running.
    bool isConnected() const { return m_running && (m_engineIsSqlite || m_listening); }
    // The server process of the listening connection (PostgreSQL), 0 when not listening.
    qint64 listenerPid() const { return m_listenerPid; }

    // Parses one notification payload; false for anything malformed. Ids absent from the row are 0.
    struct Change
    {
        QString table;
        qint64 id = 0;
        qint64 studentId = 0;
        qint64 backendPid = 0;
    };
    static bool parsePayload(const QString &payload, Change *change);

Q_SIGNALS:
    // Rows of `table` that another desk inserted, updated or deleted (ids sorted, no duplicates;
    // studentIds: the learners they belong to). An empty table: something may have changed anywhere.
    void recordsChanged(const QString &table, const QList<qint64> &ids, const QList<qint64> &studentIds);
    // The listening connection was lost (false) or is back (true). Not sent by start() or stop().
    void liveConnectionChanged(bool connected);

private:
    void received(const QString &name, const QVariant &payload);
    void deliver();
    void poll();
    Status listen();
    void closeListener();
    void probe();
    void lost();
    void reconnect();

    Database &m_db;
    QString m_listenerName;
    qint64 m_ownPid = 0;
    qint64 m_dataVersion = -1;
    qint64 m_listenerPid = 0;
    bool m_running = false;
    bool m_engineIsSqlite = false;
    bool m_listening = false;
    int m_firstDelay = 500;
    int m_nextDelay = 500;
    QTimer m_coalesce;
    QTimer m_poll;
    QTimer m_probe; // PostgreSQL: is the listener still connected?
    QTimer m_reconnect;
    QHash<QString, QSet<qint64>> m_pendingIds;
    QHash<QString, QSet<qint64>> m_pendingStudents;
};

} // namespace md
