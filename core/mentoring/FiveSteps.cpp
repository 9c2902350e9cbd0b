// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/FiveSteps.h"

#include <QLocale>

namespace md {

QString FiveSteps::title(MentoringStep step)
{
    switch (step) {
    case MentoringStep::Referral:
        return tr("Referral");
    case MentoringStep::GatheringInformation:
        return tr("Gathering information");
    case MentoringStep::Plan:
        return tr("Create a plan");
    case MentoringStep::Targets:
        return tr("Setting targets");
    case MentoringStep::Review:
        return tr("Review and evaluate");
    }
    return {};
}

QString FiveSteps::shortTitle(MentoringStep step)
{
    return tr("%1 %2").arg(int(step)).arg(title(step));
}

FiveStepProgress FiveSteps::evaluate(const CaseFacts &f, const QDate &today)
{
    const QLocale locale;
    FiveStepProgress p;

    StepState referral{MentoringStep::Referral, f.startedOn.isValid(), {}};
    if (!referral.done)
        referral.missing << tr("add the student to the mentoring register and assign a mentor");

    StepState gathering{MentoringStep::GatheringInformation, false, {}};
    if (f.consentRefused && !f.consentGiven)
        gathering.missing << tr("the parent or carer refused consent: discuss the case with the lead mentor");
    else if (!f.consentGiven)
        gathering.missing << tr("record the parent's or carer's consent to start mentoring");
    bool homeContacted = f.initialMeeting.isValid();
    for (const QDate &d : f.parentContacts)
        homeContacted = homeContacted || (f.startedOn.isValid() && d >= f.startedOn);
    if (!homeContacted)
        gathering.missing << tr("contact home to explain the mentoring and hear the parent's view");
    if (f.observations == 0 && f.teacherAgencyContacts.isEmpty())
        gathering.missing << tr("assess the student's needs: observe a lesson or gather teachers' views");
    gathering.done = gathering.missing.isEmpty();

    StepState plan{MentoringStep::Plan, false, {}};
    if (f.activeObjectives == 0)
        plan.missing << tr("set the intervention's objectives");
    if (!f.hasActionPlan)
        plan.missing << tr("write the action plan");
    if (f.sessions.isEmpty())
        plan.missing << tr("plan the weekly 1:1 sessions");
    plan.done = plan.missing.isEmpty();

    StepState targets{MentoringStep::Targets, f.targets > 0, {}};
    if (!targets.done)
        targets.missing << tr("agree a SMART target with the student");

    StepState review{MentoringStep::Review, f.lastReview.isValid() && (!f.startedOn.isValid() || f.lastReview >= f.startedOn), {}};
    if (!review.done) {
        if (!f.reviewOn.isValid())
            review.missing << tr("set a date to review progress");
        else if (today >= f.reviewOn)
            review.missing << tr("review progress against the objectives (due %1)")
                                  .arg(locale.toString(f.reviewOn, QStringLiteral("d MMM yyyy")));
        else
            review.missing << tr("review progress against the objectives by %1")
                                  .arg(locale.toString(f.reviewOn, QStringLiteral("d MMM yyyy")));
    }

    p.steps = {referral, gathering, plan, targets, review};
    p.current = 6;
    for (const StepState &s : std::as_const(p.steps)) {
        if (!s.done) {
            p.current = int(s.step);
            break;
        }
    }
    if (p.complete()) {
        p.summary = f.lastReviewOutcome
            ? tr("All five steps done: reviewed on %1 (%2).")
                  .arg(locale.toString(f.lastReview, QStringLiteral("d MMM yyyy")), labelOf(*f.lastReviewOutcome).toLower())
            : tr("All five steps done: reviewed on %1.").arg(locale.toString(f.lastReview, QStringLiteral("d MMM yyyy")));
    } else {
        const StepState &s = p.currentStep();
        p.summary = tr("Step %1 of 5, %2: %3.").arg(p.current).arg(title(s.step).toLower(), s.missing.join(QStringLiteral("; ")));
    }
    return p;
}

} // namespace md
