// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorRecord.h"

#include "access/Permissions.h"
#include "common/VersionedSave.h"
#include "mentors/AddMentorWizard.h"
#include "mentors/MentorCatalogue.h"
#include "mentors/MentorDialogs.h"
#include "mentors/MentorMetrics.h"
#include "mentors/MentorTeamModel.h"
#include "mentors/PerformanceReviewTab.h"
#include "mentors/ReviewTerm.h"
#include "shell/DeskContext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedLayout>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace md::ui {

namespace {

QString dateText(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

// A mentor's own records: organisation-wide scope, or the mentor's scope over their own.
bool allowedFor(const Session &session, Action action, qint64 mentorId)
{
    const Scopes scopes = Permissions::scopes(session, action);
    return scopes.testFlag(ScopeKind::Organisation) ||
           (scopes.testFlag(ScopeKind::AssignedLearners) && session.userId() == mentorId);
}

} // namespace

// --- details -----------------------------------------------------------------------------------

MentorDetailsTab::MentorDetailsTab(DeskContext &context, QWidget *parent) : MentorTab(context, parent)
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Mentor details"));
    outer->addWidget(scroll);
    auto *host = new QWidget(scroll);
    scroll->setWidget(host);
    auto *layout = new QVBoxLayout(host);
    const bool manage = Permissions::allows(context.session(), Action::ManageMentors);

    m_status = new QLabel(host);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    layout->addWidget(m_status);

    auto addRows = [&](const QString &title, const QList<std::pair<MentorField, QString>> &rows) {
        layout->addWidget(sectionHeading(title, host));
        auto *grid = new QGridLayout;
        grid->setColumnStretch(1, 1);
        grid->setHorizontalSpacing(18);
        // Both sections line their answers up.
        grid->setColumnMinimumWidth(0,
                                    host->fontMetrics().horizontalAdvance(tr("Subject networks and associations")) + 8);
        for (int r = 0; r < rows.size(); ++r) {
            const auto &[field, question] = rows.at(r);
            auto *label = new QLabel(question, host);
            auto *answer = new QLabel(host);
            answer->setWordWrap(true);
            answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
            answer->setAccessibleName(question);
            grid->addWidget(label, r, 0, Qt::AlignTop);
            grid->addWidget(answer, r, 1, Qt::AlignTop);
            m_answers.insert(field, answer);
            if (manage) {
                auto *change = new QPushButton(tr("Change"), host);
                change->setFlat(true);
                change->setCursor(Qt::PointingHandCursor);
                change->setStyleSheet(QStringLiteral("QPushButton { color: #1d70b8; text-decoration: underline; }"));
                change->setAccessibleName(tr("Change %1").arg(question.toLower()));
                const MentorField f = field;
                connect(change, &QPushButton::clicked, this, [this, f] { this->change(f); });
                grid->addWidget(change, r, 2, Qt::AlignTop);
                m_changes.insert(field, change);
            }
        }
        layout->addLayout(grid);
        layout->addSpacing(10);
    };
    addRows(tr("Basic details"), {{MentorField::FirstName, tr("First name")},
                                  {MentorField::LastName, tr("Last name")},
                                  {MentorField::Trn, tr("Teacher reference number (TRN)")},
                                  {MentorField::Email, tr("Email address")},
                                  {MentorField::Subject, tr("Subject")},
                                  {MentorField::AgeRange, tr("Age range")},
                                  {MentorField::KeyStage, tr("Key stage")}});
    addRows(tr("Additional details"), {{MentorField::DateQualified, tr("Date qualified as a teacher")},
                                       {MentorField::Qualifications, tr("Qualifications")},
                                       {MentorField::DateStartedMentoring, tr("Date started mentoring")},
                                       {MentorField::ProviderTraining, tr("Provider training")},
                                       {MentorField::SendTraining, tr("SEND training")},
                                       {MentorField::SubjectNetworks, tr("Subject networks and associations")},
                                       {MentorField::OtherExperiences, tr("Other experiences")}});

