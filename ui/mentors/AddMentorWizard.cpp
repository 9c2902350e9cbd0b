// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/AddMentorWizard.h"

#include "common/VersionedSave.h"
#include "mentors/MentorCatalogue.h"
#include "school/SchoolSettings.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace md::ui {

using Step = AddMentorFlow::Step;

namespace {

QLabel *makeSummary(QWidget *parent)
{
    auto *summary = new QLabel(parent);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setAccessibleName(AddMentorWizard::tr("There is a problem"));
    summary->setStyleSheet(QStringLiteral("QLabel { border: 3px solid #d4351c; padding: 8px; color: #0b0c0c; }"));
    summary->hide();
    return summary;
}

QLabel *makeFieldError(QWidget *parent)
{
    auto *error = new QLabel(parent);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("QLabel { color: #d4351c; font-weight: bold; }"));
    error->hide();
    return error;
}

} // namespace

// One page of the flow: its step decides where Continue leads and what it checks.
class MentorStepPage : public QWizardPage
{
    Q_OBJECT
public:
    MentorStepPage(AddMentorWizard *wizard, Step step) : QWizardPage(wizard), m_wizard(wizard), m_step(step)
    {
        setTitle(AddMentorFlow::title(step));
        const int number = int(AddMentorFlow::steps().indexOf(step)) + 1;
        const QString question = wizard->m_flow.question(step);
        setSubTitle(question == AddMentorFlow::title(step)
                        ? tr("Step %1 of %2").arg(number).arg(AddMentorFlow::steps().size())
                        : tr("Step %1 of %2: %3").arg(number).arg(AddMentorFlow::steps().size()).arg(question));
    }

    Step step() const { return m_step; }
    int nextId() const override
    {
        if (m_step == Step::CheckYourAnswers)
            return -1;
        return int(m_wizard->m_flow.nextStep(m_step));
    }
    void initializePage() override
    {
        if (m_step == Step::PersonalDetails) {
            const MentorBasicDetails &a = m_wizard->m_flow.answers();
            m_wizard->m_edits.value(MentorField::FirstName)->setText(a.firstName);
            m_wizard->m_edits.value(MentorField::LastName)->setText(a.lastName);
            m_wizard->m_edits.value(MentorField::Trn)->setText(a.trn);
            m_wizard->m_edits.value(MentorField::Email)->setText(a.email);
        } else if (m_step == Step::CheckYourAnswers) {
            m_wizard->fillCheckAnswers();
        } else {
            m_wizard->fillChoices(m_step);
        }
    }
    // The answers live in the flow, not in the page's fields: going back never loses them.
    void cleanupPage() override {}
    bool validatePage() override
    {
        if (m_step == Step::CheckYourAnswers)
            return m_wizard->finish();
        return m_wizard->collect(m_step);
    }

private:
    AddMentorWizard *m_wizard;
    Step m_step;
};

AddMentorWizard::AddMentorWizard(Database &db, const Session &session, QWidget *parent)
    : QWizard(parent), m_db(db), m_session(session), m_flow(SchoolSettings(db).phase())
{
    setWindowTitle(tr("Add a mentor"));
    build(Step::PersonalDetails);
    setButtonText(QWizard::FinishButton, tr("&Add mentor"));
}

AddMentorWizard::AddMentorWizard(Database &db, const Session &session, const MentorProfile &mentor, Step start,
                                 QWidget *parent)
    : QWizard(parent), m_db(db), m_session(session), m_mentorId(mentor.userId), m_version(mentor.rowVersion),
      m_flow(SchoolSettings(db).phase(), mentor.basic)
{
    setWindowTitle(tr("Change %1's details").arg(mentor.basic.fullName()));
    m_flow.beginChange();
    build(start);
    setButtonText(QWizard::FinishButton, tr("&Save changes"));
}

