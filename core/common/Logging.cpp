// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "mentordesk.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAccess, "mentordesk.access", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "mentordesk.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "mentordesk.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStudents, "mentordesk.students", QtWarningMsg)
