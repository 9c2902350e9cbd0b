// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/StoredEnum.h"

namespace md {

// Where a referral is (reference 004, "Assessment Hub"): learning support make an initial
// assessment; a non-urgent referral waits for the next hub meeting, an urgent one is discussed at
// once with the director of learning; the hub decides; the referral is closed.
enum class ReferralStatus
{
    New,
    InitialAssessment,
    AwaitingHub,
    UrgentAction,
    Decided,
    Closed,
};

enum class Concern
{
    Behaviour,
    Attendance,
    SocialEmotional,
    AcademicProgress,
    Sen,
    Other,
};

enum class Urgency
{
    Urgent,
    NonUrgent,
};

// Who asked for the referral in the school's pastoral structure. Stage 3 interventions are only
// considered when the SENCo, a director of learning or senior leadership asked.
enum class RequestedBy
{
    Staff,
    Senco,
    DirectorOfLearning,
    SeniorLeadership,
};

// The assessment hub's four decisions.
enum class HubDecisionKind
{
    PlannedIntervention,
    MonitorAndReview,
    NoIntervention,
    SenAssessment,
};

// Who monitors a referral until the next hub: the director of learning, or the SENCo for a
// student on the SEN register.
enum class MonitorBy
{
    DirectorOfLearning,
    Senco,
};

enum class ReferralSource
{
    Desk, // entered in Mentor Desk
    Form, // imported from the online referral form's export
};

enum class MeetingStatus
{
    Planned,
    Held,
};

template <> struct StoredEnum<ReferralStatus> : std::true_type
{
    static const QList<EnumForm<ReferralStatus>> &forms();
};
template <> struct StoredEnum<Concern> : std::true_type
{
    static const QList<EnumForm<Concern>> &forms();
};
template <> struct StoredEnum<Urgency> : std::true_type
{
    static const QList<EnumForm<Urgency>> &forms();
};
template <> struct StoredEnum<RequestedBy> : std::true_type
{
    static const QList<EnumForm<RequestedBy>> &forms();
};
template <> struct StoredEnum<HubDecisionKind> : std::true_type
{
    static const QList<EnumForm<HubDecisionKind>> &forms();
};
template <> struct StoredEnum<MonitorBy> : std::true_type
{
    static const QList<EnumForm<MonitorBy>> &forms();
};
template <> struct StoredEnum<ReferralSource> : std::true_type
{
    static const QList<EnumForm<ReferralSource>> &forms();
};
template <> struct StoredEnum<MeetingStatus> : std::true_type
{
    static const QList<EnumForm<MeetingStatus>> &forms();
};

// Stage 3 interventions need a request from the SENCo, a director of learning or senior leadership.
inline bool mayRequestStage3(RequestedBy who)
{
    return who != RequestedBy::Staff;
}

} // namespace md
