// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/InterventionsLogging.h"

Q_LOGGING_CATEGORY(lcInterventions, "mentordesk.interventions", QtWarningMsg)
