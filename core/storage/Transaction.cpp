// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QObject>
#include <QThread>

namespace md {

namespace {
QString savepointName(int level)
{
    return QStringLiteral("md_sp_%1").arg(level);
}
} // namespace

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = db.transactionDepth() + 1;
    const QString sql = m_level == 1 ? db.dialect().beginWrite() : QStringLiteral("SAVEPOINT ") + savepointName(m_level);
    // Another desk (a second app or the command-line tool) may hold the write lock. Each attempt
    // waits out the connection's busy timeout; a few more attempts ride out a long import's
    // batches without the user seeing "database is locked".
    constexpr int kAttempts = 3;
    for (int attempt = 1;; ++attempt) {
        Query q(db);
        const Status s = q.exec(sql);
        if (s)
            break;
        const bool busy = s.error().kind == Error::Kind::Conflict;
        if (!busy || attempt == kAttempts) {
            m_error = busy ? s.error()
                           : Error::storage(QObject::tr("Could not start a change: %1").arg(s.error().message));
            m_done = true;
            return;
        }
        qCInfo(lcStorage) << "database busy; retrying the start of a change, attempt" << attempt + 1;
        QThread::msleep(20 * attempt);
    }
    m_started = true;
    if (m_level == 1)
        db.forgetAuditHead();
    db.setTransactionDepth(m_level);
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

Status Transaction::commit()
{
    if (!m_started || m_done)
        return Error::storage(QObject::tr("The change was not started or already finished."));
    Query q(m_db);
    const QString sql = m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_level);
    Status s = q.exec(sql);
    if (!s) {
        rollback();
        return s;
    }
    m_done = true;
    m_db.setTransactionDepth(m_level - 1);
    return {};
}

void Transaction::rollback()
{
    if (!m_started || m_done)
        return;
    m_db.forgetAuditHead();
    Query q(m_db);
    if (m_level == 1) {
        if (Status s = q.exec(QStringLiteral("ROLLBACK")); !s)
            qCWarning(lcStorage) << "rollback failed:" << s.error().message;
    } else {
        if (Status s = q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(m_level)); !s)
            qCWarning(lcStorage) << "rollback to savepoint failed:" << s.error().message;
        Query r(m_db);
        if (Status s = r.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_level)); !s)
            qCWarning(lcStorage) << "release savepoint failed:" << s.error().message;
    }
    m_done = true;
    m_db.setTransactionDepth(m_level - 1);
}

} // namespace md
