// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

class QWidget;

namespace md {
class Settings;
}

namespace md::ui {

class DeskContext;

// The steps between starting the app and a signed-in main window: opening a database file,
// the first run's administrator, the demo school's automatic sign-in, and the sign-in dialog.
class DeskController
{
public:
    // Opens the file into the context (signed out).
    static Status open(DeskContext &context, const QString &path);
    // Signs in: the demo school signs in as its lead mentor; an empty database asks for the first
    // administrator; otherwise the sign-in dialog. False when the user cancelled.
    static bool signIn(QWidget *parent, DeskContext &context, Settings &settings);
    // Generates a fresh demo school (replacing the previous demo file) and returns its path.
    static Result<QString> createDemoSchool(int students);
    static QString demoDatabasePath();
};

} // namespace md::ui
