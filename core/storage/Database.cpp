// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "common/Logging.h"
#include "storage/FileChecks.h"
#include "storage/HeldFiles.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSet>
#include <QSqlError>

namespace md {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter = 0;
    return QStringLiteral("mentordesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr int kBusyTimeoutMs = 5000;

} // namespace

Database::Database(const QString &connectionName, Engine engine, const QString &location)
    : m_connectionName(connectionName), m_dialect(engine), m_location(location)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_heldFile.isEmpty())
        HeldFiles::release(m_heldFile);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, Migrate migrate)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error::io(QObject::tr("The folder %1 does not exist. Choose a folder that exists, or create it first.")
                             .arg(info.absolutePath()));
    const bool existed = info.exists();
    if (existed && info.isDir())
        return Error::io(QObject::tr("%1 is a folder, not a database file.").arg(path));
    if (existed && !info.isReadable())
        return Error::io(QObject::tr("%1 cannot be read: check that you have permission to open it.").arg(path));

    if (existed && !info.isWritable() && migrate == Migrate::Yes)
        return Error::io(QObject::tr("%1 is read-only, and Mentor Desk needs to write to it. Ask whoever manages the "
                                     "computer for write access, or open a copy you can write to.")
                             .arg(path));
    switch (FileChecks::inspectHeader(path)) {
    case FileChecks::Header::Foreign:
        return Error::io(QObject::tr("%1 is not a Mentor Desk database (it is not a SQLite file). Nothing was changed.")
                             .arg(path));
    case FileChecks::Header::Truncated:
        return Error::io(QObject::tr("%1 is damaged: it is shorter than it should be, as happens when a copy is "
                                     "interrupted or the disk fills up. Nothing was changed; restore it from a backup.")
                             .arg(path));
    case FileChecks::Header::Empty:
    case FileChecks::Header::Sqlite:
    case FileChecks::Header::HeldOpen:
        break;
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(name, Engine::SQLite, info.absoluteFilePath()));
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(info.absoluteFilePath());
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (existed && !info.isWritable())
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        conn.setConnectOptions(options);
        if (!conn.open())
            return Error::io(QObject::tr("%1 could not be opened: %2").arg(path, conn.lastError().text()));
    }
    // From here until it is closed, no plain open() of the file in this process (HeldFiles).
    db->m_heldFile = HeldFiles::keyOf(info.absoluteFilePath());
    HeldFiles::hold(db->m_heldFile);
    if (!existed)
        QFile::setPermissions(info.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);

    if (Status s = db->configureSqlite(); !s)
        return s.error();
    if (Status s = db->checkNotNewer(); !s)
        return s.error();

    // Only now, when we know we may, change the file: WAL journal and the schema.
    if (info.isWritable() || !existed) {
        Query wal(*db);
        if (Status s = wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")); !s)
            return Error::io(QObject::tr("%1 could not be prepared for use: %2").arg(path, s.error().message));
        wal.finish();
        Query sync(*db);
        if (Status s = sync.exec(QStringLiteral("PRAGMA synchronous=FULL")); !s)
            return s.error();
    }
    if (migrate == Migrate::Yes) {
        if (!info.isWritable() && existed && db->schemaVersion() < Migrations::latestVersion())
            return Error::io(QObject::tr("%1 is read-only and needs updating to this version of Mentor Desk. "
                                         "Open a copy you can write to.")
                                 .arg(path));
        if (Status s = db->migrate(); !s)
            return s.error();
    }
    qCInfo(lcStorage) << "opened SQLite database, schema version" << db->schemaVersion();
    return db;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const ServerUrl &url, const QString &password, Migrate migrate)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::io(QObject::tr("This computer lacks Qt's PostgreSQL driver (QPSQL), so Mentor Desk cannot reach "
                                     "%1. Install it (on Debian: libqt6sql6-psql) and try again.")
                             .arg(url.display()));
    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(name, Engine::PostgreSQL, url.display()));
    db->m_server = url;
    db->m_server.password.clear();
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        conn.setHostName(url.host);
        conn.setPort(url.port);
        conn.setDatabaseName(url.database);
        if (!url.user.isEmpty())
            conn.setUserName(url.user);
        const QString pass = password.isEmpty() ? url.password : password;
        if (!pass.isEmpty())
            conn.setPassword(pass);
        QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=mentordesk")};
        if (!url.sslmode.isEmpty())
            options << QStringLiteral("sslmode=") + url.sslmode;
        conn.setConnectOptions(options.join(QLatin1Char(';')));
        if (!conn.open())
            return Error::io(QObject::tr("%1 could not be reached: %2").arg(url.display(), conn.lastError().text()));
    }
    if (Status s = db->configurePostgres(); !s)
        return s.error();
    if (Status s = db->checkNotNewer(); !s)
        return s.error();
    if (migrate == Migrate::Yes) {
        if (Status s = db->migrate(); !s)
            return s.error();
    }
    qCInfo(lcStorage) << "opened PostgreSQL database, schema version" << db->schemaVersion();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &pathOrUrl, Migrate migrate,
                                                 const PasswordPrompt &askPassword)
{
    if (!ServerUrl::isServerUrl(pathOrUrl))
        return openSqlite(pathOrUrl, migrate);
    auto url = ServerUrl::parse(pathOrUrl);
    if (!url)
        return url.error();
    auto db = openPostgres(*url, {}, migrate);
    // libpq says "no password supplied" or "password authentication failed": ask, once.
    if (!db && askPassword && url->password.isEmpty()
        && db.error().message.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
        const QString password = askPassword(*url);
        if (password.isEmpty())
            return Error::forbidden(QObject::tr("%1 needs a password, and none was given.").arg(url->display()));
        db = openPostgres(*url, password, migrate);
    }
    return db;
}

