// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentoring/CaseloadPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace md {

// The five step approach to 1:1 mentoring (reference 004, Appendix 2).
enum class MentoringStep
{
    Referral = 1,
    GatheringInformation,
    Plan,
    Targets,
    Review,
};

struct StepState
{
    MentoringStep step = MentoringStep::Referral;
    bool done = false;
    QStringList missing; // what is needed before the step is done
};

struct FiveStepProgress
{
    QList<StepState> steps; // all five, in order
    int current = 1;        // the first step not done; 6 when all five are done
    QString summary;        // "Step 3 of 5, create a plan: write the action plan"

    bool complete() const { return current > 5; }
    const StepState &currentStep() const { return steps.at(std::min(current, 5) - 1); }
};

// Works out which step a case is at, and what is missing to move on, from the log.
// 1 Referral: on the mentoring register with a mentor assigned.
// 2 Gathering information: parental consent given; home contacted to explain mentoring; the
//   student's needs assessed (a lesson observation, or views from teachers or agencies).
// 3 Plan: objectives set; an action plan written; weekly 1:1 sessions planned.
// 4 Targets: a SMART target agreed with the student.
// 5 Review and evaluate: progress reviewed against the objectives.
class FiveSteps
{
    Q_DECLARE_TR_FUNCTIONS(md::FiveSteps)
public:
    static FiveStepProgress evaluate(const CaseFacts &facts, const QDate &today);
    static QString title(MentoringStep step);
    // "2 Gathering information", for a compact column.
    static QString shortTitle(MentoringStep step);
};

} // namespace md
