// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace md {

struct DemoContext;

namespace demo {

// The demo school's behaviour log: the categories and a year of events up to today with a school's
// weekly rhythm (more on Mondays and in the afternoons, almost none in the holidays), where a
// handful of students stand out with many negative events.
Status generateBehaviour(DemoContext &ctx);

} // namespace demo
} // namespace md
