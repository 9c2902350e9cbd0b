// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/ReviewDialog.h"

#include "common/VersionedSave.h"
#include "interventions/AllocationService.h"
#include "interventions/ProvisionTypeModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace md::ui {

ReviewDialog::ReviewDialog(Database &db, const Session &session, const Intervention &intervention, qint64 meetingId,
                           const QDate &date, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_intervention(intervention), m_meetingId(meetingId)
{
    setWindowTitle(tr("Review: %1").arg(intervention.student.displayName()));
    setAccessibleName(tr("Review an intervention"));
    auto *layout = new QVBoxLayout(this);
    auto *about =
        new QLabel(tr("%1, stage %2, keyworker %3. Started %4.")
                       .arg(intervention.provisionName)
                       .arg(intervention.stage)
                       .arg(intervention.keyworkerName.isEmpty() ? tr("not allocated") : intervention.keyworkerName,
                            intervention.startedOn.toString(Qt::ISODate)),
                   this);
    about->setWordWrap(true);
    layout->addWidget(about);
    if (!intervention.objectives.isEmpty()) {
        m_objectivesLabel =
            new QLabel(tr("Objectives: %1").arg(intervention.objectives.join(QStringLiteral("; "))), this);
        m_objectivesLabel->setWordWrap(true);
        layout->addWidget(m_objectivesLabel);
    }
    auto *form = new QFormLayout;
    m_date = new QDateEdit(date.isValid() ? date : QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date of the review"));
    form->addRow(tr("&Date:"), m_date);
    m_progress = new QPlainTextEdit(this);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setPlaceholderText(tr("Progress against the objectives"));
    m_progress->setTabChangesFocus(true);
    m_progress->setMaximumHeight(70);
    form->addRow(tr("&Progress:"), m_progress);
    m_impact = new QPlainTextEdit(this);
    m_impact->setAccessibleName(tr("Impact"));
    m_impact->setPlaceholderText(tr("Impact on attendance, behaviour, wellbeing"));
    m_impact->setTabChangesFocus(true);
    m_impact->setMaximumHeight(70);
    form->addRow(tr("&Impact:"), m_impact);
    layout->addLayout(form);

    auto *results = new QGroupBox(tr("Then"), this);
    auto *resultsLayout = new QHBoxLayout(results);
    m_results = new QButtonGroup(this);
    const std::pair<ReviewResult, QString> labels[] = {
        {ReviewResult::Continue, tr("&Continue")},
        {ReviewResult::Change, tr("C&hange")},
        {ReviewResult::Conclude, tr("Co&nclude")},
    };
    for (const auto &[result, label] : labels) {
        auto *b = new QRadioButton(label, results);
        b->setAccessibleName(labelOf(result));
        m_results->addButton(b, int(result));
        resultsLayout->addWidget(b);
    }
    m_results->button(int(ReviewResult::Continue))->setChecked(true);
    layout->addWidget(results);

    m_nextBox = new QWidget(this);
    auto *nextForm = new QFormLayout(m_nextBox);
    nextForm->setContentsMargins(0, 0, 0, 0);
    m_next = new QDateEdit(m_date->date().addDays(7 * ProvisionMap::kTermWeeks), m_nextBox);
    m_next->setCalendarPopup(true);
    m_next->setAccessibleName(tr("Next review"));
    nextForm->addRow(tr("Ne&xt review:"), m_next);
    layout->addWidget(m_nextBox);

    m_changeBox = new QWidget(this);
    auto *change = new QFormLayout(m_changeBox);
    change->setContentsMargins(0, 0, 0, 0);
    m_type = new QComboBox(m_changeBox);
    m_type->setAccessibleName(tr("Change the intervention to"));
    m_type->addItem(tr("Keep %1").arg(intervention.provisionName), qint64(0));
    ProvisionTypeModel types;
    if (types.load(db))
        for (int r = 0; r < types.rowCount(); ++r)
            if (types.rowAt(r).id != intervention.provisionTypeId)
                m_type->addItem(types.index(r, 0).data(ProvisionTypeModel::ChoiceTextRole).toString(),
                                types.rowAt(r).id);
    change->addRow(tr("In&tervention:"), m_type);
    m_keyworker = new QComboBox(m_changeBox);
    m_keyworker->setAccessibleName(tr("Change the keyworker to"));
    m_keyworker->addItem(
        tr("Keep %1").arg(intervention.keyworkerName.isEmpty() ? tr("no keyworker") : intervention.keyworkerName),
        qint64(0));
    if (auto loads = AllocationService(db).loads(session))
        for (const MentorLoad &m : std::as_const(*loads))
            if (m.mentorId != intervention.keyworkerId)
                m_keyworker->addItem(tr("%1 · %2").arg(m.name, m.summary()), m.mentorId);
    change->addRow(tr("&Keyworker:"), m_keyworker);
    m_override = new QLineEdit(m_changeBox);
    m_override->setAccessibleName(tr("Reason for assigning over capacity"));
    m_override->setPlaceholderText(tr("Only needed when the new keyworker is full"));
    change->addRow(tr("Over capacity &because:"), m_override);
    for (int i = 0; i < ProvisionMap::kMaxObjectives; ++i) {
        auto *edit = new QLineEdit(intervention.objectives.value(i), m_changeBox);
        edit->setAccessibleName(tr("Objective %1").arg(i + 1));
        m_objectives << edit;
        change->addRow(i == 0 ? tr("&Objectives:") : QString(), edit);
    }
    layout->addWidget(m_changeBox);

    m_concludeBox = new QWidget(this);
    auto *conclude = new QFormLayout(m_concludeBox);
    conclude->setContentsMargins(0, 0, 0, 0);
    m_outcome = new QComboBox(m_concludeBox);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Choose the outcome"), QString());
    for (InterventionOutcome o : enumValues<InterventionOutcome>())
        m_outcome->addItem(labelOf(o), toCode(o));
    conclude->addRow(tr("O&utcome:"), m_outcome);
    m_report = new QPlainTextEdit(m_concludeBox);
    m_report->setAccessibleName(tr("Conclusion report"));
    m_report->setPlaceholderText(tr("The keyworker's conclusion report"));
    m_report->setTabChangesFocus(true);
    conclude->addRow(tr("Conclusion &report:"), m_report);
    layout->addWidget(m_concludeBox);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record review"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Record review"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);
    connect(m_results, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateFields();
    });
    updateFields();
    resize(560, 560);
}

