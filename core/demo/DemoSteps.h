// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace md {

struct DemoContext;

// The demo school's own steps (see DemoSchool.cpp for their order). Private to core/demo: other
// capabilities declare their steps in their own folders.
namespace demo {

Status generateSettings(DemoContext &ctx);  // school name, phase, address, the demo flag
Status generateStudents(DemoContext &ctx);  // priority flags, students and their parents/carers
Status generateStaff(DemoContext &ctx);     // every staff user, mentor profiles, demo.user
Status generateCourses(DemoContext &ctx);   // one course per subject and year, teachers, enrolments
Status generateCaseloads(DemoContext &ctx); // the mentors' groups

} // namespace demo
} // namespace md
