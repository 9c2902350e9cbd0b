// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace md {

struct DemoContext;

namespace demo {

// The demo school's mentoring: the school calendar, lesson timetables for the mentored students,
// a term of 1:1 sessions placed by the scheduler (some missed, some rescheduled), three-part
// records, objectives, SMART targets, contacts, check-ins, observations, progress updates and
// termly reports, with a few deliberate overdue items for the dashboard to show.
Status generateMentoring(DemoContext &ctx);

} // namespace demo
} // namespace md
