// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The mentoring log, 1:1 sessions and the caseload dashboard. Counts and ids only, never notes.
Q_DECLARE_LOGGING_CATEGORY(lcMentoring)
