// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AboutDialog.h"

#include "storage/BackupService.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUrl>
#include <QVBoxLayout>

namespace md::ui {

AboutDialog::AboutDialog(const QString &databasePath, const QString &settingsFile, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Mentor Desk"));
    setAccessibleName(tr("About Mentor Desk"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/mentordesk.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Mentor Desk icon"));
    const QString version = QApplication::applicationVersion();
    auto *title = new QLabel(
        tr("<h2>Mentor Desk %1</h2><p>The learning-mentor team's desk.</p>").arg(version.toHtmlEscaped()), this);
    title->setAccessibleName(tr("Mentor Desk %1").arg(version));
    top->addWidget(icon);
    top->addWidget(title, 1);
    layout->addLayout(top);

    auto *licence = new QLabel(
        tr("<p>Copyright © 2026 Mentor Desk contributors.</p>"
           "<p>Mentor Desk is free software: you can redistribute it and/or modify it under the terms of the "
           "GNU General Public License as published by the Free Software Foundation, either version 3 of the "
           "License, or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty. "
           "See <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the GNU GPL</a>.</p>"
           "<p>Built with Qt %1, running on %2.</p>")
            .arg(QString::fromLatin1(qVersion()), QSysInfo::prettyProductName().toHtmlEscaped()),
        this);
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    licence->setTextInteractionFlags(Qt::TextBrowserInteraction);
    licence->setAccessibleName(tr("Licence"));
    layout->addWidget(licence);

    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString database = databasePath.isEmpty() ? tr("no database open") : QDir::toNativeSeparators(databasePath);
    const QString backups =
        databasePath.isEmpty() ? QString() : QDir::toNativeSeparators(BackupService::folderFor(databasePath));
    QStringList rows;
    rows << tr("Database: %1").arg(database);
    if (!backups.isEmpty())
        rows << tr("Automatic backups: %1").arg(backups);
    rows << tr("Settings of this desk: %1").arg(QDir::toNativeSeparators(settingsFile));
    rows << tr("Application data folder: %1").arg(QDir::toNativeSeparators(appData));
    m_details = tr("Mentor Desk %1").arg(version) + QLatin1Char('\n') + rows.join(QLatin1Char('\n'));

    auto *dataHeading = new QLabel(tr("<b>Where your data lives</b>"), this);
    m_data = new QLabel(rows.join(QLatin1Char('\n')), this);
    m_data->setWordWrap(true);
    m_data->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_data->setAccessibleName(tr("Where your data lives"));
    m_data->setAccessibleDescription(rows.join(QLatin1Char('\n')));
    layout->addWidget(dataHeading);
    layout->addWidget(m_data);
    auto *note =
        new QLabel(tr("The database holds pupil data: keep it, and every copy of it, as safely as the school's "
                      "paper records."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setAccessibleName(tr("Copy details"));
    copy->setToolTip(tr("Copy the version and the data locations, for a technician."));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_details); });
    const QString folder = databasePath.isEmpty() ? appData : QFileInfo(databasePath).absolutePath();
    QPushButton *open = buttons->addButton(tr("Open the data &folder"), QDialogButtonBox::ActionRole);
    open->setAccessibleName(tr("Open the data folder"));
    connect(open, &QPushButton::clicked, this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace md::ui
