// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli import commands.
#include "cli/CliCommands.h"

#include "importing/StudentImporter.h"

#include <QCoreApplication>

namespace md::cli {

namespace {

// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::cli)
};

int runImportStudents(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The CSV file the MIS exported (header row required)."));
    int code = 0;
    if (!parseCommand(ctx, parser,
                      Tr::tr("import students FILE: add students from a CSV file, or update them by UPN. "
                         "If any row is wrong nothing is imported and every bad line is listed."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << Tr::tr("import students needs exactly one FILE.") << Qt::endl;
        return 2;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto summary = StudentImporter::importFile(**db, *session, parser.positionalArguments().first());
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out() << Tr::tr("Imported %1 rows: %2 new, %3 updated, %4 unchanged.")
                     .arg(summary->rows)
                     .arg(summary->created)
                     .arg(summary->updated)
                     .arg(summary->unchanged)
              << Qt::endl;
    return 0;
}

} // namespace

QList<Command> importCommands()
{
    return {
        {{QStringLiteral("import"), QStringLiteral("students")}, Tr::tr("Import students from the MIS's CSV export"),
         runImportStudents},
    };
}

} // namespace md::cli
