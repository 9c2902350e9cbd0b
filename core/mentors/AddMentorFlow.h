// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentors/MentorCatalogue.h"
#include "mentors/MentorDetails.h"

#include <QCoreApplication>

namespace md {

// The state of reference 002's add-mentor flow, without any widgets: five steps (personal
// details, subject, age range, key stage, check your answers), the answers so far, the options
// each step offers for the school's phase, each step's check, and where "Continue" and each
// "Change" link on Check your answers lead. The same flow edits an existing mentor's basic
// details ("doing so will show similar pages to those used in the 'Add mentor' flow").
class AddMentorFlow
{
    Q_DECLARE_TR_FUNCTIONS(md::AddMentorFlow)
public:
    enum class Step
    {
        PersonalDetails,
        Subject,
        AgeRange,
        KeyStage,
        CheckYourAnswers,
    };
    static QList<Step> steps();

    // One line of Check your answers: the question, the answer as shown, and the step its
    // Change link returns to.
    struct AnswerRow
    {
        MentorField field;
        QString question;
        QString answer;
        Step step;
    };

    explicit AddMentorFlow(SchoolPhase phase, const MentorBasicDetails &answers = {});

    SchoolPhase phase() const { return m_phase; }
    const MentorBasicDetails &answers() const { return m_answers; }

    void setPersonalDetails(const QString &firstName, const QString &lastName, const QString &trn,
                            const QString &email);
    void setSubject(const QString &code);
    // Changing the age range can take away the chosen key stage (Key stage 2 is offered to a
    // secondary school only with middle years); it is then cleared, and true is returned.
    bool setAgeRange(const QString &code);
    void setKeyStage(const QString &code);

    QList<MentorOption> subjectOptions() const;
    QList<MentorOption> ageRangeOptions() const;
    QList<MentorOption> keyStageOptions() const;

    // The problems with one step's answers (none for Check your answers itself).
    FieldErrors check(Step step) const;
    FieldErrors checkAll() const;

    // The rows of Check your answers, in the order of the flow.
    QList<AnswerRow> checkYourAnswers() const;

    // After a Change link the user changes one answer and goes back to Check your answers,
    // unless a later step has lost its answer (nextStep says where).
    void beginChange() { m_changing = true; }
    bool isChanging() const { return m_changing; }
    Step nextStep(Step current) const;

    static QString title(Step step);
    // The phase-specific heading of the Subject, Age range and Key stage questions.
    QString question(Step step) const;

private:
    SchoolPhase m_phase;
    MentorBasicDetails m_answers;
    bool m_changing = false;
};

} // namespace md
