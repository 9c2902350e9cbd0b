// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/StepDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace md::ui {

StepDialog::StepDialog(const QString &title, const QString &intro, const QString &okText, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *label = new QLabel(intro, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(okText);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StepDialog::reject);
    // Return in a text field starts a new line; Ctrl+Return does the step from anywhere in the form.
    auto *done = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto *doneKeypad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(done, &QShortcut::activated, this, &StepDialog::accept);
    connect(doneKeypad, &QShortcut::activated, this, &StepDialog::accept);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("%1 (Ctrl+Return)").arg(QString(okText).remove(QLatin1Char('&'))));
    resize(520, 320);
}

QLineEdit *StepDialog::addLine(const QString &label, const QString &accessibleName, const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setAccessibleName(accessibleName);
    m_form->addRow(label, edit);
    return edit;
}

QPlainTextEdit *StepDialog::addText(const QString &label, const QString &accessibleName, const QString &text)
{
    auto *edit = new QPlainTextEdit(text, this);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    m_form->addRow(label, edit);
    return edit;
}

QDateEdit *StepDialog::addDate(const QString &label, const QString &accessibleName, const QDate &date)
{
    auto *edit = new QDateEdit(date, this);
    edit->setCalendarPopup(true);
    edit->setAccessibleName(accessibleName);
    m_form->addRow(label, edit);
    return edit;
}

void StepDialog::addWidget(const QString &label, QWidget *widget)
{
    widget->setParent(this);
    m_form->addRow(label, widget);
}

void StepDialog::accept()
{
    if (m_action) {
        if (Status s = m_action(); !s) {
            m_error->setText(s.error().fullText());
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace md::ui
