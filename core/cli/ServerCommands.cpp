// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// migrate-to / migrate-from: moving a desk's database to the team's PostgreSQL server and back.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliOutput.h"
#include "access/ServerAccounts.h"
#include "storage/DatabaseCopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace md::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::cli)
};

enum class Direction
{
    ToServer,
    FromServer,
};

int runMigrate(CliContext &ctx, const QStringList &args, Direction direction)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    int code = 0;
    const QString usage = direction == Direction::ToServer
        ? Tr::tr("migrate-to --url postgresql://USER@HOST:PORT/DBNAME: copy this desk's database (--database, or the "
                 "default file) into an empty server database in one transaction, then check every table's row count "
                 "and checksum on both sides.")
        : Tr::tr("migrate-from --url postgresql://USER@HOST:PORT/DBNAME: copy the server database into a new desk "
                 "file (--database, or the default file) in one transaction, then check every table's row count and "
                 "checksum on both sides.");
    if (!parseCommand(ctx, parser, usage, args, &code))
        return code;
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt)
        return ctx.fail(Tr::tr("--format must be table, csv or json, not '%1'.").arg(parser.value(format)));
    if (!ServerUrl::isServerUrl(ctx.serverUrl())) {
        ctx.err() << Tr::tr("Give the server with --url postgresql://USER@HOST:PORT/DBNAME.") << Qt::endl;
        return 2;
    }
    const QString file = ctx.databasePath();
    if (direction == Direction::ToServer && !QFileInfo::exists(file))
        return ctx.fail(Tr::tr("%1 does not exist: there is nothing to copy.").arg(file));
    // migrate-from into an existing file is accepted only when it holds no data (DatabaseCopy checks).
    auto local = Database::open(file);
    if (!local)
        return ctx.fail(local.error());
    auto server = Database::open(ctx.serverUrl(), Database::Migrate::Yes,
                                 [&ctx](const ServerUrl &url) { return ctx.serverPassword(url); });
    if (!server)
        return ctx.fail(server.error());
    Database &from = direction == Direction::ToServer ? **local : **server;
    Database &to = direction == Direction::ToServer ? **server : **local;
    auto checks = DatabaseCopy::copy(from, to);
    if (!checks)
        return ctx.fail(checks.error());
    QList<QStringList> rows;
    qint64 total = 0;
    for (const TableCopyCheck &c : *checks) {
        rows << QStringList{c.table, QString::number(c.sourceRows), QString::number(c.targetRows), c.sourceChecksum,
                            c.matches() ? Tr::tr("same") : Tr::tr("DIFFERENT")};
        total += c.targetRows;
    }
    printRows(ctx.out(), *fmt, {Tr::tr("Table"), Tr::tr("Source rows"), Tr::tr("Copied rows"), Tr::tr("Checksum"), Tr::tr("Check")},
              {QStringLiteral("table"), QStringLiteral("source_rows"), QStringLiteral("target_rows"),
               QStringLiteral("checksum"), QStringLiteral("check")},
              rows);
    if (*fmt == Format::Table)
        ctx.out() << Tr::tr("Copied %1 tables (%2 rows) from %3 to %4; every count and checksum matches.")
                         .arg(checks->size())
                         .arg(total)
                         .arg(from.location(), to.location())
                  << '\n';
    ctx.out().flush();
    return 0;
}

// The new role's password: the first line of --password-file, else one line from stdin when it is
// not a terminal, else typed twice without echo. Never an argument (others could read it in `ps`).
Result<QString> rolePassword(CliContext &ctx, const QString &file)
{
    QString password;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error::io(Tr::tr("The password file %1 could not be read: %2").arg(file, f.errorString()));
        password = QString::fromUtf8(f.readLine());
    } else {
#ifdef Q_OS_UNIX
        const bool terminal = ::isatty(STDIN_FILENO);
#else
        const bool terminal = true;
#endif
        password = ctx.askHidden(Tr::tr("Password for the new server role: "));
        if (terminal && ctx.askHidden(Tr::tr("The same password again: ")) != password)
            return Error::invalid(Tr::tr("The two passwords differ; no role was created."));
    }
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (password.isEmpty())
        return Error::invalid(Tr::tr("No password was given; no role was created."));
    return password;
}

int runAddUser(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), Tr::tr("The role's name (default: the username)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          Tr::tr("Read the role's password from the first line of FILE."),
                                          QStringLiteral("FILE"));
    parser.addOption(role);
    parser.addOption(passwordFile);
    parser.addPositionalArgument(QStringLiteral("USERNAME"), Tr::tr("The Mentor Desk staff user."));
    int code = 0;
    if (!parseCommand(ctx, parser,
                      Tr::tr("server add-user USERNAME --url postgresql://OWNER@HOST:PORT/DBNAME: create a PostgreSQL "
                             "login role for a staff user, grant it what a desk needs, and record it, so that the "
                             "server itself limits the role to what the user may see."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << Tr::tr("Name one staff user: server add-user USERNAME.") << Qt::endl;
        return 2;
    }
    if (!ServerUrl::isServerUrl(ctx.serverUrl())) {
        ctx.err() << Tr::tr("Give the server with --url postgresql://USER@HOST:PORT/DBNAME.") << Qt::endl;
        return 2;
    }
    Database *db = nullptr;
    Session session;
    if (!openDatabaseAndSession(ctx, &db, &session, &code))
        return code;
    auto password = rolePassword(ctx, parser.value(passwordFile));
    if (!password)
        return ctx.fail(password.error());
    auto account = ServerAccounts::addUser(*db, session, parser.positionalArguments().constFirst(), parser.value(role),
                                           *password);
    if (!account)
        return ctx.fail(account.error());
    ctx.out() << Tr::tr("Created the server role %1 for %2. Their desk connects with --url postgresql://%1@HOST:PORT/DBNAME.")
                     .arg(account->roleName, account->username)
              << Qt::endl;
    return 0;
}

} // namespace

QList<Command> serverCommands()
{
    return {
        {{QStringLiteral("migrate-to")}, Tr::tr("Copy this desk's database into an empty PostgreSQL server database"),
         [](CliContext &ctx, const QStringList &args) { return runMigrate(ctx, args, Direction::ToServer); }},
        {{QStringLiteral("migrate-from")}, Tr::tr("Copy a PostgreSQL server database into a new desk file"),
         [](CliContext &ctx, const QStringList &args) { return runMigrate(ctx, args, Direction::FromServer); }},
        {{QStringLiteral("server"), QStringLiteral("add-user")},
         Tr::tr("Give a staff user their own PostgreSQL role, limited by the server to what they may see"), runAddUser},
    };
}

} // namespace md::cli
