// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "storage/Database.h"

#include <QList>
#include <QObject>

#include <memory>

namespace md {
class RecordChangeFeed;
}

namespace md::ui {

// What every pane works with: the open database and the signed-in user. It owns the database
// and tells panes when data changed elsewhere (an import, another pane's edit, another desk) so
// they reload.
class DeskContext : public QObject
{
    Q_OBJECT
public:
    explicit DeskContext(QObject *parent = nullptr);
    ~DeskContext() override;

    bool isOpen() const { return m_db != nullptr; }
    Database &db() { return *m_db; }
    const Session &session() const { return m_session; }
    bool isSignedIn() const { return m_session.isValid(); }

    void setDatabase(std::unique_ptr<Database> db);
    void setSession(const Session &session);
    void close();

    // Whether live updates from other desks are arriving (false while the server connection for
    // them is lost, or when they could not start).
    bool isLive() const;
    // The feed of other desks' changes, or nullptr (for tests and diagnostics).
    RecordChangeFeed *liveFeed() const { return m_feed.get(); }

    // Announce a change of data in `what` ("students", "referrals"...) to every pane.
    void notifyChanged(const QString &what);

Q_SIGNALS:
    void dataChanged(const QString &what);
    // Rows of `table` another desk changed (live updates; ids only). Each also raises
    // dataChanged() for the areas showing the table (live/LiveUpdates), so panes reload.
    // An empty table: anything may have changed (the live connection is back after a drop; on
    // SQLite, another desk committed), so open editors re-read their record's row version.
    void recordsChanged(const QString &table, const QList<qint64> &ids);
    void sessionChanged();
    // The live-update connection to the server was lost (false) or is back (true); once back,
    // every area has been told to reload (dataChanged) for what it may have missed.
    void liveConnectionChanged(bool connected);

private:
    void startLiveUpdates();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordChangeFeed> m_feed; // after m_db: goes first
    Session m_session;
};

} // namespace md::ui
