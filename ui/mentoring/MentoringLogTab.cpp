// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/MentoringLogTab.h"

#include "access/Permissions.h"
#include "common/MessageBox.h"
#include "live/LiveUpdates.h"
#include "mentoring/CaseStore.h"
#include "mentoring/CaseloadDashboard.h"
#include "mentoring/LogDialogs.h"
#include "mentoring/LogEntryStore.h"
#include "mentoring/SessionEditor.h"
#include "privacy/Restricted.h"
#include "mentoring/TargetStore.h"
#include "mentoring/TimelineModel.h"
#include "shell/DeskContext.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

MentoringLogTab::MentoringLogTab(DeskContext &context, QWidget *parent)
    : RecordTab(parent), m_context(context), m_model(new TimelineModel(this))
{
    m_canEdit = Permissions::allows(context.session(), Action::EditMentoringLog);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_steps = new QLabel(this);
    m_steps->setAccessibleName(tr("Five-step progress"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::PlainText);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    top->addWidget(m_steps, 1);
    m_checkIn = new QPushButton(this);
    m_checkIn->setAccessibleName(tr("Daily check-in"));
    top->addWidget(m_checkIn, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *buttons = new QHBoxLayout;
    auto *session = new QPushButton(tr("New 1:1 &session\u2026"), this);
    session->setAccessibleName(tr("Plan a new 1:1 session"));
    auto *recordButton = new QPushButton(tr("&Record"), this);
    recordButton->setAccessibleName(tr("Record an entry in the log"));
    auto *menu = new QMenu(recordButton);
    for (EntryKind k : {EntryKind::Contact, EntryKind::Observation, EntryKind::BehaviourIntervention, EntryKind::ProgressUpdate,
                        EntryKind::TermlyReport, EntryKind::Review, EntryKind::Note}) {
        QAction *a = menu->addAction(labelOf(k) + QStringLiteral("\u2026"));
        connect(a, &QAction::triggered, this, [this, k] { record(k); });
    }
    recordButton->setMenu(menu);
    auto *target = new QPushButton(tr("SMART &target\u2026"), this);
    target->setAccessibleName(tr("Agree a new SMART target"));
    auto *plan = new QPushButton(tr("Objectives and &plan\u2026"), this);
    plan->setAccessibleName(tr("Objectives and plan"));
    m_editors = {session, recordButton, target, plan, m_checkIn};
    buttons->addWidget(session);
    buttons->addWidget(recordButton);
    buttons->addWidget(target);
    buttons->addWidget(plan);
    buttons->addStretch();
    auto *filterLabel = new QLabel(tr("Sho&w:"), this);
    m_filter = new QComboBox(this);
    m_filter->setAccessibleName(tr("Show entries of kind"));
    m_filter->addItem(tr("Everything"), -1);
    for (TimelineKind k : TimelineModel::allKinds())
        m_filter->addItem(TimelineModel::label(k), int(k));
    filterLabel->setBuddy(m_filter);
    buttons->addWidget(filterLabel);
    buttons->addWidget(m_filter);
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *split = new QSplitter(this);
    m_view = new QTableView(split);
    m_view->setModel(m_model);
    LiveUpdates::keepPlace(m_view, {TimelineModel::KindRole, TimelineModel::ItemIdRole});
    m_view->setAccessibleName(tr("Mentoring log timeline"));
    m_view->setAccessibleDescription(tr("Newest first. Enter or double-click opens an entry."));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::SummaryColumn, QHeaderView::Stretch);
    auto *side = new QWidget(split);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *targetsLabel = new QLabel(tr("SMART t&argets"), side);
    m_targets = new QListWidget(side);
    m_targets->setAccessibleName(tr("SMART targets"));
    m_targets->setWordWrap(true);
    targetsLabel->setBuddy(m_targets);
    auto *targetButtons = new QHBoxLayout;
    auto *met = new QPushButton(tr("Target &met"), side);
    met->setAccessibleName(tr("Mark the selected target met"));
    auto *note = new QPushButton(tr("Progress &note\u2026"), side);
    note->setAccessibleName(tr("Add a progress note to the selected target"));
    m_editors << met << note;
    targetButtons->addWidget(met);
    targetButtons->addWidget(note);
    auto *objectivesLabel = new QLabel(tr("O&bjectives"), side);
    m_objectives = new QListWidget(side);
    m_objectives->setAccessibleName(tr("Objectives"));
    m_objectives->setWordWrap(true);
    objectivesLabel->setBuddy(m_objectives);
    sideLayout->addWidget(targetsLabel);
    sideLayout->addWidget(m_targets, 2);
    sideLayout->addLayout(targetButtons);
    sideLayout->addWidget(objectivesLabel);
    sideLayout->addWidget(m_objectives, 1);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    for (QWidget *w : std::as_const(m_editors))
        w->setVisible(m_canEdit);

    connect(m_checkIn, &QPushButton::clicked, this, &MentoringLogTab::toggleCheckIn);
    connect(session, &QPushButton::clicked, this, &MentoringLogTab::newSession);
    connect(target, &QPushButton::clicked, this, [this] {
        TargetDialog dialog(m_context, m_studentId, 0, this);
        dialog.exec();
    });
    connect(plan, &QPushButton::clicked, this, [this] {
        PlanDialog dialog(m_context, m_studentId, this);
        dialog.exec();
    });
    connect(met, &QPushButton::clicked, this, &MentoringLogTab::targetMet);
    connect(note, &QPushButton::clicked, this, &MentoringLogTab::progressNote);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int k = m_filter->currentData().toInt();
        m_model->setKinds(k < 0 ? QSet<TimelineKind>() : QSet<TimelineKind>{TimelineKind(k)});
        reload();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("mentoring") && m_studentId != 0)
            reload();
    });
}