Status Database::configurePostgres()
{
    // Notices ("relation already exists, skipping") are noise; dates are stored as ISO text in UTC.
    for (const char *setting : {"SET client_min_messages TO warning", "SET TIME ZONE 'UTC'"}) {
        Query q(*this);
        if (Status s = q.exec(QString::fromLatin1(setting)); !s)
            return s;
        q.finish();
    }
    return {};
}

Status Database::configureSqlite()
{
    // foreign_keys is off on every new connection and cannot change inside a transaction.
    // cache_size: SQLite's default 2 MB page cache spilled to the WAL in the middle of a 10,000-row
    // import (a student row, its four index entries and its audit row); 16 MB holds such a
    // transaction and the pages a school's lists read. It fills only as pages are used.
    for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000", "PRAGMA cache_size=-16384"}) {
        Query q(*this);
        if (Status s = q.exec(QString::fromLatin1(pragma)); !s)
            return s;
        q.finish();
    }
    // Reading the schema is the first thing that fails on a file that is not a database.
    Query probe(*this);
    if (Status s = probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")); !s)
        return Error::io(QObject::tr("%1 is not a Mentor Desk database, or it is damaged (%2). "
                                     "Nothing was changed; restore it from a backup if you have one.")
                             .arg(m_location, connection().lastError().databaseText()));
    probe.finish();
    return {};
}

int Database::schemaVersion() const
{
    Query exists(*this);
    const QString sql = engine() == Engine::SQLite
        ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
        : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                         "AND table_name = 'schema_migrations'");
    if (!exists.prepare(sql))
        return 0;
    const auto found = exists.scalar();
    if (!found || found->toInt() == 0)
        return 0;
    Query q(*this, QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    const auto v = q.scalar();
    return v ? v->toInt() : 0;
}

