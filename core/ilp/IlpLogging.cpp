// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpLogging.h"

Q_LOGGING_CATEGORY(lcIlp, "mentordesk.ilp", QtWarningMsg)
