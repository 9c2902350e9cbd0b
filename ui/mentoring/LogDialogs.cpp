// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/LogDialogs.h"

#include "common/VersionedSave.h"
#include "live/LiveUpdates.h"

#include "mentoring/CaseStore.h"
#include "mentoring/LogEntryStore.h"
#include "mentoring/SessionStore.h"
#include "mentoring/TargetStore.h"
#include "shell/DeskContext.h"
#include "timetable/LessonTimetable.h"
#include "timetable/SchoolCalendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

namespace {

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setAccessibleName(QCoreApplication::translate("md::ui::LogDialogs", "Problem"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("QLabel { color: #a30000; }"));
    l->hide();
    return l;
}

void showProblem(QLabel *label, const Error &e)
{
    label->setText(e.details.isEmpty() ? e.message : e.message + QLatin1Char('\n') + e.details.join(QLatin1Char('\n')));
    label->show();
}

QDateEdit *dateEdit(const QDate &value, const QString &name, QWidget *parent)
{
    auto *d = new QDateEdit(value.isValid() ? value : QDate::currentDate(), parent);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    d->setAccessibleName(name);
    return d;
}

template <typename E> QComboBox *enumBox(const std::optional<E> &value, const QString &name, QWidget *parent,
                                         const QString &none = {}, const QList<E> &only = {})
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(name);
    if (!none.isEmpty())
        box->addItem(none, QString());
    for (E v : only.isEmpty() ? allValues<E>() : only)
        box->addItem(labelOf(v), codeOf(v));
    if (value)
        box->setCurrentIndex(std::max(0, box->findData(codeOf(*value))));
    return box;
}

