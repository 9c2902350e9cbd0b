// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/AddMentorFlow.h"

namespace md {

QList<AddMentorFlow::Step> AddMentorFlow::steps()
{
    return {Step::PersonalDetails, Step::Subject, Step::AgeRange, Step::KeyStage, Step::CheckYourAnswers};
}

AddMentorFlow::AddMentorFlow(SchoolPhase phase, const MentorBasicDetails &answers) : m_phase(phase), m_answers(answers)
{
}

void AddMentorFlow::setPersonalDetails(const QString &firstName, const QString &lastName, const QString &trn,
                                       const QString &email)
{
    m_answers.firstName = firstName;
    m_answers.lastName = lastName;
    m_answers.trn = trn;
    m_answers.email = email;
}

void AddMentorFlow::setSubject(const QString &code)
{
    m_answers.subject = code;
}

bool AddMentorFlow::setAgeRange(const QString &code)
{
    m_answers.ageRange = code;
    if (m_answers.keyStage.isEmpty())
        return false;
    if (MentorCatalogue::findCode(keyStageOptions(), m_answers.keyStage) == m_answers.keyStage)
        return false;
    m_answers.keyStage.clear();
    return true;
}

void AddMentorFlow::setKeyStage(const QString &code)
{
    m_answers.keyStage = code;
}

QList<MentorOption> AddMentorFlow::subjectOptions() const
{
    return MentorCatalogue::subjects(m_phase);
}

QList<MentorOption> AddMentorFlow::ageRangeOptions() const
{
    return MentorCatalogue::ageRanges(m_phase);
}

QList<MentorOption> AddMentorFlow::keyStageOptions() const
{
    return MentorCatalogue::keyStages(m_phase, m_answers.ageRange);
}

FieldErrors AddMentorFlow::check(Step step) const
{
    switch (step) {
    case Step::PersonalDetails:
        return MentorRules::checkPersonalDetails(m_answers);
    case Step::Subject:
        return MentorRules::checkSubject(m_answers, m_phase);
    case Step::AgeRange:
        return MentorRules::checkAgeRange(m_answers, m_phase);
    case Step::KeyStage:
        return MentorRules::checkKeyStage(m_answers, m_phase);
    case Step::CheckYourAnswers:
        return {};
    }
    return {};
}

FieldErrors AddMentorFlow::checkAll() const
{
    return MentorRules::checkBasic(m_answers, m_phase);
}

QList<AddMentorFlow::AnswerRow> AddMentorFlow::checkYourAnswers() const
{
    const MentorBasicDetails d = MentorRules::tidy(m_answers);
    return {
        {MentorField::FirstName, tr("First name"), d.firstName, Step::PersonalDetails},
        {MentorField::LastName, tr("Last name"), d.lastName, Step::PersonalDetails},
        {MentorField::Trn, tr("Teacher reference number (TRN)"), d.trn, Step::PersonalDetails},
        {MentorField::Email, tr("Email address"), d.email, Step::PersonalDetails},
        {MentorField::Subject, tr("Subject"),
         d.subject.isEmpty() ? QString() : MentorCatalogue::subjectLabel(d.subject), Step::Subject},
        {MentorField::AgeRange, tr("Age range"),
         d.ageRange.isEmpty() ? QString() : MentorCatalogue::ageRangeLabel(d.ageRange), Step::AgeRange},
        {MentorField::KeyStage, tr("Key stage"),
         d.keyStage.isEmpty() ? QString() : MentorCatalogue::keyStageLabel(d.keyStage), Step::KeyStage},
    };
}

AddMentorFlow::Step AddMentorFlow::nextStep(Step current) const
{
    if (current == Step::CheckYourAnswers)
        return Step::CheckYourAnswers;
    if (m_changing) {
        // Back to Check your answers, unless a step after this one now has no (valid) answer:
        // changing the age range can take the key stage away.
        for (Step later : steps()) {
            if (int(later) <= int(current) || later == Step::CheckYourAnswers)
                continue;
            if (!check(later).isEmpty())
                return later;
        }
        return Step::CheckYourAnswers;
    }
    return Step(int(current) + 1);
}

QString AddMentorFlow::title(Step step)
{
    switch (step) {
    case Step::PersonalDetails:
        return tr("Personal details");
    case Step::Subject:
        return tr("Subject");
    case Step::AgeRange:
        return tr("Age range");
    case Step::KeyStage:
        return tr("Key stage");
    case Step::CheckYourAnswers:
        return tr("Check your answers");
    }
    return {};
}

QString AddMentorFlow::question(Step step) const
{
    const bool primary = m_phase == SchoolPhase::Primary;
    switch (step) {
    case Step::Subject:
        return primary ? tr("Primary subject specialism") : tr("Secondary subject");
    case Step::AgeRange:
        return primary ? tr("Primary age range") : tr("Secondary age range");
    case Step::KeyStage:
        return primary ? tr("Primary key stage") : tr("Secondary key stage");
    case Step::PersonalDetails:
    case Step::CheckYourAnswers:
        break;
    }
    return title(step);
}

} // namespace md
