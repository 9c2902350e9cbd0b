// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Role.h"
#include "common/Result.h"

#include <QFlags>
#include <QList>
#include <QString>

namespace md {

class Session;

// Every action a core service guards. Capabilities add their actions here and a row to the
// table in Permissions.cpp.
enum class Action
{
    ViewStudents,
    EditStudents,
    ImportStudents,
    ViewParentContacts,
    ManageMentoringGroups,
    ManageUsers,
    ManageSettings,
    RenameRoles,
    GenerateDemoSchool,
    ViewAuditLog,
    ViewMentorTeam,           // the mentoring team list and each mentor's details
    ManageMentors,            // add mentors, change their details, grade and capacity, remove them
    ReinstateMentors,         // undo a removal
    ViewMentorQuality,        // supervision, CPD, observations, feedback, reviews (a mentor: their own)
    RecordMentorQuality,      // supervision meetings, observations, performance reviews
    RecordCpd,                // CPD records (a mentor: their own)
    EditObservationChecklist, // the checklist observations are made against
    RecordLearnerFeedback,    // a student's feedback questionnaire about their mentor
    ManageLetterTemplates,
    CreateAttendanceLetters,
    CreateBehaviourLetters,
    CreateAssessmentLetters,
    CreateMentoringLetters,
    TrackLetters,
    MakeReferral,           // any staff user refers a student (core/referrals)
    ViewReferrals,          // besides these, everyone sees the referrals they made themselves
    ManageReferrals,        // the referral register and the assessment hub
    ImportReferrals,
    EditProvisionMap,
    ViewInterventions,      // the mentoring register
    ManageInterventions,    // plan, allocate keyworkers, review and conclude interventions, capacities
    UpdateOwnInterventions, // a keyworker's own interventions: objectives, parent contact
    ViewMentoringLog,   // the mentoring log, 1:1 sessions and the session timetable
    EditMentoringLog,   // write the log: sessions, targets, contacts, check-ins, reports
    ViewCaseload,       // the caseload expectations dashboard (a team's for the lead mentor)
    ManageTimetables,   // import lesson timetables, edit the school calendar
    ScheduleSessions,   // propose, apply and move 1:1 sessions
    ExportSubjectAccess, // everything held on one student, for a subject access request (core/privacy)
    ReviewRetention,     // list records past their retention period and erase them
    ReadRestricted,      // restricted (safeguarding) entries; their authors always read their own
    ViewBehaviour,              // the behaviour log (teachers: their courses; mentors: their group)
    RecordBehaviour,            // record behaviour events
    ImportBehaviour,            // import behaviour events from CSV
    ManageBehaviourCategories,  // the school's list of behaviour categories
    ViewAssessments,            // course assessments (teachers: their courses; mentors: their group)
    EditAssessments,            // give grades and comments on the courses you teach, mark them complete
    ApproveAssessments,         // the approval queue: approve, return, remind, complete the term
    ManageTerms,                // create terms and link courses to them
    ConfigureAssessmentWorkflow, // which stages of the approval workflow are required
    ViewReports,        // 360° reports: a teacher's courses, a mentor's group, the organisation
    ImportCourseData,   // import activity, progress, grades and weekly attendance
    ManageIlpTemplates, // ILP templates: fields, who sees and edits each, publish and unpublish
    ViewIlps,           // read students' individual learning plans (all, published or not)
    ContributeIlps,     // write in plan fields the template lets the user's role edit
    ManageIlps,         // create, publish, archive and delete plans, change their dates
    ManageMidtermReviews, // midterm reviews of a course: create, scale, assess
    BackUpDatabase,       // copy the whole database to a file of one's choosing, or restore one
};

// How far an allowed action reaches.
enum class ScopeKind
{
    None = 0,
    OwnCourses = 0x1,       // students on the teacher's courses
    AssignedLearners = 0x2, // the mentor's assigned group
    Organisation = 0x4,     // the whole school
};
Q_DECLARE_FLAGS(Scopes, ScopeKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(Scopes)

// The one table of who may do what (reference 000's role comparison, extended by each capability
// issue). A user with several roles gets the union of their scopes.
class Permissions
{
public:
    struct Row
    {
        Action action;
        const char *description; // "view students", used in refusals
        ScopeKind teacher;
        ScopeKind mentor;
        ScopeKind leadMentor;
        ScopeKind headteacher;
        ScopeKind administrator;
    };

    static const QList<Row> &table();
    static ScopeKind scopeFor(Role role, Action action);
    static Scopes scopes(const Session &session, Action action);
    static bool allows(const Session &session, Action action) { return scopes(session, action) != Scopes(); }
    // OK, or a Forbidden error that says what was refused and which roles may do it.
    static Status require(const Session &session, Action action);
    static QString describe(Action action);
};

} // namespace md
