// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <functional>

namespace md::cli {

// One command of mentordesk-cli, such as "import students". `run` gets the arguments after the
// command's words, with a program name in front so QCommandLineParser can read them.
struct Command
{
    QStringList words;
    QString summary;
    std::function<int(CliContext &, const QStringList &)> run;
};

// Every command. Capabilities add a function returning theirs and list it in CliCommands.cpp.
QList<Command> allCommands();
QList<Command> foundationCommands();
QList<Command> importCommands();
QList<Command> demoCommands();
QList<Command> backupCommands();
QList<Command> mentorCommands();
QList<Command> letterCommands();
QList<Command> referralCommands();
QList<Command> mentoringCommands();
QList<Command> privacyCommands();
QList<Command> behaviourCommands();
QList<Command> reportCommands();
QList<Command> ilpCommands();
QList<Command> accessCommands();
QList<Command> serverCommands();

// Entry point of mentordesk-cli: global options (--database PATH, --url URL, --user NAME), then a command.
// Returns the process exit code: 0 success, 1 failure, 2 wrong usage.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Parses a command's options; on --help prints help and sets *exitCode = 0, on a bad option
// prints the reason and sets *exitCode = 2. Returns true when the command should go on.
bool parseCommand(CliContext &ctx, QCommandLineParser &parser, const QString &usage, const QStringList &args,
                  int *exitCode);

// --format table|csv|json, the option every listing command takes.
QCommandLineOption formatOption();

// Opens the database and the acting session; on failure prints why and sets *exitCode.
bool openDatabaseAndSession(CliContext &ctx, Database **db, Session *session, int *exitCode);

} // namespace md::cli
