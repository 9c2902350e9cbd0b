// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/Permissions.h"

#include "access/Session.h"
#include "common/Logging.h"

#include <QCoreApplication>

namespace md {

namespace {
constexpr ScopeKind N = ScopeKind::None;
constexpr ScopeKind C = ScopeKind::OwnCourses;
constexpr ScopeKind A = ScopeKind::AssignedLearners;
constexpr ScopeKind O = ScopeKind::Organisation;
} // namespace

const QList<Permissions::Row> &Permissions::table()
{
    // clang-format off
    static const QList<Row> rows = {
        //  action                        description                                    Teacher Mentor Lead  Head  Admin
        {Action::ViewStudents,          QT_TRANSLATE_NOOP("md::Permissions", "view students"),           C, A, O, O, O},
        {Action::EditStudents,          QT_TRANSLATE_NOOP("md::Permissions", "edit student records"),    N, N, O, O, O},
        {Action::ImportStudents,        QT_TRANSLATE_NOOP("md::Permissions", "import students"),         N, N, O, O, O},
        {Action::ViewParentContacts,    QT_TRANSLATE_NOOP("md::Permissions", "see parents' contact details"), N, A, O, O, O},
        {Action::ManageMentoringGroups, QT_TRANSLATE_NOOP("md::Permissions", "assign students to mentors"), N, N, O, N, O},
        {Action::ManageUsers,           QT_TRANSLATE_NOOP("md::Permissions", "manage staff users"),      N, N, N, N, O},
        {Action::ManageSettings,        QT_TRANSLATE_NOOP("md::Permissions", "change school settings"),  N, N, N, N, O},
        {Action::RenameRoles,           QT_TRANSLATE_NOOP("md::Permissions", "rename roles"),            N, N, N, N, O},
        {Action::GenerateDemoSchool,    QT_TRANSLATE_NOOP("md::Permissions", "generate the demo school"), N, N, N, N, O},
        {Action::ViewAuditLog,          QT_TRANSLATE_NOOP("md::Permissions", "read the audit log"),      N, N, N, O, O},
        // Mentors (issue 8). For a mentor, A means "their own records".
        {Action::ViewMentorTeam,        QT_TRANSLATE_NOOP("md::Permissions", "see the mentoring team"),  N, N, O, O, O},
        {Action::ManageMentors,         QT_TRANSLATE_NOOP("md::Permissions", "add, change or remove mentors"), N, N, O, N, O},
        {Action::ReinstateMentors,      QT_TRANSLATE_NOOP("md::Permissions", "reinstate a removed mentor"), N, N, O, N, O},
        {Action::ViewMentorQuality,     QT_TRANSLATE_NOOP("md::Permissions", "see mentors' supervision, CPD and reviews"), N, A, O, O, N},
        {Action::RecordMentorQuality,   QT_TRANSLATE_NOOP("md::Permissions", "record supervision, observations and reviews of mentors"), N, N, O, O, N},
        {Action::RecordCpd,             QT_TRANSLATE_NOOP("md::Permissions", "record mentors' CPD"),     N, A, O, O, N},
        {Action::EditObservationChecklist, QT_TRANSLATE_NOOP("md::Permissions", "edit the observation checklist"), N, N, O, N, N},
        {Action::RecordLearnerFeedback, QT_TRANSLATE_NOOP("md::Permissions", "record learner feedback"), N, A, O, O, N},
        // Letters (reference 000's role comparison): teachers write attendance letters only, from
        // their courses; mentors and headteachers every type; tracking is by group or organisation.
        {Action::ManageLetterTemplates, QT_TRANSLATE_NOOP("md::Permissions", "manage letter templates and the letterhead"), N, N, N, N, O},
        {Action::CreateAttendanceLetters, QT_TRANSLATE_NOOP("md::Permissions", "create attendance letters"), C, A, A, O, N},
        {Action::CreateBehaviourLetters, QT_TRANSLATE_NOOP("md::Permissions", "create behaviour letters"), N, A, A, O, N},
        {Action::CreateAssessmentLetters, QT_TRANSLATE_NOOP("md::Permissions", "create assessment letters"), N, A, A, O, N},
        {Action::CreateMentoringLetters, QT_TRANSLATE_NOOP("md::Permissions", "create mentoring letters"), N, A, O, O, N},
        {Action::TrackLetters,          QT_TRANSLATE_NOOP("md::Permissions", "track letters"),           N, A, A, O, N},
        {Action::MakeReferral,          QT_TRANSLATE_NOOP("md::Permissions", "refer a student"),         O, O, O, O, O},
        {Action::ViewReferrals,         QT_TRANSLATE_NOOP("md::Permissions", "see referrals"),           N, A, O, O, O},
        {Action::ManageReferrals,       QT_TRANSLATE_NOOP("md::Permissions", "manage the referral register and the assessment hub"), N, N, O, N, O},
        {Action::ImportReferrals,       QT_TRANSLATE_NOOP("md::Permissions", "import referrals"),        N, N, O, N, O},
        {Action::EditProvisionMap,      QT_TRANSLATE_NOOP("md::Permissions", "edit the provision map"),  N, N, O, N, O},
        {Action::ViewInterventions,     QT_TRANSLATE_NOOP("md::Permissions", "see the mentoring register"), N, A, O, O, O},
        {Action::ManageInterventions,   QT_TRANSLATE_NOOP("md::Permissions", "manage interventions and allocate keyworkers"), N, N, O, N, O},
        {Action::UpdateOwnInterventions, QT_TRANSLATE_NOOP("md::Permissions", "update the interventions you are keyworker for"), N, A, O, N, O},
        {Action::ViewMentoringLog,      QT_TRANSLATE_NOOP("md::Permissions", "read mentoring logs"),     N, A, O, O, N},
        {Action::EditMentoringLog,      QT_TRANSLATE_NOOP("md::Permissions", "write in mentoring logs"), N, A, O, N, N},
        {Action::ViewCaseload,          QT_TRANSLATE_NOOP("md::Permissions", "see caseload expectations"), N, A, O, O, N},
        {Action::ManageTimetables,      QT_TRANSLATE_NOOP("md::Permissions", "manage lesson timetables and the school calendar"), N, N, O, O, O},
        {Action::ScheduleSessions,      QT_TRANSLATE_NOOP("md::Permissions", "schedule 1:1 sessions"),   N, A, O, N, N},
        // Privacy (issue 10)
        {Action::ExportSubjectAccess,   QT_TRANSLATE_NOOP("md::Permissions", "export everything held on a student"), N, N, O, O, O},
        {Action::ReviewRetention,       QT_TRANSLATE_NOOP("md::Permissions", "review and erase records past retention"), N, N, N, O, O},
        {Action::ReadRestricted,        QT_TRANSLATE_NOOP("md::Permissions", "read restricted safeguarding entries"), N, N, O, O, N},
        // Behaviour and assessments (issue 5, reference 000 §2.1, §3.2 and the role comparison):
        // teachers by course, mentors their assigned learners, headteacher and lead mentor the school.
        {Action::ViewBehaviour,         QT_TRANSLATE_NOOP("md::Permissions", "see the behaviour log"),   C, A, O, O, N},
        {Action::RecordBehaviour,       QT_TRANSLATE_NOOP("md::Permissions", "record behaviour"),        C, A, O, O, N},
        {Action::ImportBehaviour,       QT_TRANSLATE_NOOP("md::Permissions", "import behaviour events"), N, N, O, O, O},
        {Action::ManageBehaviourCategories, QT_TRANSLATE_NOOP("md::Permissions", "change the behaviour categories"), N, N, O, O, O},
        {Action::ViewAssessments,       QT_TRANSLATE_NOOP("md::Permissions", "see course assessments"),  C, A, N, O, N},
        {Action::EditAssessments,       QT_TRANSLATE_NOOP("md::Permissions", "assess students on your courses"), C, N, N, N, N},
        {Action::ApproveAssessments,    QT_TRANSLATE_NOOP("md::Permissions", "approve assessments and complete terms"), N, N, N, O, N},
        {Action::ManageTerms,           QT_TRANSLATE_NOOP("md::Permissions", "manage terms"),            N, N, N, O, O},
        {Action::ConfigureAssessmentWorkflow, QT_TRANSLATE_NOOP("md::Permissions", "choose the assessment workflow's stages"), N, N, N, N, O},
        {Action::ViewReports,           QT_TRANSLATE_NOOP("md::Permissions", "see 360° reports"),        C, A, O, O, N},
        {Action::ImportCourseData,      QT_TRANSLATE_NOOP("md::Permissions", "import course data and weekly attendance"), N, N, O, O, O},
        // ILPs (reference 001 and 000's role table): teachers view and contribute, mentors and
        // headteachers create and manage; templates are the administrator's.
        {Action::ManageIlpTemplates,    QT_TRANSLATE_NOOP("md::Permissions", "manage ILP templates"),    N, N, N, N, O},
        {Action::ViewIlps,              QT_TRANSLATE_NOOP("md::Permissions", "see individual learning plans"), C, A, O, O, N},
        {Action::ContributeIlps,        QT_TRANSLATE_NOOP("md::Permissions", "contribute to individual learning plans"), C, A, O, O, N},
        {Action::ManageIlps,            QT_TRANSLATE_NOOP("md::Permissions", "create and manage individual learning plans"), N, A, O, O, N},
        {Action::ManageMidtermReviews,  QT_TRANSLATE_NOOP("md::Permissions", "create and assess midterm reviews"), C, N, N, O, N},
        // A backup is every student's record: not for a teacher's or a mentor's reach (issue 10).
        {Action::BackUpDatabase,        QT_TRANSLATE_NOOP("md::Permissions", "back up or restore the whole database"), N, N, O, O, O},
    };
    // clang-format on
    return rows;
}

ScopeKind Permissions::scopeFor(Role role, Action action)
{
    for (const Row &row : table()) {
        if (row.action != action)
            continue;
        switch (role) {
        case Role::Teacher:
            return row.teacher;
        case Role::Mentor:
            return row.mentor;
        case Role::LeadMentor:
            return row.leadMentor;
        case Role::Headteacher:
            return row.headteacher;
        case Role::Administrator:
            return row.administrator;
        }
    }
    return ScopeKind::None;
}

Scopes Permissions::scopes(const Session &session, Action action)
{
    Scopes result;
    for (Role role : session.roles()) {
        const ScopeKind s = scopeFor(role, action);
        if (s != ScopeKind::None)
            result |= s;
    }
    return result;
}

QString Permissions::describe(Action action)
{
    for (const Row &row : table())
        if (row.action == action)
            return QCoreApplication::translate("md::Permissions", row.description);
    return {};
}

Status Permissions::require(const Session &session, Action action)
{
    if (allows(session, action))
        return {};
    QStringList who;
    for (Role role : allRoles())
        if (scopeFor(role, action) != ScopeKind::None)
            who.append(defaultRoleLabel(role));
    qCInfo(lcAccess) << "refused action" << int(action) << "for user id" << session.userId();
    return Error::forbidden(QCoreApplication::translate("md::Permissions", "You may not %1: that needs the role %2.")
                                .arg(describe(action), who.join(QCoreApplication::translate("md::Permissions", " or "))));
}

} // namespace md
