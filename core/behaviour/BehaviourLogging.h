// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The behaviour log. Counts and ids only, never pupil data.
Q_DECLARE_LOGGING_CATEGORY(lcBehaviour)
