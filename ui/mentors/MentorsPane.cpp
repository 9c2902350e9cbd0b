// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorsPane.h"

#include "access/Permissions.h"
#include "common/MessageBox.h"
#include "mentors/AddMentorWizard.h"
#include "mentors/MentorOutboxView.h"
#include "mentors/MentorRecord.h"
#include "mentors/MentorTeamModel.h"
#include "mentors/RemoveMentorDialog.h"
#include "shell/DeskContext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace md::ui {

MentorsPane::MentorsPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_model(new MentorTeamModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MentorTeamModel::SortRole);
    auto *outer = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Mentoring team"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    outer->addWidget(title);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Mentoring team sections"));
    outer->addWidget(m_tabs, 1);

    auto *team = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(team);
    const Session &session = context.session();
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add a mentor\u2026"), team);
    m_add->setAccessibleName(tr("Add a mentor"));
    m_remove = new QPushButton(tr("Re&move from the team\u2026"), team);
    m_remove->setAccessibleName(tr("Remove the chosen mentor from the team"));
    m_reinstate = new QPushButton(tr("Rein&state"), team);
    m_reinstate->setAccessibleName(tr("Reinstate the chosen mentor"));
    m_showRemoved = new QCheckBox(tr("Show r&emoved mentors"), team);
    m_showRemoved->setAccessibleName(tr("Show removed mentors"));
    m_add->setVisible(Permissions::allows(session, Action::ManageMentors));
    m_remove->setVisible(Permissions::allows(session, Action::ManageMentors));
    m_reinstate->setVisible(Permissions::allows(session, Action::ReinstateMentors));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_reinstate);
    buttons->addStretch();
    buttons->addWidget(m_showRemoved);
    layout->addLayout(buttons);
    m_result = new QLabel(team);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("What happened"));
    m_result->setStyleSheet(QStringLiteral("QLabel { border-left: 4px solid #00703c; padding: 4px 8px; }"));
    m_result->hide();
    layout->addWidget(m_result);
    m_count = new QLabel(team);
    m_count->setAccessibleName(tr("Number of mentors"));
    layout->addWidget(m_count);

    auto *split = new QSplitter(Qt::Vertical, team);
    m_view = new QTableView(split);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Mentors"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MentorTeamModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_record = new MentorRecord(context, split);
    split->addWidget(m_view);
    split->addWidget(m_record);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({280, 420});
    layout->addWidget(split, 1);
    m_tabs->addTab(team, tr("&Team"));

    if (Permissions::allows(session, Action::ManageMentors)) {
        m_outbox = new MentorOutboxView(context, m_tabs);
        m_tabs->addTab(m_outbox, tr("O&utbox"));
        connect(m_outbox, &MentorOutboxView::statusMessage, this, &Pane::statusMessage);
        connect(m_outbox, &MentorOutboxView::unsentChanged, this, [this](int unsent) {
            m_tabs->setTabText(m_tabs->indexOf(m_outbox),
                               unsent > 0 ? tr("O&utbox (%1 not sent)").arg(unsent) : tr("O&utbox"));
        });
    }

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_record->showMentor(selectedMentor());
        updateButtons();
    });
    connect(m_view, &QTableView::activated, this, [this] { m_record->tabs()->setFocus(); });
    connect(m_add, &QPushButton::clicked, this, &MentorsPane::addMentor);
    connect(m_remove, &QPushButton::clicked, this, &MentorsPane::removeSelected);
    connect(m_reinstate, &QPushButton::clicked, this, &MentorsPane::reinstateSelected);
    connect(m_showRemoved, &QCheckBox::toggled, this, [this] { reload(); });
    connect(m_record, &MentorRecord::statusMessage, this, &Pane::statusMessage);
    connect(m_record, &MentorRecord::changed, this, [this] { changed(QString()); });
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("students") || what == QLatin1String("mentors")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
}

void MentorsPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *MentorsPane::primaryFocus()
{
    return m_view;
}

void MentorsPane::reload()
{
    m_stale = false;
    if (!context().isOpen() || !context().isSignedIn())
        return;
    const qint64 current = selectedMentor();
    if (Status s = m_model->load(context().db(), context().session(), QDate::currentDate(), m_showRemoved->isChecked());
        !s) {
        m_count->setText(s.error().message);
        return;
    }
    m_view->resizeColumnsToContents();
    m_count->setText(m_model->rowCount() == 0
                         ? tr("There are no mentors yet. Add the first with “Add a mentor”.")
                         : tr("%1 mentors").arg(m_model->rowCount()));
    if (current != 0 && m_model->rowOfMentor(current) >= 0)
        selectMentor(current);
    else
        m_record->showMentor(selectedMentor());
    if (m_outbox)
        m_outbox->reload();
    updateButtons();
}

