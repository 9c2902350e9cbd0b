// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviour/BehaviourLogging.h"

Q_LOGGING_CATEGORY(lcBehaviour, "mentordesk.behaviour", QtWarningMsg)
