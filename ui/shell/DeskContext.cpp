// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DeskContext.h"

#include "common/Logging.h"
#include "live/LiveUpdates.h"
#include "storage/RecordChangeFeed.h"

namespace md::ui {

DeskContext::DeskContext(QObject *parent) : QObject(parent) {}

DeskContext::~DeskContext()
{
    m_feed.reset();
}

void DeskContext::setDatabase(std::unique_ptr<Database> db)
{
    m_session = Session();
    m_feed.reset();
    m_db = std::move(db);
    startLiveUpdates();
}

void DeskContext::startLiveUpdates()
{
    if (!m_db)
        return;
    m_feed = std::make_unique<RecordChangeFeed>(*m_db);
    connect(m_feed.get(), &RecordChangeFeed::recordsChanged, this, [this](const QString &table, const QList<qint64> &ids) {
        if (!isSignedIn())
            return;
        for (const QString &area : LiveUpdates::areasOf(table))
            Q_EMIT dataChanged(area);
        Q_EMIT recordsChanged(table, ids);
    });
    connect(m_feed.get(), &RecordChangeFeed::liveConnectionChanged, this, &DeskContext::liveConnectionChanged);
    if (Status s = m_feed->start(); !s) {
        qCWarning(lcStorage) << "live updates are off:" << s.error().message;
        m_feed.reset();
    }
}

bool DeskContext::isLive() const
{
    return m_feed && m_feed->isConnected();
}

void DeskContext::setSession(const Session &session)
{
    m_session = session;
    Q_EMIT sessionChanged();
}

void DeskContext::close()
{
    m_session = Session();
    m_feed.reset();
    m_db.reset();
    Q_EMIT sessionChanged();
}

void DeskContext::notifyChanged(const QString &what)
{
    Q_EMIT dataChanged(what);
}

} // namespace md::ui
