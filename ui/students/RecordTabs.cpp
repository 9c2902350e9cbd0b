// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/RecordTabs.h"

namespace md::ui {

QList<RecordTabInfo> recordTabs()
{
    // Capabilities add their tab here (log, ILPs, behaviour, letters, 360°).
    QList<RecordTabInfo> tabs;
    return tabs;
}

} // namespace md::ui
