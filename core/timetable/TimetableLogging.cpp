// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/TimetableLogging.h"

Q_LOGGING_CATEGORY(lcTimetable, "mentordesk.timetable", QtWarningMsg)