qint64 MentorsPane::selectedMentor() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(MentorTeamModel::MentorIdRole).toLongLong() : 0;
}

void MentorsPane::selectMentor(qint64 userId)
{
    const int row = m_model->rowOfMentor(userId);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    m_record->showMentor(userId);
    updateButtons();
}

void MentorsPane::updateButtons()
{
    const int row = m_model->rowOfMentor(selectedMentor());
    const bool chosen = row >= 0;
    const bool removed = chosen && m_model->rowAt(row).mentor.removed;
    m_remove->setEnabled(chosen && !removed && selectedMentor() != context().session().userId());
    m_reinstate->setEnabled(chosen && removed);
}

void MentorsPane::changed(const QString &message)
{
    reload();
    if (!message.isEmpty()) {
        m_result->setText(message);
        m_result->show();
        if (m_outbox)
            m_outbox->selectNewest(); // the message the action wrote
    }
    context().notifyChanged(QStringLiteral("mentors"));
}

void MentorsPane::addMentor()
{
    if (m_wizard)
        return;
    m_wizard = new AddMentorWizard(context().db(), context().session(), this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &AddMentorWizard::mentorAdded, this, [this](const AddedMentor &added) {
        QString text = tr("%1 has been added as a mentor with the username %2.")
                           .arg(m_wizard ? m_wizard->flow().answers().fullName() : QString(), added.username);
        if (!added.firstPassword.isEmpty())
            text +=
                QLatin1Char(' ') + tr("Their first password is %1 \u2014 give it to them yourself; it is shown only "
                                      "now, and they choose their own when they first sign in.")
                                       .arg(added.firstPassword);
        text += QLatin1Char(' ') + tr("The confirmation message to them is in the outbox.");
        changed(text);
        selectMentor(added.userId);
        if (m_outbox)
            m_outbox->selectMessage(added.messageId);
        Q_EMIT statusMessage(tr("Mentor added."));
    });
    m_wizard->open();
}

void MentorsPane::removeSelected()
{
    const int row = m_model->rowOfMentor(selectedMentor());
    if (row < 0 || m_removeDialog)
        return;
    const MentorProfile mentor = m_model->rowAt(row).mentor;
    m_removeDialog = new RemoveMentorDialog(context().db(), context().session(), mentor, this);
    m_removeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_removeDialog, &QDialog::accepted, this, [this, mentor] {
        changed(tr("%1 has been removed from the mentoring team and their students reallocated. The message telling "
                   "them is in the outbox.")
                    .arg(mentor.basic.fullName()));
        context().notifyChanged(QStringLiteral("students"));
        Q_EMIT statusMessage(tr("Mentor removed."));
    });
    m_removeDialog->open();
}

void MentorsPane::reinstateSelected()
{
    const int row = m_model->rowOfMentor(selectedMentor());
    if (row < 0)
        return;
    const MentorProfile mentor = m_model->rowAt(row).mentor;
    if (MessageBox::question(this, tr("Reinstate a mentor"),
                             tr("Reinstate %1 as a mentor? They get their roles back and a message in the outbox. "
                                "Allocate students to them afterwards.")
                                 .arg(mentor.basic.fullName())) != QMessageBox::Yes)
        return;
    if (Status s = MentorStore(context().db()).reinstate(context().session(), mentor.userId, QDate::currentDate());
        !s) {
        MessageBox::warning(this, tr("Reinstate a mentor"), s.error().message);
        return;
    }
    changed(tr("%1 has been reinstated. The message telling them is in the outbox.").arg(mentor.basic.fullName()));
    selectMentor(mentor.userId);
}

MyDevelopmentPane::MyDevelopmentPane(DeskContext &context, QWidget *parent) : Pane(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("My development"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    m_record = new MentorRecord(context, this);
    layout->addWidget(m_record, 1);
    connect(m_record, &MentorRecord::statusMessage, this, &Pane::statusMessage);
}

void MyDevelopmentPane::activate()
{
    if (context().isOpen() && context().isSignedIn())
        m_record->showMentor(context().session().userId());
}

} // namespace md::ui