// Saves a dialog's versioned record from `version` (VersionedSave): once saved, or once the user
// kept another desk's version, the mentoring views reload and the dialog closes (accepted, or
// rejected for theirs); a problem shows inline and the dialog stays open with the user's edits.
void saveAndClose(QDialog *dialog, DeskContext &context, QLabel *error, int version,
                  const std::function<Status(int version)> &write)
{
    const auto close = [dialog, &context](int result) {
        context.notifyChanged(QStringLiteral("mentoring"));
        dialog->done(result);
    };
    VersionedSave(dialog, context.db(), context.session().actor())
        .onSaved([&] { close(QDialog::Accepted); })
        .onDiscarded([&] { close(QDialog::Rejected); })
        .onProblem([error](const Error &e) { showProblem(error, e); })
        .run(version, write);
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &ok)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    buttons->addButton(ok, QDialogButtonBox::AcceptRole)->setAccessibleName(QString(ok).remove(QLatin1Char('&')));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(QCoreApplication::translate("md::ui::LogDialogs", "Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

// --- LogEntryDialog ------------------------------------------------------------------------

LogEntryDialog::LogEntryDialog(DeskContext &context, qint64 studentId, EntryKind kind, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    m_entry.studentId = studentId;
    m_entry.kind = kind;
    m_entry.occurredOn = QDate::currentDate();
    build();
}

LogEntryDialog::LogEntryDialog(DeskContext &context, const LogEntry &entry, QWidget *parent)
    : QDialog(parent), m_context(context), m_entry(entry)
{
    build();
    watchForOtherDesks();
}

namespace {

bool sameFields(const LogEntry &a, const LogEntry &b)
{
    return a.occurredOn == b.occurredOn && a.title == b.title && a.body == b.body && a.action == b.action
        && a.party == b.party && a.method == b.method && a.purpose == b.purpose && a.consent == b.consent
        && a.outcome == b.outcome && a.followUp == b.followUp && a.followUpOn == b.followUpOn
        && a.followUpDone == b.followUpDone && a.restricted == b.restricted;
}

template <typename E> void setEnum(QComboBox *box, const std::optional<E> &value)
{
    if (box)
        box->setCurrentIndex(std::max(0, box->findData(value ? codeOf(*value) : QString())));
}

} // namespace

void LogEntryDialog::watchForOtherDesks()
{
    if (m_entry.id == 0 || m_entry.hidden)
        return;
    m_liveNote = RecordWatch::makeNote(this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(layout()->count() - 1, m_liveNote);
    m_shown = collect();
    auto *watch = new RecordWatch(m_context, QStringLiteral("mentoring_entries"), m_entry.id, m_liveNote, this);
    watch->hasUnsavedEdits = [this] { return !sameFields(collect(), m_shown); };
    watch->version = [this] { return m_entry.rowVersion; };
    watch->reload = [this]() -> Status {
        auto fresh = LogEntryStore(m_context.db()).get(m_context.session(), m_entry.id);
        if (!fresh)
            return fresh.error();
        showEntry(*fresh);
        return {};
    };
}

void LogEntryDialog::showEntry(const LogEntry &entry)
{
    m_entry = entry;
    m_date->setDate(entry.occurredOn.isValid() ? entry.occurredOn : QDate::currentDate());
    if (m_title)
        m_title->setText(entry.title);
    m_body->setPlainText(entry.body);
    if (m_action)
        m_action->setPlainText(entry.action);
    setEnum(m_party, entry.party);
    setEnum(m_method, entry.method);
    setEnum(m_purpose, entry.purpose);
    setEnum(m_consent, entry.consent);
    setEnum(m_outcome, entry.outcome);
    if (m_followUp) {
        m_followUp->setText(entry.followUp);
        m_hasFollowUpDate->setChecked(entry.followUpOn.isValid());
        if (entry.followUpOn.isValid())
            m_followUpOn->setDate(entry.followUpOn);
        m_followUpDone->setChecked(entry.followUpDone);
    }
    m_restricted->setChecked(entry.restricted);
    m_shown = collect();
}

void LogEntryDialog::build()
{
    const EntryKind kind = m_entry.kind;
    setWindowTitle(labelOf(kind));
    setAccessibleName(labelOf(kind));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_date = dateEdit(m_entry.occurredOn, tr("Date"), this);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);

    QString titleLabel;
    QString bodyLabel = tr("What &happened:");
    QString actionLabel;
    switch (kind) {
    case EntryKind::Contact:
        titleLabel = tr("&Who:");
        bodyLabel = tr("&Summary:");
        break;
    case EntryKind::Observation:
        titleLabel = tr("&Lesson observed:");
        bodyLabel = tr("What was &seen:");
        actionLabel = tr("&Next steps:");
        break;
    case EntryKind::BehaviourIntervention:
        actionLabel = tr("&Action taken:");
        break;
    case EntryKind::ProgressUpdate:
        bodyLabel = tr("&Update:");
        break;
    case EntryKind::TermlyReport:
        titleLabel = tr("&Term:");
        bodyLabel = tr("&Report:");
        break;
    case EntryKind::Review:
        bodyLabel = tr("Progress against the &objectives:");
        actionLabel = tr("&Next steps:");
        break;
    case EntryKind::Note:
        titleLabel = tr("&Title:");
        break;
    }
    if (kind == EntryKind::Contact) {
        m_party = enumBox<ContactParty>(m_entry.party, tr("Who was contacted"), this);
        m_method = enumBox<ContactMethod>(m_entry.method, tr("How"), this);
        m_purpose = enumBox<ContactPurpose>(m_entry.purpose ? m_entry.purpose : std::optional(ContactPurpose::Routine),
                                            tr("What for"), this);
        m_consent = enumBox<Consent>(m_entry.consent, tr("Consent"), this, tr("Not asked"));
        form->addRow(tr("With a:"), m_party);
        form->addRow(tr("&By:"), m_method);
        form->addRow(tr("&About:"), m_purpose);
        form->addRow(tr("&Consent:"), m_consent);
        auto updateConsent = [this] {
            m_consent->setEnabled(m_party->currentData().toString() == codeOf(ContactParty::ParentCarer));
        };
        connect(m_party, &QComboBox::currentIndexChanged, this, updateConsent);
        updateConsent();
    }
    if (!titleLabel.isEmpty()) {
        m_title = new QLineEdit(m_entry.title, this);
        m_title->setAccessibleName(QString(titleLabel).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        if (kind == EntryKind::TermlyReport && m_title->text().isEmpty())
            if (auto cal = SchoolCalendar::load(m_context.db()))
                if (const auto term = cal->termForReporting(QDate::currentDate()))
                    m_title->setText(term->name);
        form->addRow(titleLabel, m_title);
    }
    if (kind == EntryKind::ProgressUpdate || kind == EntryKind::Review) {
        const QList<EntryOutcome> only = kind == EntryKind::ProgressUpdate
            ? QList<EntryOutcome>{EntryOutcome::OnTrack, EntryOutcome::SomeConcerns, EntryOutcome::NotOnTrack}
            : QList<EntryOutcome>{EntryOutcome::Continue, EntryOutcome::NewPlan, EntryOutcome::Ended};
        m_outcome = enumBox<EntryOutcome>(m_entry.outcome, tr("Outcome"), this, QString(), only);
        form->addRow(kind == EntryKind::ProgressUpdate ? tr("&Progress:") : tr("D&ecision:"), m_outcome);
    }
    m_body = new QPlainTextEdit(m_entry.body, this);
    m_body->setAccessibleName(QString(bodyLabel).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_body->setTabChangesFocus(true);
    form->addRow(bodyLabel, m_body);
    if (!actionLabel.isEmpty()) {
        m_action = new QPlainTextEdit(m_entry.action, this);
        m_action->setAccessibleName(QString(actionLabel).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        m_action->setTabChangesFocus(true);
        m_action->setMaximumHeight(m_action->fontMetrics().lineSpacing() * 4 + 12);
        form->addRow(actionLabel, m_action);
    }
    if (kind == EntryKind::Contact) {
        m_followUp = new QLineEdit(m_entry.followUp, this);
        m_followUp->setAccessibleName(tr("Follow-up"));
        m_followUp->setPlaceholderText(tr("What was agreed to do next, if anything"));
        form->addRow(tr("&Follow-up:"), m_followUp);
        auto *row = new QHBoxLayout;
        m_hasFollowUpDate = new QCheckBox(tr("Follow up b&y"), this);
        m_hasFollowUpDate->setAccessibleName(tr("Has a follow-up date"));
        m_followUpOn = dateEdit(m_entry.followUpOn.isValid() ? m_entry.followUpOn : QDate::currentDate().addDays(7),
                                tr("Follow-up date"), this);
        m_hasFollowUpDate->setChecked(m_entry.followUpOn.isValid());
        m_followUpOn->setEnabled(m_hasFollowUpDate->isChecked());
        connect(m_hasFollowUpDate, &QCheckBox::toggled, m_followUpOn, &QWidget::setEnabled);
        m_followUpDone = new QCheckBox(tr("D&one"), this);
        m_followUpDone->setAccessibleName(tr("Follow-up done"));
        m_followUpDone->setChecked(m_entry.followUpDone);
        row->addWidget(m_hasFollowUpDate);
        row->addWidget(m_followUpOn);
        row->addWidget(m_followUpDone);
        row->addStretch();
        form->addRow(QString(), row);
    }
    m_restricted = new QCheckBox(tr("&Restricted (safeguarding): only me, the lead mentor and headteachers can read it"),
                                 this);
    m_restricted->setAccessibleName(tr("Restricted entry"));
    m_restricted->setToolTip(tr("Others see only that there is a restricted entry. It is left out of letters and "
                                "prints unless someone allowed to read it includes it."));
    m_restricted->setChecked(m_entry.restricted);
    form->addRow(QString(), m_restricted);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, m_entry.id ? tr("&Save") : tr("&Add to the log")));
    resize(560, sizeHint().height());
}

LogEntry LogEntryDialog::collect() const
{
    LogEntry e = m_entry;
    e.occurredOn = m_date->date();
    e.title = m_title ? m_title->text() : QString();
    e.body = m_body->toPlainText();
    e.action = m_action ? m_action->toPlainText() : QString();
    if (m_party) {
        e.party = fromCode<ContactParty>(m_party->currentData().toString());
        e.method = fromCode<ContactMethod>(m_method->currentData().toString());
        e.purpose = fromCode<ContactPurpose>(m_purpose->currentData().toString());
        e.consent = m_consent->isEnabled() ? fromCode<Consent>(m_consent->currentData().toString()) : std::nullopt;
        e.followUp = m_followUp->text();
        e.followUpOn = m_hasFollowUpDate->isChecked() ? m_followUpOn->date() : QDate();
        e.followUpDone = m_followUpDone->isChecked();
    }
    if (m_outcome)
        e.outcome = fromCode<EntryOutcome>(m_outcome->currentData().toString());
    e.restricted = m_restricted->isChecked();
    return e;
}

void LogEntryDialog::accept()
{
    LogEntryStore store(m_context.db());
    const LogEntry e = collect();
    if (e.id == 0) {
        auto id = store.add(m_context.session(), e);
        if (!id) {
            showProblem(m_error, id.error());
            return;
        }
    } else {
        // Theirs kept: the editor closes and the log shows the stored version.
        saveAndClose(this, m_context, m_error, e.rowVersion, [&](int version) {
            LogEntry at = e;
            at.rowVersion = version;
            return store.update(m_context.session(), at);
        });
        return;
    }
    m_context.notifyChanged(QStringLiteral("mentoring"));
    QDialog::accept();
}

// --- TargetDialog --------------------------------------------------------------------------

TargetDialog::TargetDialog(DeskContext &context, qint64 studentId, qint64 follows, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    m_target.studentId = studentId;
    m_target.followsId = follows;
    m_target.setOn = QDate::currentDate();
    m_target.dueOn = QDate::currentDate().addDays(28);
    build();
}

TargetDialog::TargetDialog(DeskContext &context, const SmartTarget &target, QWidget *parent)
    : QDialog(parent), m_context(context), m_target(target)
{
    build();
}

void TargetDialog::build()
{
    setWindowTitle(m_target.id ? tr("SMART target") : tr("New SMART target"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Agreed by the student and mentor. Each part is needed."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const std::pair<QString, QString> parts[] = {
        {tr("The &target:"), m_target.title},        {tr("&Specific:"), m_target.specific},
        {tr("&Measurable:"), m_target.measurable},   {tr("&Achievable:"), m_target.achievable},
        {tr("&Relevant:"), m_target.relevant},       {tr("T&ime-bound:"), m_target.timeBound},
    };
    const QString hints[] = {tr("In the student's words"), tr("Exactly what will be done"), tr("How we will know"),
                             tr("Why it is within reach"), tr("Why it matters now"), tr("By when")};
    for (int i = 0; i < 6; ++i) {
        auto *edit = new QLineEdit(parts[i].second, this);
        edit->setAccessibleName(QString(parts[i].first).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        edit->setPlaceholderText(hints[i]);
        form->addRow(parts[i].first, edit);
        m_parts << edit;
    }
    m_steps = new QPlainTextEdit(m_target.steps.join(QLatin1Char('\n')), this);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setPlaceholderText(tr("The smaller steps or actions, one per line"));
    m_steps->setTabChangesFocus(true);
    m_steps->setMaximumHeight(m_steps->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("St&eps:"), m_steps);
    m_setOn = dateEdit(m_target.setOn, tr("Set on"), this);
    m_dueOn = dateEdit(m_target.dueOn, tr("Due by"), this);
    form->addRow(tr("Set &on:"), m_setOn);
    form->addRow(tr("&Due by:"), m_dueOn);
    m_objective = new QComboBox(this);
    m_objective->setAccessibleName(tr("Objective"));
    m_objective->addItem(tr("Not tied to one objective"), qint64(0));
    if (auto objectives = CaseStore(m_context.db()).objectives(m_context.session(), m_target.studentId))
        for (const Objective &o : std::as_const(*objectives))
            if (o.status == ObjectiveStatus::Active || o.id == m_target.objectiveId)
                m_objective->addItem(o.text, o.id);
    m_objective->setCurrentIndex(std::max(0, m_objective->findData(m_target.objectiveId)));
    form->addRow(tr("O&bjective:"), m_objective);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    if (m_target.id != 0) {
        // Another desk's save of this target: shown at once, or noted while there are unsaved edits.
        m_liveNote = RecordWatch::makeNote(this);
        layout->addWidget(m_liveNote);
        m_shown = collect();
        auto *watch = new RecordWatch(m_context, QStringLiteral("smart_targets"), m_target.id, m_liveNote, this);
        watch->version = [this] { return m_target.rowVersion; };
        watch->hasUnsavedEdits = [this] {
            const SmartTarget now = collect();
            return now.title != m_shown.title || now.specific != m_shown.specific || now.measurable != m_shown.measurable
                || now.achievable != m_shown.achievable || now.relevant != m_shown.relevant
                || now.timeBound != m_shown.timeBound || now.steps != m_shown.steps || now.setOn != m_shown.setOn
                || now.dueOn != m_shown.dueOn || now.objectiveId != m_shown.objectiveId;
        };
        watch->reload = [this]() -> Status {
            auto fresh = TargetStore(m_context.db()).get(m_context.session(), m_target.id);
            if (!fresh)
                return fresh.error();
            showTarget(*fresh);
            return {};
        };
    }
    layout->addWidget(okCancel(this, m_target.id ? tr("&Save") : tr("&Agree the target")));
    resize(600, sizeHint().height());
}

SmartTarget TargetDialog::collect() const
{
    SmartTarget t = m_target;
    QString *fields[] = {&t.title, &t.specific, &t.measurable, &t.achievable, &t.relevant, &t.timeBound};
    for (int i = 0; i < 6; ++i)
        *fields[i] = m_parts.at(i)->text();
    t.steps = m_steps->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    t.setOn = m_setOn->date();
    t.dueOn = m_dueOn->date();
    t.objectiveId = m_objective->currentData().toLongLong();
    return t;
}

void TargetDialog::showTarget(const SmartTarget &target)
{
    m_target = target;
    const QString values[] = {target.title,    target.specific, target.measurable,
                              target.achievable, target.relevant, target.timeBound};
    for (int i = 0; i < 6; ++i)
        m_parts.at(i)->setText(values[i]);
    m_steps->setPlainText(target.steps.join(QLatin1Char('\n')));
    m_setOn->setDate(target.setOn);
    m_dueOn->setDate(target.dueOn);
    const int objective = m_objective->findData(target.objectiveId);
    if (objective < 0)
        m_objective->addItem(tr("Objective %1").arg(target.objectiveId), target.objectiveId);
    m_objective->setCurrentIndex(std::max(0, m_objective->findData(target.objectiveId)));
    m_shown = collect();
}

void TargetDialog::accept()
{
    SmartTarget t = collect();
    TargetStore store(m_context.db());
    if (t.id == 0) {
        if (auto id = store.add(m_context.session(), t); !id) {
            showProblem(m_error, id.error());
            return;
        }
    } else {
        saveAndClose(this, m_context, m_error, t.rowVersion, [&](int version) {
            SmartTarget at = t;
            at.rowVersion = version;
            return store.update(m_context.session(), at);
        });
        return;
    }
    m_context.notifyChanged(QStringLiteral("mentoring"));
    QDialog::accept();
}

// --- PlanDialog ----------------------------------------------------------------------------

PlanDialog::PlanDialog(DeskContext &context, qint64 studentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_studentId(studentId)
{
    setWindowTitle(tr("Objectives and plan"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *objectivesLabel = new QLabel(tr("&Objectives of the intervention (up to three at a time):"), this);
    layout->addWidget(objectivesLabel);
    m_objectives = new QListWidget(this);
    m_objectives->setAccessibleName(tr("Objectives"));
    objectivesLabel->setBuddy(m_objectives);
    layout->addWidget(m_objectives);
    auto *row = new QHBoxLayout;
    m_newObjective = new QLineEdit(this);
    m_newObjective->setAccessibleName(tr("New objective"));
    m_newObjective->setPlaceholderText(tr("A new objective, as the assessment hub set it"));
    auto *add = new QPushButton(tr("A&dd"), this);
    add->setAccessibleName(tr("Add objective"));
    auto *achieved = new QPushButton(tr("Mark &achieved"), this);
    achieved->setAccessibleName(tr("Mark objective achieved"));
    auto *withdraw = new QPushButton(tr("&Withdraw"), this);
    withdraw->setAccessibleName(tr("Withdraw objective"));
    row->addWidget(m_newObjective, 1);
    row->addWidget(add);
    row->addWidget(achieved);
    row->addWidget(withdraw);
    layout->addLayout(row);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_plan = new QPlainTextEdit(this);
    m_plan->setAccessibleName(tr("Action plan"));
    m_plan->setPlaceholderText(tr("Weekly 1:1 sessions, liaison with staff and family, lesson observations\u2026"));
    m_plan->setTabChangesFocus(true);
    form->addRow(tr("Action &plan:"), m_plan);
    auto *reviewRow = new QHBoxLayout;
    m_hasReview = new QCheckBox(tr("Review progress &by"), this);
    m_hasReview->setAccessibleName(tr("Has a review date"));
    m_reviewOn = dateEdit(QDate::currentDate().addDays(7 * 12), tr("Review date"), this);
    reviewRow->addWidget(m_hasReview);
    reviewRow->addWidget(m_reviewOn);
    reviewRow->addStretch();
    form->addRow(QString(), reviewRow);
    connect(m_hasReview, &QCheckBox::toggled, m_reviewOn, &QWidget::setEnabled);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    // Another desk's save of this case (or a case opened there meanwhile): shown at once, or noted
    // while this dialog holds an unsaved plan (the save then shows both versions).
    m_liveNote = RecordWatch::makeNote(this);
    layout->addWidget(m_liveNote);
    layout->addWidget(okCancel(this, tr("&Save the plan")));

    auto current = CaseStore(context.db()).current(context.session(), studentId);
    (void)showCase();
    m_reviewOn->setEnabled(m_hasReview->isChecked());
    reloadObjectives();
    auto *watch =
        new RecordWatch(m_context, QStringLiteral("mentoring_cases"), current ? current->id : 0, m_liveNote, this);
    watch->findId = [this]() -> qint64 {
        auto c = CaseStore(m_context.db()).current(m_context.session(), m_studentId);
        return c ? c->id : 0;
    };
    watch->hasUnsavedEdits = [this] { return hasUnsavedEdits(); };
    watch->version = [this] { return m_caseVersion; };
    watch->reload = [this] { return showCase(); };

    auto setStatus = [this](ObjectiveStatus status) {
        QListWidgetItem *item = m_objectives->currentItem();
        if (!item)
            return;
        if (Status s = CaseStore(m_context.db()).setObjectiveStatus(m_context.session(), item->data(Qt::UserRole).toLongLong(),
                                                                    status, QDate::currentDate());
            !s)
            showProblem(m_error, s.error());
        reloadObjectives();
    };
    connect(achieved, &QPushButton::clicked, this, [setStatus] { setStatus(ObjectiveStatus::Achieved); });
    connect(withdraw, &QPushButton::clicked, this, [setStatus] { setStatus(ObjectiveStatus::Withdrawn); });
    auto addObjective = [this] {
        Objective o;
        o.studentId = m_studentId;
        o.text = m_newObjective->text();
        o.source = ObjectiveSource::Hub;
        o.setOn = QDate::currentDate();
        if (auto id = CaseStore(m_context.db()).addObjective(m_context.session(), o); !id) {
            showProblem(m_error, id.error());
            return;
        }
        m_error->hide();
        m_newObjective->clear();
        reloadObjectives();
    };
    connect(add, &QPushButton::clicked, this, addObjective);
    connect(m_newObjective, &QLineEdit::returnPressed, this, addObjective);
    m_newObjective->installEventFilter(this);
    resize(640, 520);
}

bool PlanDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newObjective && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & ~Qt::KeypadModifier)) {
            Q_EMIT m_newObjective->returnPressed();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

Status PlanDialog::showCase()
{
    auto c = CaseStore(m_context.db()).current(m_context.session(), m_studentId);
    if (!c)
        return c.error();
    m_caseVersion = c->id ? c->rowVersion : 0;
    m_plan->setPlainText(c->actionPlan);
    m_hasReview->setChecked(c->reviewOn.isValid());
    if (c->reviewOn.isValid())
        m_reviewOn->setDate(c->reviewOn);
    m_shownPlan = c->actionPlan;
    m_shownReview = c->reviewOn;
    return {};
}

bool PlanDialog::hasUnsavedEdits() const
{
    const QDate review = m_hasReview->isChecked() ? m_reviewOn->date() : QDate();
    return m_plan->toPlainText() != m_shownPlan || review != m_shownReview;
}

void PlanDialog::reloadObjectives()
{
    m_objectives->clear();
    auto list = CaseStore(m_context.db()).objectives(m_context.session(), m_studentId);
    if (!list)
        return;
    for (const Objective &o : std::as_const(*list)) {
        auto *item = new QListWidgetItem(o.status == ObjectiveStatus::Active ? o.text
                                                                            : tr("%1 (%2)").arg(o.text, labelOf(o.status).toLower()),
                                         m_objectives);
        item->setData(Qt::UserRole, o.id);
    }
}

void PlanDialog::accept()
{
    const QString plan = m_plan->toPlainText();
    const QDate reviewOn = m_hasReview->isChecked() ? m_reviewOn->date() : QDate();
    saveAndClose(this, m_context, m_error, m_caseVersion, [&](int version) {
        return CaseStore(m_context.db()).setPlan(m_context.session(), m_studentId, plan, reviewOn, version);
    });
}

// --- NewSessionDialog ----------------------------------------------------------------------

NewSessionDialog::NewSessionDialog(DeskContext &context, qint64 studentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_studentId(studentId)
{
    setWindowTitle(tr("Plan a 1:1 session"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    QDate next = QDate::currentDate();
    if (auto cal = SchoolCalendar::load(context.db()); cal && !cal->isSchoolDay(next))
        next = cal->nextSchoolDay(next);
    m_date = dateEdit(next, tr("Day"), this);
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Period"));
    m_focus = new QComboBox(this);
    m_focus->setAccessibleName(tr("Focus"));
    m_focus->addItem(tr("Not chosen yet"), QString());
    for (SessionFocus f : allValues<SessionFocus>())
        m_focus->addItem(labelOf(f), codeOf(f));
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Focus:"), m_focus);
    auto *note = new QLabel(tr("Sessions are the first 25 minutes of a lesson. The timetable shows any rule a session breaks."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("&Plan the session")));
    connect(m_date, &QDateEdit::dateChanged, this, &NewSessionDialog::refreshPeriods);
    refreshPeriods();
}

void NewSessionDialog::refreshPeriods()
{
    const int keep = m_period->currentData().toInt();
    m_period->clear();
    auto bells = BellSchedule::load(m_context.db());
    if (!bells)
        return;
    const auto tt = LessonTimetableStore(m_context.db()).forStudent(m_context.session(), m_studentId);
    const int day = m_date->date().dayOfWeek();
    for (const LessonPeriod &p : bells->periods()) {
        const QString lesson = tt && day <= 5 ? tt->subjectAt(day, p.period) : QString();
        m_period->addItem(lesson.isEmpty() ? tr("%1 \u2014 no lesson").arg(bells->describe(p.period))
                                           : tr("%1 \u2014 %2").arg(bells->describe(p.period), lesson),
                          p.period);
    }
    m_period->setCurrentIndex(std::max(0, m_period->findData(keep)));
}

void NewSessionDialog::accept()
{
    NewSession n;
    n.studentId = m_studentId;
    n.date = m_date->date();
    n.period = m_period->currentData().toInt();
    n.focus = fromCode<SessionFocus>(m_focus->currentData().toString());
    auto id = SessionStore(m_context.db()).plan(m_context.session(), n);
    if (!id) {
        showProblem(m_error, id.error());
        return;
    }
    m_sessionId = *id;
    m_context.notifyChanged(QStringLiteral("mentoring"));
    QDialog::accept();
}

} // namespace md::ui
