// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/DecisionPanel.h"

#include "interventions/AllocationService.h"
#include "interventions/CriteriaChecklistModel.h"
#include "interventions/ProvisionTypeModel.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace md::ui {

namespace {
constexpr int kFullRole = Qt::UserRole + 10;
} // namespace

DecisionPanel::DecisionPanel(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_types(new ProvisionTypeModel(this)),
      m_criteriaModel(new CriteriaChecklistModel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    m_heading = new QLabel(tr("Choose a referral on the agenda."), content);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_heading->setFont(f);
    m_heading->setAccessibleName(tr("Referral being decided"));
    layout->addWidget(m_heading);
    m_summary = new QLabel(content);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Referral summary"));
    layout->addWidget(m_summary);

    auto *kinds = new QGroupBox(tr("Decision"), content);
    auto *kindsLayout = new QGridLayout(kinds);
    m_kinds = new QButtonGroup(this);
    const std::pair<HubDecisionKind, QString> labels[] = {
        {HubDecisionKind::PlannedIntervention, tr("&1 Planned intervention")},
        {HubDecisionKind::MonitorAndReview, tr("&2 Monitor and review")},
        {HubDecisionKind::NoIntervention, tr("&3 No intervention required")},
        {HubDecisionKind::SenAssessment, tr("&4 SEN assessment")},
    };
    int place = 0;
    for (const auto &[kind, label] : labels) {
        auto *button = new QRadioButton(label, kinds);
        button->setAccessibleName(labelOf(kind));
        m_kinds->addButton(button, int(kind));
        kindsLayout->addWidget(button, place / 2, place % 2);
        ++place;
    }
    layout->addWidget(kinds);

    // Planned intervention.
    m_plannedBox = new QWidget(content);
    auto *planned = new QFormLayout(m_plannedBox);
    planned->setContentsMargins(0, 0, 0, 0);
    m_intervention = new QComboBox(m_plannedBox);
    m_intervention->setAccessibleName(tr("Intervention"));
    planned->addRow(tr("&Intervention:"), m_intervention);
    m_typeInfo = new QLabel(m_plannedBox);
    m_typeInfo->setWordWrap(true);
    m_typeInfo->setAccessibleName(tr("About the intervention"));
    planned->addRow(QString(), m_typeInfo);
    m_criteria = new QListView(m_plannedBox);
    m_criteria->setModel(m_criteriaModel);
    m_criteria->setAccessibleName(tr("Criteria the student meets"));
    m_criteria->setAccessibleDescription(tr("Tick with Space each criterion the student meets, as evidence."));
    m_criteria->setWordWrap(true);
    m_criteria->setMinimumHeight(90);
    planned->addRow(tr("Criteria &met:"), m_criteria);
    m_keyworker = new QComboBox(m_plannedBox);
    m_keyworker->setAccessibleName(tr("Keyworker"));
    planned->addRow(tr("&Keyworker:"), m_keyworker);
    m_senKeyworker = new QCheckBox(tr("High-needs SEN &keyworker case (outside the caseload)"), m_plannedBox);
    m_senKeyworker->setAccessibleName(tr("High-needs SEN keyworker case"));
    planned->addRow(QString(), m_senKeyworker);
    m_overrideLabel = new QLabel(tr("Over capacity, &because:"), m_plannedBox);
    m_override = new QLineEdit(m_plannedBox);
    m_override->setAccessibleName(tr("Reason for assigning over capacity"));
    m_override->setPlaceholderText(tr("Why this mentor despite a full caseload"));
    m_overrideLabel->setBuddy(m_override);
    planned->addRow(m_overrideLabel, m_override);
    m_timescale = new QLineEdit(m_plannedBox);
    m_timescale->setAccessibleName(tr("Timescale"));
    planned->addRow(tr("&Timescale:"), m_timescale);
    m_review = new QDateEdit(m_plannedBox);
    m_review->setCalendarPopup(true);
    m_review->setAccessibleName(tr("Review date"));
    planned->addRow(tr("Re&view by:"), m_review);
    m_support = new QLineEdit(m_plannedBox);
    m_support->setAccessibleName(tr("External support needed"));
    m_support->setPlaceholderText(tr("None, or the agency"));
    planned->addRow(tr("E&xternal support:"), m_support);
    for (int i = 0; i < ProvisionMap::kMaxObjectives; ++i) {
        auto *edit = new QLineEdit(m_plannedBox);
        edit->setAccessibleName(tr("Objective %1").arg(i + 1));
        m_objectives << edit;
        planned->addRow(i == 0 ? tr("&Objectives:") : QString(), edit);
    }
    layout->addWidget(m_plannedBox);

    // Monitor and review.
    m_monitorBox = new QWidget(content);
    auto *monitor = new QFormLayout(m_monitorBox);
    monitor->setContentsMargins(0, 0, 0, 0);
    m_monitorInfo = new QLabel(m_monitorBox);
    m_monitorInfo->setWordWrap(true);
    m_monitorInfo->setAccessibleName(tr("Who monitors"));
    monitor->addRow(m_monitorInfo);
    m_monitorName = new QLineEdit(m_monitorBox);
    m_monitorName->setAccessibleName(tr("Name of who monitors"));
    monitor->addRow(tr("&Name:"), m_monitorName);
    layout->addWidget(m_monitorBox);

    m_notes = new QPlainTextEdit(content);
    m_notes->setAccessibleName(tr("Notes for the minutes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    auto *notesLabel = new QLabel(tr("No&tes for the minutes:"), content);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);

    m_error = new QLabel(content);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("&Record decision"), content);
    m_record->setAccessibleName(tr("Record decision"));
    m_record->setToolTip(tr("Ctrl+Return"));
    buttons->addStretch();
    buttons->addWidget(m_record);
    layout->addLayout(buttons);
    layout->addStretch();

    auto *recordShortcut = new QAction(this);
    recordShortcut->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    recordShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(recordShortcut);
    connect(recordShortcut, &QAction::triggered, this, &DecisionPanel::record);
    connect(m_record, &QPushButton::clicked, this, &DecisionPanel::record);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateFields();
    });
    connect(m_intervention, &QComboBox::currentIndexChanged, this, &DecisionPanel::interventionChosen);
    connect(m_keyworker, &QComboBox::currentIndexChanged, this, &DecisionPanel::keyworkerChosen);
    connect(m_senKeyworker, &QCheckBox::toggled, this, &DecisionPanel::keyworkerChosen);

    reload();
    clearReferral();
}

