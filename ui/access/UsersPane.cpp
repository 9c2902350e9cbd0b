// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/UsersPane.h"

#include "access/UserListModel.h"
#include "access/UserStore.h"
#include "shell/DeskContext.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QInputDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

UsersPane::UsersPane(DeskContext &context, QWidget *parent) : Pane(context, parent), m_model(new UserListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Staff and roles"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add a user…"), this);
    add->setAccessibleName(tr("Add a user"));
    auto *rename = new QPushButton(tr("&Rename roles…"), this);
    rename->setAccessibleName(tr("Rename roles"));
    auto *reset = new QPushButton(tr("Re&set password…"), this);
    reset->setAccessibleName(tr("Reset the selected user's password"));
    reset->setToolTip(tr("Give the selected user a temporary password; they must change it when they next sign in. "
                         "This also lifts a lockout."));
    buttons->addWidget(add);
    buttons->addWidget(reset);
    buttons->addWidget(rename);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Staff users"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    connect(add, &QPushButton::clicked, this, &UsersPane::addUser);
    connect(rename, &QPushButton::clicked, this, &UsersPane::renameRoles);
    connect(reset, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid()) {
            m_message->setText(tr("Choose a user in the list first."));
            return;
        }
        bool ok = false;
        const QString temporary = QInputDialog::getText(
            this, tr("Reset password"),
            tr("A temporary password for %1 (tell them in person; they choose their own at the next sign-in):")
                .arg(m_model->index(current.row(), UserListModel::NameColumn).data().toString()),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const Status s = resetPassword(current.data(UserListModel::UserIdRole).toLongLong(), temporary);
        m_message->setText(s ? tr("Password reset. They must change it when they next sign in.") : s.error().message);
    });
}

Status UsersPane::resetPassword(qint64 userId, const QString &temporaryPassword)
{
    return UserStore(context().db()).resetPassword(context().session(), userId, temporaryPassword);
}

void UsersPane::activate()
{
    if (Status s = m_model->load(context().db()); !s)
        m_message->setText(s.error().message);
    m_view->resizeColumnsToContents();
}

QWidget *UsersPane::primaryFocus()
{
    return m_view;
}

void UsersPane::addUser()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a user"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setAccessibleName(tr("Name"));
    auto *username = new QLineEdit(&dialog);
    username->setAccessibleName(tr("Username"));
    auto *email = new QLineEdit(&dialog);
    email->setAccessibleName(tr("Email"));
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    password->setAccessibleName(tr("First password"));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Username:"), username);
    form->addRow(tr("&Email:"), email);
    form->addRow(tr("First &password:"), password);
    UserStore store(context().db());
    QList<std::pair<Role, QCheckBox *>> boxes;
    for (Role r : allRoles()) {
        auto *box = new QCheckBox(store.roleLabel(r), &dialog);
        box->setAccessibleName(store.roleLabel(r));
        boxes.append({r, box});
        form->addRow(boxes.size() == 1 ? tr("Roles:") : QString(), box);
    }
    auto *error = new QLabel(&dialog);
    error->setWordWrap(true);
    error->setAccessibleName(tr("Problem"));
    error->hide();
    form->addRow(error);
    auto *bb = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(bb);
    connect(bb, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(bb, &QDialogButtonBox::accepted, &dialog, [&] {
        NewStaffUser u;
        u.displayName = name->text();
        u.username = username->text().trimmed();
        u.email = email->text().trimmed();
        u.password = password->text();
        for (const auto &[role, box] : boxes)
            if (box->isChecked())
                u.roles.insert(role);
        auto id = store.create(context().session(), u);
        if (!id) {
            error->setText(id.error().message);
            error->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_message->setText(tr("The user was added. They sign in with the first password you gave."));
        activate();
    }
}

void UsersPane::renameRoles()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Rename roles"));
    auto *form = new QFormLayout(&dialog);
    UserStore store(context().db());
    QList<std::pair<Role, QLineEdit *>> edits;
    for (Role r : allRoles()) {
        auto *edit = new QLineEdit(store.roleLabel(r), &dialog);
        edit->setAccessibleName(tr("Label for %1").arg(defaultRoleLabel(r)));
        form->addRow(defaultRoleLabel(r) + QLatin1Char(':'), edit);
        edits.append({r, edit});
    }
    auto *error = new QLabel(&dialog);
    error->setAccessibleName(tr("Problem"));
    error->hide();
    form->addRow(error);
    auto *bb = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(bb);
    connect(bb, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(bb, &QDialogButtonBox::accepted, &dialog, [&] {
        for (const auto &[role, edit] : edits) {
            if (edit->text().trimmed() == store.roleLabel(role))
                continue;
            if (Status s = store.setRoleLabel(context().session(), role, edit->text()); !s) {
                error->setText(s.error().message);
                error->show();
                return;
            }
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_message->setText(tr("Role labels saved. The navigation shows them the next time you sign in."));
        activate();
    }
}

} // namespace md::ui
