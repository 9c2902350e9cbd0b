// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

class Database;
class Session;

// Where automatic backups go and how many are kept.
struct BackupPolicy
{
    QString folder; // empty: "backups" beside the database
    int keepDaily = 14;
    int keepWeekly = 8;
};

// Consistent copies of the live database (SQLite's VACUUM INTO, never a file copy), the daily
// automatic backup with its retention, and restoring one. A copy is written under a temporary
// name, flushed to disk, then renamed, so a crash never leaves a half-written backup.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(md::BackupService)

public:
    using Policy = BackupPolicy;

    // Writes a consistent copy of `db` to `target` (replacing it). With a passphrase the copy is
    // sealed (SealedFile) and no unencrypted copy is left behind.
    static Status backupTo(Database &db, const QString &target, const QString &passphrase = {});
    // The same on a signed-in user's request: a copy holds every student, so only those who may
    // back up the whole database (Action::BackUpDatabase) may make one. Automatic backups, kept
    // in the database's own folder, need no session.
    static Status backupTo(Database &db, const Session &session, const QString &target, const QString &passphrase = {});
    // The folder automatic backups go to for this database file.
    static QString folderFor(const QString &databasePath, const Policy &policy = {});
    // Makes today's backup if there is none yet and prunes old ones; returns the new file, or
    // nullopt when today's already existed.
    static Result<std::optional<QString>> autoBackup(Database &db, const QDate &today, const Policy &policy = {});
    // The backups of this database, newest first.
    static QStringList backupsOf(const QString &databasePath, const Policy &policy = {});
    // When the newest backup was made (invalid when there is none).
    static QDateTime lastBackupTime(const QString &databasePath, const Policy &policy = {});
    // Which backup files the retention rule keeps: the newest `keepDaily` days, then the newest
    // file of each of `keepWeekly` earlier ISO weeks. `dated` maps file -> its date.
    static QStringList toPrune(const QList<std::pair<QString, QDate>> &dated, const Policy &policy);

    // Checks a backup: a SQLite file that passes integrity_check and whose schema this version
    // knows. Never modifies it.
    // An encrypted backup needs its passphrase; it is opened into a temporary file beside it,
    // owner-only, removed afterwards.
    static Status verify(const QString &backup, const QString &passphrase = {});
    // Replaces the (closed) live database with `backup`, first keeping the live file as a backup.
    // Returns the path of that safety copy. The live database must not be open anywhere.
    static Result<QString> restore(const QString &backup, const QString &livePath, const QString &passphrase = {});
    // The same for a signed-in user (Action::BackUpDatabase), checked before anything is touched.
    static Result<QString> restore(const Session &session, const QString &backup, const QString &livePath,
                                   const QString &passphrase = {});

private:
    static Status verifyPlain(const QString &backup, const QString &shownName);
    // Opens a sealed backup into `plainPath`, or says why not.
    static Status unseal(const QString &backup, const QString &plainPath, const QString &passphrase);
    static Status flushAndRename(const QString &temporary, const QString &target);
};

} // namespace md
