// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LettersLogging.h"

Q_LOGGING_CATEGORY(lcLetters, "mentordesk.letters", QtWarningMsg)
