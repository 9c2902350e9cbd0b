// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/MentoringLogging.h"

Q_LOGGING_CATEGORY(lcMentoring, "mentordesk.mentoring", QtWarningMsg)