    layout->addWidget(sectionHeading(tr("Grade and capacity"), host));
    auto *row = new QHBoxLayout;
    m_grade = new QComboBox(host);
    m_grade->setAccessibleName(tr("Grade"));
    for (const MentorOption &o : MentorCatalogue::grades())
        m_grade->addItem(o.label, o.code);
    m_capacity = new QSpinBox(host);
    m_capacity->setRange(1, MentorCatalogue::kMaxCapacity);
    m_capacity->setSuffix(tr(" students"));
    m_capacity->setAccessibleName(tr("Capacity"));
    m_saveGrade = new QPushButton(tr("Save &grade and capacity"), host);
    m_saveGrade->setAccessibleName(tr("Save grade and capacity"));
    auto *gradeLabel = new QLabel(tr("G&rade:"), host);
    gradeLabel->setBuddy(m_grade);
    auto *capacityLabel = new QLabel(tr("Ca&pacity:"), host);
    capacityLabel->setBuddy(m_capacity);
    row->addWidget(gradeLabel);
    row->addWidget(m_grade);
    row->addSpacing(12);
    row->addWidget(capacityLabel);
    row->addWidget(m_capacity);
    row->addSpacing(12);
    row->addWidget(m_saveGrade);
    row->addStretch();
    layout->addLayout(row);
    m_gradeMessage = new QLabel(host);
    m_gradeMessage->setWordWrap(true);
    m_gradeMessage->setAccessibleName(tr("Grade and capacity message"));
    layout->addWidget(m_gradeMessage);
    layout->addStretch();
    m_grade->setEnabled(manage);
    m_capacity->setEnabled(manage);
    m_saveGrade->setVisible(manage);
    // A new grade suggests its usual caseload (reference 004); the user can still change it.
    connect(m_grade, &QComboBox::activated, this,
            [this] { m_capacity->setValue(MentorCatalogue::defaultCapacity(m_grade->currentData().toString())); });
    connect(m_saveGrade, &QPushButton::clicked, this, [this] {
        // From the version shown: a profile changed at another desk meanwhile shows both versions.
        Status s;
        bool theirsKept = false;
        VersionedSave(this, this->context().db(), this->context().session().actor())
            .onDiscarded([&theirsKept] { theirsKept = true; })
            .onProblem([&s](const Error &e) { s = e; })
            .run(m_mentor.rowVersion, [&](int version) {
                return MentorStore(this->context().db())
                    .setGradeAndCapacity(this->context().session(), m_mentor.userId, m_grade->currentData().toString(),
                                         m_capacity->value(), version);
            });
        if (!s) {
            m_gradeMessage->setText(tr("There is a problem: %1").arg(s.error().fullText()));
            return;
        }
        if (theirsKept) {
            Q_EMIT changed();
            m_gradeMessage->setText(tr("Your grade and capacity were discarded; the record shows the ones saved at "
                                       "another desk."));
            return;
        }
        // The record reloads first, then says what happened.
        Q_EMIT changed();
        m_gradeMessage->setText(tr("Grade and capacity saved."));
    });
}

