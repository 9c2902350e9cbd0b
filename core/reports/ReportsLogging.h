// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// 360° reports: imports, averages and report loads. Counts, ids and timings only, never pupil data.
Q_DECLARE_LOGGING_CATEGORY(lcReports)
