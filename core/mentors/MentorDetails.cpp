// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorDetails.h"

#include "mentors/MentorCatalogue.h"

#include <QRegularExpression>

namespace md {

QString MentorRules::normaliseTrn(const QString &trn)
{
    QString out;
    for (const QChar c : trn)
        if (!c.isSpace() && c != QLatin1Char('-'))
            out.append(c);
    return out;
}

bool MentorRules::isEmailFormat(const QString &email)
{
    // Something, an @, a domain with a dot; no spaces. The same forgiving check GOV.UK services use:
    // stricter patterns refuse real addresses.
    static const QRegularExpression pattern(QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"));
    return pattern.match(email).hasMatch();
}

MentorBasicDetails MentorRules::tidy(MentorBasicDetails d)
{
    d.firstName = d.firstName.simplified();
    d.lastName = d.lastName.simplified();
    d.trn = normaliseTrn(d.trn);
    d.email = d.email.trimmed();
    d.subject = d.subject.trimmed();
    d.ageRange = d.ageRange.trimmed();
    d.keyStage = d.keyStage.trimmed();
    return d;
}

FieldErrors MentorRules::checkPersonalDetails(const MentorBasicDetails &raw)
{
    const MentorBasicDetails d = tidy(raw);
    FieldErrors errors;
    if (d.firstName.isEmpty())
        errors.append({MentorField::FirstName, tr("Enter a first name")});
    else if (d.firstName.size() > kMaxNameLength)
        errors.append({MentorField::FirstName, tr("First name must be %1 characters or fewer").arg(kMaxNameLength)});
    if (d.lastName.isEmpty())
        errors.append({MentorField::LastName, tr("Enter a last name")});
    else if (d.lastName.size() > kMaxNameLength)
        errors.append({MentorField::LastName, tr("Last name must be %1 characters or fewer").arg(kMaxNameLength)});
    static const QRegularExpression sevenDigits(QStringLiteral("^[0-9]{7}$"));
    if (d.trn.isEmpty())
        errors.append({MentorField::Trn, tr("Enter a teacher reference number (TRN)")});
    else if (!sevenDigits.match(d.trn).hasMatch())
        errors.append({MentorField::Trn, tr("Enter a teacher reference number (TRN) that is 7 digits, like 1234567")});
    if (d.email.isEmpty())
        errors.append({MentorField::Email, tr("Enter an email address")});
    else if (d.email.size() > kMaxEmailLength || !isEmailFormat(d.email))
        errors.append({MentorField::Email, tr("Enter an email address in the correct format, like name@example.com")});
    return errors;
}

FieldErrors MentorRules::checkSubject(const MentorBasicDetails &d, SchoolPhase phase)
{
    const QString code = d.subject.trimmed();
    if (code.isEmpty())
        return {{MentorField::Subject, tr("Select a subject")}};
    if (MentorCatalogue::findCode(MentorCatalogue::subjects(phase), code) != code)
        return {{MentorField::Subject, phase == SchoolPhase::Primary
                                           ? tr("Select a subject from the list of primary subject specialisms")
                                           : tr("Select a subject from the list of secondary subjects")}};
    return {};
}

FieldErrors MentorRules::checkAgeRange(const MentorBasicDetails &d, SchoolPhase phase)
{
    const QString code = d.ageRange.trimmed();
    if (code.isEmpty())
        return {{MentorField::AgeRange, tr("Select an age range")}};
    if (MentorCatalogue::findCode(MentorCatalogue::ageRanges(phase), code) != code)
        return {{MentorField::AgeRange, phase == SchoolPhase::Primary
                                            ? tr("Select an age range from the list for a primary school")
                                            : tr("Select an age range from the list for a secondary school")}};
    return {};
}

FieldErrors MentorRules::checkKeyStage(const MentorBasicDetails &d, SchoolPhase phase)
{
    const QString code = d.keyStage.trimmed();
    if (code.isEmpty())
        return {{MentorField::KeyStage, tr("Select a key stage")}};
    const QList<MentorOption> offered = MentorCatalogue::keyStages(phase, d.ageRange.trimmed());
    if (MentorCatalogue::findCode(offered, code) == code)
        return {};
    if (code == MentorCatalogue::kKeyStage2 && phase == SchoolPhase::Secondary)
        return {{MentorField::KeyStage, tr("Key stage 2 is only offered with the age range '%1'")
                                            .arg(MentorCatalogue::ageRangeLabel(MentorCatalogue::kMiddleYears))}};
    return {{MentorField::KeyStage, phase == SchoolPhase::Primary
                                        ? tr("Select a key stage from the list for a primary school")
                                        : tr("Select a key stage from the list for a secondary school")}};
}

FieldErrors MentorRules::checkBasic(const MentorBasicDetails &d, SchoolPhase phase)
{
    return checkPersonalDetails(d) + checkSubject(d, phase) + checkAgeRange(d, phase) + checkKeyStage(d, phase);
}

FieldErrors MentorRules::checkAdditional(const MentorAdditionalDetails &d, const QDate &today)
{
    FieldErrors errors;
    if (d.dateQualified.isValid() && d.dateQualified > today)
        errors.append({MentorField::DateQualified, tr("The date qualified as a teacher must be today or in the past")});
    if (d.dateStartedMentoring.isValid() && d.dateStartedMentoring > today)
        errors.append(
            {MentorField::DateStartedMentoring, tr("The date started mentoring must be today or in the past")});
    const std::pair<MentorField, const QString *> texts[] = {
        {MentorField::Qualifications, &d.qualifications},     {MentorField::ProviderTraining, &d.providerTraining},
        {MentorField::SendTraining, &d.sendTraining},         {MentorField::SubjectNetworks, &d.subjectNetworks},
        {MentorField::OtherExperiences, &d.otherExperiences},
    };
    for (const auto &[field, text] : texts)
        if (text->size() > kMaxTextLength)
            errors.append({field, tr("Keep each answer to %1 characters or fewer").arg(kMaxTextLength)});
    return errors;
}

FieldErrors MentorRules::checkGradeAndCapacity(const QString &grade, int capacity)
{
    FieldErrors errors;
    if (MentorCatalogue::findCode(MentorCatalogue::grades(), grade) != grade || grade.isEmpty())
        errors.append({MentorField::Grade, tr("Select a grade")});
    if (capacity < 1 || capacity > MentorCatalogue::kMaxCapacity)
        errors.append({MentorField::Capacity,
                       tr("Enter a capacity between 1 and %1 students").arg(MentorCatalogue::kMaxCapacity)});
    return errors;
}

Error MentorRules::toError(const FieldErrors &errors)
{
    if (errors.isEmpty())
        return Error::invalid(QString());
    QStringList rest;
    for (qsizetype i = 1; i < errors.size(); ++i)
        rest.append(errors.at(i).message);
    return Error::invalid(errors.first().message, rest);
}

} // namespace md