void AddMentorWizard::build(Step start)
{
    setAccessibleName(windowTitle());
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::NextButton, tr("&Continue"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    for (QWizard::WizardButton b :
         {QWizard::NextButton, QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton})
        if (QAbstractButton *button = this->button(b))
            button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    setPage(int(Step::PersonalDetails), personalPage());
    setPage(int(Step::Subject), choicePage(Step::Subject));
    setPage(int(Step::AgeRange), choicePage(Step::AgeRange));
    setPage(int(Step::KeyStage), choicePage(Step::KeyStage));
    setPage(int(Step::CheckYourAnswers), checkPage());
    setStartId(int(start));
    resize(640, 560);
}

QWizardPage *AddMentorWizard::personalPage()
{
    auto *page = new MentorStepPage(this, Step::PersonalDetails);
    auto *layout = new QVBoxLayout(page);
    QLabel *summary = makeSummary(page);
    m_summaries.insert(int(Step::PersonalDetails), summary);
    layout->addWidget(summary);
    const std::tuple<MentorField, QString, QString> fields[] = {
        {MentorField::FirstName, tr("&First name"), QString()},
        {MentorField::LastName, tr("&Last name"), QString()},
        {MentorField::Trn, tr("&Teacher reference number (TRN)"), tr("7 digits, for example 1234567")},
        {MentorField::Email, tr("&Email address"), tr("The confirmation message to the mentor is addressed here")},
    };
    for (const auto &[field, label, hint] : fields) {
        auto *caption = new QLabel(label, page);
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        layout->addWidget(caption);
        if (!hint.isEmpty()) {
            auto *help = new QLabel(hint, page);
            help->setStyleSheet(QStringLiteral("QLabel { color: #505a5f; }"));
            layout->addWidget(help);
        }
        QLabel *error = makeFieldError(page);
        layout->addWidget(error);
        auto *edit = new QLineEdit(page);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        edit->setProperty("hint", hint);
        edit->setAccessibleDescription(hint);
        if (field == MentorField::Trn)
            edit->setMaximumWidth(160);
        caption->setBuddy(edit);
        layout->addWidget(edit);
        m_edits.insert(field, edit);
        m_fieldErrors.insert(field, error);
        error->setAccessibleName(tr("Problem with %1").arg(edit->accessibleName()));
    }
    layout->addStretch();
    return page;
}

QWizardPage *AddMentorWizard::choicePage(Step step)
{
    auto *page = new MentorStepPage(this, step);
    auto *layout = new QVBoxLayout(page);
    QLabel *summary = makeSummary(page);
    m_summaries.insert(int(step), summary);
    layout->addWidget(summary);
    const MentorField field = step == Step::Subject    ? MentorField::Subject
                              : step == Step::AgeRange ? MentorField::AgeRange
                                                       : MentorField::KeyStage;
    QLabel *error = makeFieldError(page);
    error->setAccessibleName(tr("Problem with %1").arg(AddMentorFlow::title(step)));
    m_fieldErrors.insert(field, error);
    layout->addWidget(error);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(m_flow.question(step));
    auto *host = new QWidget(scroll);
    auto *choices = new QVBoxLayout(host);
    choices->addStretch();
    scroll->setWidget(host);
    layout->addWidget(scroll, 1);
    auto *group = new QButtonGroup(page);
    group->setExclusive(true);
    m_groups.insert(int(step), group);
    m_choiceLayouts.insert(int(step), choices);
    return page;
}

void AddMentorWizard::fillChoices(Step step)
{
    QButtonGroup *group = m_groups.value(int(step));
    QVBoxLayout *layout = m_choiceLayouts.value(int(step));
    for (QAbstractButton *b : group->buttons()) {
        group->removeButton(b);
        delete b;
    }
    const QList<MentorOption> options = step == Step::Subject    ? m_flow.subjectOptions()
                                        : step == Step::AgeRange ? m_flow.ageRangeOptions()
                                                                 : m_flow.keyStageOptions();
    const QString current = step == Step::Subject    ? m_flow.answers().subject
                            : step == Step::AgeRange ? m_flow.answers().ageRange
                                                     : m_flow.answers().keyStage;
    // No answer is chosen unless the user chose it before (reference 002: "We do not default the
    // question to a specific answer").
    for (int i = 0; i < options.size(); ++i) {
        auto *radio = new QRadioButton(options.at(i).label, layout->parentWidget());
        radio->setProperty("code", options.at(i).code);
        radio->setAccessibleName(options.at(i).label);
        radio->setChecked(options.at(i).code == current);
        group->addButton(radio);
        layout->insertWidget(i, radio);
    }
}

QList<QRadioButton *> AddMentorWizard::options(Step step) const
{
    QList<QRadioButton *> out;
    if (QButtonGroup *group = m_groups.value(int(step)))
        for (QAbstractButton *b : group->buttons())
            out << static_cast<QRadioButton *>(b);
    return out;
}

QRadioButton *AddMentorWizard::option(Step step, const QString &code) const
{
    for (QRadioButton *radio : options(step))
        if (radio->property("code").toString() == code)
            return radio;
    return nullptr;
}

QWizardPage *AddMentorWizard::checkPage()
{
    auto *page = new MentorStepPage(this, Step::CheckYourAnswers);
    auto *layout = new QVBoxLayout(page);
    QLabel *summary = makeSummary(page);
    m_summaries.insert(int(Step::CheckYourAnswers), summary);
    layout->addWidget(summary);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(18);
    const QList<AddMentorFlow::AnswerRow> rows = m_flow.checkYourAnswers();
    for (int r = 0; r < rows.size(); ++r) {
        const AddMentorFlow::AnswerRow &row = rows.at(r);
        auto *question = new QLabel(row.question, page);
        QFont bold = question->font();
        bold.setBold(true);
        question->setFont(bold);
        auto *answer = new QLabel(page);
        answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
        answer->setAccessibleName(row.question);
        answer->setWordWrap(true);
        auto *change = new QPushButton(tr("Change"), page);
        change->setFlat(true);
        change->setAutoDefault(false); // Enter on Check your answers still finishes
        change->setCursor(Qt::PointingHandCursor);
        change->setStyleSheet(QStringLiteral("QPushButton { color: #1d70b8; text-decoration: underline; }"));
        change->setAccessibleName(tr("Change %1").arg(row.question.toLower()));
        const Step target = row.step;
        connect(change, &QPushButton::clicked, this, [this, target] { changeAnswer(target); });
        grid->addWidget(question, r, 0, Qt::AlignTop);
        grid->addWidget(answer, r, 1, Qt::AlignTop);
        grid->addWidget(change, r, 2, Qt::AlignTop);
        m_answers.insert(row.field, answer);
        m_changeLinks.insert(row.field, change);
    }
    layout->addLayout(grid);
    auto *note = new QLabel(isEditing() ? tr("Saving changes updates the mentor's details straight away.")
                                        : tr("When you add the mentor, a confirmation message to them is written "
                                             "to the outbox, for you to copy into an email or print."),
                            page);
    note->setWordWrap(true);
    layout->addSpacing(12);
    layout->addWidget(note);
    layout->addStretch();
    return page;
}

void AddMentorWizard::fillCheckAnswers()
{
    for (const AddMentorFlow::AnswerRow &row : m_flow.checkYourAnswers())
        if (QLabel *label = m_answers.value(row.field))
            label->setText(row.answer.isEmpty() ? tr("Not answered") : row.answer);
    m_summaries.value(int(Step::CheckYourAnswers))->hide();
}

void AddMentorWizard::showErrors(Step step, const FieldErrors &errors)
{
    QList<MentorField> fields;
    switch (step) {
    case Step::PersonalDetails:
        fields = {MentorField::FirstName, MentorField::LastName, MentorField::Trn, MentorField::Email};
        break;
    case Step::Subject:
        fields = {MentorField::Subject};
        break;
    case Step::AgeRange:
        fields = {MentorField::AgeRange};
        break;
    case Step::KeyStage:
        fields = {MentorField::KeyStage};
        break;
    case Step::CheckYourAnswers:
        break; // the summary alone: each answer has its Change link
    }
    QStringList lines{tr("There is a problem")};
    for (const FieldError &e : errors)
        lines << QStringLiteral("\u2022 ") + e.message;
    for (MentorField field : std::as_const(fields)) {
        const auto found =
            std::find_if(errors.cbegin(), errors.cend(), [field](const FieldError &e) { return e.field == field; });
        QLabel *label = m_fieldErrors.value(field);
        QLineEdit *edit = m_edits.value(field);
        if (found == errors.cend()) {
            label->clear();
            label->hide();
            if (edit)
                edit->setAccessibleDescription(edit->property("hint").toString());
            continue;
        }
        label->setText(tr("Error: %1").arg(found->message));
        label->show();
        if (edit)
            edit->setAccessibleDescription(found->message);
    }
    QLabel *summary = m_summaries.value(int(step));
    summary->setText(lines.join(QLatin1Char('\n')));
    summary->setVisible(!errors.isEmpty());
    // Focus the first field with a problem, as a keyboard user would want.
    if (!errors.isEmpty())
        if (QLineEdit *edit = m_edits.value(errors.first().field))
            edit->setFocus();
}

bool AddMentorWizard::collect(Step step)
{
    switch (step) {
    case Step::PersonalDetails:
        m_flow.setPersonalDetails(m_edits.value(MentorField::FirstName)->text(),
                                  m_edits.value(MentorField::LastName)->text(), m_edits.value(MentorField::Trn)->text(),
                                  m_edits.value(MentorField::Email)->text());
        break;
    case Step::Subject:
    case Step::AgeRange:
    case Step::KeyStage: {
        QAbstractButton *chosen = m_groups.value(int(step))->checkedButton();
        const QString code = chosen ? chosen->property("code").toString() : QString();
        if (step == Step::Subject)
            m_flow.setSubject(code);
        else if (step == Step::AgeRange)
            m_flow.setAgeRange(code);
        else
            m_flow.setKeyStage(code);
        break;
    }
    case Step::CheckYourAnswers:
        return true;
    }
    const FieldErrors errors = m_flow.check(step);
    showErrors(step, errors);
    return errors.isEmpty();
}

bool AddMentorWizard::finish()
{
    QLabel *summary = m_summaries.value(int(Step::CheckYourAnswers));
    // Every answer is checked again: a Change could have left one empty.
    if (const FieldErrors errors = m_flow.checkAll(); !errors.isEmpty()) {
        showErrors(Step::CheckYourAnswers, errors);
        return false;
    }
    if (isEditing()) {
        // From the version shown: a profile changed at another desk meanwhile shows both versions.
        Status s;
        VersionedSave(this, m_db, m_session.actor())
            .onProblem([&s](const Error &e) { s = e; })
            .run(m_version, [&](int version) {
                return MentorStore(m_db).updateBasic(m_session, m_mentorId, m_flow.answers(), version);
            });
        if (!s) {
            summary->setText(tr("There is a problem") + QStringLiteral("\n\u2022 ") + s.error().fullText());
            summary->show();
            return false;
        }
        Q_EMIT detailsSaved(m_mentorId);
        return true;
    }
    auto added = MentorStore(m_db).add(m_session, m_flow.answers());
    if (!added) {
        summary->setText(tr("There is a problem") + QStringLiteral("\n\u2022 ") + added.error().fullText());
        summary->show();
        return false;
    }
    m_added = *added;
    Q_EMIT mentorAdded(m_added);
    return true;
}

void AddMentorWizard::changeAnswer(Step step)
{
    m_flow.beginChange();
    setStartId(int(step));
    restart();
}

} // namespace md::ui

#include "AddMentorWizard.moc"
