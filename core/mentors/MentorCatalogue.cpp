// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorCatalogue.h"

namespace md {

namespace {

struct Entry
{
    const char *code;
    const char *label;
};

template <std::size_t N> QList<MentorOption> translated(const Entry (&entries)[N])
{
    QList<MentorOption> out;
    out.reserve(qsizetype(N));
    for (const Entry &e : entries)
        out.append({QString::fromLatin1(e.code), QCoreApplication::translate("md::MentorCatalogue", e.label)});
    return out;
}

// Reference 002, "Primary subject specialism".
const Entry kPrimarySubjects[] = {
    {"primary", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Primary")},
    {"primary_english", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Primary with English")},
    {"primary_geography_history", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Primary with geography and history")},
    {"primary_mathematics", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Primary with mathematics")},
    {"primary_modern_languages", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Primary with modern languages")},
    {"primary_physical_education", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Primary with physical education")},
    {"primary_science", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Primary with science")},
};

// Reference 002, "Secondary subject".
const Entry kSecondarySubjects[] = {
    {"ancient_greek", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Ancient Greek")},
    {"ancient_hebrew", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Ancient Hebrew")},
    {"art_and_design", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Art and design")},
    {"biology", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Biology")},
    {"business_studies", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Business studies")},
    {"chemistry", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Chemistry")},
    {"citizenship", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Citizenship")},
    {"classics", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Classics")},
    {"communication_media", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Communication and media studies")},
    {"computing", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Computing")},
    {"dance", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Dance")},
    {"design_technology", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Design and technology")},
    {"drama", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Drama")},
    {"economics", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Economics")},
    {"english", QT_TRANSLATE_NOOP("md::MentorCatalogue", "English")},
    {"esol", QT_TRANSLATE_NOOP("md::MentorCatalogue", "English as a second or other language")},
    {"french", QT_TRANSLATE_NOOP("md::MentorCatalogue", "French")},
    {"geography", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Geography")},
    {"german", QT_TRANSLATE_NOOP("md::MentorCatalogue", "German")},
    {"health_social_care", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Health and social care")},
    {"history", QT_TRANSLATE_NOOP("md::MentorCatalogue", "History")},
    {"italian", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Italian")},
    {"japanese", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Japanese")},
    {"latin", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Latin")},
    {"mandarin", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Mandarin")},
    {"mathematics", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Mathematics")},
    {"music", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Music")},
    {"philosophy", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Philosophy")},
    {"physical_education", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Physical education")},
    {"physics", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Physics")},
    {"psychology", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Psychology")},
    {"religious_education", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Religious education")},
    {"russian", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Russian")},
    {"science", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Science")},
    {"social_sciences", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Social sciences")},
    {"spanish", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Spanish")},
};

const Entry kPrimaryAgeRanges[] = {
    {"3_to_7", QT_TRANSLATE_NOOP("md::MentorCatalogue", "3 to 7")},
    {"5_to_11", QT_TRANSLATE_NOOP("md::MentorCatalogue", "5 to 11")},
    {"7_to_11", QT_TRANSLATE_NOOP("md::MentorCatalogue", "7 to 11")},
    {"7_to_14", QT_TRANSLATE_NOOP("md::MentorCatalogue", "7 to 14 - middle years")},
};

// The reference's secondary list, then middle years (offered in both phases).
const Entry kSecondaryAgeRanges[] = {
    {"11_to_16", QT_TRANSLATE_NOOP("md::MentorCatalogue", "11 to 16")},
    {"11_to_18", QT_TRANSLATE_NOOP("md::MentorCatalogue", "11 to 18")},
    {"14_to_19", QT_TRANSLATE_NOOP("md::MentorCatalogue", "14 to 19")},
    {"7_to_14", QT_TRANSLATE_NOOP("md::MentorCatalogue", "7 to 14 - middle years")},
};

const Entry kPrimaryKeyStages[] = {
    {"early_years", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Early years")},
    {"ks1", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Key stage 1")},
    {"ks2", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Key stage 2")},
};

const Entry kSecondaryKeyStages[] = {
    {"ks3", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Key stage 3")},
    {"ks4", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Key stage 4")},
    {"ks5", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Key stage 5")},
};

const Entry kGrades[] = {
    {"learning_mentor", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Learning mentor")},
    {"advanced_learning_mentor", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Advanced learning mentor")},
    {"lead_learning_mentor", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Lead learning mentor")},
};

const Entry kRemovalReasons[] = {
    {"left_school", QT_TRANSLATE_NOOP("md::MentorCatalogue", "They have left the school")},
    {"no_longer_mentoring", QT_TRANSLATE_NOOP("md::MentorCatalogue", "They have decided not to be a mentor")},
    {"other", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Another reason")},
};

const Entry kDevelopmentKinds[] = {
    {"supervision", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Supervision meeting")},
    {"cpd", QT_TRANSLATE_NOOP("md::MentorCatalogue", "CPD")},
};

const Entry kObservationSettings[] = {
    {"session", QT_TRANSLATE_NOOP("md::MentorCatalogue", "1:1 mentoring session")},
    {"lesson", QT_TRANSLATE_NOOP("md::MentorCatalogue", "In-class support in a lesson")},
};

const Entry kJudgements[] = {
    {"met", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Met")},
    {"partly", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Partly met")},
    {"not_met", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Not met")},
    {"not_seen", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Not seen")},
};

const Entry kOverall[] = {
    {"exceeds", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Exceeds expectations")},
    {"meets", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Meets expectations")},
    {"working_towards", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Working towards expectations")},
    {"below", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Below expectations")},
};

const Entry kQuestionnaire[] = {
    {"listens", QT_TRANSLATE_NOOP("md::MentorCatalogue", "My mentor listens to me")},
    {"helps_targets", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Our sessions help me work towards my targets")},
    {"feels_safe", QT_TRANSLATE_NOOP("md::MentorCatalogue", "I feel safe talking to my mentor")},
    {"helps_lessons", QT_TRANSLATE_NOOP("md::MentorCatalogue", "Mentoring helps me in my lessons")},
    {"would_recommend", QT_TRANSLATE_NOOP("md::MentorCatalogue", "I would recommend mentoring to a friend")},
};

} // namespace

QList<MentorOption> MentorCatalogue::subjects(SchoolPhase phase)
{
    return phase == SchoolPhase::Primary ? translated(kPrimarySubjects) : translated(kSecondarySubjects);
}

QList<MentorOption> MentorCatalogue::ageRanges(SchoolPhase phase)
{
    return phase == SchoolPhase::Primary ? translated(kPrimaryAgeRanges) : translated(kSecondaryAgeRanges);
}

QList<MentorOption> MentorCatalogue::keyStages(SchoolPhase phase, const QString &ageRangeCode)
{
    if (phase == SchoolPhase::Primary)
        return translated(kPrimaryKeyStages); // Key stage 2 is already there
    QList<MentorOption> stages = translated(kSecondaryKeyStages);
    if (ageRangeCode == kMiddleYears)
        stages.prepend({kKeyStage2, tr("Key stage 2")});
    return stages;
}

QString MentorCatalogue::labelOf(const QList<MentorOption> &options, const QString &code)
{
    for (const MentorOption &o : options)
        if (o.code == code)
            return o.label;
    return code;
}

QString MentorCatalogue::subjectLabel(const QString &code)
{
    return labelOf(translated(kPrimarySubjects) + translated(kSecondarySubjects), code);
}

QString MentorCatalogue::ageRangeLabel(const QString &code)
{
    return labelOf(translated(kPrimaryAgeRanges) + translated(kSecondaryAgeRanges), code);
}

QString MentorCatalogue::keyStageLabel(const QString &code)
{
    return labelOf(translated(kPrimaryKeyStages) + translated(kSecondaryKeyStages), code);
}

QString MentorCatalogue::findCode(const QList<MentorOption> &options, const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const MentorOption &o : options)
        if (o.code.compare(wanted, Qt::CaseInsensitive) == 0 || o.label.compare(wanted, Qt::CaseInsensitive) == 0)
            return o.code;
    return {};
}

QList<MentorOption> MentorCatalogue::grades()
{
    return translated(kGrades);
}

QString MentorCatalogue::gradeLabel(const QString &code)
{
    return labelOf(grades(), code);
}

int MentorCatalogue::defaultCapacity(const QString &gradeCode)
{
    // Reference 004: learning and advanced learning mentors carry 6 to 8 students; the lead
    // learning mentor, who also runs the team, up to 3 with complex needs.
    return gradeCode == QLatin1String("lead_learning_mentor") ? 3 : 8;
}

QList<MentorOption> MentorCatalogue::removalReasons()
{
    return translated(kRemovalReasons);
}

QList<MentorOption> MentorCatalogue::developmentKinds()
{
    return translated(kDevelopmentKinds);
}

QList<MentorOption> MentorCatalogue::observationSettings()
{
    return translated(kObservationSettings);
}

QList<MentorOption> MentorCatalogue::judgements()
{
    return translated(kJudgements);
}

QList<MentorOption> MentorCatalogue::overallJudgements()
{
    return translated(kOverall);
}

QList<MentorOption> MentorCatalogue::feedbackQuestions()
{
    return translated(kQuestionnaire);
}

QString MentorCatalogue::ratingLabel(int rating)
{
    switch (rating) {
    case 1:
        return tr("1 - strongly disagree");
    case 2:
        return tr("2 - disagree");
    case 3:
        return tr("3 - not sure");
    case 4:
        return tr("4 - agree");
    case 5:
        return tr("5 - strongly agree");
    }
    return {};
}

} // namespace md