void MentoringLogTab::showStudent(qint64 studentId)
{
    m_studentId = studentId;
    reload();
}

void MentoringLogTab::reload()
{
    m_message->hide();
    if (m_studentId == 0) {
        m_model->clear();
        return;
    }
    if (Status s = m_model->load(m_context.db(), m_context.session(), m_studentId); !s) {
        m_message->setText(s.error().message);
        m_message->show();
        m_steps->clear();
        return;
    }
    m_view->resizeColumnToContents(TimelineModel::DateColumn);
    m_view->resizeColumnToContents(TimelineModel::KindColumn);
    if (m_model->rowCount() == 0)
        m_message->setText(m_filter->currentIndex() > 0 ? tr("Nothing of this kind is logged yet.")
                                                        : tr("Nothing is logged yet. Start with the initial meeting with "
                                                             "home (Record \u2192 Contact) and plan the first 1:1 session."));
    m_message->setVisible(m_model->rowCount() == 0);

    const QDate today = QDate::currentDate();
    auto facts = CaseloadDashboard(m_context.db()).factsFor(m_context.session(), m_studentId);
    if (facts) {
        const FiveStepProgress p = FiveSteps::evaluate(*facts, today);
        QStringList strip;
        for (const StepState &s : p.steps)
            strip << (s.done ? QStringLiteral("\u2713 ") : (int(s.step) == p.current ? QStringLiteral("\u25b6 ") : QString()))
                    + FiveSteps::title(s.step);
        m_steps->setText(tr("Five steps: %1\n%2").arg(strip.join(QStringLiteral("  \u00b7  ")), p.summary));
    } else {
        m_steps->setText(facts.error().message);
    }
    const auto isChecked = LogEntryStore(m_context.db()).isCheckedIn(m_context.session(), m_studentId, today);
    const bool checked = isChecked && *isChecked;
    m_checkIn->setText(checked ? tr("\u2713 Checked in today (undo)") : tr("&Check in today"));
    m_checkIn->setEnabled(facts.ok());

    m_targets->clear();
    if (auto targets = TargetStore(m_context.db()).forStudent(m_context.session(), m_studentId)) {
        const QLocale locale;
        for (const SmartTarget &t : std::as_const(*targets)) {
            auto *item = new QListWidgetItem(tr("%1\n%2 \u00b7 due %3")
                                                 .arg(t.title, labelOf(t.status), locale.toString(t.dueOn, QStringLiteral("d MMM"))),
                                             m_targets);
            item->setData(Qt::UserRole, t.id);
            item->setData(Qt::UserRole + 1, int(t.status));
        }
    }
    m_objectives->clear();
    if (auto objectives = CaseStore(m_context.db()).objectives(m_context.session(), m_studentId))
        for (const Objective &o : std::as_const(*objectives))
            m_objectives->addItem(o.status == ObjectiveStatus::Active ? o.text : tr("%1 (%2)").arg(o.text, labelOf(o.status).toLower()));
}

