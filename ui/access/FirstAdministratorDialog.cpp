// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/FirstAdministratorDialog.h"

#include "access/AuthService.h"
#include "school/SchoolSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

FirstAdministratorDialog::FirstAdministratorDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Set up your school"));
    setAccessibleName(tr("Set up your school"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This database is new. Name the school and create the first administrator: "
                                "they add the other staff."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_school = new QLineEdit(this);
    m_school->setAccessibleName(tr("School name"));
    m_phase = new QComboBox(this);
    m_phase->setAccessibleName(tr("School phase"));
    m_phase->addItem(tr("Secondary"), QStringLiteral("secondary"));
    m_phase->addItem(tr("Primary"), QStringLiteral("primary"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Your name"));
    m_username = new QLineEdit(this);
    m_username->setAccessibleName(tr("Username"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat password"));
    form->addRow(tr("&School name:"), m_school);
    form->addRow(tr("P&hase:"), m_phase);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: white; background: #B3261E; padding: 4px;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);
    layout->addWidget(buttons);
}

void FirstAdministratorDialog::accept()
{
    auto showError = [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
    };
    if (m_school->text().trimmed().isEmpty())
        return showError(tr("Enter the school's name."));
    if (m_password->text() != m_repeat->text())
        return showError(tr("The two passwords are not the same."));
    auto session = AuthService(m_db).createFirstAdministrator(m_username->text().trimmed(), m_name->text(),
                                                              m_password->text());
    if (!session)
        return showError(session.error().message);
    SchoolSettings school(m_db);
    if (Status s = school.setValue(*session, SchoolSettings::kName, m_school->text().trimmed()); !s)
        return showError(s.error().message);
    if (Status s = school.setValue(*session, SchoolSettings::kPhase, m_phase->currentData().toString()); !s)
        return showError(s.error().message);
    m_session = *session;
    QDialog::accept();
}

} // namespace md::ui
