// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/SignInDialog.h"

#include "access/AuthService.h"
#include "school/SchoolSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

SignInDialog::SignInDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Sign in to Mentor Desk"));
    setAccessibleName(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *school = new QLabel(SchoolSettings(db).schoolName(), this);
    QFont f = school->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    school->setFont(f);
    layout->addWidget(school);

    auto *form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_username->setAccessibleName(tr("Username"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #B3261E; padding: 4px;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);
    m_username->setFocus();
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void SignInDialog::accept()
{
    auto session = AuthService(m_db).signIn(m_username->text().trimmed(), m_password->text());
    if (!session) {
        m_error->setText(session.error().message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_session = *session;
    QDialog::accept();
}

} // namespace md::ui
