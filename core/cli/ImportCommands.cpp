// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli import commands.
#include "cli/CliCommands.h"

#include "importing/StudentImporter.h"

#include <QCoreApplication>

namespace md::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("md::cli", text);
}

int runImportStudents(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file the MIS exported (header row required)."));
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("import students FILE: add students from a CSV file, or update them by UPN. "
                         "If any row is wrong nothing is imported and every bad line is listed."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << tr("import students needs exactly one FILE.") << Qt::endl;
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
    ctx.out() << tr("Imported %1 rows: %2 new, %3 updated, %4 unchanged.")
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
        {{QStringLiteral("import"), QStringLiteral("students")}, tr("Import students from the MIS's CSV export"),
         runImportStudents},
    };
}

} // namespace md::cli
