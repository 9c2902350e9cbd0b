// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PaneRegistry.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/UsersPane.h"
#include "interventions/AllocationPane.h"
#include "interventions/ProvisionMapPane.h"
#include "interventions/RegisterPane.h"
#include "referrals/HubPane.h"
#include "referrals/ReferralsPane.h"
#include "students/StudentRecordPane.h"
#include "students/StudentsPane.h"

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
    panes << PaneInfo{QStringLiteral("referrals"), QCoreApplication::translate("md::ui::PaneRegistry", "Referrals"), NavSection::General,
                      [](const Session &s) { return Permissions::allows(s, Action::MakeReferral); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new ReferralsPane(c, p); }};
    panes << PaneInfo{QStringLiteral("register"), QCoreApplication::translate("md::ui::PaneRegistry", "Mentoring register"), NavSection::General,
                      [](const Session &s) { return Permissions::allows(s, Action::ViewInterventions); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new RegisterPane(c, p); }};
    panes << PaneInfo{QStringLiteral("hub"), QCoreApplication::translate("md::ui::PaneRegistry", "Assessment hub"), NavSection::LeadMentor,
                      [](const Session &s) { return Permissions::allows(s, Action::ManageReferrals); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new HubPane(c, p); }};
    panes << PaneInfo{QStringLiteral("allocation"), QCoreApplication::translate("md::ui::PaneRegistry", "Allocation"), NavSection::LeadMentor,
                      [](const Session &s) { return Permissions::allows(s, Action::ManageInterventions); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new AllocationPane(c, p); }};
    panes << PaneInfo{QStringLiteral("provision"), QCoreApplication::translate("md::ui::PaneRegistry", "Provision map"), NavSection::LeadMentor,
                      [](const Session &s) { return Permissions::allows(s, Action::EditProvisionMap); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new ProvisionMapPane(c, p); }};
    return panes;
}

} // namespace md::ui
