// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The mentors module's log: counts and ids only, never a name, TRN or email address.
Q_DECLARE_LOGGING_CATEGORY(lcMentors)
