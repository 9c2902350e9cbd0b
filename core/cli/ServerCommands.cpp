// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// migrate-to / migrate-from: moving a desk's database to the team's PostgreSQL server and back.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliOutput.h"
#include "storage/DatabaseCopy.h"

#include <QCoreApplication>
#include <QFileInfo>

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

} // namespace

QList<Command> serverCommands()
{
    return {
        {{QStringLiteral("migrate-to")}, Tr::tr("Copy this desk's database into an empty PostgreSQL server database"),
         [](CliContext &ctx, const QStringList &args) { return runMigrate(ctx, args, Direction::ToServer); }},
        {{QStringLiteral("migrate-from")}, Tr::tr("Copy a PostgreSQL server database into a new desk file"),
         [](CliContext &ctx, const QStringList &args) { return runMigrate(ctx, args, Direction::FromServer); }},
    };
}

} // namespace md::cli
