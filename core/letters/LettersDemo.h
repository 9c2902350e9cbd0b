// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace md {

struct DemoContext;

namespace demo {

// The demo school's letters: the letterhead with a synthetic crest, a realistic template for each
// type (attendance, behaviour, assessment, and the mentoring consent, outcome and hub letters of
// reference 004), and letters in every state written by the staff who may write them.
Status generateLetters(DemoContext &ctx);

} // namespace demo
} // namespace md
