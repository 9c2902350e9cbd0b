// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"

#include "access/AuthService.h"
#include "storage/FileChecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace md::cli {

CliContext::CliContext(QTextStream &out, QTextStream &err, QString databasePath, QString user)
    : m_out(out), m_err(err), m_databasePath(std::move(databasePath)), m_user(std::move(user))
{
    if (m_databasePath.isEmpty())
        m_databasePath = defaultDatabasePath();
}

Result<Database *> CliContext::database()
{
    if (!m_db) {
        auto db = Database::openSqlite(m_databasePath);
        if (!db)
            return db.error();
        m_db = std::move(*db);
        if (const QString warning = FileChecks::networkDriveWarning(m_databasePath); !warning.isEmpty())
            m_err << warning << Qt::endl;
    }
    return m_db.get();
}

Result<Session> CliContext::session()
{
    if (m_user.isEmpty())
        return Session::system();
    auto db = database();
    if (!db)
        return db.error();
    return AuthService(**db).sessionFor(m_user);
}

int CliContext::fail(const Error &error)
{
    m_err << error.message << Qt::endl;
    for (const QString &d : error.details)
        m_err << d << Qt::endl;
    return 1;
}

int CliContext::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return 1;
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("mentordesk.sqlite"));
}

} // namespace md::cli