QRadioButton *ReviewDialog::resultButton(ReviewResult result) const
{
    return qobject_cast<QRadioButton *>(m_results->button(int(result)));
}

void ReviewDialog::updateFields()
{
    const auto result = ReviewResult(m_results->checkedId());
    m_nextBox->setVisible(result != ReviewResult::Conclude);
    m_changeBox->setVisible(result == ReviewResult::Change);
    m_concludeBox->setVisible(result == ReviewResult::Conclude);
}

void ReviewDialog::accept()
{
    ReviewInput in;
    in.interventionId = m_intervention.id;
    in.meetingId = m_meetingId;
    in.reviewedOn = m_date->date();
    in.progress = m_progress->toPlainText();
    in.impact = m_impact->toPlainText();
    in.result = ReviewResult(m_results->checkedId());
    in.nextReviewOn = m_next->date();
    if (in.result == ReviewResult::Change) {
        in.newProvisionTypeId = m_type->currentData().toLongLong();
        in.newKeyworkerId = m_keyworker->currentData().toLongLong();
        in.overrideReason = m_override->text();
        QStringList objectives;
        for (QLineEdit *o : std::as_const(m_objectives))
            objectives << o->text();
        QStringList current = m_intervention.objectives;
        QStringList trimmed;
        for (const QString &o : std::as_const(objectives))
            if (!o.trimmed().isEmpty())
                trimmed << o.trimmed();
        if (trimmed != current)
            in.newObjectives = objectives;
    }
    if (in.result == ReviewResult::Conclude) {
        in.outcome = enumFromCode<InterventionOutcome>(m_outcome->currentData().toString());
        in.conclusionReport = m_report->toPlainText();
    }
    // From the version this dialog opened: objectives (or anything else) saved at another desk since
    // are shown beside this review's (ConflictDialog), never written over unasked.
    in.expectedVersion = m_intervention.rowVersion;
    in.openedObjectives = m_intervention.objectives;
    auto showError = [this](const Error &e) {
        m_error->setText(e.message);
        m_error->show();
    };
    const auto outcome = VersionedSave(this, m_db, m_session.actor())
                             .onProblem(showError)
                             .onDiscarded([this] { showStored(); })
                             .run(m_intervention.rowVersion, [&](int version) -> Status {
                                 ReviewInput at = in;
                                 at.expectedVersion = version;
                                 auto done = InterventionStore(m_db).review(m_session, at);
                                 if (!done)
                                     return done.error();
                                 m_done = *done;
                                 return {};
                             });
    if (outcome == ConflictDialog::Outcome::Saved)
        QDialog::accept();
}

void ReviewDialog::showStored()
{
    // The user kept the other desk's version: show it, keep what they typed about the review.
    auto fresh = InterventionStore(m_db).get(m_session, m_intervention.id);
    if (!fresh) {
        m_error->setText(fresh.error().message);
        m_error->show();
        return;
    }
    m_intervention = *fresh;
    for (int i = 0; i < m_objectives.size(); ++i)
        m_objectives.at(i)->setText(m_intervention.objectives.value(i));
    if (m_objectivesLabel)
        m_objectivesLabel->setText(tr("Objectives: %1").arg(m_intervention.objectives.join(QStringLiteral("; "))));
    m_error->setText(tr("Not recorded: the intervention was changed at another desk, and its saved version is shown "
                        "now. Record the review again if it still stands."));
    m_error->show();
}

} // namespace md::ui
