// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli: the same core as the desk app, without a window.
#include "cli/CliCommands.h"
#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
    // Letters and reports render with QTextDocument/QPdfWriter, which need a QGuiApplication;
    // the offscreen platform keeps the tool usable with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    // Without a desktop session there is no runtime folder; give Qt a private one rather than a warning.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/mentordesk-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QFile::setPermissions(QString::fromLocal8Bit(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
#endif
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
