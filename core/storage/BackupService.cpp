// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupService.h"

#include "access/Permissions.h"
#include "access/Session.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/SealedFile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <filesystem>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace md {

namespace {

bool syncFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return _commit(f.handle()) == 0;
#else
    return ::fsync(f.handle()) == 0;
#endif
}

QString backupFileName(const QString &databasePath, const QDate &date, const QString &suffix = {})
{
    return QFileInfo(databasePath).completeBaseName() + QLatin1Char('-') + date.toString(Qt::ISODate) + suffix
        + QStringLiteral(".sqlite");
}

QRegularExpression backupPattern(const QString &databasePath)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())
                              + QStringLiteral("-(\\d{4}-\\d{2}-\\d{2})(-[\\w-]+)?\\.sqlite$"));
}

// A backup being written ends so; one left by a desk that stopped mid-copy is removed later.
const QString kPartSuffix = QStringLiteral(".part");
constexpr int kStalePartMinutes = 60;

} // namespace

Status BackupService::flushAndRename(const QString &temporary, const QString &target)
{
    if (!syncFile(temporary)) {
        QFile::remove(temporary);
        return Error::io(tr("The backup could not be written to disk at %1.").arg(QFileInfo(target).absolutePath()));
    }
    QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner);
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()), std::filesystem::path(target.toStdU16String()), ec);
    if (ec) {
        QFile::remove(temporary);
        return Error::io(tr("The backup could not be saved as %1: %2").arg(target, QString::fromStdString(ec.message())));
    }
    return {};
}

Status BackupService::backupTo(Database &db, const Session &session, const QString &target, const QString &passphrase)
{
    if (Status s = Permissions::require(session, Action::BackUpDatabase); !s)
        return s;
    return backupTo(db, target, passphrase);
}

Result<QString> BackupService::restore(const Session &session, const QString &backup, const QString &livePath,
                                       const QString &passphrase)
{
    if (Status s = Permissions::require(session, Action::BackUpDatabase); !s)
        return s.error();
    return restore(backup, livePath, passphrase);
}

Status BackupService::backupTo(Database &db, const QString &target, const QString &passphrase)
{
    if (!passphrase.isEmpty())
        if (Status s = SealedFile::checkPassphrase(passphrase); !s)
            return s;
    if (db.engine() != Engine::SQLite)
        return Error::invalid(tr("Backups of a server database are made on the server."));
    if (db.transactionDepth() > 0)
        return Error::conflict(tr("A change is in progress; back up when it has finished."));
    const QFileInfo info(target);
    if (!info.absoluteDir().exists())
        return Error::io(tr("The folder %1 does not exist.").arg(info.absolutePath()));
    // A temporary of this backup's own: another desk on the same file may be writing the same
    // day's copy at this moment (VACUUM INTO takes an empty file).
    QString temporary;
    {
        QTemporaryFile part(info.absoluteFilePath() + QStringLiteral(".XXXXXX") + kPartSuffix);
        part.setAutoRemove(false);
        if (!part.open())
            return Error::io(tr("The backup could not be started in %1: %2").arg(info.absolutePath(), part.errorString()));
        temporary = part.fileName();
    }
    {
        Query q(db, QStringLiteral("VACUUM INTO ?"));
        q.bind(temporary);
        if (Status s = q.exec(); !s) {
            QFile::remove(temporary);
            return Error::io(tr("The backup could not be written to %1: %2").arg(info.absolutePath(), s.error().message));
        }
    }
    if (!passphrase.isEmpty()) {
        const Status sealed = SealedFile::seal(temporary, info.absoluteFilePath(), passphrase);
        QFile::remove(temporary);
        if (!sealed)
            return sealed;
        if (!syncFile(info.absoluteFilePath()))
            return Error::io(tr("The backup could not be written to disk at %1.").arg(info.absolutePath()));
        qCInfo(lcStorage) << "encrypted backup written";
        return {};
    }
    if (Status s = flushAndRename(temporary, info.absoluteFilePath()); !s)
        return s;
    qCInfo(lcStorage) << "backup written";
    return {};
}

