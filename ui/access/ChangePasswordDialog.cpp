// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/ChangePasswordDialog.h"

#include "access/UserStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

ChangePasswordDialog::ChangePasswordDialog(Database &db, Session session, bool forced, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(std::move(session))
{
    setWindowTitle(tr("Change your password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(forced ? tr("An administrator has reset your password. Choose a new one before you go on: "
                                         "at least 8 characters, not one of the most common passwords.")
                                    : tr("At least 8 characters, not one of the most common passwords."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const auto field = [this](const QString &name) {
        auto *e = new QLineEdit(this);
        e->setEchoMode(QLineEdit::Password);
        e->setAccessibleName(name);
        return e;
    };
    m_current = field(forced ? tr("Temporary password") : tr("Current password"));
    m_new = field(tr("New password"));
    m_again = field(tr("New password again"));
    form->addRow(forced ? tr("&Temporary password:") : tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("New password &again:"), m_again);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Change password"));
    buttons->button(QDialogButtonBox::Cancel)->setText(forced ? tr("Sign &out") : tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(forced ? tr("Sign out") : tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::accept()
{
    QString problem;
    if (m_new->text() != m_again->text()) {
        problem = tr("The two new passwords differ.");
    } else if (Status s = UserStore(m_db).changeOwnPassword(m_session, m_current->text(), m_new->text()); !s) {
        problem = s.error().message;
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_new->clear();
        m_again->clear();
        m_new->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace md::ui
