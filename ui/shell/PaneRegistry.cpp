// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PaneRegistry.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/UsersPane.h"
#include "mentoring/CaseloadPane.h"
#include "students/StudentRecordPane.h"
#include "students/StudentsPane.h"
#include "timetable/TimetablePane.h"

#include <QCoreApplication>

namespace md::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("md::ui::PaneRegistry", text);
}
} // namespace

QList<PaneInfo> allPanes()
{
    QList<PaneInfo> panes;
    panes << PaneInfo{QStringLiteral("students"), tr("Students"), NavSection::General,
                      [](const Session &s) { return Permissions::allows(s, Action::ViewStudents); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new StudentsPane(c, StudentsPane::Mode::InScope, p); }};
    panes << PaneInfo{QStringLiteral("record"), tr("Student record"), NavSection::General,
                      [](const Session &s) { return Permissions::allows(s, Action::ViewStudents); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new StudentRecordPane(c, p); }};
    panes << PaneInfo{QStringLiteral("caseload"), tr("My caseload"), NavSection::Mentor,
                      [](const Session &s) { return s.has(Role::Mentor); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new StudentsPane(c, StudentsPane::Mode::Caseload, p); }};
    panes << PaneInfo{QStringLiteral("users"), tr("Staff and roles"), NavSection::Administration,
                      [](const Session &s) { return Permissions::allows(s, Action::ManageUsers); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new UsersPane(c, p); }};
    // Capabilities add their panes below.
    panes << PaneInfo{QStringLiteral("caseload-dashboard"), tr("My caseload dashboard"), NavSection::Mentor,
                      [](const Session &s) { return s.has(Role::Mentor) && Permissions::allows(s, Action::ViewCaseload); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new CaseloadPane(c, p); }};
    panes << PaneInfo{QStringLiteral("timetable"), tr("Timetable"), NavSection::Mentor,
                      [](const Session &s) { return s.has(Role::Mentor) && Permissions::allows(s, Action::ScheduleSessions); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new TimetablePane(c, p); }};
    panes << PaneInfo{QStringLiteral("team-dashboard"), tr("Team dashboard"), NavSection::LeadMentor,
                      [](const Session &s) { return s.has(Role::LeadMentor); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new TeamDashboardPane(c, p); }};
    return panes;
}

} // namespace md::ui