QString BackupService::folderFor(const QString &databasePath, const Policy &policy)
{
    if (!policy.folder.isEmpty())
        return policy.folder;
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList BackupService::backupsOf(const QString &databasePath, const Policy &policy)
{
    const QDir dir(folderFor(databasePath, policy));
    const QRegularExpression pattern = backupPattern(databasePath);
    QStringList out;
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Time);
    for (const QFileInfo &f : files)
        if (pattern.match(f.fileName()).hasMatch())
            out << f.absoluteFilePath();
    return out;
}

QDateTime BackupService::lastBackupTime(const QString &databasePath, const Policy &policy)
{
    const QStringList all = backupsOf(databasePath, policy);
    return all.isEmpty() ? QDateTime() : QFileInfo(all.first()).lastModified();
}

QStringList BackupService::toPrune(const QList<std::pair<QString, QDate>> &dated, const Policy &policy)
{
    QList<std::pair<QString, QDate>> files = dated;
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first > b.first;
    });
    QStringList prune;
    QList<QDate> dailyDays;
    QList<std::pair<int, int>> weeks;
    for (const auto &[file, date] : files) {
        if (dailyDays.contains(date) || dailyDays.size() < policy.keepDaily) {
            if (!dailyDays.contains(date))
                dailyDays << date;
            continue;
        }
        int year = 0;
        const int week = date.weekNumber(&year);
        const std::pair<int, int> key{year, week};
        if (!weeks.contains(key) && weeks.size() < policy.keepWeekly) {
            weeks << key;
            continue;
        }
        prune << file;
    }
    return prune;
}

