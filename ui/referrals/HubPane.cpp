// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/HubPane.h"

#include "common/MessageBox.h"
#include "interventions/InterventionStore.h"
#include "interventions/ReviewDialog.h"
#include "referrals/ActionPlansDialog.h"
#include "referrals/DecisionPanel.h"
#include "referrals/DocumentPrinter.h"
#include "referrals/HubAgendaModel.h"
#include "referrals/HubDocuments.h"
#include "referrals/HubReviewModel.h"
#include "referrals/MeetingDialog.h"
#include "shell/DeskContext.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}
} // namespace

HubPane::HubPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_agendaModel(new HubAgendaModel(this)), m_reviewModel(new HubReviewModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Assessment hub"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *bar = new QHBoxLayout;
    auto *meetingLabel = new QLabel(tr("&Meeting:"), this);
    m_meetings = new QComboBox(this);
    m_meetings->setAccessibleName(tr("Hub meeting"));
    m_meetings->setMinimumWidth(280);
    meetingLabel->setBuddy(m_meetings);
    auto *schedule = new QPushButton(tr("&Schedule meeting…"), this);
    schedule->setAccessibleName(tr("Schedule a hub meeting"));
    auto *edit = new QPushButton(tr("Attendees and &notes…"), this);
    edit->setAccessibleName(tr("Attendees and notes"));
    m_held = new QPushButton(tr("Mark &held"), this);
    m_held->setAccessibleName(tr("Mark the meeting as held"));
    auto *documents = new QPushButton(tr("&Documents"), this);
    documents->setAccessibleName(tr("Minutes, action plans and bulletin"));
    auto *menu = new QMenu(documents);
    menu->addAction(tr("&Print minutes…"), this,
                    [this] { DocumentPrinter::print(this, minutesHtml(), tr("Minutes")); });
    menu->addAction(tr("Minutes print pre&view…"), this,
                    [this] { DocumentPrinter::preview(this, minutesHtml(), tr("Minutes")); });
    menu->addAction(tr("Save minutes as P&DF…"), this, [this] {
        const QString path = DocumentPrinter::savePdf(
            this, minutesHtml(), tr("Minutes"),
            QStringLiteral("hub-minutes-%1.pdf").arg(m_meetings->currentData(Qt::UserRole + 1).toString()));
        if (!path.isEmpty())
            m_message->setText(tr("Minutes saved to %1").arg(path));
    });
    menu->addSeparator();
    menu->addAction(tr("&Action plans…"), this, &HubPane::showActionPlans);
    menu->addAction(tr("Staff &bulletin…"), this, &HubPane::showBulletin);
    documents->setMenu(menu);
    bar->addWidget(meetingLabel);
    bar->addWidget(m_meetings);
    bar->addWidget(schedule);
    bar->addWidget(edit);
    bar->addWidget(m_held);
    bar->addWidget(documents);
    bar->addStretch();
    layout->addLayout(bar);

    m_meetingInfo = new QLabel(this);
    m_meetingInfo->setWordWrap(true);
    m_meetingInfo->setAccessibleName(tr("About the meeting"));
    layout->addWidget(m_meetingInfo);

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *agendaLabel = new QLabel(tr("&Agenda"), left);
    m_agenda = makeTable(m_agendaModel, tr("Agenda"), left);
    agendaLabel->setBuddy(m_agenda);
    leftLayout->addWidget(agendaLabel);
    leftLayout->addWidget(m_agenda, 3);
    auto *reviewLabel = new QLabel(tr("Interventions to re&view"), left);
    m_reviews = makeTable(m_reviewModel, tr("Interventions to review"), left);
    reviewLabel->setBuddy(m_reviews);
    leftLayout->addWidget(reviewLabel);
    leftLayout->addWidget(m_reviews, 2);
    m_review = new QPushButton(tr("Review the selected &intervention…"), left);
    m_review->setAccessibleName(tr("Review the selected intervention"));
    leftLayout->addWidget(m_review);
    m_panel = new DecisionPanel(context.db(), context.session(), splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 640});
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("What happens next"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_meetings, &QComboBox::currentIndexChanged, this, &HubPane::meetingChanged);
    connect(schedule, &QPushButton::clicked, this, &HubPane::scheduleMeeting);
    connect(edit, &QPushButton::clicked, this, &HubPane::editMeeting);
    connect(m_held, &QPushButton::clicked, this, &HubPane::markHeld);
    connect(m_review, &QPushButton::clicked, this, &HubPane::reviewSelected);
    connect(m_reviews, &QTableView::activated, this, &HubPane::reviewSelected);
    connect(m_agenda->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HubPane::agendaRowChanged);
    // Enter on an agenda row goes to the decision, so the whole meeting runs from the keyboard.
    connect(m_agenda, &QTableView::activated, this, [this] { m_panel->focusDecision(); });
    connect(m_panel, &DecisionPanel::decided, this, [this](const DecisionDone &done) {
        const int row = m_agenda->currentIndex().row();
        Q_EMIT statusMessage(tr("Decision recorded."));
        this->context().notifyChanged(QStringLiteral("referrals"));
        this->context().notifyChanged(QStringLiteral("interventions"));
        showMeeting(currentMeetingId());
        const int next = m_agendaModel->nextUndecided(row + 1);
        if (next >= 0) {
            m_agenda->setCurrentIndex(m_agendaModel->index(next, 0));
            m_panel->focusDecision();
        } else {
            m_agenda->setCurrentIndex(m_agendaModel->index(row, 0));
            m_agenda->setFocus();
        }
        // Last, so moving along the agenda does not replace what must happen next.
        m_message->setText(done.prompts.join(QLatin1Char('\n')));
    });
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("referrals") || what == QLatin1String("interventions") ||
            what == QLatin1String("provision")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
}

void HubPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *HubPane::primaryFocus()
{
    return m_agenda;
}

qint64 HubPane::currentMeetingId() const
{
    return m_meetings->currentData().toLongLong();
}

void HubPane::reload()
{
    m_stale = false;
    const qint64 keep = currentMeetingId();
    m_panel->reload();
    m_meetings->blockSignals(true);
    m_meetings->clear();
    auto meetings = HubStore(context().db()).meetings(context().session());
    if (!meetings) {
        m_meetingInfo->setText(meetings.error().message);
        m_meetings->blockSignals(false);
        return;
    }
    // Newest first; the next planned meeting is the one to open.
    int open = -1;
    for (const HubMeeting &m : std::as_const(*meetings)) {
        m_meetings->addItem(tr("%1 · %2 · %n referral(s)", nullptr, m.agendaCount)
                                .arg(QLocale().toString(m.heldOn, QLocale::ShortFormat), labelOf(m.status)),
                            m.id);
        m_meetings->setItemData(m_meetings->count() - 1, m.heldOn.toString(Qt::ISODate), Qt::UserRole + 1);
        if (m.status == MeetingStatus::Planned)
            open = m_meetings->count() - 1;
    }
    const int kept = m_meetings->findData(keep);
    m_meetings->setCurrentIndex(kept >= 0 ? kept : (open >= 0 ? open : 0));
    m_meetings->blockSignals(false);
    if (m_meetings->count() == 0) {
        m_agendaModel->clear();
        m_reviewModel->clear();
        m_panel->clearReferral();
        m_meetingInfo->setText(tr("No hub meetings yet. Schedule one (Alt+S): referrals waiting for the hub go onto "
                                  "its agenda."));
        m_held->setEnabled(false);
        return;
    }
    meetingChanged();
}

void HubPane::meetingChanged()
{
    showMeeting(currentMeetingId());
}

void HubPane::showMeeting(qint64 meetingId)
{
    const int index = m_meetings->findData(meetingId);
    if (index >= 0 && index != m_meetings->currentIndex()) {
        m_meetings->blockSignals(true);
        m_meetings->setCurrentIndex(index);
        m_meetings->blockSignals(false);
    }
    auto meeting = HubStore(context().db()).meeting(context().session(), meetingId);
    if (!meeting) {
        m_meetingInfo->setText(meeting.error().message);
        return;
    }
    QStringList who;
    for (const HubAttendee &a : std::as_const(meeting->attendees))
        who << (a.name.isEmpty() ? a.role : a.role.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.role));
    m_meetingInfo->setText(tr("%1 · %2. Attendees: %3")
                               .arg(meeting->title(), labelOf(meeting->status),
                                    who.isEmpty() ? tr("none recorded") : who.join(QStringLiteral(", "))));
    m_held->setEnabled(meeting->status == MeetingStatus::Planned);
    if (Status s = m_agendaModel->load(context().db(), context().session(), meetingId); !s)
        m_message->setText(s.error().message);
    if (Status s = m_reviewModel->load(context().db(), context().session(), meetingId); !s)
        m_message->setText(s.error().message);
    m_agenda->resizeColumnsToContents();
    m_reviews->resizeColumnsToContents();
    m_review->setEnabled(m_reviewModel->rowCount() > 0);
    const int first = m_agendaModel->nextUndecided(0);
    if (m_agendaModel->rowCount() > 0)
        m_agenda->setCurrentIndex(m_agendaModel->index(first >= 0 ? first : 0, 0));
    else
        m_panel->clearReferral();
    agendaRowChanged();
}