QRadioButton *DecisionPanel::decisionButton(HubDecisionKind kind) const
{
    return qobject_cast<QRadioButton *>(m_kinds->button(int(kind)));
}

void DecisionPanel::reload()
{
    const qint64 type = m_intervention->currentData().toLongLong();
    const qint64 keyworker = m_keyworker->currentData().toLongLong();
    m_intervention->blockSignals(true);
    m_intervention->clear();
    if (m_types->load(m_db))
        for (int r = 0; r < m_types->rowCount(); ++r)
            m_intervention->addItem(m_types->index(r, 0).data(ProvisionTypeModel::ChoiceTextRole).toString(),
                                    m_types->rowAt(r).id);
    m_intervention->setCurrentIndex(std::max(0, m_intervention->findData(type)));
    m_intervention->blockSignals(false);

    m_keyworker->blockSignals(true);
    m_keyworker->clear();
    m_keyworker->addItem(tr("Allocate later (the allocation queue)"), qint64(0));
    if (auto loads = AllocationService(m_db).loads(m_session)) {
        for (const MentorLoad &m : std::as_const(*loads)) {
            m_keyworker->addItem(tr("%1 · %2").arg(m.name, m.summary()), m.mentorId);
            m_keyworker->setItemData(m_keyworker->count() - 1, m.full(), kFullRole);
            m_keyworker->setItemData(m_keyworker->count() - 1, m.senFull(), kFullRole + 1);
        }
    }
    m_keyworker->setCurrentIndex(std::max(0, m_keyworker->findData(keyworker)));
    m_keyworker->blockSignals(false);
    interventionChosen();
    keyworkerChosen();
}

void DecisionPanel::clearReferral()
{
    m_referral = Referral();
    m_meetingId = 0;
    m_heading->setText(tr("Choose a referral on the agenda."));
    m_summary->clear();
    setEnabled(false);
    m_kinds->setExclusive(false);
    for (QAbstractButton *b : m_kinds->buttons())
        b->setChecked(false);
    m_kinds->setExclusive(true);
    updateFields();
}