void MentorDetailsTab::showMentor(const MentorProfile &m)
{
    m_mentor = m;
    const MentorBasicDetails &b = m.basic;
    const MentorAdditionalDetails &a = m.additional;
    const QString notGiven = tr("Not given");
    auto orNot = [&](const QString &text) { return text.isEmpty() ? notGiven : text; };
    m_answers.value(MentorField::FirstName)->setText(orNot(b.firstName));
    m_answers.value(MentorField::LastName)->setText(orNot(b.lastName));
    m_answers.value(MentorField::Trn)->setText(orNot(b.trn));
    m_answers.value(MentorField::Email)->setText(orNot(b.email));
    m_answers.value(MentorField::Subject)
        ->setText(orNot(b.subject.isEmpty() ? QString() : MentorCatalogue::subjectLabel(b.subject)));
    m_answers.value(MentorField::AgeRange)
        ->setText(orNot(b.ageRange.isEmpty() ? QString() : MentorCatalogue::ageRangeLabel(b.ageRange)));
    m_answers.value(MentorField::KeyStage)
        ->setText(orNot(b.keyStage.isEmpty() ? QString() : MentorCatalogue::keyStageLabel(b.keyStage)));
    m_answers.value(MentorField::DateQualified)
        ->setText(a.dateQualified.isValid() ? dateText(a.dateQualified) : notGiven);
    m_answers.value(MentorField::Qualifications)->setText(orNot(a.qualifications));
    m_answers.value(MentorField::DateStartedMentoring)
        ->setText(a.dateStartedMentoring.isValid() ? dateText(a.dateStartedMentoring) : notGiven);
    m_answers.value(MentorField::ProviderTraining)->setText(orNot(a.providerTraining));
    m_answers.value(MentorField::SendTraining)->setText(orNot(a.sendTraining));
    m_answers.value(MentorField::SubjectNetworks)->setText(orNot(a.subjectNetworks));
    m_answers.value(MentorField::OtherExperiences)->setText(orNot(a.otherExperiences));
    const QString grade = m.grade.isEmpty() ? QStringLiteral("learning_mentor") : m.grade;
    m_grade->setCurrentIndex(std::max(0, m_grade->findData(grade)));
    m_capacity->setValue(m.hasProfile ? m.capacity : MentorCatalogue::defaultCapacity(grade));
    m_gradeMessage->setText(m.hasProfile ? QString()
                                         : tr("No grade or capacity has been set for this mentor yet: choose them "
                                              "and save."));
    QString status = tr("Status: %1").arg(MentorTeamModel::statusText(m));
    if (m.removed)
        status += QLatin1Char('\n') +
                  tr("Reason: %1").arg(MentorCatalogue::labelOf(MentorCatalogue::removalReasons(), m.removalReason)) +
                  (m.removalNote.isEmpty() ? QString() : QStringLiteral(": ") + m.removalNote);
    m_status->setText(status);
    for (QAbstractButton *b : std::as_const(m_changes))
        b->setEnabled(!m.removed);
    m_saveGrade->setEnabled(!m.removed);
}

void MentorDetailsTab::change(MentorField field)
{
    using Step = AddMentorFlow::Step;
    switch (field) {
    case MentorField::FirstName:
    case MentorField::LastName:
    case MentorField::Trn:
    case MentorField::Email:
    case MentorField::Subject:
    case MentorField::AgeRange:
    case MentorField::KeyStage: {
        // The add-mentor pages, opened at the answer to change.
        const Step step = field == MentorField::Subject    ? Step::Subject
                          : field == MentorField::AgeRange ? Step::AgeRange
                          : field == MentorField::KeyStage ? Step::KeyStage
                                                           : Step::PersonalDetails;
        auto *wizard = new AddMentorWizard(context().db(), context().session(), m_mentor, step, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &AddMentorWizard::detailsSaved, this, [this] {
            Q_EMIT statusMessage(tr("Details saved."));
            Q_EMIT changed();
        });
        wizard->open();
        return;
    }
    default:
        break;
    }
    auto *dialog = new AdditionalDetailsDialog(context().db(), context().session(), m_mentor, field, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        Q_EMIT statusMessage(tr("Additional details saved."));
        Q_EMIT changed();
    });
    dialog->open();
}

// --- supervision and CPD, observations, learner feedback ---------------------------------------

