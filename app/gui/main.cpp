// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk: the desk application.
#include "cli/CliContext.h"
#include "common/Appearance.h"
#include "common/MessageBox.h"
#include "i18n/LanguageManager.h"
#include "settings/Settings.h"
#include "shell/DeskContext.h"
#include "shell/DeskController.h"
#include "shell/FirstRun.h"
#include "shell/MainWindow.h"
#include "shell/StartupProbe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MentorDesk"));
    QApplication::setApplicationName(QStringLiteral("mentordesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mentor Desk"));
    QApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mentordesk.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mentordesk.MentorDesk"));

    md::Settings languageSettings;
    md::LanguageManager language;
    language.setLanguage(languageSettings.value(md::Settings::Key::Language).toString());
    md::ui::applyLook(md::ui::lookFromKey(languageSettings.value(md::Settings::Key::Appearance).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Mentor Desk: the learning-mentor team's desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"), QApplication::translate("main", "Open this database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Generate a fresh demo school and open it."));
    const QCommandLineOption students(QStringLiteral("students"),
                                      QApplication::translate("main", "Students in the demo school (default 720)."),
                                      QStringLiteral("N"), QStringLiteral("720"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 QApplication::translate("main", "Open the team's database on a PostgreSQL server "
                                                                 "(the password is asked for)."),
                                 QStringLiteral("postgresql://USER@HOST:PORT/DBNAME"));
    parser.addOptions({database, url, demo, students});
    parser.process(app);

    md::ui::DeskContext context;
    md::Settings settings;
    QString path;
    if (parser.isSet(demo)) {
        auto created = md::ui::DeskController::createDemoSchool(qBound(1, parser.value(students).toInt(), 200000));
        if (!created) {
            md::ui::MessageBox::warning(nullptr, QApplication::translate("main", "Demo school"), created.error().message);
            return 1;
        }
        path = *created;
    } else if (parser.isSet(url)) {
        path = parser.value(url);
    } else if (parser.isSet(database)) {
        path = parser.value(database);
    } else {
        path = settings.value(md::Settings::Key::LastDatabase).toString();
        // The team's server as last time; else the remembered or default file, if it exists.
        if (!md::ServerUrl::isServerUrl(path)) {
            if (path.isEmpty() || !QFileInfo::exists(path))
                path = md::cli::defaultDatabasePath();
            // No database given and none remembered or at the default place: the first-run page.
            if (!QFileInfo::exists(path))
                path.clear();
        }
    }

    md::ui::MainWindow window(context);
    md::ui::StartupProbe::installIfRequested(window); // the benchmark suite's start-up figures
    window.show();
    if (path.isEmpty()) {
        if (!md::ui::FirstRun::run(window))
            return 0;
    } else if (!window.openDatabase(path) && !context.isSignedIn()) {
        return 1;
    }
    return app.exec();
}
