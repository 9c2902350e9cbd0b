// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/AllocationPane.h"

#include "interventions/AllocationService.h"
#include "interventions/AssignKeyworkerDialog.h"
#include "interventions/MentorLoadDelegate.h"
#include "interventions/MentorLoadModel.h"
#include "interventions/WaitingQueueModel.h"
#include "referrals/StepDialog.h"
#include "shell/DeskContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

AllocationPane::AllocationPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_queueModel(new WaitingQueueModel(this)), m_mentorModel(new MentorLoadModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Allocation"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto *intro =
        new QLabel(tr("Priority goes to looked-after children, students with EHC plan objectives, students on "
                      "the SEN register for SEMH needs and students with the school's priority flags, then "
                      "by the date referred. Drag a student onto a mentor, or select both and press Assign."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_queueCount = new QLabel(left);
    m_queueCount->setAccessibleName(tr("Students waiting"));
    leftLayout->addWidget(m_queueCount);
    m_queue = new QTableView(left);
    m_queue->setModel(m_queueModel);
    m_queue->setAccessibleName(tr("Students waiting for a keyworker"));
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->setDragEnabled(true);
    m_queue->setDragDropMode(QAbstractItemView::DragOnly);
    m_queue->setTabKeyNavigation(false);
    m_queue->verticalHeader()->hide();
    m_queue->verticalHeader()->setDefaultSectionSize(m_queue->fontMetrics().height() + 8);
    m_queue->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_queue, 1);
    auto *assign = new QPushButton(tr("&Assign keyworker…"), left);
    assign->setAccessibleName(tr("Assign a keyworker to the selected student"));
    leftLayout->addWidget(assign);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *mentorsLabel = new QLabel(tr("&Mentors: caseload against capacity"), right);
    rightLayout->addWidget(mentorsLabel);
    m_mentors = new QListView(right);
    m_mentors->setModel(m_mentorModel);
    m_mentors->setItemDelegate(new MentorLoadDelegate(m_mentors));
    m_mentors->setAccessibleName(tr("Mentors"));
    m_mentors->setAcceptDrops(true);
    m_mentors->setDropIndicatorShown(true);
    m_mentors->setDragDropMode(QAbstractItemView::DropOnly);
    m_mentors->setDefaultDropAction(Qt::CopyAction);
    m_mentors->setUniformItemSizes(true);
    mentorsLabel->setBuddy(m_mentors);
    rightLayout->addWidget(m_mentors, 1);
    auto *capacity = new QPushButton(tr("Edit &capacity…"), right);
    capacity->setAccessibleName(tr("Edit the selected mentor's capacity"));
    rightLayout->addWidget(capacity);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 560});
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("What happened"));
    layout->addWidget(m_message);

    connect(m_mentorModel, &MentorLoadModel::allocationRequested, this, &AllocationPane::assign, Qt::QueuedConnection);
    connect(assign, &QPushButton::clicked, this, &AllocationPane::assignSelected);
    connect(m_queue, &QTableView::activated, this, &AllocationPane::assignSelected);
    connect(capacity, &QPushButton::clicked, this, &AllocationPane::editCapacity);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("interventions") || what == QLatin1String("referrals") ||
            what == QLatin1String("mentors")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
}

void AllocationPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *AllocationPane::primaryFocus()
{
    return m_queue;
}

void AllocationPane::reload()
{
    m_stale = false;
    if (Status s = m_queueModel->load(context().db(), context().session()); !s)
        m_message->setText(s.error().message);
    if (Status s = m_mentorModel->load(context().db(), context().session()); !s)
        m_message->setText(s.error().message);
    m_queueCount->setText(
        m_queueModel->rowCount() == 0
            ? tr("Nobody is waiting for a keyworker. Planned interventions without one appear here.")
            : tr("%n student(s) waiting for a keyworker, in priority order", nullptr, m_queueModel->rowCount()));
    m_queue->resizeColumnsToContents();
    if (m_queueModel->rowCount() > 0 && !m_queue->currentIndex().isValid())
        m_queue->setCurrentIndex(m_queueModel->index(0, 0));
}

void AllocationPane::assignSelected()
{
    const QModelIndex waiting = m_queue->currentIndex();
    if (!waiting.isValid()) {
        m_message->setText(tr("Choose a waiting student first."));
        return;
    }
    const QModelIndex mentor = m_mentors->currentIndex();
    assign(waiting.data(WaitingQueueModel::InterventionIdRole).toLongLong(),
           mentor.isValid() ? mentor.data(MentorLoadModel::MentorIdRole).toLongLong() : 0);
}

void AllocationPane::assign(qint64 interventionId, qint64 mentorId)
{
    QString about;
    bool onSen = false;
    for (int r = 0; r < m_queueModel->rowCount(); ++r) {
        const WaitingStudent &w = m_queueModel->rowAt(r);
        if (w.interventionId != interventionId)
            continue;
        about = tr("%1 (Year %2): %3, stage %4. Priority: %5.")
                    .arg(w.student.displayName())
                    .arg(w.student.yearGroup)
                    .arg(w.provisionName)
                    .arg(w.stage)
                    .arg(w.priorityReason);
        onSen = w.student.senStatus != SenStatus::None || w.student.ehcPlan;
    }
    AssignKeyworkerDialog dialog(context().db(), context().session(), interventionId, about, mentorId, onSen, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->setText(dialog.done().prompts.join(QLatin1Char('\n')));
    Q_EMIT statusMessage(tr("Keyworker assigned."));
    context().notifyChanged(QStringLiteral("interventions"));
    reload();
}

void AllocationPane::editCapacity()
{
    const QModelIndex index = m_mentors->currentIndex();
    if (!index.isValid()) {
        m_message->setText(tr("Choose a mentor first."));
        return;
    }
    const MentorLoad m = m_mentorModel->rowAt(index.row());
    StepDialog dialog(tr("Capacity of %1").arg(m.name),
                      tr("Learning and advanced learning mentors manage 6 to 8 students plus one high-needs SEN "
                         "keyworker case; the lead learning mentor up to 3 students with complex needs."),
                      tr("Save"), this);
    auto *places = new QSpinBox;
    places->setRange(0, AllocationService::kMaxCapacity);
    places->setValue(m.capacity);
    places->setAccessibleName(tr("Caseload places"));
    dialog.addWidget(tr("&Caseload places:"), places);
    auto *sen = new QSpinBox;
    sen->setRange(0, AllocationService::kMaxSenSlots);
    sen->setValue(m.senSlots);
    sen->setAccessibleName(tr("High-needs SEN keyworker places"));
    dialog.addWidget(tr("&SEN keyworker places:"), sen);
    dialog.setAction([&] {
        return AllocationService(context().db())
            .setCapacity(context().session(), m.mentorId, places->value(), sen->value());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->setText(tr("Capacity of %1 saved.").arg(m.name));
    context().notifyChanged(QStringLiteral("mentors"));
    reload();
}

} // namespace md::ui
