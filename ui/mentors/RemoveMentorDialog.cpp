// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/RemoveMentorDialog.h"

#include "mentors/MentorCatalogue.h"
#include "mentors/MentorTeamModel.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::ui {

RemoveMentorDialog::RemoveMentorDialog(Database &db, const Session &session, const MentorProfile &mentor,
                                       QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_mentor(mentor)
{
    const QString name = mentor.basic.fullName();
    setWindowTitle(tr("Remove %1").arg(name));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Removing %1 takes them out of the mentoring team. They get a message (in the "
                                "outbox) saying they have been removed and that they can ask to be reinstated.")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *why = new QLabel(tr("Why are they being removed?"), this);
    QFont bold = why->font();
    bold.setBold(true);
    why->setFont(bold);
    layout->addWidget(why);
    m_reasons = new QButtonGroup(this);
    for (const MentorOption &o : MentorCatalogue::removalReasons()) {
        auto *radio = new QRadioButton(o.label, this);
        radio->setProperty("code", o.code);
        radio->setAccessibleName(o.label);
        m_reasons->addButton(radio);
        layout->addWidget(radio);
    }
    auto *noteLabel = new QLabel(tr("&Details (needed for another reason):"), this);
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Details of the reason"));
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);

    auto students = MentorStore(db).caseloadStudents(session, mentor.userId);
    if (students)
        m_caseload = *students;
    auto team = MentorStore(db).list(session);
    if (team)
        for (const MentorProfile &m : *team)
            if (m.userId != mentor.userId)
                m_team.append(m);

    auto *who =
        new QLabel(m_caseload.isEmpty()
                       ? tr("%1 has no students, so there is nobody to reallocate.").arg(name)
                       : tr("Choose a new mentor for each of %1's %2 students first.").arg(name).arg(m_caseload.size()),
                   this);
    who->setFont(bold);
    who->setWordWrap(true);
    layout->addWidget(who);
    auto *everyoneRow = new QHBoxLayout;
    m_everyone = mentorChoice(this, tr("New mentor for every student not yet given one"));
    auto *everyoneLabel = new QLabel(tr("Give every student not yet reallocated &to:"), this);
    everyoneLabel->setBuddy(m_everyone);
    everyoneRow->addWidget(everyoneLabel);
    everyoneRow->addWidget(m_everyone, 1);
    layout->addLayout(everyoneRow);
    m_students = new QTableWidget(int(m_caseload.size()), 4, this);
    m_students->setAccessibleName(tr("Students to reallocate"));
    m_students->setHorizontalHeaderLabels({tr("Student"), tr("Year"), tr("Tutor group"), tr("New mentor")});
    m_students->verticalHeader()->hide();
    m_students->horizontalHeader()->setStretchLastSection(true);
    m_students->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_students->setSelectionMode(QAbstractItemView::NoSelection);
    for (int r = 0; r < m_caseload.size(); ++r) {
        const CaseloadStudent &s = m_caseload.at(r);
        m_students->setItem(r, 0, new QTableWidgetItem(s.name));
        m_students->setItem(r, 1, new QTableWidgetItem(s.yearGroup > 0 ? QString::number(s.yearGroup) : QString()));
        m_students->setItem(r, 2, new QTableWidgetItem(s.tutorGroup));
        m_students->setCellWidget(r, 3, mentorChoice(m_students, tr("New mentor for %1").arg(s.name)));
    }
    m_students->resizeColumnsToContents();
    m_students->setVisible(!m_caseload.isEmpty());
    m_everyone->setEnabled(!m_caseload.isEmpty());
    layout->addWidget(m_students, 1);
    connect(m_everyone, &QComboBox::activated, this, [this] {
        const QVariant chosen = m_everyone->currentData();
        for (int r = 0; r < m_students->rowCount(); ++r)
            if (QComboBox *c = newMentor(r); c && c->currentData().toLongLong() == 0)
                c->setCurrentIndex(std::max(0, c->findData(chosen)));
    });

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #d4351c; font-weight: bold; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(this);
    m_remove = buttons->addButton(tr("&Remove mentor"), QDialogButtonBox::AcceptRole);
    m_remove->setAccessibleName(tr("Remove mentor"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true); // removing is never the default
    connect(buttons, &QDialogButtonBox::accepted, this, &RemoveMentorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RemoveMentorDialog::reject);
    layout->addWidget(buttons);
    resize(620, 560);
}

QComboBox *RemoveMentorDialog::mentorChoice(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(name);
    combo->addItem(tr("Choose a mentor\u2026"), 0);
    for (const MentorProfile &m : std::as_const(m_team))
        combo->addItem(tr("%1 (%2)").arg(m.basic.fullName(), MentorTeamModel::caseloadText(m)), m.userId);
    return combo;
}

QRadioButton *RemoveMentorDialog::reason(const QString &code) const
{
    for (QAbstractButton *b : m_reasons->buttons())
        if (b->property("code").toString() == code)
            return static_cast<QRadioButton *>(b);
    return nullptr;
}

QComboBox *RemoveMentorDialog::newMentor(int row) const
{
    return qobject_cast<QComboBox *>(m_students->cellWidget(row, 3));
}

void RemoveMentorDialog::accept()
{
    MentorRemoval removal;
    removal.reason = m_reasons->checkedButton() ? m_reasons->checkedButton()->property("code").toString() : QString();
    removal.note = m_note->text();
    removal.on = QDate::currentDate();
    for (int r = 0; r < m_caseload.size(); ++r) {
        const qint64 to = newMentor(r)->currentData().toLongLong();
        if (to != 0)
            removal.reallocations.append({m_caseload.at(r).studentId, to});
    }
    if (Status s = MentorStore(m_db).remove(m_session, m_mentor.userId, removal); !s) {
        m_problem->setText(tr("There is a problem: %1").arg(s.error().fullText()));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace md::ui
