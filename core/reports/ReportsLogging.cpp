// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportsLogging.h"

Q_LOGGING_CATEGORY(lcReports, "mentordesk.reports", QtWarningMsg)
