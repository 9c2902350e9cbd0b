// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace md {

struct DemoContext;

namespace demo {

// The demo school's referral register and mentoring register: two past assessment hub meetings
// (every kind of decision, termly reviews, a concluded intervention), the next meeting planned,
// referrals in every state, a live intervention for each student on a mentor's caseload (every
// stage, some not started, some reviews overdue, some parents still to contact) and a few
// students waiting for a keyworker. It changes no mentoring group: the interventions' keyworkers
// are the mentors the caseloads step gave the students.
Status generateReferrals(DemoContext &ctx);

} // namespace demo
} // namespace md
