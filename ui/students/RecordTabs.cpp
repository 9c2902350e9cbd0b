// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/RecordTabs.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "mentoring/MentoringLogTab.h"

#include <QCoreApplication>

namespace md::ui {

QList<RecordTabInfo> recordTabs()
{
    // Capabilities add their tab here (log, ILPs, behaviour, letters, 360°).
    QList<RecordTabInfo> tabs;
    tabs << RecordTabInfo{QStringLiteral("mentoring-log"), QCoreApplication::translate("md::ui::RecordTabs", "&Mentoring log"),
                          [](const Session &s) { return Permissions::allows(s, Action::ViewMentoringLog); },
                          [](DeskContext &c, QWidget *p) -> RecordTab * { return new MentoringLogTab(c, p); }};
    return tabs;
}

} // namespace md::ui
