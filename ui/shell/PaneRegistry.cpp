// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PaneRegistry.h"

#include "privacy/RetentionPane.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "assessments/ApprovalQueuePane.h"
#include "assessments/AssessmentsPane.h"
#include "assessments/CoursesTermsPane.h"
#include "audit/AuditLogPane.h"
#include "behaviour/BehaviourCategoriesPane.h"
#include "behaviour/BehaviourPane.h"
#include "access/UsersPane.h"
#include "mentors/MentorsPane.h"
#include "letters/LetterTemplatesPane.h"
#include "letters/LettersPane.h"
#include "letters/LetterService.h"
#include "interventions/AllocationPane.h"
#include "ilp/IlpPlansPane.h"
#include "ilp/IlpReviewsPane.h"
#include "ilp/IlpTemplatesPane.h"
#include "interventions/ProvisionMapPane.h"
#include "interventions/RegisterPane.h"
#include "referrals/HubPane.h"
#include "referrals/ReferralsPane.h"
#include "mentoring/CaseloadPane.h"
#include "reports/ReportCoursesPane.h"
#include "reports/ReportStudentsPane.h"
#include "students/StudentRecordPane.h"
#include "students/StudentsPane.h"
#include "timetable/TimetablePane.h"

#include <QCoreApplication>

namespace md::ui {

namespace {
// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::ui::PaneRegistry)
};
} // namespace

QList<PaneInfo> allPanes()
{
    QList<PaneInfo> panes;
    panes << PaneInfo{QStringLiteral("students"), Tr::tr("Students"), NavSection::General,
                      [](const Session &s) { return Permissions::allows(s, Action::ViewStudents); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new StudentsPane(c, StudentsPane::Mode::InScope, p); }};
    panes << PaneInfo{QStringLiteral("record"), Tr::tr("Student record"), NavSection::General,
                      [](const Session &s) { return Permissions::allows(s, Action::ViewStudents); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new StudentRecordPane(c, p); }};
    panes << PaneInfo{QStringLiteral("caseload"), Tr::tr("My caseload"), NavSection::Mentor,
                      [](const Session &s) { return s.has(Role::Mentor); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new StudentsPane(c, StudentsPane::Mode::Caseload, p); }};
    panes << PaneInfo{QStringLiteral("users"), Tr::tr("Staff and roles"), NavSection::Administration,
                      [](const Session &s) { return Permissions::allows(s, Action::ManageUsers); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new UsersPane(c, p); }};
    panes << PaneInfo{QStringLiteral("retention"), Tr::tr("Retention"), NavSection::Administration,
                      [](const Session &s) { return Permissions::allows(s, Action::ReviewRetention); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new RetentionPane(c, p); }};
    panes << PaneInfo{QStringLiteral("audit"), Tr::tr("Audit log"), NavSection::Administration,
                      [](const Session &s) { return Permissions::allows(s, Action::ViewAuditLog); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new AuditLogPane(c, p); }};
    // Capabilities add their panes below.
    panes << PaneInfo{QStringLiteral("mentors"), Tr::tr("Mentoring team"), NavSection::LeadMentor,
                      [](const Session &s) { return Permissions::allows(s, Action::ViewMentorTeam); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new MentorsPane(c, p); }};
    panes << PaneInfo{QStringLiteral("my-development"), Tr::tr("My development"), NavSection::Mentor,
                      [](const Session &s) { return s.has(Role::Mentor); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new MyDevelopmentPane(c, p); }};
    panes << PaneInfo{QStringLiteral("letters"), Tr::tr("Letters"), NavSection::General,
                      [](const Session &s) { return Permissions::allows(s, Action::TrackLetters) || !LetterService::creatableTypes(s).isEmpty(); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new LettersPane(c, p); }};
    panes << PaneInfo{QStringLiteral("letter-templates"), Tr::tr("Letter templates"), NavSection::Administration,
                      [](const Session &s) { return Permissions::allows(s, Action::ManageLetterTemplates); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new LetterTemplatesPane(c, p); }};
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
    panes << PaneInfo{QStringLiteral("caseload-dashboard"), Tr::tr("My caseload dashboard"), NavSection::Mentor,
                      [](const Session &s) { return s.has(Role::Mentor) && Permissions::allows(s, Action::ViewCaseload); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new CaseloadPane(c, p); }};
    panes << PaneInfo{QStringLiteral("timetable"), Tr::tr("Timetable"), NavSection::Mentor,
                      [](const Session &s) { return s.has(Role::Mentor) && Permissions::allows(s, Action::ScheduleSessions); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new TimetablePane(c, p); }};
    panes << PaneInfo{QStringLiteral("team-dashboard"), Tr::tr("Team dashboard"), NavSection::LeadMentor,
                      [](const Session &s) { return s.has(Role::LeadMentor); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new TeamDashboardPane(c, p); }};
    panes << PaneInfo{QStringLiteral("behaviour"), Tr::tr("Behaviour"), NavSection::General,
                      [](const Session &s) { return Permissions::allows(s, Action::ViewBehaviour); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new BehaviourPane(c, p); }};
    panes << PaneInfo{QStringLiteral("approvals"), Tr::tr("Approval queue"), NavSection::Headteacher,
                      [](const Session &s) { return Permissions::allows(s, Action::ApproveAssessments); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new ApprovalQueuePane(c, p); }};
    panes << PaneInfo{QStringLiteral("assessments"), Tr::tr("Course assessments"), NavSection::Teacher,
                      [](const Session &s) { return Permissions::allows(s, Action::EditAssessments); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new AssessmentsPane(c, p); }};
    panes << PaneInfo{QStringLiteral("behaviour-categories"), Tr::tr("Behaviour categories"), NavSection::Administration,
                      [](const Session &s) { return Permissions::allows(s, Action::ManageBehaviourCategories); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new BehaviourCategoriesPane(c, p); }};
    panes << PaneInfo{QStringLiteral("courses-terms"), Tr::tr("Courses and terms"), NavSection::Administration,
                      [](const Session &s) { return Permissions::allows(s, Action::ManageTerms) || Permissions::allows(s, Action::ConfigureAssessmentWorkflow); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new CoursesTermsPane(c, p); }};
    panes << PaneInfo{QStringLiteral("report-students"), Tr::tr("Your students (360\u00b0)"), NavSection::General,
                      [](const Session &s) { return Permissions::allows(s, Action::ViewReports); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new ReportStudentsPane(c, p); }};
    panes << PaneInfo{QStringLiteral("report-courses"), Tr::tr("Courses (360\u00b0)"), NavSection::General,
                      [](const Session &s) { return Permissions::allows(s, Action::ViewReports); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new ReportCoursesPane(c, p); }};
    panes << PaneInfo{QStringLiteral("ilp-plans"), Tr::tr("Learning plans"), NavSection::General,
                      [](const Session &s) { return Permissions::allows(s, Action::ViewIlps); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new IlpPlansPane(c, p); }};
    panes << PaneInfo{QStringLiteral("ilp-reviews"), Tr::tr("Midterm reviews"), NavSection::Teacher,
                      [](const Session &s) { return Permissions::allows(s, Action::ManageMidtermReviews); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new IlpReviewsPane(c, p); }};
    panes << PaneInfo{QStringLiteral("ilp-templates"), Tr::tr("ILP templates"), NavSection::Administration,
                      [](const Session &s) { return Permissions::allows(s, Action::ManageIlpTemplates); },
                      [](DeskContext &c, QWidget *p) -> Pane * { return new IlpTemplatesPane(c, p); }};
    return panes;
}

} // namespace md::ui
