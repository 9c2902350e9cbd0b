// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/ReferralEnums.h"

namespace md {

// The stored strings match the CHECK constraints of migration 0010_referrals.sql.

const QList<EnumForm<ReferralStatus>> &StoredEnum<ReferralStatus>::forms()
{
    static const QList<EnumForm<ReferralStatus>> f = {
        {ReferralStatus::New, "new", QT_TRANSLATE_NOOP("md::Referrals", "New")},
        {ReferralStatus::InitialAssessment, "initial_assessment",
         QT_TRANSLATE_NOOP("md::Referrals", "Initial assessment")},
        {ReferralStatus::AwaitingHub, "awaiting_hub", QT_TRANSLATE_NOOP("md::Referrals", "Awaiting hub")},
        {ReferralStatus::UrgentAction, "urgent_action", QT_TRANSLATE_NOOP("md::Referrals", "Urgent action")},
        {ReferralStatus::Decided, "decided", QT_TRANSLATE_NOOP("md::Referrals", "Decided")},
        {ReferralStatus::Closed, "closed", QT_TRANSLATE_NOOP("md::Referrals", "Closed")},
    };
    return f;
}

const QList<EnumForm<Concern>> &StoredEnum<Concern>::forms()
{
    static const QList<EnumForm<Concern>> f = {
        {Concern::Behaviour, "behaviour", QT_TRANSLATE_NOOP("md::Referrals", "Behaviour")},
        {Concern::Attendance, "attendance", QT_TRANSLATE_NOOP("md::Referrals", "Attendance")},
        {Concern::SocialEmotional, "social_emotional", QT_TRANSLATE_NOOP("md::Referrals", "Social and emotional")},
        {Concern::AcademicProgress, "academic_progress", QT_TRANSLATE_NOOP("md::Referrals", "Academic progress")},
        {Concern::Sen, "sen", QT_TRANSLATE_NOOP("md::Referrals", "SEN")},
        {Concern::Other, "other", QT_TRANSLATE_NOOP("md::Referrals", "Other")},
    };
    return f;
}

const QList<EnumForm<Urgency>> &StoredEnum<Urgency>::forms()
{
    static const QList<EnumForm<Urgency>> f = {
        {Urgency::Urgent, "urgent", QT_TRANSLATE_NOOP("md::Referrals", "Urgent")},
        {Urgency::NonUrgent, "non_urgent", QT_TRANSLATE_NOOP("md::Referrals", "Non-urgent")},
    };
    return f;
}

const QList<EnumForm<RequestedBy>> &StoredEnum<RequestedBy>::forms()
{
    static const QList<EnumForm<RequestedBy>> f = {
        {RequestedBy::Staff, "staff", QT_TRANSLATE_NOOP("md::Referrals", "Member of staff")},
        {RequestedBy::Senco, "senco", QT_TRANSLATE_NOOP("md::Referrals", "SENCo")},
        {RequestedBy::DirectorOfLearning, "director_of_learning",
         QT_TRANSLATE_NOOP("md::Referrals", "Director of learning")},
        {RequestedBy::SeniorLeadership, "senior_leadership", QT_TRANSLATE_NOOP("md::Referrals", "Senior leadership")},
    };
    return f;
}

const QList<EnumForm<HubDecisionKind>> &StoredEnum<HubDecisionKind>::forms()
{
    static const QList<EnumForm<HubDecisionKind>> f = {
        {HubDecisionKind::PlannedIntervention, "planned_intervention",
         QT_TRANSLATE_NOOP("md::Referrals", "Planned intervention")},
        {HubDecisionKind::MonitorAndReview, "monitor_and_review",
         QT_TRANSLATE_NOOP("md::Referrals", "Monitor and review")},
        {HubDecisionKind::NoIntervention, "no_intervention",
         QT_TRANSLATE_NOOP("md::Referrals", "No intervention required")},
        {HubDecisionKind::SenAssessment, "sen_assessment", QT_TRANSLATE_NOOP("md::Referrals", "SEN assessment")},
    };
    return f;
}

const QList<EnumForm<MonitorBy>> &StoredEnum<MonitorBy>::forms()
{
    static const QList<EnumForm<MonitorBy>> f = {
        {MonitorBy::DirectorOfLearning, "director_of_learning",
         QT_TRANSLATE_NOOP("md::Referrals", "Director of learning")},
        {MonitorBy::Senco, "senco", QT_TRANSLATE_NOOP("md::Referrals", "SENCo")},
    };
    return f;
}

const QList<EnumForm<ReferralSource>> &StoredEnum<ReferralSource>::forms()
{
    static const QList<EnumForm<ReferralSource>> f = {
        {ReferralSource::Desk, "desk", QT_TRANSLATE_NOOP("md::Referrals", "Mentor Desk")},
        {ReferralSource::Form, "form", QT_TRANSLATE_NOOP("md::Referrals", "Online referral form")},
    };
    return f;
}

const QList<EnumForm<MeetingStatus>> &StoredEnum<MeetingStatus>::forms()
{
    static const QList<EnumForm<MeetingStatus>> f = {
        {MeetingStatus::Planned, "planned", QT_TRANSLATE_NOOP("md::Referrals", "Planned")},
        {MeetingStatus::Held, "held", QT_TRANSLATE_NOOP("md::Referrals", "Held")},
    };
    return f;
}

} // namespace md
