// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "school/SchoolSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md {

// One answer a user can choose: the code stored in the database and the label shown.
struct MentorOption
{
    QString code;
    QString label;

    bool operator==(const MentorOption &other) const = default;
};

// Every list of answers the mentor screens offer, in one place with their stored codes: the
// add-mentor flow's phase-dependent subjects, age ranges and key stages (reference 002, word for
// word, with its "further considerations" applied), grades (reference 004), removal reasons,
// and the quality-assurance lists (reference 003).
class MentorCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(md::MentorCatalogue)
public:
    // Reference 002: primary subject specialisms or secondary subjects, by the school's phase.
    static QList<MentorOption> subjects(SchoolPhase phase);
    // Reference 002's age ranges for the phase. '7 to 14 - middle years' spans both phases, so
    // it is offered to secondary schools too (the reference's further considerations).
    static QList<MentorOption> ageRanges(SchoolPhase phase);
    // The phase's key stages; choosing '7 to 14 - middle years' always offers Key stage 2.
    static QList<MentorOption> keyStages(SchoolPhase phase, const QString &ageRangeCode);

    static inline const QString kMiddleYears = QStringLiteral("7_to_14");
    static inline const QString kKeyStage2 = QStringLiteral("ks2");

    // Labels of stored codes (any phase); the code itself when it is unknown.
    static QString subjectLabel(const QString &code);
    static QString ageRangeLabel(const QString &code);
    static QString keyStageLabel(const QString &code);

    // The code of the option whose code or label is `text` (ignoring case and surrounding
    // spaces), or an empty string. Lets the command line accept "Key stage 3" or "ks3".
    static QString findCode(const QList<MentorOption> &options, const QString &text);
    static QString labelOf(const QList<MentorOption> &options, const QString &code);

    // Reference 004's three grades, with the caseload each usually carries.
    static QList<MentorOption> grades();
    static QString gradeLabel(const QString &code);
    static int defaultCapacity(const QString &gradeCode);
    static constexpr int kMaxCapacity = 30;

    static QList<MentorOption> removalReasons();      // left_school, no_longer_mentoring, other
    static QList<MentorOption> developmentKinds();    // supervision, cpd
    static QList<MentorOption> observationSettings(); // session, lesson
    static QList<MentorOption> judgements();          // met, partly, not_met, not_seen
    static QList<MentorOption> overallJudgements();   // exceeds, meets, working_towards, below

    // The learner feedback questionnaire: five statements rated 1 (strongly disagree) to 5
    // (strongly agree). Codes are the learner_feedback columns.
    static QList<MentorOption> feedbackQuestions();
    static QString ratingLabel(int rating);
    static constexpr int kFeedbackQuestions = 5;
};

} // namespace md
