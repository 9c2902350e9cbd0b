// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ServerConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace md::ui {

ServerConnectDialog::ServerConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a server"));
    setAccessibleName(tr("Connect to the team's database on a server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team that shares one PostgreSQL server connects here. Ask whoever runs the "
                                "server for these details. The password is asked for when you connect and is "
                                "kept only while Mentor Desk is open."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setAccessibleName(tr("Server name or address"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccessibleName(tr("Port"));
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setAccessibleName(tr("Database name"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(QString::fromLocal8Bit(qgetenv("USER").isEmpty() ? qgetenv("USERNAME") : qgetenv("USER")), this);
    m_user->setAccessibleName(tr("Your user name on the server"));
    form->addRow(tr("&User name:"), m_user);
    m_tls = new QComboBox(this);
    m_tls->setAccessibleName(tr("Encryption of the connection"));
    // libpq's sslmode values; "prefer" is libpq's own default.
    m_tls->addItem(tr("When the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Always (refuse an unencrypted connection)"), QStringLiteral("require"));
    m_tls->addItem(tr("Always, and check the server's certificate"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Never (only for a server on this computer)"), QStringLiteral("disable"));
    form->addRow(tr("&Encryption:"), m_tls);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect to the server"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updateButtons);
    updateButtons();
    m_database->setFocus();
}

void ServerConnectDialog::setServer(const ServerUrl &url)
{
    m_host->setText(url.host);
    m_port->setValue(url.port);
    m_database->setText(url.database);
    if (!url.user.isEmpty())
        m_user->setText(url.user);
    const int tls = m_tls->findData(url.sslmode.isEmpty() ? QStringLiteral("prefer") : url.sslmode);
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
    updateButtons();
}

ServerUrl ServerConnectDialog::server() const
{
    ServerUrl url;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    const QString tls = m_tls->currentData().toString();
    url.sslmode = tls == QLatin1String("prefer") ? QString() : tls;
    return url;
}

void ServerConnectDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace md::ui