MentorRecordsTab::MentorRecordsTab(DeskContext &context, MentorQualityModel::Kind kind, QWidget *parent)
    : MentorTab(context, parent), m_kind(kind), m_model(new MentorQualityModel(kind, this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    layout->addLayout(buttons);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    layout->addWidget(m_view, 1);

    const Session &session = context.session();
    using Kind = MentorQualityModel::Kind;
    if (kind == Kind::Development) {
        m_view->setAccessibleName(tr("Supervision and CPD records"));
        addAction(tr("Record a &supervision meeting\u2026"), [this] {
            return new DevelopmentDialog(this->context().db(), this->context().session(), m_mentor.userId,
                                         QStringLiteral("supervision"), this);
        });
        m_allowed << [session] { return Permissions::allows(session, Action::RecordMentorQuality); };
        addAction(tr("Record &CPD\u2026"), [this] {
            return new DevelopmentDialog(this->context().db(), this->context().session(), m_mentor.userId,
                                         QStringLiteral("cpd"), this);
        });
        m_allowed << [this, session] { return allowedFor(session, Action::RecordCpd, m_mentor.userId); };
    } else if (kind == Kind::Observations) {
        m_view->setAccessibleName(tr("Observations"));
        addAction(tr("Record an &observation\u2026"), [this] {
            return new ObservationDialog(this->context().db(), this->context().session(), m_mentor.userId, this);
        });
        m_allowed << [session] { return Permissions::allows(session, Action::RecordMentorQuality); };
        addAction(tr("&Edit the checklist\u2026"),
                  [this] { return new ChecklistDialog(this->context().db(), this->context().session(), this); });
        m_allowed << [session] { return Permissions::allows(session, Action::EditObservationChecklist); };
    } else {
        m_view->setAccessibleName(tr("Learner feedback"));
        addAction(tr("Record learner &feedback\u2026"), [this] {
            return new FeedbackDialog(this->context().db(), this->context().session(), m_mentor.userId, this);
        });
        m_allowed << [this, session] { return allowedFor(session, Action::RecordLearnerFeedback, m_mentor.userId); };
    }
    for (QPushButton *b : std::as_const(m_actions))
        buttons->addWidget(b);
    buttons->addStretch();
}

void MentorRecordsTab::addAction(const QString &text, const std::function<QDialog *()> &makeDialog)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    connect(button, &QPushButton::clicked, this, [this, makeDialog] {
        QDialog *dialog = makeDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            showMentor(m_mentor);
            Q_EMIT statusMessage(tr("Saved."));
            Q_EMIT changed();
        });
        dialog->open();
    });
    m_actions.append(button);
}

void MentorRecordsTab::showMentor(const MentorProfile &mentor)
{
    m_mentor = mentor;
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions.at(i)->setVisible(mentor.userId != 0 && !mentor.removed && m_allowed.at(i)());
    if (mentor.userId == 0) {
        m_model->clear();
        m_summary->clear();
        return;
    }
    if (Status s = m_model->load(context().db(), context().session(), mentor.userId); !s) {
        m_summary->setText(s.error().message);
        return;
    }
    m_view->resizeColumnsToContents();
    if (m_view->columnWidth(0) > 140)
        m_view->setColumnWidth(0, 140);
    updateSummary();
}

