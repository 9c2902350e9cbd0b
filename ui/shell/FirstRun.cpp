// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FirstRun.h"

#include "cli/CliContext.h"
#include "common/MessageBox.h"
#include "letters/LetterheadDialog.h"
#include "shell/DeskContext.h"
#include "shell/DeskController.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

FirstRunDialog::FirstRunDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Mentor Desk"));
    setAccessibleName(tr("Welcome to Mentor Desk"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<h2>Welcome to Mentor Desk</h2>"), this);
    heading->setAccessibleName(tr("Welcome to Mentor Desk"));
    auto *intro =
        new QLabel(tr("There is no school database on this computer yet. How would you like to start?"), this);
    intro->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(intro);

    addChoice(Choice::DemoSchool, tr("Open the &demo school"),
              tr("A made-up school of 720 students to look around and train on, signed in as its lead mentor."));
    addChoice(Choice::CreateSchool, tr("&Create a school"),
              tr("Choose where the database goes, name the school and its phase, create the first administrator "
                 "and set the letterhead for letters."));
    addChoice(Choice::ImportStudents, tr("&Import students from the MIS export"),
              tr("Create a school as above, then import the students from your MIS's CSV export."));
    addChoice(Choice::OpenExisting, tr("&Open an existing database…"),
              tr("A school database that a colleague has set up, or a copy of one."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Quit"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Quit Mentor Desk"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_buttons.first().second->setFocus();
}

QCommandLinkButton *FirstRunDialog::addChoice(Choice choice, const QString &text, const QString &description)
{
    auto *button = new QCommandLinkButton(text, description, this);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAccessibleDescription(description);
    connect(button, &QCommandLinkButton::clicked, this, [this, choice] {
        m_choice = choice;
        accept();
    });
    layout()->addWidget(button);
    m_buttons.append({choice, button});
    return button;
}

QCommandLinkButton *FirstRunDialog::button(Choice choice) const
{
    for (const auto &[c, b] : m_buttons)
        if (c == choice)
            return b;
    return nullptr;
}

QString FirstRun::suggestedDatabasePath()
{
    return cli::defaultDatabasePath();
}

bool FirstRun::openDemo(MainWindow &window, int students)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = DeskController::createDemoSchool(students);
    QApplication::restoreOverrideCursor();
    if (!created) {
        MessageBox::warning(&window, tr("Demo school"), created.error().message);
        return false;
    }
    return window.openDatabase(*created);
}

bool FirstRun::createSchool(MainWindow &window, const QString &databasePath)
{
    if (!window.openDatabase(databasePath))
        return false;
    DeskContext &context = window.context();
    // The letterhead is the administrator's to set; offer it straight after creating the school.
    if (context.isSignedIn()) {
        LetterheadDialog letterhead(context.db(), context.session(), &window);
        letterhead.exec();
    }
    return true;
}

bool FirstRun::createSchoolFromExport(MainWindow &window, const QString &databasePath, const QString &csvPath)
{
    if (!createSchool(window, databasePath))
        return false;
    window.importStudents(csvPath);
    return true;
}

bool FirstRun::run(MainWindow &window)
{
    for (;;) {
        FirstRunDialog page(&window);
        if (page.exec() != QDialog::Accepted)
            return false;
        const QString databaseFilter = tr("Mentor Desk databases (*.sqlite *.mentordesk)");
        switch (page.choice()) {
        case FirstRunDialog::Choice::None:
            return false;
        case FirstRunDialog::Choice::DemoSchool:
            if (openDemo(window))
                return true;
            break;
        case FirstRunDialog::Choice::CreateSchool:
        case FirstRunDialog::Choice::ImportStudents: {
            QString csv;
            if (page.choice() == FirstRunDialog::Choice::ImportStudents) {
                csv = QFileDialog::getOpenFileName(&window, tr("The MIS's student export"), QString(),
                                                   tr("CSV files (*.csv);;All files (*)"));
                if (csv.isEmpty())
                    break;
            }
            const QString path = QFileDialog::getSaveFileName(&window, tr("Where to keep the school's database"),
                                                              suggestedDatabasePath(), databaseFilter);
            if (path.isEmpty())
                break;
            if (QFileInfo::exists(path)) {
                MessageBox::warning(&window, tr("Create a school"),
                                    tr("%1 already exists. Choose a new name, or open it instead.").arg(path));
                break;
            }
            if (csv.isEmpty() ? createSchool(window, path) : createSchoolFromExport(window, path, csv))
                return true;
            break;
        }
        case FirstRunDialog::Choice::OpenExisting: {
            const QString path =
                QFileDialog::getOpenFileName(&window, tr("Open a school database"), QString(),
                                             databaseFilter + QStringLiteral(";;") + tr("All files (*)"));
            if (!path.isEmpty() && window.openDatabase(path))
                return true;
            break;
        }
        }
    }
}

} // namespace md::ui
