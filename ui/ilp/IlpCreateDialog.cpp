// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpCreateDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace md::ui {

IlpCreateDialog::IlpCreateDialog(const QList<IlpTemplate> &published, int students, QWidget *parent)
    : QDialog(parent), m_template(new QComboBox(this)), m_from(new QDateEdit(QDate::currentDate(), this)),
      m_to(new QDateEdit(QDate::currentDate().addMonths(4), this))
{
    setWindowTitle(tr("New learning plans"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("One plan for each of the %n selected student(s). The plan copies the template as it "
                                "is now; later changes to the template do not reach it.",
                                nullptr, students),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    for (const IlpTemplate &t : published)
        m_template->addItem(t.name, t.id);
    m_template->setAccessibleName(tr("Template"));
    m_template->setEnabled(published.size() > 1);
    form->addRow(tr("&Template:"), m_template);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Valid from"));
    m_to->setAccessibleName(tr("Valid to"));
    form->addRow(tr("Valid &from:"), m_from);
    form->addRow(tr("Valid &to:"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create plans"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!published.isEmpty());
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 IlpCreateDialog::templateId() const
{
    return m_template->currentData().toLongLong();
}

QDate IlpCreateDialog::validFrom() const
{
    return m_from->date();
}

QDate IlpCreateDialog::validTo() const
{
    return m_to->date();
}

} // namespace md::ui