void MentoringLogTab::toggleCheckIn()
{
    LogEntryStore store(m_context.db());
    const QDate today = QDate::currentDate();
    const auto isChecked = store.isCheckedIn(m_context.session(), m_studentId, today);
    if (!isChecked) {
        Q_EMIT statusMessage(isChecked.error().message);
        return;
    }
    if (*isChecked) {
        if (Status s = store.undoCheckIn(m_context.session(), m_studentId, today); !s) {
            Q_EMIT statusMessage(s.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Check-in undone."));
    } else {
        if (auto added = store.checkIn(m_context.session(), m_studentId, today); !added) {
            Q_EMIT statusMessage(added.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Checked in for today."));
    }
    m_context.notifyChanged(QStringLiteral("mentoring"));
}

void MentoringLogTab::newSession()
{
    NewSessionDialog dialog(m_context, m_studentId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SessionEditorDialog editor(m_context, dialog.sessionId(), this);
    editor.exec();
}

void MentoringLogTab::record(EntryKind kind)
{
    LogEntryDialog dialog(m_context, m_studentId, kind, this);
    dialog.exec();
}

void MentoringLogTab::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const TimelineItem &item = m_model->itemAt(row);
    switch (item.kind) {
    case TimelineKind::Session: {
        SessionEditorDialog dialog(m_context, item.id, this);
        dialog.exec();
        return;
    }
    case TimelineKind::Target: {
        auto t = TargetStore(m_context.db()).get(m_context.session(), item.id);
        if (!t) {
            Q_EMIT statusMessage(t.error().message);
            return;
        }
        TargetDialog dialog(m_context, *t, this);
        dialog.exec();
        return;
    }
    case TimelineKind::Objective: {
        PlanDialog dialog(m_context, m_studentId, this);
        dialog.exec();
        return;
    }
    case TimelineKind::CheckIn:
        return;
    default: {
        auto e = LogEntryStore(m_context.db()).get(m_context.session(), item.id);
        if (!e) {
            Q_EMIT statusMessage(e.error().message);
            return;
        }
        if (e->hidden) {
            Q_EMIT statusMessage(Restricted::refusal());
            return;
        }
        LogEntryDialog dialog(m_context, *e, this);
        dialog.exec();
    }
    }
}

void MentoringLogTab::targetMet()
{
    QListWidgetItem *item = m_targets->currentItem();
    if (!item) {
        Q_EMIT statusMessage(tr("Choose the target that was met."));
        return;
    }
    auto prompt = TargetStore(m_context.db()).setStatus(m_context.session(), item->data(Qt::UserRole).toLongLong(),
                                                        TargetStatus::Met, QDate::currentDate());
    if (!prompt) {
        Q_EMIT statusMessage(prompt.error().message);
        return;
    }
    const qint64 met = item->data(Qt::UserRole).toLongLong();
    m_context.notifyChanged(QStringLiteral("mentoring"));
    // Reference 004: a student who completes a goal is encouraged to develop a new target.
    if (*prompt && MessageBox::question(this, tr("Target met"),
                                        tr("Well done to the student. Agree a new target with them now?"),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                       == QMessageBox::Yes) {
        TargetDialog dialog(m_context, m_studentId, met, this);
        dialog.exec();
    }
}

void MentoringLogTab::progressNote()
{
    QListWidgetItem *item = m_targets->currentItem();
    if (!item) {
        Q_EMIT statusMessage(tr("Choose the target the note is about."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Progress note"));
    dialog.setAccessibleName(tr("Progress note"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QPlainTextEdit(&dialog);
    text->setAccessibleName(tr("Progress note"));
    text->setTabChangesFocus(true);
    layout->addWidget(text);
    auto *error = new QLabel(&dialog);
    error->setAccessibleName(tr("Problem"));
    error->hide();
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (auto id = TargetStore(m_context.db()).addProgress(m_context.session(), item->data(Qt::UserRole).toLongLong(),
                                                              QDate::currentDate(), text->toPlainText());
            !id) {
            error->setText(id.error().message);
            error->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        m_context.notifyChanged(QStringLiteral("mentoring"));
}

} // namespace md::ui
