// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli backup and restore.
#include "cli/CliCommands.h"

#include "storage/BackupService.h"
#include "storage/SealedFile.h"

#include <QCoreApplication>

namespace md::cli {

namespace {

// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::cli)
};

int runBackup(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Where to write the backup."));
    const QCommandLineOption encrypt(QStringLiteral("encrypt"),
                                     Tr::tr("Seal the backup with a passphrase, for a copy that leaves this machine."));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      Tr::tr("Read the passphrase from the first line of PATH (implies --encrypt)."),
                                      QStringLiteral("PATH"));
    parser.addOption(encrypt);
    parser.addOption(passFile);
    int code = 0;
    if (!parseCommand(ctx, parser, Tr::tr("backup FILE: write a consistent copy of the database, even while it is in use."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << Tr::tr("backup needs exactly one FILE.") << Qt::endl;
        return 2;
    }
    QString passphrase;
    if (parser.isSet(encrypt) || parser.isSet(passFile)) {
        auto p = ctx.passphrase(parser.value(passFile), true);
        if (!p)
            return ctx.fail(p.error());
        passphrase = *p;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (Status s = BackupService::backupTo(**db, *session, parser.positionalArguments().first(), passphrase); !s)
        return ctx.fail(s.error());
    ctx.out() << (passphrase.isEmpty() ? Tr::tr("Backup written to %1") : Tr::tr("Encrypted backup written to %1"))
                     .arg(parser.positionalArguments().first())
              << Qt::endl;
    return 0;
}

int runRestore(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The backup to restore."));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      Tr::tr("For an encrypted backup: read the passphrase from the first line of PATH."),
                                      QStringLiteral("PATH"));
    parser.addOption(passFile);
    int code = 0;
    if (!parseCommand(ctx, parser,
                      Tr::tr("restore FILE: check the backup, keep the current database as a backup, then replace it. "
                             "Close Mentor Desk on every desk using this database first."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << Tr::tr("restore needs exactly one FILE.") << Qt::endl;
        return 2;
    }
    QString passphrase;
    if (SealedFile::isSealed(parser.positionalArguments().first())) {
        auto p = ctx.passphrase(parser.value(passFile), false);
        if (!p)
            return ctx.fail(p.error());
        passphrase = *p;
    }
    auto session = ctx.session(); // resolved (with --user) before the file is closed and replaced
    if (!session)
        return ctx.fail(session.error());
    ctx.closeDatabase();
    auto safety = BackupService::restore(*session, parser.positionalArguments().first(), ctx.databasePath(), passphrase);
    if (!safety)
        return ctx.fail(safety.error());
    ctx.out() << Tr::tr("Restored %1 from %2.").arg(ctx.databasePath(), parser.positionalArguments().first()) << '\n';
    if (!safety->isEmpty())
        ctx.out() << Tr::tr("The database as it was is kept in %1.").arg(*safety) << '\n';
    ctx.out().flush();
    return 0;
}

} // namespace

QList<Command> backupCommands()
{
    return {
        {{QStringLiteral("backup")}, Tr::tr("Write a consistent copy of the database to FILE"), runBackup},
        {{QStringLiteral("restore")}, Tr::tr("Replace the database with a checked backup"), runRestore},
    };
}

} // namespace md::cli
