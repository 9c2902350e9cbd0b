// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>

namespace md {

struct DemoContext;

namespace demo {

// A year of learning-platform data for every student's courses (weekly activity, work set every
// three weeks, half-termly grades) and weekly attendance, up to the demo's today. Each student has
// their own level; before an intervention their figures slide, and during and after it some
// recover and some do not, so the Pastoral tab's before / during / after tells a story. PE has no
// platform work, so its charts show "no activity recorded". The rows are made by set-based SQL
// from small tables of students, weeks and trends, with a hash of (student, course, week) and the
// step's seed for noise: the same options give the same data, fast enough for 10,000 students.
Status generateReports(DemoContext &ctx);

// The school weeks (Mondays) of the year up to `today`: 52 weeks back, without the usual English
// holidays (summer, Christmas, Easter and the three half-term weeks).
QList<QDate> reportDemoWeeks(const QDate &today);

} // namespace demo
} // namespace md
