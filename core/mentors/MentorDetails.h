// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "school/SchoolSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace md {

// The fields of a mentor's details, so a problem can be shown next to the right control.
enum class MentorField
{
    FirstName,
    LastName,
    Trn,
    Email,
    Subject,
    AgeRange,
    KeyStage,
    DateQualified,
    Qualifications,
    DateStartedMentoring,
    ProviderTraining,
    SendTraining,
    SubjectNetworks,
    OtherExperiences,
    Grade,
    Capacity,
};

struct FieldError
{
    MentorField field;
    QString message;
};
using FieldErrors = QList<FieldError>;

// Reference 002's basic details: what the add-mentor flow asks. Subject, age range and key stage
// hold MentorCatalogue codes.
struct MentorBasicDetails
{
    QString firstName;
    QString lastName;
    QString trn;
    QString email;
    QString subject;
    QString ageRange;
    QString keyStage;

    QString fullName() const { return QString(firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed(); }
    bool operator==(const MentorBasicDetails &other) const = default;
};

// Reference 002's additional details.
struct MentorAdditionalDetails
{
    QDate dateQualified; // as a teacher; learning mentors need not be teachers, so it may be empty
    QString qualifications;
    QDate dateStartedMentoring;
    QString providerTraining;
    QString sendTraining;
    QString subjectNetworks;
    QString otherExperiences;

    bool operator==(const MentorAdditionalDetails &other) const = default;
};

// The rules for a mentor's details and their messages. The add-mentor messages are reference
// 002's, word for word; the others follow the same style.
class MentorRules
{
    Q_DECLARE_TR_FUNCTIONS(md::MentorRules)
public:
    // First name, last name, TRN and email address (the "Personal details" step).
    static FieldErrors checkPersonalDetails(const MentorBasicDetails &details);
    static FieldErrors checkSubject(const MentorBasicDetails &details, SchoolPhase phase);
    static FieldErrors checkAgeRange(const MentorBasicDetails &details, SchoolPhase phase);
    static FieldErrors checkKeyStage(const MentorBasicDetails &details, SchoolPhase phase);
    // Every step, in the order the flow asks them.
    static FieldErrors checkBasic(const MentorBasicDetails &details, SchoolPhase phase);
    static FieldErrors checkAdditional(const MentorAdditionalDetails &details, const QDate &today);
    static FieldErrors checkGradeAndCapacity(const QString &grade, int capacity);

    // A TRN is seven digits; spaces and dashes people type between them are dropped.
    static QString normaliseTrn(const QString &trn);
    static bool isEmailFormat(const QString &email);
    // Trims every text answer and normalises the TRN, as they are stored.
    static MentorBasicDetails tidy(MentorBasicDetails details);

    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxEmailLength = 254;
    static constexpr int kMaxTextLength = 2000;

    // An Invalid error whose message is the first problem and whose details are the rest.
    static Error toError(const FieldErrors &errors);
};

} // namespace md
