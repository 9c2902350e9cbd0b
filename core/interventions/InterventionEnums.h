// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/StoredEnum.h"

namespace md {

// An intervention is planned (decided, waiting for a keyworker or to start), active, or concluded
// (with a conclusion report, outcome and impact).
enum class InterventionStatus
{
    Planned,
    Active,
    Concluded,
};

// How the intervention was asked for: at the assessment hub, as an urgent referral's action plan,
// or directly through contact with learning support (stage 1 only).
enum class RequestedVia
{
    Hub,
    Urgent,
    Direct,
};

enum class InterventionOutcome
{
    Met,
    PartlyMet,
    NotMet,
    EndedEarly,
};

// What a termly review decides.
enum class ReviewResult
{
    Continue,
    Change,
    Conclude,
};

// The parent contact the keyworker owes: explaining the intervention at the start, or telling
// parents it has concluded.
enum class ParentContact
{
    None,
    AtStart,
    AtConclusion,
};

template <> struct StoredEnum<InterventionStatus> : std::true_type
{
    static const QList<EnumForm<InterventionStatus>> &forms();
};
template <> struct StoredEnum<RequestedVia> : std::true_type
{
    static const QList<EnumForm<RequestedVia>> &forms();
};
template <> struct StoredEnum<InterventionOutcome> : std::true_type
{
    static const QList<EnumForm<InterventionOutcome>> &forms();
};
template <> struct StoredEnum<ReviewResult> : std::true_type
{
    static const QList<EnumForm<ReviewResult>> &forms();
};
template <> struct StoredEnum<ParentContact> : std::true_type
{
    static const QList<EnumForm<ParentContact>> &forms();
};

} // namespace md
