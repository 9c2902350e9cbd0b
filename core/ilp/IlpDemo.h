// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace md {

struct DemoContext;

namespace demo {

// The demo school's ILPs: two published templates (a termly ILP and a SEMH support plan) and a
// draft, plans for the mentors' students at every stage (last term's archived, this term's
// published and filled in, new unpublished ones part-written, a few empty), and midterm reviews
// in several courses with grades, comments and self-assessments.
Status generateIlps(DemoContext &ctx);

} // namespace demo
} // namespace md