void MentorRecordsTab::updateSummary()
{
    using Kind = MentorQualityModel::Kind;
    const QDate today = QDate::currentDate();
    const QDate yearStart(ReviewTerm::containing(today).schoolYear, 9, 1);
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    if (m_kind == Kind::Development) {
        if (m_model->rowCount() == 0) {
            m_summary->setText(tr("No supervision meetings or CPD recorded yet. Record each supervision meeting and "
                                  "each piece of CPD here: regular supervision and CPD keep support consistent."));
            return;
        }
        MetricInputs in;
        in.development = m_model->development();
        const MentorMetricsReport r = MentorMetrics::compute(in, yearStart, today);
        m_summary->setText(tr("This school year: %1 supervision meetings (last: %2), %3 hours of CPD.")
                               .arg(r.supervisionMeetings)
                               .arg(r.lastSupervision.isValid() ? dateText(r.lastSupervision) : tr("none recorded"))
                               .arg(locale.toString(r.cpdHours, 'f', 1)));
    } else if (m_kind == Kind::Observations) {
        if (m_model->rowCount() == 0) {
            m_summary->setText(tr("No observations yet. Observe a 1:1 session or in-class support against the "
                                  "checklist."));
            return;
        }
        const auto score = MentorMetrics::averageObservationScore(m_model->observations());
        m_summary->setText(tr("%1 observations; average checklist score %2 (met counts in full, partly met as half).")
                               .arg(m_model->rowCount())
                               .arg(score ? MentorMetrics::percent(*score) : tr("none yet")));
    } else {
        if (m_model->rowCount() == 0) {
            m_summary->setText(tr("No learner feedback yet. Ask each student on the caseload to answer the five "
                                  "questions about their mentoring."));
            return;
        }
        const FeedbackSummary s = MentorMetrics::feedbackSummary(m_model->feedback());
        QStringList parts;
        const QList<MentorOption> questions = MentorCatalogue::feedbackQuestions();
        for (int q = 0; q < questions.size(); ++q)
            parts << tr("%1: %2").arg(questions.at(q).label,
                                      locale.toString(s.averages.at(std::size_t(q)).value_or(0), 'f', 1));
        m_summary->setText(tr("%1 questionnaires, average %2 out of 5.")
                               .arg(s.responses)
                               .arg(locale.toString(s.overall.value_or(0), 'f', 1)) +
                           QLatin1Char('\n') + parts.join(QStringLiteral("; ")));
    }
}

// --- the record --------------------------------------------------------------------------------

MentorRecord::MentorRecord(DeskContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    m_heading->setFont(f);
    m_heading->setAccessibleName(tr("Mentor"));
    layout->addWidget(m_heading);
    m_empty = new QLabel(tr("Choose a mentor in the list to see their details, supervision, CPD, observations, "
                            "feedback and performance review."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No mentor chosen"));
    layout->addWidget(m_empty);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Mentor record sections"));
    m_details = new MentorDetailsTab(context, m_tabs);
    m_development = new MentorRecordsTab(context, MentorQualityModel::Kind::Development, m_tabs);
    m_observations = new MentorRecordsTab(context, MentorQualityModel::Kind::Observations, m_tabs);
    m_feedback = new MentorRecordsTab(context, MentorQualityModel::Kind::Feedback, m_tabs);
    m_review = new PerformanceReviewTab(context, m_tabs);
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_development, tr("Supervision and C&PD"));
    m_tabs->addTab(m_observations, tr("&Observations"));
    m_tabs->addTab(m_feedback, tr("Learner &feedback"));
    m_tabs->addTab(m_review, tr("Performance &review"));
    layout->addWidget(m_tabs, 1);
    m_all = {m_details, m_development, m_observations, m_feedback, m_review};
    for (MentorTab *tab : std::as_const(m_all)) {
        connect(tab, &MentorTab::statusMessage, this, &MentorRecord::statusMessage);
        connect(tab, &MentorTab::changed, this, [this] {
            showMentor(m_mentor.userId);
            Q_EMIT changed();
        });
    }
    showMentor(0);
}

void MentorRecord::showMentor(qint64 userId)
{
    MentorProfile mentor;
    if (userId != 0) {
        auto found = MentorStore(m_context.db()).find(m_context.session(), userId);
        if (!found) {
            m_heading->setText(found.error().message);
            userId = 0;
        } else {
            mentor = *found;
        }
    }
    m_mentor = mentor;
    m_tabs->setVisible(userId != 0);
    m_empty->setVisible(userId == 0);
    if (userId == 0) {
        m_heading->clear();
        return;
    }
    m_heading->setText(mentor.removed ? tr("%1 (removed)").arg(mentor.basic.fullName()) : mentor.basic.fullName());
    for (MentorTab *tab : std::as_const(m_all))
        tab->showMentor(mentor);
}

} // namespace md::ui
