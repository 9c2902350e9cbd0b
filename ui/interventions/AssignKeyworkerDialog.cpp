// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/AssignKeyworkerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

AssignKeyworkerDialog::AssignKeyworkerDialog(Database &db, const Session &session, qint64 interventionId,
                                             const QString &about, qint64 mentorId, bool onSenRegister, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_interventionId(interventionId)
{
    setWindowTitle(tr("Assign a keyworker"));
    setAccessibleName(tr("Assign a keyworker"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(about, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_mentor = new QComboBox(this);
    m_mentor->setAccessibleName(tr("Keyworker"));
    form->addRow(tr("&Keyworker:"), m_mentor);
    m_load = new QLabel(this);
    m_load->setAccessibleName(tr("Caseload against capacity"));
    form->addRow(QString(), m_load);
    m_sen = new QCheckBox(tr("High-needs &SEN keyworker case (the place outside the caseload)"), this);
    m_sen->setAccessibleName(tr("High-needs SEN keyworker case"));
    m_sen->setEnabled(onSenRegister);
    form->addRow(QString(), m_sen);
    m_reasonLabel = new QLabel(tr("Over capacity &because:"), this);
    m_reason = new QLineEdit(this);
    m_reason->setAccessibleName(tr("Reason for assigning over capacity"));
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date allocated"));
    form->addRow(tr("&From:"), m_date);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Assign"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignKeyworkerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignKeyworkerDialog::reject);

    if (auto loads = AllocationService(db).loads(session)) {
        m_loads = *loads;
        for (const MentorLoad &m : std::as_const(m_loads))
            m_mentor->addItem(tr("%1 (%2)").arg(m.name, m.gradeLabel), m.mentorId);
    } else {
        m_error->setText(loads.error().message);
        m_error->show();
    }
    const int preset = m_mentor->findData(mentorId);
    if (preset >= 0)
        m_mentor->setCurrentIndex(preset);
    connect(m_mentor, &QComboBox::currentIndexChanged, this, &AssignKeyworkerDialog::mentorChosen);
    connect(m_sen, &QCheckBox::toggled, this, &AssignKeyworkerDialog::mentorChosen);
    mentorChosen();
    resize(520, 280);
}

void AssignKeyworkerDialog::mentorChosen()
{
    const int i = m_mentor->currentIndex();
    if (i < 0 || i >= m_loads.size())
        return;
    const MentorLoad &m = m_loads.at(i);
    m_load->setText(m.summary());
    const bool full = m_sen->isChecked() ? m.senFull() : m.full();
    m_reasonLabel->setVisible(full);
    m_reason->setVisible(full);
}

void AssignKeyworkerDialog::accept()
{
    AllocationRequest req;
    req.interventionId = m_interventionId;
    req.mentorId = m_mentor->currentData().toLongLong();
    req.senKeyworker = m_sen->isChecked();
    req.overrideReason = m_reason->isVisible() ? m_reason->text() : QString();
    req.on = m_date->date();
    auto done = AllocationService(m_db).assign(m_session, req);
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    m_done = *done;
    QDialog::accept();
}

} // namespace md::ui
