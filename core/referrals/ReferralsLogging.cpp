// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/ReferralsLogging.h"

Q_LOGGING_CATEGORY(lcReferrals, "mentordesk.referrals", QtWarningMsg)
