// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli access: the access matrix, who may do what and at which scope.
#include "cli/CliCommands.h"

#include "access/AccessMatrix.h"
#include "cli/CliOutput.h"

#include <QCoreApplication>

namespace md::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::cli)
};

int runAccess(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    int code = 0;
    if (!parseCommand(ctx, parser,
                      Tr::tr("access: every action and every role (and the combined Supervisor), with the scope each "
                             "role has: own courses, assigned learners or the whole organisation."),
                      args, &code))
        return code;
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt)
        return ctx.fail(Tr::tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)));
    QStringList headers{Tr::tr("Action")};
    QStringList keys{QStringLiteral("action")};
    for (AccessColumn c : AccessMatrix::columns()) {
        headers << AccessMatrix::columnLabel(c);
        QString key;
        for (Role r : AccessMatrix::rolesOf(c))
            key = key.isEmpty() ? toString(r) : key + QLatin1Char('+') + toString(r);
        keys << (c == AccessColumn::Supervisor ? QStringLiteral("supervisor") : key);
    }
    printRows(ctx.out(), *fmt, headers, keys, AccessMatrix::rows());
    return 0;
}

} // namespace

QList<Command> accessCommands()
{
    return {
        {{QStringLiteral("access")}, Tr::tr("Who may do what: the access matrix (--format table|csv|json)"), runAccess},
    };
}

} // namespace md::cli
