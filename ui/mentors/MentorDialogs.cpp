// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorDialogs.h"

#include "common/VersionedSave.h"
#include "mentors/MentorCatalogue.h"
#include "mentors/MentorQualityStore.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace md::ui {

namespace {
const QDate kNotGiven(1900, 1, 1);

QStringList checklistOf(Database &db)
{
    auto items = MentorQualityStore(db).checklist();
    return items ? *items : QStringList();
}
} // namespace

MentorDialog::MentorDialog(Database &db, const Session &session, const QString &title, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(title);
    setAccessibleName(title);
    m_form = new QFormLayout(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #d4351c; font-weight: bold; }"));
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MentorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MentorDialog::reject);
}

void MentorDialog::finishForm()
{
    m_form->addRow(m_problem);
    m_form->addRow(m_buttons);
}

void MentorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_initialFocus)
        m_initialFocus->setFocus();
}

void MentorDialog::accept()
{
    if (Status s = save(); !s) {
        // Inline, in words: which answer is wrong and why.
        m_problem->setText(tr("There is a problem: %1").arg(s.error().fullText()));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

QDateEdit *MentorDialog::optionalDate(const QDate &value, const QString &name)
{
    auto *edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setMinimumDate(kNotGiven);
    edit->setSpecialValueText(tr("Not given"));
    edit->setDate(value.isValid() ? value : kNotGiven);
    edit->setAccessibleName(name);
    edit->setAccessibleDescription(tr("Leave at \u201cNot given\u201d when it does not apply"));
    return edit;
}

QDate MentorDialog::dateOf(const QDateEdit *edit)
{
    return edit->date() == kNotGiven ? QDate() : edit->date();
}

QPlainTextEdit *MentorDialog::textArea(const QString &value, const QString &name)
{
    auto *edit = new QPlainTextEdit(value, this);
    edit->setAccessibleName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

// --- additional details ------------------------------------------------------------------------

AdditionalDetailsDialog::AdditionalDetailsDialog(Database &db, const Session &session, const MentorProfile &mentor,
                                                 MentorField focus, QWidget *parent)
    : MentorDialog(db, session, tr("%1's additional details").arg(mentor.basic.fullName()), parent),
      m_mentorId(mentor.userId), m_version(mentor.rowVersion)
{
    const MentorAdditionalDetails &a = mentor.additional;
    m_qualified = optionalDate(a.dateQualified, tr("Date qualified as a teacher"));
    m_started = optionalDate(a.dateStartedMentoring, tr("Date started mentoring"));
    form()->addRow(tr("Date &qualified as a teacher:"), m_qualified);
    auto add = [&](MentorField field, const QString &label, const QString &value) {
        QPlainTextEdit *edit = textArea(value, QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form()->addRow(label, edit);
        m_texts.append({field, edit});
    };
    add(MentorField::Qualifications, tr("Q&ualifications:"), a.qualifications);
    form()->addRow(tr("Date &started mentoring:"), m_started);
    add(MentorField::ProviderTraining, tr("&Provider training:"), a.providerTraining);
    add(MentorField::SendTraining, tr("SE&ND training:"), a.sendTraining);
    add(MentorField::SubjectNetworks, tr("Subject &networks and associations:"), a.subjectNetworks);
    add(MentorField::OtherExperiences, tr("&Other experiences:"), a.otherExperiences);
    // Open at the answer whose Change link was followed.
    QWidget *first = focus == MentorField::DateQualified          ? static_cast<QWidget *>(m_qualified)
                     : focus == MentorField::DateStartedMentoring ? static_cast<QWidget *>(m_started)
                                                                  : text(focus);
    setInitialFocus(first);
    finishForm();
    resize(560, 520);
}

QPlainTextEdit *AdditionalDetailsDialog::text(MentorField field) const
{
    for (const auto &[f, edit] : m_texts)
        if (f == field)
            return edit;
    return nullptr;
}

Status AdditionalDetailsDialog::save()
{
    MentorAdditionalDetails a;
    a.dateQualified = dateOf(m_qualified);
    a.dateStartedMentoring = dateOf(m_started);
    a.qualifications = text(MentorField::Qualifications)->toPlainText();
    a.providerTraining = text(MentorField::ProviderTraining)->toPlainText();
    a.sendTraining = text(MentorField::SendTraining)->toPlainText();
    a.subjectNetworks = text(MentorField::SubjectNetworks)->toPlainText();
    a.otherExperiences = text(MentorField::OtherExperiences)->toPlainText();
    // From the version shown: a profile changed at another desk meanwhile shows both versions.
    Status result;
    VersionedSave(this, db(), session().actor())
        .onProblem([&result](const Error &e) { result = e; })
        .run(m_version, [&](int version) {
            return MentorStore(db()).updateAdditional(session(), m_mentorId, a, QDate::currentDate(), version);
        });
    return result;
}

// --- supervision and CPD -----------------------------------------------------------------------

DevelopmentDialog::DevelopmentDialog(Database &db, const Session &session, qint64 mentorId, const QString &kind,
                                     QWidget *parent)
    : MentorDialog(db, session, kind == QLatin1String("cpd") ? tr("Record CPD") : tr("Record a supervision meeting"),
                   parent),
      m_mentorId(mentorId), m_kind(kind)
{
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setAccessibleName(tr("Date"));
    m_topic = new QLineEdit(this);
    m_topic->setAccessibleName(tr("Topic"));
    m_hours = new QDoubleSpinBox(this);
    m_hours->setRange(0, 100);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(kind == QLatin1String("cpd") ? 1.0 : 1.0);
    m_hours->setAccessibleName(tr("Hours"));
    m_notes = textArea(QString(), tr("Notes"));
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("&Topic:"), m_topic);
    form()->addRow(tr("&Hours:"), m_hours);
    form()->addRow(tr("&Notes:"), m_notes);
    finishForm();
    setInitialFocus(m_topic);
}

Status DevelopmentDialog::save()
{
    DevelopmentRecord r;
    r.mentorId = m_mentorId;
    r.kind = m_kind;
    r.heldOn = m_date->date();
    r.topic = m_topic->text();
    r.hours = m_hours->value();
    r.notes = m_notes->toPlainText();
    auto id = MentorQualityStore(db()).addDevelopment(session(), r, QDate::currentDate());
    return id ? Status() : Status(id.error());
}

// --- observations ------------------------------------------------------------------------------

ObservationDialog::ObservationDialog(Database &db, const Session &session, qint64 mentorId, QWidget *parent)
    : MentorDialog(db, session, tr("Record an observation"), parent), m_mentorId(mentorId)
{
    m_items = checklistOf(db);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setAccessibleName(tr("Date of the observation"));
    m_setting = new QComboBox(this);
    m_setting->setAccessibleName(tr("What was observed"));
    for (const MentorOption &o : MentorCatalogue::observationSettings())
        m_setting->addItem(o.label, o.code);
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("&Observed:"), m_setting);
    auto *heading = new QLabel(tr("Checklist: a judgement for every item"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    form()->addRow(heading);
    if (m_items.isEmpty())
        form()->addRow(new QLabel(tr("The checklist is empty: the lead mentor sets it up with “Edit the "
                                     "checklist\u201d."),
                                  this));
    for (int i = 0; i < m_items.size(); ++i) {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("Select\u2026"), QString());
        for (const MentorOption &o : MentorCatalogue::judgements())
            combo->addItem(o.label, o.code);
        combo->setAccessibleName(m_items.at(i));
        auto *label = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(m_items.at(i)), this);
        label->setWordWrap(true);
        label->setBuddy(combo);
        form()->addRow(label, combo);
        m_judgements.append(combo);
    }
    m_strengths = textArea(QString(), tr("Strengths"));
    m_development = textArea(QString(), tr("To develop"));
    form()->addRow(tr("&Strengths:"), m_strengths);
    form()->addRow(tr("To de&velop:"), m_development);
    finishForm();
    resize(720, 640);
}

Status ObservationDialog::save()
{
    Observation o;
    o.mentorId = m_mentorId;
    o.observedOn = m_date->date();
    o.setting = m_setting->currentData().toString();
    for (int i = 0; i < m_items.size(); ++i)
        o.items.append({m_items.at(i), m_judgements.at(i)->currentData().toString()});
    o.strengths = m_strengths->toPlainText();
    o.development = m_development->toPlainText();
    auto id = MentorQualityStore(db()).addObservation(session(), o, QDate::currentDate());
    return id ? Status() : Status(id.error());
}

// --- the checklist -----------------------------------------------------------------------------

ChecklistDialog::ChecklistDialog(Database &db, const Session &session, QWidget *parent)
    : MentorDialog(db, session, tr("Edit the observation checklist"), parent)
{
    auto *help = new QLabel(tr("One item a line. Observations already made keep the items they were made "
                               "against."),
                            this);
    help->setWordWrap(true);
    form()->addRow(help);
    m_items = new QPlainTextEdit(checklistOf(db).join(QLatin1Char('\n')), this);
    m_items->setAccessibleName(tr("Checklist items, one a line"));
    m_items->setTabChangesFocus(true);
    form()->addRow(m_items);
    finishForm();
    resize(640, 420);
}

Status ChecklistDialog::save()
{
    return MentorQualityStore(db()).setChecklist(session(), m_items->toPlainText().split(QLatin1Char('\n')));
}

// --- learner feedback --------------------------------------------------------------------------

FeedbackDialog::FeedbackDialog(Database &db, const Session &session, qint64 mentorId, QWidget *parent)
    : MentorDialog(db, session, tr("Record learner feedback"), parent), m_mentorId(mentorId)
{
    m_student = new QComboBox(this);
    m_student->setAccessibleName(tr("Student"));
    m_student->addItem(tr("Select a student\u2026"), 0);
    if (auto students = MentorQualityStore(db).feedbackStudents(session, mentorId))
        for (const auto &[id, name] : *students)
            m_student->addItem(name, id);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setAccessibleName(tr("Date collected"));
    form()->addRow(tr("&Student:"), m_student);
    form()->addRow(tr("&Date collected:"), m_date);
    const QList<MentorOption> questions = MentorCatalogue::feedbackQuestions();
    for (const MentorOption &q : questions) {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("Select\u2026"), 0);
        for (int rating = 1; rating <= 5; ++rating)
            combo->addItem(MentorCatalogue::ratingLabel(rating), rating);
        combo->setAccessibleName(q.label);
        auto *label = new QLabel(q.label, this);
        label->setWordWrap(true);
        label->setBuddy(combo);
        form()->addRow(label, combo);
        m_ratings.append(combo);
    }
    m_comment = textArea(QString(), tr("Anything else the student said"));
    form()->addRow(tr("&Comment:"), m_comment);
    finishForm();
    resize(560, 440);
}

Status FeedbackDialog::save()
{
    if (m_student->currentData().toLongLong() == 0)
        return Error::invalid(tr("Select the student who gave the feedback"));
    LearnerFeedback f;
    f.mentorId = m_mentorId;
    f.studentId = m_student->currentData().toLongLong();
    f.collectedOn = m_date->date();
    for (int i = 0; i < m_ratings.size() && i < int(f.ratings.size()); ++i)
        f.ratings[std::size_t(i)] = m_ratings.at(i)->currentData().toInt();
    f.comment = m_comment->toPlainText();
    auto id = MentorQualityStore(db()).addFeedback(session(), f, QDate::currentDate());
    return id ? Status() : Status(id.error());
}

} // namespace md::ui
