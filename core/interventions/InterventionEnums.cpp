// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/InterventionEnums.h"

namespace md {

// The stored strings match the CHECK constraints of migration 0010_referrals.sql.

const QList<EnumForm<InterventionStatus>> &StoredEnum<InterventionStatus>::forms()
{
    static const QList<EnumForm<InterventionStatus>> f = {
        {InterventionStatus::Planned, "planned", QT_TRANSLATE_NOOP("md::Referrals", "Planned")},
        {InterventionStatus::Active, "active", QT_TRANSLATE_NOOP("md::Referrals", "Active")},
        {InterventionStatus::Concluded, "concluded", QT_TRANSLATE_NOOP("md::Referrals", "Concluded")},
    };
    return f;
}

const QList<EnumForm<RequestedVia>> &StoredEnum<RequestedVia>::forms()
{
    static const QList<EnumForm<RequestedVia>> f = {
        {RequestedVia::Hub, "hub", QT_TRANSLATE_NOOP("md::Referrals", "Assessment hub")},
        {RequestedVia::Urgent, "urgent", QT_TRANSLATE_NOOP("md::Referrals", "Urgent referral")},
        {RequestedVia::Direct, "direct", QT_TRANSLATE_NOOP("md::Referrals", "Direct request to learning support")},
    };
    return f;
}

const QList<EnumForm<InterventionOutcome>> &StoredEnum<InterventionOutcome>::forms()
{
    static const QList<EnumForm<InterventionOutcome>> f = {
        {InterventionOutcome::Met, "met", QT_TRANSLATE_NOOP("md::Referrals", "Objectives met")},
        {InterventionOutcome::PartlyMet, "partly_met", QT_TRANSLATE_NOOP("md::Referrals", "Objectives partly met")},
        {InterventionOutcome::NotMet, "not_met", QT_TRANSLATE_NOOP("md::Referrals", "Objectives not met")},
        {InterventionOutcome::EndedEarly, "ended_early", QT_TRANSLATE_NOOP("md::Referrals", "Ended early")},
    };
    return f;
}

const QList<EnumForm<ReviewResult>> &StoredEnum<ReviewResult>::forms()
{
    static const QList<EnumForm<ReviewResult>> f = {
        {ReviewResult::Continue, "continue", QT_TRANSLATE_NOOP("md::Referrals", "Continue")},
        {ReviewResult::Change, "change", QT_TRANSLATE_NOOP("md::Referrals", "Change")},
        {ReviewResult::Conclude, "conclude", QT_TRANSLATE_NOOP("md::Referrals", "Conclude")},
    };
    return f;
}

const QList<EnumForm<ParentContact>> &StoredEnum<ParentContact>::forms()
{
    // None is stored as NULL.
    static const QList<EnumForm<ParentContact>> f = {
        {ParentContact::None, "", QT_TRANSLATE_NOOP("md::Referrals", "None due")},
        {ParentContact::AtStart, "start", QT_TRANSLATE_NOOP("md::Referrals", "Explain the intervention to parents")},
        {ParentContact::AtConclusion, "conclusion",
         QT_TRANSLATE_NOOP("md::Referrals", "Tell parents it has concluded")},
    };
    return f;
}

} // namespace md