void HubPane::agendaRowChanged()
{
    const QModelIndex index = m_agenda->currentIndex();
    if (!index.isValid()) {
        m_panel->clearReferral();
        return;
    }
    const AgendaItem &item = m_agendaModel->rowAt(index.row());
    if (item.decision) {
        m_panel->clearReferral();
        m_message->setText(tr("Decided: %1").arg(item.decision->summary()));
        return;
    }
    auto meeting = HubStore(context().db()).meeting(context().session(), currentMeetingId());
    m_panel->setReferral(item.referral, currentMeetingId(), meeting ? meeting->heldOn : QDate::currentDate());
}

void HubPane::scheduleMeeting()
{
    MeetingDialog dialog(context(), 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    context().notifyChanged(QStringLiteral("referrals"));
    reload();
    showMeeting(dialog.meetingId());
}

void HubPane::editMeeting()
{
    if (currentMeetingId() == 0)
        return;
    MeetingDialog dialog(context(), currentMeetingId(), this);
    if (dialog.exec() == QDialog::Accepted)
        showMeeting(currentMeetingId());
}

void HubPane::markHeld()
{
    const qint64 id = currentMeetingId();
    if (id == 0)
        return;
    const int undecided = [this] {
        int n = 0;
        for (int r = 0; r < m_agendaModel->rowCount(); ++r)
            n += m_agendaModel->rowAt(r).decision ? 0 : 1;
        return n;
    }();
    if (undecided > 0 &&
        MessageBox::question(this, tr("Mark the meeting as held"),
                             tr("%n referral(s) on the agenda have no decision. They go onto the next meeting "
                                "scheduled. Mark the meeting as held?",
                                nullptr, undecided)) != QMessageBox::Yes)
        return;
    if (Status s = HubStore(context().db()).markHeld(context().session(), id, QDate::currentDate()); !s) {
        m_message->setText(s.error().message);
        return;
    }
    reload();
}

void HubPane::reviewSelected()
{
    const QModelIndex index = m_reviews->currentIndex();
    if (!index.isValid()) {
        m_message->setText(tr("Choose an intervention to review in the list first."));
        return;
    }
    const ReviewItem &item = m_reviewModel->rowAt(index.row());
    if (item.review) {
        m_message->setText(tr("That intervention was reviewed at this meeting: %1.").arg(labelOf(item.review->result)));
        return;
    }
    auto meeting = HubStore(context().db()).meeting(context().session(), currentMeetingId());
    ReviewDialog dialog(context().db(), context().session(), item.intervention, currentMeetingId(),
                        meeting ? meeting->heldOn : QDate::currentDate(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->setText(dialog.done().prompts.join(QLatin1Char('\n')));
    context().notifyChanged(QStringLiteral("interventions"));
    showMeeting(currentMeetingId());
}

QString HubPane::minutesHtml()
{
    auto html = HubDocuments(context().db()).minutesHtml(context().session(), currentMeetingId());
    if (!html) {
        m_message->setText(html.error().message);
        return {};
    }
    return *html;
}

Status HubPane::saveMinutesPdf(const QString &path)
{
    auto html = HubDocuments(context().db()).minutesHtml(context().session(), currentMeetingId());
    if (!html)
        return html.error();
    return HubDocuments::writePdf(*html, path, tr("Minutes"));
}

void HubPane::showActionPlans()
{
    if (currentMeetingId() == 0)
        return;
    ActionPlansDialog dialog(context().db(), context().session(), currentMeetingId(), this);
    dialog.exec();
}

void HubPane::showBulletin()
{
    auto text = HubDocuments(context().db()).bulletinText(context().session(), currentMeetingId());
    if (!text) {
        m_message->setText(text.error().message);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Staff bulletin"));
    dialog.setAccessibleName(tr("Staff bulletin"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("The hub's new actions in simplified form for every member of staff, with no sensitive "
                                "detail. Copy it into the staff bulletin."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *edit = new QPlainTextEdit(*text, &dialog);
    edit->setReadOnly(true);
    edit->setAccessibleName(tr("Bulletin text"));
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setAccessibleName(tr("Copy the bulletin text"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, &dialog, [edit] { QApplication::clipboard()->setText(edit->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(560, 380);
    dialog.exec();
}

} // namespace md::ui
