// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/BackupService.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace md {

// The day's automatic backup of a SQLite file, made on a worker thread with a connection of its
// own, so that opening a large school is not held up by copying it. VACUUM INTO reads one
// consistent snapshot, so the desk goes on working (and writing) meanwhile. Cancelling stops the
// copy within milliseconds (a SQLite progress handler on the worker's connection asks for an
// interrupt); BackupService then removes the partial file, so nothing half-written is left. Destroying a running DailyBackup cancels it and waits for the thread.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    explicit DailyBackup(QObject *parent = nullptr);
    ~DailyBackup() override;

    // Starts today's backup of the file at `databasePath` unless one is already running.
    void start(const QString &databasePath, const QDate &today, const BackupPolicy &policy = {});
    bool isRunning() const;
    // Stops a running backup and waits until its thread has finished; no-op when idle.
    void cancel();

Q_SIGNALS:
    // `made` is the new backup file (empty when today's already existed); `error` is empty on
    // success. Not emitted for a cancelled backup.
    void finished(const QString &made, const QString &error);

private:
    void run(const QString &databasePath, const QDate &today, const BackupPolicy &policy);

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled = false; // read by the worker's progress handler
};

} // namespace md