Status Database::checkNotNewer() const
{
    const int version = schemaVersion();
    if (version == 0)
        return {};
    QSet<int> known;
    for (const Migration &m : Migrations::all())
        known.insert(m.version);
    Query q(*this);
    if (Status s = q.exec(QStringLiteral("SELECT version FROM schema_migrations")); !s)
        return s;
    bool unknown = false;
    while (q.next())
        unknown = unknown || !known.contains(q.integer(0));
    q.finish();
    if (unknown || version > Migrations::latestVersion())
        return Error::conflict(QObject::tr("%1 was written by a newer version of Mentor Desk (schema %2; this version "
                                           "knows up to %3). It has not been changed: open it with the newer version.")
                                   .arg(m_location)
                                   .arg(version)
                                   .arg(Migrations::latestVersion()));
    return {};
}

Status Database::migrate()
{
    if (Status s = checkNotNewer(); !s)
        return s;
    QSet<int> applied;
    if (schemaVersion() > 0) {
        Query q(*this);
        if (Status s = q.exec(QStringLiteral("SELECT version FROM schema_migrations")); !s)
            return s;
        while (q.next())
            applied.insert(q.integer(0));
        q.finish();
    }
    QList<Migration> pending;
    for (const Migration &m : Migrations::all())
        if (!applied.contains(m.version))
            pending.append(m);
    if (pending.isEmpty())
        return {};

    Transaction tx(*this);
    if (!tx.ok())
        return tx.error();
    if (engine() == Engine::PostgreSQL) {
        // Two desks opening a new server database at once: the second waits, then finds nothing to
        // do. Asked by version, not by the highest one: a later build may bring a migration numbered
        // below ones already applied (each capability has its own range).
        Query lock(*this);
        if (Status s = lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727274)")); !s)
            return s;
        lock.finish();
        if (schemaVersion() > 0) {
            Query q(*this);
            if (Status s = q.exec(QStringLiteral("SELECT version FROM schema_migrations")); !s)
                return s;
            while (q.next())
                applied.insert(q.integer(0));
            q.finish();
            pending.removeIf([&applied](const Migration &m) { return applied.contains(m.version); });
        }
        if (pending.isEmpty()) {
            tx.rollback();
            return {};
        }
    }
    Query table(*this);
    if (Status s = table.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                             "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        !s)
        return s;
    for (const Migration &m : pending) {
        for (const QString &statement : Migrations::statementsFor(m, m_dialect)) {
            Query q(*this);
            if (Status s = q.exec(statement); !s)
                return Error::storage(QObject::tr("Updating the database to schema %1 (%2) failed; nothing was changed. %3")
                                          .arg(m.version)
                                          .arg(m.name, s.error().message));
        }
        Query record(*this, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        record.bind(m.version).bind(m.name).bind(isoNow());
        if (Status s = record.exec(); !s)
            return s;
    }
    if (engine() == Engine::PostgreSQL) {
        // Tables a migration added reach the staff roles made before it (migration 0096).
        Query grant(*this);
        if (Status s = grant.exec(QStringLiteral("SELECT to_regprocedure('md_grant_staff_roles()') IS NOT NULL")); !s)
            return s;
        const bool canGrant = grant.next() && grant.value(0).toBool();
        grant.finish();
        if (canGrant)
            if (Status s = grant.exec(QStringLiteral("SELECT md_grant_staff_roles()")); !s)
                return Error::storage(QObject::tr("Granting the staff roles the updated tables failed; nothing was "
                                                  "changed. %1")
                                          .arg(s.error().message));
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcStorage) << "applied" << pending.size() << "migrations, now at schema" << schemaVersion();
    return {};
}

Result<QStringList> Database::integrityCheck() const
{
    if (engine() != Engine::SQLite)
        return QStringList{QStringLiteral("ok")};
    Query q(*this);
    if (Status s = q.exec(QStringLiteral("PRAGMA integrity_check")); !s)
        return s.error();
    QStringList rows;
    while (q.next())
        rows.append(q.string(0));
    return rows;
}

} // namespace md
