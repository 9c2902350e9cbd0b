// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorsLogging.h"

Q_LOGGING_CATEGORY(lcMentors, "mentordesk.mentors", QtWarningMsg)
