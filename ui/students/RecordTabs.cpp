// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/RecordTabs.h"

#include "access/Permissions.h"
#include "behaviour/BehaviourRecordTab.h"
#include "ilp/IlpRecordTab.h"
#include "letters/LetterService.h"
#include "letters/LettersRecordTab.h"
#include "referrals/StudentReferralsTab.h"
#include "access/Session.h"
#include "mentoring/MentoringLogTab.h"
#include "reports/ReportRecordTab.h"

#include <QCoreApplication>

namespace md::ui {

QList<RecordTabInfo> recordTabs()
{
    // Capabilities add their tab here (log, ILPs, behaviour, letters, 360°).
    QList<RecordTabInfo> tabs;
    tabs << RecordTabInfo{QStringLiteral("letters"), QCoreApplication::translate("md::ui::RecordTabs", "Le&tters"),
                          [](const Session &s) {
                              return Permissions::allows(s, Action::TrackLetters) || !LetterService::creatableTypes(s).isEmpty();
                          },
                          [](DeskContext &c, QWidget *p) -> RecordTab * { return new LettersRecordTab(c, p); }};
    tabs << RecordTabInfo{QStringLiteral("referrals"), QCoreApplication::translate("md::ui::RecordTabs", "&Referrals and interventions"),
                          [](const Session &s) { return Permissions::allows(s, Action::MakeReferral); },
                          [](DeskContext &c, QWidget *p) -> RecordTab * { return new StudentReferralsTab(c, p); }};
    tabs << RecordTabInfo{QStringLiteral("mentoring-log"), QCoreApplication::translate("md::ui::RecordTabs", "&Mentoring log"),
                          [](const Session &s) { return Permissions::allows(s, Action::ViewMentoringLog); },
                          [](DeskContext &c, QWidget *p) -> RecordTab * { return new MentoringLogTab(c, p); }};
    tabs << RecordTabInfo{QStringLiteral("behaviour"), QCoreApplication::translate("md::ui::RecordTabs", "&Behaviour"),
                          [](const Session &s) { return Permissions::allows(s, Action::ViewBehaviour); },
                          [](DeskContext &c, QWidget *p) -> RecordTab * { return new BehaviourRecordTab(c, p); }};
    tabs << RecordTabInfo{QStringLiteral("360"), QCoreApplication::translate("md::ui::RecordTabs", "&360\u00b0"),
                          [](const Session &s) { return Permissions::allows(s, Action::ViewReports); },
                          [](DeskContext &c, QWidget *p) -> RecordTab * { return new ReportRecordTab(c, p); }};
    tabs << RecordTabInfo{QStringLiteral("ilp"), QCoreApplication::translate("md::ui::RecordTabs", "Learning pla&ns"),
                          [](const Session &s) { return Permissions::allows(s, Action::ViewIlps); },
                          [](DeskContext &c, QWidget *p) -> RecordTab * { return new IlpRecordTab(c, p); }};
    return tabs;
}

} // namespace md::ui
