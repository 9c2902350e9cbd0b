// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PassphraseDialog.h"

#include "storage/SealedFile.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

namespace {
bool g_hasNext = false;
std::optional<QString> g_next;
} // namespace

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString &text, QWidget *parent)
    : QDialog(parent), m_purpose(purpose)
{
    setWindowTitle(purpose == Purpose::Seal ? tr("Encrypt with a passphrase") : tr("Passphrase"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(tr("Passphrase"));
    form->addRow(tr("&Passphrase:"), m_first);
    if (purpose == Purpose::Seal) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setAccessibleName(tr("Passphrase again"));
        form->addRow(tr("&Again:"), m_second);
        auto *hint = new QLabel(tr("At least 10 characters. Keep it somewhere safe: without it the file cannot be "
                                   "opened, by anyone."),
                                this);
        hint->setWordWrap(true);
        form->addRow(hint);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the passphrase"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::accept()
{
    QString problem;
    if (m_purpose == Purpose::Seal) {
        if (Status s = SealedFile::checkPassphrase(m_first->text()); !s)
            problem = s.error().message;
        else if (m_second->text() != m_first->text())
            problem = tr("The two passphrases differ.");
    } else if (m_first->text().isEmpty()) {
        problem = tr("Enter the passphrase.");
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        adjustSize();
        m_first->setFocus();
        return;
    }
    QDialog::accept();
}

std::optional<QString> PassphraseDialog::ask(QWidget *parent, Purpose purpose, const QString &text)
{
    if (g_hasNext) {
        g_hasNext = false;
        return std::exchange(g_next, std::nullopt);
    }
    PassphraseDialog dialog(purpose, text, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

void PassphraseDialog::setNextAnswer(std::optional<QString> answer)
{
    g_hasNext = true;
    g_next = std::move(answer);
}

} // namespace md::ui
