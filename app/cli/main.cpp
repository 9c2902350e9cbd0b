// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli: the same core as the desk app, without a window.
#include "cli/CliCommands.h"
#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Letters and reports render with QTextDocument/QPdfWriter, which need a QGuiApplication;
    // the offscreen platform keeps the tool usable with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MentorDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mentordesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));
    md::LanguageManager language;
    language.setLanguage(QString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return md::cli::runCli(QCoreApplication::arguments(), out, err);
}
