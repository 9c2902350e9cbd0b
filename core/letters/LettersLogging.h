// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The letters module's category. Messages carry counts and ids, never names or letter text.
Q_DECLARE_LOGGING_CATEGORY(lcLetters)
