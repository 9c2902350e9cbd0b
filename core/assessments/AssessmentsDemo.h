// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace md {

struct DemoContext;

namespace demo {

// Terms of the current school year, every course linked to the current term with a grading scale,
// and its assessments at every stage of the approval workflow (not started, in progress,
// complete, approved, returned with a comment), with a reminder already sent to some teachers.
Status generateAssessments(DemoContext &ctx);

} // namespace demo
} // namespace md