void DecisionPanel::setReferral(const Referral &referral, qint64 meetingId, const QDate &date)
{
    m_referral = referral;
    m_meetingId = meetingId;
    m_date = date;
    setEnabled(true);
    m_error->hide();
    const Student &s = referral.student;
    m_heading->setText(tr("%1 (%2)").arg(s.displayName(), s.tutorGroup));
    QStringList lines;
    lines << tr("%1 · %2 · referred %3 by %4 (%5)")
                 .arg(labelOf(referral.concern), labelOf(referral.urgency),
                      QLocale().toString(referral.referredOn, QLocale::ShortFormat), referral.referrerName,
                      labelOf(referral.requestedBy));
    if (!s.badges().isEmpty())
        lines << tr("Flags: %1").arg(s.badges().join(QStringLiteral(", ")));
    lines << referral.description;
    if (!referral.observations.isEmpty())
        lines << tr("Learning support: %1").arg(referral.observations);
    if (!referral.suggestedTypeName.isEmpty())
        lines << tr("The referrer had in mind: %1").arg(referral.suggestedTypeName);
    if (referral.status == ReferralStatus::Decided && referral.decision == HubDecisionKind::MonitorAndReview)
        lines << tr("Monitored since %1: record the recommendation, a planned intervention or no intervention.")
                     .arg(QLocale().toString(referral.decidedOn, QLocale::ShortFormat));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    const bool onSen = s.senStatus != SenStatus::None || s.ehcPlan;
    m_senKeyworker->setChecked(false);
    m_senKeyworker->setEnabled(onSen);
    m_monitorInfo->setText(onSen ? tr("The SENCo monitors this student (they are on the SEN register) until the next "
                                      "hub meeting, contacts the parents or carers and then recommends.")
                                 : tr("The director of learning monitors this student until the next hub meeting, "
                                      "contacts the parents or carers and then recommends."));
    m_monitorName->clear();
    m_notes->clear();
    m_timescale->clear();
    m_support->clear();
    m_override->clear();
    for (QLineEdit *o : std::as_const(m_objectives))
        o->clear();
    const int suggested = m_intervention->findData(referral.suggestedTypeId);
    m_intervention->setCurrentIndex(suggested >= 0 ? suggested : 0);
    m_keyworker->setCurrentIndex(0);
    interventionChosen();
    m_kinds->setExclusive(false);
    for (QAbstractButton *b : m_kinds->buttons())
        b->setChecked(false);
    m_kinds->setExclusive(true);
    updateFields();
}

void DecisionPanel::focusDecision()
{
    if (QAbstractButton *b = m_kinds->button(int(HubDecisionKind::PlannedIntervention)))
        b->setFocus();
}

void DecisionPanel::updateFields()
{
    const int kind = m_kinds->checkedId();
    m_plannedBox->setVisible(kind == int(HubDecisionKind::PlannedIntervention));
    m_monitorBox->setVisible(kind == int(HubDecisionKind::MonitorAndReview));
    m_record->setEnabled(kind >= 0);
}

void DecisionPanel::interventionChosen()
{
    const int row = m_types->rowOfType(m_intervention->currentData().toLongLong());
    if (row < 0) {
        m_criteriaModel->setCriteria({});
        m_typeInfo->clear();
        return;
    }
    const ProvisionType &t = m_types->rowAt(row);
    m_criteriaModel->setCriteria(t.criteria);
    QString info = t.description;
    if (!t.duration.isEmpty())
        info += QLatin1Char('\n') + tr("Length: %1").arg(t.duration);
    info += QLatin1Char('\n') + ProvisionMap::stageRequestedBy(t.stage);
    m_typeInfo->setText(info);
    m_timescale->setPlaceholderText(t.duration);
    const QDate from = m_date.isValid() ? m_date : QDate::currentDate();
    m_review->setMinimumDate(from.addDays(1));
    m_review->setDate(t.defaultReviewDate(from));
}

void DecisionPanel::keyworkerChosen()
{
    const int index = m_keyworker->currentIndex();
    const bool full =
        index > 0 && m_keyworker->itemData(index, m_senKeyworker->isChecked() ? kFullRole + 1 : kFullRole).toBool();
    m_overrideLabel->setVisible(full);
    m_override->setVisible(full);
}

void DecisionPanel::record()
{
    if (m_referral.id == 0 || m_kinds->checkedId() < 0) {
        m_error->setText(tr("Choose one of the four decisions first (Alt+1 to Alt+4)."));
        m_error->show();
        return;
    }
    HubDecisionInput in;
    in.referralId = m_referral.id;
    in.meetingId = m_meetingId;
    in.decidedOn = m_date;
    in.kind = HubDecisionKind(m_kinds->checkedId());
    in.notes = m_notes->toPlainText();
    if (in.kind == HubDecisionKind::PlannedIntervention) {
        in.provisionTypeId = m_intervention->currentData().toLongLong();
        in.criteriaIds = m_criteriaModel->checkedIds();
        in.keyworkerId = m_keyworker->currentData().toLongLong();
        in.senKeyworker = m_senKeyworker->isChecked();
        in.overrideReason = m_override->isVisible() ? m_override->text() : QString();
        in.timescale = m_timescale->text();
        in.reviewOn = m_review->date();
        in.externalSupport = m_support->text();
        for (QLineEdit *o : std::as_const(m_objectives))
            in.objectives << o->text();
    } else if (in.kind == HubDecisionKind::MonitorAndReview) {
        in.monitorName = m_monitorName->text();
    }
    auto done = HubStore(m_db).decide(m_session, in);
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT decided(*done);
}

} // namespace md::ui
