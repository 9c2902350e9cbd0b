// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DailyBackup.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QMetaObject>
#include <QThread>

#include <sqlite3.h>

namespace md {

DailyBackup::DailyBackup(QObject *parent) : QObject(parent) {}

DailyBackup::~DailyBackup()
{
    cancel();
}

bool DailyBackup::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DailyBackup::start(const QString &databasePath, const QDate &today, const BackupPolicy &policy)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled = false;
    m_thread = QThread::create([this, databasePath, today, policy] { run(databasePath, today, policy); });
    m_thread->setObjectName(QStringLiteral("daily backup"));
    m_thread->start(QThread::LowPriority);
}

void DailyBackup::run(const QString &databasePath, const QDate &today, const BackupPolicy &policy)
{
    QString made;
    QString error;
    {
        auto db = Database::openSqlite(databasePath, Database::Migrate::No);
        if (!db) {
            error = db.error().message;
        } else {
            // Every few thousand steps of the copy, SQLite asks whether to go on.
            if (sqlite3 *handle = sqliteHandle(**db))
                sqlite3_progress_handler(
                    handle, 10000,
                    [](void *cancelled) { return static_cast<std::atomic<bool> *>(cancelled)->load() ? 1 : 0; },
                    &m_cancelled);
            if (m_cancelled)
                return;
            auto backup = BackupService::autoBackup(**db, today, policy);
            if (sqlite3 *handle = sqliteHandle(**db))
                sqlite3_progress_handler(handle, 0, nullptr, nullptr);
            if (m_cancelled)
                return;
            if (!backup)
                error = backup.error().message;
            else if (*backup)
                made = **backup;
        }
    }
    if (!error.isEmpty())
        qCWarning(lcStorage) << "automatic backup failed:" << error;
    QMetaObject::invokeMethod(
        this, [this, made, error] { Q_EMIT finished(made, error); }, Qt::QueuedConnection);
}

void DailyBackup::cancel()
{
    if (!m_thread)
        return;
    m_cancelled = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace md
