// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Lesson timetables, the school calendar and the 1:1 session scheduler. Counts and ids only.
Q_DECLARE_LOGGING_CATEGORY(lcTimetable)
