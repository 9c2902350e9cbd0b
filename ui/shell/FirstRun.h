// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDialog>

class QCommandLinkButton;

namespace md::ui {

class MainWindow;

// The first-run page: shown when Mentor Desk starts with no database given and none remembered.
// It offers the demo school, a new school (administrator, name and phase, then the letterhead),
// a new school filled from the MIS's student export, or an existing database file.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        None,
        DemoSchool,
        CreateSchool,
        ImportStudents,
        OpenExisting,
    };

    explicit FirstRunDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

    QCommandLinkButton *button(Choice choice) const;

private:
    QCommandLinkButton *addChoice(Choice choice, const QString &text, const QString &description);

    Choice m_choice = Choice::None;
    QList<QPair<Choice, QCommandLinkButton *>> m_buttons;
};

// What each choice does in the main window. The file choices are parameters so tests (and a
// future command-line option) can give them without file dialogs.
class FirstRun
{
    Q_DECLARE_TR_FUNCTIONS(md::ui::FirstRun)

public:
    // Shows the page until a choice leads to a signed-in window; false when the user quits.
    static bool run(MainWindow &window);

    static bool openDemo(MainWindow &window, int students = 720);
    // Opens (creating) `databasePath`: the first administrator's dialog follows, then the letterhead.
    static bool createSchool(MainWindow &window, const QString &databasePath);
    // createSchool, then imports `csvPath` as the administrator.
    static bool createSchoolFromExport(MainWindow &window, const QString &databasePath, const QString &csvPath);
    // Where a new school's database is suggested: the application-data folder.
    static QString suggestedDatabasePath();
};

} // namespace md::ui