Result<std::optional<QString>> BackupService::autoBackup(Database &db, const QDate &today, const Policy &policy)
{
    const QString folder = folderFor(db.location(), policy);
    if (!QDir().mkpath(folder))
        return Error::io(tr("The backups folder %1 could not be created.").arg(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString target = QDir(folder).filePath(backupFileName(db.location(), today));
    std::optional<QString> made;
    if (!QFileInfo::exists(target)) {
        if (Status s = backupTo(db, target); !s)
            return s.error();
        made = target;
    }
    const QRegularExpression pattern = backupPattern(db.location());
    QList<std::pair<QString, QDate>> dated;
    for (const QString &f : backupsOf(db.location(), policy)) {
        const auto m = pattern.match(QFileInfo(f).fileName());
        // Only the plain daily files take part in the rotation; safety copies made before a
        // restore carry a suffix and are kept until someone deletes them.
        if (m.hasMatch() && m.captured(2).isEmpty())
            dated.append({f, QDate::fromString(m.captured(1), Qt::ISODate)});
    }
    for (const QString &f : toPrune(dated, policy))
        QFile::remove(f);
    // Copies left half-written by a desk that stopped mid-backup. One being written now is
    // recent (the copy touches it as it goes) and belongs to a desk still at work.
    const QString base = QFileInfo(db.location()).completeBaseName();
    const QDateTime stale = QDateTime::currentDateTime().addSecs(-60 * kStalePartMinutes);
    for (const QFileInfo &f :
         QDir(folder).entryInfoList({base + QStringLiteral("-*.sqlite.*") + kPartSuffix}, QDir::Files))
        if (f.lastModified() < stale)
            QFile::remove(f.absoluteFilePath());
    return made;
}

Status BackupService::unseal(const QString &backup, const QString &plainPath, const QString &passphrase)
{
    if (passphrase.isEmpty())
        return Error::invalid(tr("%1 is encrypted: give its passphrase to restore it.").arg(backup));
    return SealedFile::open(backup, plainPath, passphrase);
}

Status BackupService::verify(const QString &backup, const QString &passphrase)
{
    if (!QFileInfo(backup).isFile())
        return Error::io(tr("There is no backup file at %1.").arg(backup));
    if (!SealedFile::isSealed(backup))
        return verifyPlain(backup, backup);
    const QString plain = QFileInfo(backup).absoluteFilePath() + QStringLiteral(".verifying");
    Status s = unseal(backup, plain, passphrase);
    if (s)
        s = verifyPlain(plain, backup);
    QFile::remove(plain);
    return s;
}

Status BackupService::verifyPlain(const QString &file, const QString &backup)
{
    static QAtomicInteger<int> counter = 0;
    const QString name = QStringLiteral("mentordesk-verify-%1").arg(counter.fetchAndAddRelaxed(1));
    Status result;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(file);
        conn.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!conn.open()) {
            result = Error::io(tr("%1 could not be opened: %2").arg(backup, conn.lastError().text()));
        } else {
            QSqlQuery q(conn);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
                result = Error::io(tr("%1 is not a Mentor Desk backup, or it is damaged.").arg(backup));
            else if (q.value(0).toString() != QLatin1String("ok"))
                result = Error::io(tr("%1 is damaged (%2): choose another backup.").arg(backup, q.value(0).toString()));
            else {
                QSqlQuery v(conn);
                if (!v.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !v.next())
                    result = Error::io(tr("%1 is not a Mentor Desk backup.").arg(backup));
                else if (v.value(0).toInt() > Migrations::latestVersion())
                    result = Error::conflict(tr("%1 was made by a newer version of Mentor Desk (schema %2).")
                                                 .arg(backup)
                                                 .arg(v.value(0).toInt()));
            }
        }
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<QString> BackupService::restore(const QString &sealedOrPlain, const QString &livePath, const QString &passphrase)
{
    if (!QFileInfo(sealedOrPlain).isFile())
        return Error::io(tr("There is no backup file at %1.").arg(sealedOrPlain));
    const QFileInfo live(livePath);
    QString backup = sealedOrPlain;
    QString opened; // the unsealed copy of an encrypted backup, removed whatever happens
    if (SealedFile::isSealed(sealedOrPlain)) {
        opened = live.absoluteFilePath() + QStringLiteral(".unsealed");
        if (Status s = unseal(sealedOrPlain, opened, passphrase); !s)
            return s.error();
        backup = opened;
    }
    struct RemoveOnExit
    {
        QString path;
        ~RemoveOnExit()
        {
            if (!path.isEmpty())
                QFile::remove(path);
        }
    } cleanup{opened};
    if (Status s = verifyPlain(backup, sealedOrPlain); !s)
        return s.error();
    QString safety;
    if (live.exists()) {
        // Keep what is there now, as a consistent copy, before replacing it.
        auto db = Database::openSqlite(livePath, Database::Migrate::No);
        if (!db)
            return Error::io(tr("The current database could not be opened to keep a copy: %1").arg(db.error().message));
        const QString folder = folderFor(livePath);
        QDir().mkpath(folder);
        safety = QDir(folder).filePath(backupFileName(livePath, QDate::currentDate(),
                                                      QStringLiteral("-before-restore-")
                                                          + QTime::currentTime().toString(QStringLiteral("HHmmss"))));
        if (Status s = backupTo(**db, safety); !s)
            return s.error();
        Query checkpoint(**db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (Status s = checkpoint.exec(); !s)
            return s.error();
    }
    // Copy the backup next to the live file, flush it, then swap it in with one rename.
    const QString temporary = live.absoluteFilePath() + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backup, temporary))
        return Error::io(tr("The backup could not be copied to %1 (is the disk full?).").arg(live.absolutePath()));
    QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(live.absoluteFilePath() + QStringLiteral("-wal"));
    QFile::remove(live.absoluteFilePath() + QStringLiteral("-shm"));
    if (Status s = flushAndRename(temporary, live.absoluteFilePath()); !s)
        return s.error();
    qCInfo(lcStorage) << "database restored from a backup";
    return safety;
}

} // namespace md
