// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DeskController.h"

#include "access/AuthService.h"
#include "access/ServerAccounts.h"
#include "access/FirstAdministratorDialog.h"
#include "access/ChangePasswordDialog.h"
#include "access/SignInDialog.h"
#include "access/UserStore.h"
#include "demo/DemoSchool.h"
#include "school/SchoolSettings.h"
#include "settings/Settings.h"
#include "shell/DeskContext.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QStandardPaths>

namespace md::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::ui::DeskController)
};

// A server's password, asked when the server wants one; kept only in memory for the connection.
QString askServerPassword(const ServerUrl &url)
{
    bool ok = false;
    const QString password = QInputDialog::getText(QApplication::activeWindow(), Tr::tr("Server password"),
                                                   Tr::tr("Password for %1:").arg(url.display()), QLineEdit::Password,
                                                   {}, &ok);
    return ok ? password : QString();
}
} // namespace

Status DeskController::open(DeskContext &context, const QString &path)
{
    auto db = Database::open(path, Database::Migrate::Yes, askServerPassword);
    if (!db)
        return db.error();
    context.setDatabase(std::move(*db));
    return {};
}

bool DeskController::signIn(QWidget *parent, DeskContext &context, Settings &settings)
{
    if (!context.isOpen())
        return false;
    AuthService auth(context.db());
    // Connected to a server as a staff user's own role: the server checked its password, and the
    // role, not anything typed here, says who is signed in.
    if (auto staff = ServerAccounts::connectedStaffUser(context.db()); staff && *staff) {
        if (auto session = auth.sessionFor(**staff)) {
            context.setSession(*session);
            return true;
        }
    }
    SchoolSettings school(context.db());
    if (school.isDemo()) {
        auto session = auth.sessionFor(school.value(SchoolSettings::kDemoUser));
        if (session) {
            context.setSession(*session);
            return true;
        }
    }
    if (auth.needsFirstAdministrator()) {
        FirstAdministratorDialog dialog(context.db(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        context.setSession(dialog.session());
        return true;
    }
    SignInDialog dialog(context.db(), parent);
    dialog.setUsername(settings.value(Settings::Key::LastUsername).toString());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    settings.setValue(Settings::Key::LastUsername, dialog.session().username());
    // After an administrator's reset the user chooses their own password before anything else.
    auto user = UserStore(context.db()).findById(dialog.session().userId());
    if (user && user->mustChangePassword) {
        ChangePasswordDialog change(context.db(), dialog.session(), true, parent);
        if (change.exec() != QDialog::Accepted)
            return false;
    }
    context.setSession(dialog.session());
    return true;
}

QString DeskController::demoDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo-school.sqlite"));
}

Result<QString> DeskController::createDemoSchool(int students)
{
    const QString path = demoDatabasePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto db = Database::openSqlite(path);
    if (!db)
        return db.error();
    DemoOptions options;
    options.students = students;
    auto summary = DemoSchool::generate(**db, options);
    if (!summary)
        return summary.error();
    return path;
}

} // namespace md::ui
