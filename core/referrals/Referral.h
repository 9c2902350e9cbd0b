// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/ReferralEnums.h"
#include "students/Student.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace md {

// A referral of a student to the assessment hub (reference 004, "Assessment Hub"), with where it
// is in its life and what was recorded at each step. `student` carries the names and flags that
// lists show beside it.
struct Referral
{
    qint64 id = 0;
    qint64 studentId = 0;
    Student student;
    QDate referredOn;
    qint64 referrerId = 0; // a users.id; 0 when the referrer is not a user (an imported form)
    QString referrerName;
    RequestedBy requestedBy = RequestedBy::Staff;
    Concern concern = Concern::Other;
    QString description;
    QString tried; // what has been tried already
    Urgency urgency = Urgency::NonUrgent;
    qint64 suggestedTypeId = 0; // the intervention the referrer had in mind, if any
    QString suggestedTypeName;
    ReferralStatus status = ReferralStatus::New;
    QString observations; // learning support's initial assessment
    QDate assessedOn;
    QDate hubProposedOn;      // the hub meeting proposed for a non-urgent referral
    qint64 nextMeetingId = 0; // the planned hub meeting whose agenda it is on
    QDate nextMeetingOn;
    QString discussedWith; // the director of learning an urgent referral was discussed with
    QString actionPlan;
    QDate actionPlanOn;
    std::optional<HubDecisionKind> decision; // the latest
    QDate decidedOn;
    QDate closedOn;
    QString closingNote;
    ReferralSource source = ReferralSource::Desk;
    int rowVersion = 1;
    bool restricted = false; // safeguarding: only the referrer, the lead mentor and headteachers read it
    bool hidden = false;     // restricted and not readable by this session: the content is blank

    bool isOpen() const { return status != ReferralStatus::Closed; }
    // Urgent and not yet acted on: learning support should discuss it with the director of
    // learning today.
    bool needsUrgentAction() const
    {
        return urgency == Urgency::Urgent &&
               (status == ReferralStatus::New || status == ReferralStatus::InitialAssessment);
    }
    // What happens next, in a few words, for the register.
    QString nextStep() const;
};

// One of the hub's decisions on a referral.
struct HubDecision
{
    qint64 id = 0;
    qint64 referralId = 0;
    qint64 meetingId = 0; // 0: decided at once (an urgent referral)
    QDate meetingOn;
    QDate decidedOn;
    HubDecisionKind kind = HubDecisionKind::NoIntervention;
    qint64 interventionId = 0;
    QString provisionName;
    int stage = 0;
    QString keyworkerName;
    QString timescale;
    QString externalSupport;
    QStringList objectives;
    QDate reviewOn;
    std::optional<MonitorBy> monitorBy;
    QString monitorName;
    QString notes;

    // "Planned intervention: Anger management programme (stage 2), keyworker A. Mentor"
    QString summary() const;
};

} // namespace md
