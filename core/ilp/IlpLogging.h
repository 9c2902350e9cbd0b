// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Individual learning plans. Ids and counts only, never a field's text or a pupil's name.
Q_DECLARE_LOGGING_CATEGORY(lcIlp)
