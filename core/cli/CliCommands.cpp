// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommands.h"

#include <QCoreApplication>

namespace md::cli {

namespace {
// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::cli)
};

void printUsage(QTextStream &out)
{
    out << Tr::tr("Usage: mentordesk-cli [--database PATH | --url postgresql://USER@HOST:PORT/DBNAME] [--user USERNAME] "
                  "COMMAND [options]") << "\n\n"
        << Tr::tr("Commands:") << '\n';
    for (const Command &c : allCommands())
        out << "  " << c.words.join(QLatin1Char(' ')).leftJustified(24) << c.summary << '\n';
    out << '\n'
        << Tr::tr("Every command takes --help. The database defaults to the one in your application-data folder.")
        << '\n';
    out.flush();
}
} // namespace

QList<Command> allCommands()
{
    QList<Command> all;
    all += foundationCommands();
    all += importCommands();
    all += demoCommands();
    all += backupCommands();
    all += mentorCommands();
    all += letterCommands();
    all += referralCommands();
    all += mentoringCommands();
    all += privacyCommands();
    all += behaviourCommands();
    all += reportCommands();
    all += ilpCommands();
    all += accessCommands();
    all += serverCommands();
    return all;
}

bool parseCommand(CliContext &ctx, QCommandLineParser &parser, const QString &usage, const QStringList &args,
                  int *exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        ctx.err() << parser.errorText() << Qt::endl;
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out() << usage << "\n\n" << parser.helpText().section(QLatin1Char('\n'), 1) << Qt::flush;
        *exitCode = 0;
        return false;
    }
    return true;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList rest;
    QString database;
    QString url;
    QString user;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto takeValue = [&](const QString &name, QString *target) {
            if (a == name) {
                if (i + 1 >= arguments.size())
                    return false;
                *target = arguments.at(++i);
                return true;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                *target = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (a == QLatin1String("--database") || a == QLatin1String("--url") || a == QLatin1String("--user")) {
            if (i + 1 >= arguments.size()) {
                err << Tr::tr("%1 needs a value.").arg(a) << Qt::endl;
                return 2;
            }
        }
        // --url names a PostgreSQL server (used instead of the file; migrate-to/-from use both).
        if (takeValue(QStringLiteral("--database"), &database) || takeValue(QStringLiteral("--url"), &url)
            || takeValue(QStringLiteral("--user"), &user))
            continue;
        rest << a;
    }
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h")
        || rest.first() == QLatin1String("help")) {
        printUsage(out);
        return rest.isEmpty() ? 2 : 0;
    }
    if (rest.first() == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    // The longest command whose words start the arguments.
    const QList<Command> commands = allCommands();
    const Command *match = nullptr;
    for (const Command &c : commands) {
        if (c.words.size() > rest.size())
            continue;
        bool same = true;
        for (int i = 0; i < c.words.size() && same; ++i)
            same = c.words.at(i) == rest.at(i);
        if (same && (!match || c.words.size() > match->words.size()))
            match = &c;
    }
    if (!match) {
        err << Tr::tr("Unknown command '%1'. Run mentordesk-cli --help for the list.").arg(rest.join(QLatin1Char(' ')))
            << Qt::endl;
        return 2;
    }
    const Command command = *match;
    QStringList args{QStringLiteral("mentordesk-cli ") + command.words.join(QLatin1Char(' '))};
    args += rest.mid(command.words.size());
    CliContext ctx(out, err, database, user);
    ctx.setServerUrl(url);
    return command.run(ctx, args);
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), Tr::tr("Output format: table, csv or json (default table)."),
                              QStringLiteral("FORMAT"), QStringLiteral("table"));
}

bool openDatabaseAndSession(CliContext &ctx, Database **db, Session *session, int *exitCode)
{
    auto d = ctx.database();
    if (!d) {
        *exitCode = ctx.fail(d.error());
        return false;
    }
    auto s = ctx.session();
    if (!s) {
        *exitCode = ctx.fail(s.error());
        return false;
    }
    *db = *d;
    *session = *s;
    return true;
}

} // namespace md::cli
