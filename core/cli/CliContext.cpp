// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

#include "access/AuthService.h"
#include "access/ServerAccounts.h"
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
        auto db = Database::open(m_serverUrl.isEmpty() ? m_databasePath : m_serverUrl, Database::Migrate::Yes,
                                 [this](const ServerUrl &url) {
            return serverPassword(url);
        });
        if (!db)
            return db.error();
        m_db = std::move(*db);
        if (m_db->engine() == Engine::SQLite)
            if (const QString warning = FileChecks::networkDriveWarning(m_databasePath); !warning.isEmpty())
                m_err << warning << Qt::endl;
    }
    return m_db.get();
}

Result<Session> CliContext::session()
{
    // Connected to a server as a staff user's own role: that user acts, whatever --user says.
    if (!m_serverUrl.isEmpty()) {
        auto db = database();
        if (!db)
            return db.error();
        auto staff = ServerAccounts::connectedStaffUser(**db);
        if (!staff)
            return staff.error();
        if (*staff) {
            if (!m_user.isEmpty() && m_user != **staff)
                return Error::forbidden(QCoreApplication::translate("md::cli", "This connection's server role belongs to "
                                                                               "%1; --user cannot act as %2.")
                                            .arg(**staff, m_user));
            return AuthService(**db).sessionFor(**staff);
        }
    }
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

namespace md::cli {

namespace {

struct PassTr
{
    Q_DECLARE_TR_FUNCTIONS(md::cli)
};

// Reads one line from the terminal with echo off (POSIX) or as typed (elsewhere).
QString readHidden(QTextStream &prompt, const QString &text)
{
    prompt << text << Qt::flush;
#ifdef Q_OS_UNIX
    termios old {};
    const bool tty = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (tty)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    prompt << Qt::endl;
    return line;
}

} // namespace

QString CliContext::askHidden(const QString &prompt)
{
    return readHidden(m_err, prompt);
}

QString CliContext::serverPassword(const ServerUrl &url)
{
    return readHidden(m_err, PassTr::tr("Password for %1: ").arg(url.display()));
}

Result<QString> CliContext::passphrase(const QString &file, bool confirm)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error::io(PassTr::tr("The passphrase file %1 could not be read: %2").arg(file, f.errorString()));
        QString line = QString::fromUtf8(f.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            return Error::invalid(PassTr::tr("The passphrase file %1 is empty.").arg(file));
        return line;
    }
    const QString fromEnv = qEnvironmentVariable("MENTORDESK_PASSPHRASE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString first = readHidden(m_err, PassTr::tr("Passphrase: "));
    if (first.isEmpty())
        return Error::invalid(PassTr::tr("No passphrase was given."));
    if (confirm && readHidden(m_err, PassTr::tr("The same passphrase again: ")) != first)
        return Error::invalid(PassTr::tr("The two passphrases differ; nothing was written."));
    return first;
}

} // namespace md::cli
