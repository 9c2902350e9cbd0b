// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Referrals, the assessment hub and their documents. Counts and ids only, never pupil data.
Q_DECLARE_LOGGING_CATEGORY(lcReferrals)
