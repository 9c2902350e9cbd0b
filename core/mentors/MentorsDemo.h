// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace md {

struct DemoContext;

namespace demo {

// The demo school's mentor details (TRN, subject, age range, key stage, additional details) for
// the team the staff step made, and a year of quality assurance: supervision meetings, CPD,
// termly observations, learner feedback and last term's performance reviews. Runs after
// "caseloads".
Status generateMentorDetails(DemoContext &ctx);

} // namespace demo
} // namespace md
