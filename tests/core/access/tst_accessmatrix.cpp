// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The access matrix (issue 10, part 1): every Action of core/access/Permissions, for every role
// (Teacher, Mentor, Lead mentor, Headteacher, Administrator and the combined Supervisor), is
// walked against the real core service that guards it, both ways. What the table in
// Permissions.cpp allows must succeed at its scope; what it refuses must fail with a message.

#include "TestDatabase.h"

#include "access/AccessMatrix.h"
#include "access/AuthService.h"
#include "access/Permissions.h"
#include "access/UserStore.h"
#include "assessments/AssessmentService.h"
#include "audit/AuditLogModel.h"
#include "behaviour/BehaviourImporter.h"
#include "behaviour/BehaviourStore.h"
#include "demo/DemoSchool.h"
#include "ilp/IlpPlanStore.h"
#include "ilp/IlpReviewStore.h"
#include "ilp/IlpTemplateStore.h"
#include "importing/StudentImporter.h"
#include "interventions/AllocationService.h"
#include "interventions/InterventionStore.h"
#include "interventions/ProvisionMap.h"
#include "letters/LetterService.h"
#include "letters/LetterTemplate.h"
#include "mentoring/CaseloadDashboard.h"
#include "mentoring/LogEntryStore.h"
#include "mentoring/TargetStore.h"
#include "mentors/MentorCatalogue.h"
#include "mentors/MentorQualityStore.h"
#include "mentors/MentorStore.h"
#include "privacy/Retention.h"
#include "privacy/SubjectAccess.h"
#include "referrals/HubStore.h"
#include "referrals/ReferralImporter.h"
#include "referrals/ReferralStore.h"
#include "reports/ReportImporter.h"
#include "reports/ReportStore.h"
#include "school/SchoolSettings.h"
#include "storage/AuditLog.h"
#include "storage/BackupService.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/MentoringGroupStore.h"
#include "students/StudentStore.h"
#include "timetable/SchoolCalendar.h"
#include "timetable/TimetablePlanner.h"

#include <QBuffer>
#include <QtTest>

#include <functional>

using namespace md;

namespace {

// Whom a probe acts on. `own` is true for the student in the session's group or on its courses
// (and for the session's own mentor records); false for a student (or mentor) outside them.
struct Target
{
    qint64 studentId = 0;
    qint64 mentorId = 0;
    bool own = true;
};

class Matrix;

// A call on the real service guarded by one action. `alsoNamed`: words a role refusal may name
// instead of the action's own description (when the service checks a prerequisite first).
struct Probe
{
    std::function<Status(Matrix &, const Session &, const Target &)> run;
    QStringList alsoNamed;
    bool changesNothing = false; // runs outside the rolled-back transaction (a backup cannot run inside one)
    explicit operator bool() const { return bool(run); }
};

template <typename T> Status st(const Result<T> &r)
{
    if (!r)
        return r.error();
    return {};
}

// The school every probe runs against: the demo school, plus one user of each role (the mentor is
// one of the demo's learning mentors, with their caseload), all reaching the same student.
class Matrix
{
public:
    test::TestDatabase t;
    Database &db() { return t.db(); }
    qint64 in = 0;          // in every scoped session's reach
    qint64 out = 0;         // in nobody's reach but the organisation's (another mentor's, other courses)
    qint64 otherMentor = 0; // a learning mentor who is none of the sessions
    QList<std::pair<QString, Session>> columns;
    int serial = 0;

    QVariant one(const QString &sql, const QVariantList &binds = {})
    {
        Query q(db(), sql);
        for (const QVariant &b : binds)
            q.bind(b);
        auto v = q.scalar();
        if (!v) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(v.error().message));
            return {};
        }
        return *v;
    }
    qint64 id(const QString &sql, const QVariantList &binds = {}) { return one(sql, binds).toLongLong(); }
    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        Query q(db(), sql);
        for (const QVariant &b : binds)
            q.bind(b);
        Status s = q.exec();
        if (!s)
            qWarning("%s: %s", qPrintable(sql), qPrintable(s.error().message));
        return bool(s);
    }
    QString upn(qint64 student) { return one(QStringLiteral("SELECT upn FROM students WHERE id = ?"), {student}).toString(); }
    qint64 courseOf(qint64 student)
    {
        return id(QStringLiteral("SELECT MIN(course_id) FROM course_students WHERE student_id = ?"), {student});
    }
    QString unique(const QString &prefix) { return prefix + QString::number(++serial); }

    // An entity of the student, made (as the system, inside the probe's rolled-back transaction)
    // when the demo did not make one.
    qint64 interventionOf(qint64 student)
    {
        if (qint64 i = id(QStringLiteral("SELECT MIN(id) FROM interventions WHERE student_id = ? AND status <> 'concluded'"),
                          {student}))
            return i;
        NewIntervention n;
        n.studentId = student;
        n.provisionTypeId = id(QStringLiteral("SELECT MIN(id) FROM provision_types WHERE stage = 1"));
        n.via = RequestedVia::Direct;
        n.plannedOn = QDate::currentDate();
        AuditLog audit(db(), Session::system().actor());
        auto made = InterventionStore(db()).createUnchecked(audit, n);
        if (!made) {
            qWarning("intervention: %s", qPrintable(made.error().message));
            return 0;
        }
        exec(QStringLiteral("UPDATE interventions SET keyworker_id = ? WHERE id = ?"), {otherMentor, *made});
        return *made;
    }
    qint64 referralOf(qint64 student)
    {
        if (qint64 r = id(QStringLiteral("SELECT MIN(id) FROM referrals WHERE student_id = ? AND restricted = 0"), {student}))
            return r;
        NewReferral n;
        n.studentId = student;
        n.description = QStringLiteral("Finds lessons hard after lunch.");
        AuditLog audit(db(), Session::system().actor());
        auto made = ReferralStore(db()).createUnchecked(audit, n, otherMentor, QStringLiteral("A colleague"));
        if (!made)
            qWarning("referral: %s", qPrintable(made.error().message));
        return made ? *made : 0;
    }
    qint64 planOf(qint64 student)
    {
        if (qint64 p = id(QStringLiteral("SELECT MIN(id) FROM ilp_plans WHERE student_id = ? AND state <> 'archived'"),
                          {student}))
            return p;
        const qint64 templateId = id(QStringLiteral("SELECT MIN(id) FROM ilp_templates WHERE state = 'published'"));
        auto made = IlpPlanStore(db()).create(Session::system(), templateId, {student}, QDate::currentDate().addDays(-7),
                                              QDate::currentDate().addDays(120));
        if (!made || made->isEmpty()) {
            qWarning("plan: %s", made ? "none made" : qPrintable(made.error().message));
            return 0;
        }
        return made->first();
    }
    qint64 letterOf(qint64 student)
    {
        if (qint64 l = id(QStringLiteral("SELECT MIN(id) FROM letters WHERE student_id = ?"), {student}))
            return l;
        LetterRequest r;
        r.templateId = id(QStringLiteral("SELECT MIN(id) FROM letter_templates WHERE letter_type = 'mentoring' AND archived = 0"));
        r.studentIds = {student};
        auto made = LetterService(db()).createDrafts(Session::system(), r, true);
        if (!made || made->isEmpty()) {
            qWarning("letter: %s", made ? "none made" : qPrintable(made.error().message));
            return 0;
        }
        return made->first();
    }

    Status createLetters(const Session &s, LetterType type, const Target &t)
    {
        LetterRequest r;
        r.templateId = id(QStringLiteral("SELECT MIN(id) FROM letter_templates WHERE letter_type = ? AND archived = 0"),
                          {LetterTerms::toString(type)});
        r.studentIds = {t.studentId};
        if (s.roles() == QSet<Role>{Role::Teacher}) // a teacher writes from one of their courses
            r.courseId = courseOf(t.studentId);
        return st(LetterService(db()).createDrafts(s, r, true));
    }

    Status importCsv(const Session &s, const QString &csv,
                     const std::function<Status(Database &, const Session &, QIODevice &)> &importer)
    {
        QByteArray bytes = csv.toUtf8();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return importer(db(), s, buffer);
    }
};

Probe probeFor(Action action)
{
    const QDate today = QDate::currentDate();
    switch (action) {
    case Action::ViewStudents:
        return {[](Matrix &m, const Session &s, const Target &t) { return st(StudentStore(m.db()).get(s, t.studentId)); }, {}};
    case Action::EditStudents:
        return {[](Matrix &m, const Session &s, const Target &t) -> Status {
                    auto student = StudentStore(m.db()).get(Session::system(), t.studentId);
                    if (!student)
                        return student.error();
                    student->preferredForename = QStringLiteral("Sam");
                    return st(StudentStore(m.db()).save(s, *student));
                },
                {}};
    case Action::ImportStudents:
        return {[](Matrix &m, const Session &s, const Target &) {
                    return st(StudentImporter::importFile(m.db(), s, test::testData(QStringLiteral("students/students.csv"))));
                },
                {}};
    case Action::ViewParentContacts:
        return {[](Matrix &m, const Session &s, const Target &t) { return st(StudentStore(m.db()).parents(s, t.studentId)); }, {}};
    case Action::ManageMentoringGroups:
        return {[today](Matrix &m, const Session &s, const Target &t) {
                    return MentoringGroupStore(m.db()).assign(s, m.otherMentor, t.studentId, today);
                },
                {}};
    case Action::ManageUsers:
        return {[](Matrix &m, const Session &s, const Target &) {
                    NewStaffUser u{m.unique(QStringLiteral("new.user")), QStringLiteral("New User"), {},
                                   QStringLiteral("a long enough passphrase 42"), {Role::Teacher}, {}};
                    return st(UserStore(m.db()).create(s, u));
                },
                {}};
    case Action::ManageSettings:
        return {[](Matrix &m, const Session &s, const Target &) {
                    return SchoolSettings(m.db()).setValue(s, SchoolSettings::kAddress, QStringLiteral("1 School Lane"));
                },
                {}};
    case Action::RenameRoles:
        return {[](Matrix &m, const Session &s, const Target &) {
                    return UserStore(m.db()).setRoleLabel(s, Role::Mentor, QStringLiteral("Keyworker"));
                },
                {}};
    case Action::GenerateDemoSchool:
        return {[today](Matrix &, const Session &s, const Target &) {
                    test::TestDatabase fresh; // the demo school only goes into an empty database
                    DemoOptions options;
                    options.students = 8;
                    options.today = today;
                    return st(DemoSchool::generate(fresh.db(), s, options));
                },
                {}};
    case Action::ViewAuditLog:
        return {[](Matrix &m, const Session &s, const Target &) {
                    AuditLogModel model;
                    return model.load(m.db(), s, AuditFilter{});
                },
                {}};
    case Action::ViewMentorTeam:
        return {[](Matrix &m, const Session &s, const Target &) { return st(MentorStore(m.db()).list(s)); }, {}};
    case Action::ManageMentors:
        return {[](Matrix &m, const Session &s, const Target &) {
                    return MentorStore(m.db()).setGradeAndCapacity(s, m.otherMentor, QStringLiteral("learning_mentor"), 7);
                },
                {}};
    case Action::ReinstateMentors:
        return {[today](Matrix &m, const Session &s, const Target &) -> Status {
                    // Removed (as the system) first, inside the probe's transaction.
                    m.exec(QStringLiteral("UPDATE mentoring_groups SET ended_on = ? WHERE mentor_id = ? AND ended_on IS NULL"),
                           {isoDate(today), m.otherMentor});
                    MentorRemoval removal;
                    removal.reason = QStringLiteral("left_school");
                    removal.on = today;
                    if (Status r = MentorStore(m.db()).remove(Session::system(), m.otherMentor, removal); !r)
                        return Error::storage(QStringLiteral("setup: ") + r.error().message);
                    return MentorStore(m.db()).reinstate(s, m.otherMentor, today);
                },
                {}};
    case Action::ViewMentorQuality:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    return st(MentorQualityStore(m.db()).development(s, t.mentorId));
                },
                {}};
    case Action::RecordMentorQuality:
        return {[today](Matrix &m, const Session &s, const Target &t) {
                    Observation o;
                    o.mentorId = t.mentorId;
                    o.observedOn = today;
                    o.setting = MentorCatalogue::observationSettings().first().code;
                    const auto items = MentorQualityStore(m.db()).checklist();
                    for (const QString &item : items.value())
                        o.items.append({item, MentorCatalogue::judgements().first().code});
                    return st(MentorQualityStore(m.db()).addObservation(s, o, today));
                },
                {}};
    case Action::RecordCpd:
        return {[today](Matrix &m, const Session &s, const Target &t) {
                    DevelopmentRecord r;
                    r.mentorId = t.mentorId;
                    r.kind = QStringLiteral("cpd");
                    r.heldOn = today;
                    r.topic = QStringLiteral("Emotion coaching");
                    r.hours = 2;
                    return st(MentorQualityStore(m.db()).addDevelopment(s, r, today));
                },
                {}};
    case Action::EditObservationChecklist:
        return {[](Matrix &m, const Session &s, const Target &) {
                    return MentorQualityStore(m.db()).setChecklist(
                        s, {QStringLiteral("Clear aims for the session"), QStringLiteral("Listens more than talks")});
                },
                {}};
    case Action::RecordLearnerFeedback:
        return {[today](Matrix &m, const Session &s, const Target &t) {
                    // About the session's own mentoring when it is a mentor's; else about the
                    // student's learning mentor.
                    LearnerFeedback f;
                    f.mentorId = t.own && s.has(Role::Mentor)
                        ? s.userId()
                        : m.id(QStringLiteral("SELECT MIN(mentor_id) FROM mentoring_groups WHERE student_id = ? AND "
                                              "mentor_id IN (SELECT user_id FROM mentor_profiles)"),
                               {t.studentId});
                    f.studentId = t.studentId;
                    f.collectedOn = today;
                    f.ratings = {4, 4, 5, 3, 4};
                    return st(MentorQualityStore(m.db()).addFeedback(s, f, today));
                },
                {}};
    case Action::ManageLetterTemplates:
        return {[](Matrix &m, const Session &s, const Target &) {
                    return LetterTemplateStore(m.db()).setArchived(
                        s, m.id(QStringLiteral("SELECT MIN(id) FROM letter_templates")), true);
                },
                {}};
    case Action::CreateAttendanceLetters:
        return {[](Matrix &m, const Session &s, const Target &t) { return m.createLetters(s, LetterType::Attendance, t); }, {}};
    case Action::CreateBehaviourLetters:
        return {[](Matrix &m, const Session &s, const Target &t) { return m.createLetters(s, LetterType::Behaviour, t); }, {}};
    case Action::CreateAssessmentLetters:
        return {[](Matrix &m, const Session &s, const Target &t) { return m.createLetters(s, LetterType::Assessment, t); }, {}};
    case Action::CreateMentoringLetters:
        return {[](Matrix &m, const Session &s, const Target &t) { return m.createLetters(s, LetterType::Mentoring, t); }, {}};
    case Action::TrackLetters:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    return st(LetterService(m.db()).get(s, m.letterOf(t.studentId)));
                },
                {}};
    case Action::MakeReferral:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    NewReferral r;
                    r.studentId = t.studentId;
                    r.description = QStringLiteral("Seems withdrawn in form time.");
                    return st(ReferralStore(m.db()).create(s, r));
                },
                {}};
    case Action::ViewReferrals:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    return st(ReferralStore(m.db()).get(s, m.referralOf(t.studentId)));
                },
                {}};
    case Action::ManageReferrals:
        return {[](Matrix &m, const Session &s, const Target &) { return st(HubStore(m.db()).meetings(s)); }, {}};
    case Action::ImportReferrals:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    return m.importCsv(
                        s,
                        QStringLiteral("Timestamp,Email address,Your name,Your role,Student UPN,Student name,Area of concern,"
                                       "Description of concern,What has been tried,Urgency,Intervention in mind\n"
                                       "%1 08:14:55,t.one@school.example,T. One,Member of staff,%2,,Behaviour,"
                                       "Shouting in lessons,Seating plan changed,Non-urgent,\n")
                            .arg(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")), m.upn(t.studentId)),
                        [](Database &db, const Session &ss, QIODevice &d) {
                            return st(ReferralImporter::importFile(db, ss, d, QStringLiteral("form.csv")));
                        });
                },
                {}};
    case Action::EditProvisionMap:
        return {[](Matrix &m, const Session &s, const Target &) -> Status {
                    auto type = ProvisionMap(m.db()).type(m.id(QStringLiteral("SELECT MIN(id) FROM provision_types")));
                    if (!type)
                        return type.error();
                    type->description += QStringLiteral(" Reviewed.");
                    return st(ProvisionMap(m.db()).save(s, *type));
                },
                {}};
    case Action::ViewInterventions:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    return st(InterventionStore(m.db()).get(s, m.interventionOf(t.studentId)));
                },
                {}};
    case Action::ManageInterventions:
        return {[](Matrix &m, const Session &s, const Target &) { return st(AllocationService(m.db()).loads(s)); }, {}};
    case Action::UpdateOwnInterventions:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    const qint64 i = m.interventionOf(t.studentId);
                    // The session's own intervention when `own`; another keyworker's otherwise.
                    m.exec(QStringLiteral("UPDATE interventions SET keyworker_id = ? WHERE id = ?"),
                           {t.own && s.userId() > 0 ? s.userId() : m.otherMentor, i});
                    return InterventionStore(m.db()).setObjectives(s, i, {QStringLiteral("Arrives on time every day")});
                },
                {}};
    case Action::ViewMentoringLog:
        return {[](Matrix &m, const Session &s, const Target &t) { return st(TargetStore(m.db()).forStudent(s, t.studentId)); }, {}};
    case Action::EditMentoringLog:
        return {[today](Matrix &m, const Session &s, const Target &t) {
                    return st(LogEntryStore(m.db()).checkIn(s, t.studentId, today, QStringLiteral("settled")));
                },
                {}};
    case Action::ViewCaseload:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    return st(CaseloadDashboard(m.db()).facts(s, t.mentorId));
                },
                {}};
    case Action::ManageTimetables:
        return {[today](Matrix &m, const Session &s, const Target &) {
                    CalendarPeriod p;
                    p.kind = CalendarKind::Holiday;
                    p.name = QStringLiteral("Training day");
                    p.start = p.end = today.addDays(200);
                    return st(CalendarStore(m.db()).add(s, p));
                },
                {}};
    case Action::ScheduleSessions:
        return {[today](Matrix &m, const Session &s, const Target &t) {
                    return st(TimetablePlanner(m.db()).propose(s, t.mentorId, today, 2));
                },
                {}};
    case Action::ExportSubjectAccess:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    return st(SubjectAccess::exportStudent(m.db(), s, t.studentId));
                },
                {}};
    case Action::ReviewRetention:
        return {[today](Matrix &m, const Session &s, const Target &) { return st(Retention::review(m.db(), s, today)); }, {}};
    case Action::ReadRestricted:
        return {[today](Matrix &m, const Session &s, const Target &t) -> Status {
                    LogEntry e;
                    e.studentId = t.studentId;
                    e.kind = EntryKind::Note;
                    e.occurredOn = today;
                    e.title = QStringLiteral("Disclosure");
                    e.body = QStringLiteral("Passed to the designated safeguarding lead.");
                    e.restricted = true;
                    AuditLog audit(m.db(), Session::system().actor());
                    auto made = LogEntryStore(m.db()).addUnchecked(audit, e, m.otherMentor, today);
                    if (!made)
                        return Error::storage(QStringLiteral("setup: ") + made.error().message);
                    auto read = LogEntryStore(m.db()).get(s, *made);
                    if (!read)
                        return read.error();
                    if (read->hidden || read->body != e.body)
                        return Error::forbidden(QStringLiteral("shown as a restricted entry, without its content"));
                    return {};
                },
                {Permissions::describe(Action::ViewMentoringLog), QStringLiteral("restricted entry")}};
    case Action::ViewBehaviour:
        return {[](Matrix &m, const Session &s, const Target &t) { return st(BehaviourStore(m.db()).summary(s, t.studentId)); }, {}};
    case Action::RecordBehaviour:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    NewBehaviourEvent e;
                    e.studentIds = {t.studentId};
                    e.occurredAt = QDateTime(QDate::currentDate().addDays(-1), QTime(10, 5));
                    e.courseId = m.courseOf(t.studentId);
                    e.categoryId = m.id(QStringLiteral("SELECT MIN(id) FROM behaviour_categories WHERE active = 1"));
                    e.description = QStringLiteral("Helped a classmate");
                    return st(BehaviourStore(m.db()).record(s, e));
                },
                {}};
    case Action::ImportBehaviour:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    const QString category =
                        m.one(QStringLiteral("SELECT name FROM behaviour_categories WHERE active = 1 ORDER BY id LIMIT 1")).toString();
                    return m.importCsv(s,
                                       QStringLiteral("UPN,Date,Time,Category\n%1,%2,09:15,%3\n")
                                           .arg(m.upn(t.studentId), QDate::currentDate().addDays(-3).toString(Qt::ISODate), category),
                                       [](Database &db, const Session &ss, QIODevice &d) {
                                           return st(BehaviourImporter::importFile(db, ss, d, QStringLiteral("b.csv")));
                                       });
                },
                {}};
    case Action::ManageBehaviourCategories:
        return {[](Matrix &m, const Session &s, const Target &) {
                    BehaviourCategory c;
                    c.name = m.unique(QStringLiteral("Kindness "));
                    c.kind = BehaviourKind::Positive;
                    c.defaultPoints = 1;
                    return st(BehaviourStore(m.db()).addCategory(s, c));
                },
                {}};
    case Action::ViewAssessments:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    return st(AssessmentService(m.db()).studentGrades(s, t.studentId, 0));
                },
                {}};
    case Action::EditAssessments:
        return {[](Matrix &m, const Session &s, const Target &t) -> Status {
                    const qint64 course = m.courseOf(t.studentId);
                    // Open for grading, whatever state the demo left it in.
                    m.exec(QStringLiteral("DELETE FROM course_approvals WHERE course_id = ?"), {course});
                    m.exec(QStringLiteral("UPDATE terms SET completed_at = NULL, completed_by = NULL"));
                    AssessmentService service(m.db());
                    auto scale = service.gradingScale(course);
                    if (!scale || scale->isEmpty())
                        return Error::storage(QStringLiteral("setup: the course has no grading scale"));
                    return service.setAssessment(s, course, t.studentId, scale->first(), QString());
                },
                {}};
    case Action::ApproveAssessments:
        return {[](Matrix &m, const Session &s, const Target &) {
                    return st(AssessmentService(m.db()).queue(s, m.id(QStringLiteral("SELECT MAX(id) FROM terms"))));
                },
                {}};
    case Action::ManageTerms:
        return {[](Matrix &m, const Session &s, const Target &) {
                    return st(AssessmentService(m.db()).createTerm(s, m.unique(QStringLiteral("Term ")), QDate(2031, 1, 5),
                                                                   QDate(2031, 3, 28)));
                },
                {}};
    case Action::ConfigureAssessmentWorkflow:
        return {[](Matrix &m, const Session &s, const Target &) {
                    AssessmentService service(m.db());
                    return service.setWorkflow(s, service.workflow());
                },
                {}};
    case Action::ViewReports:
        return {[today](Matrix &m, const Session &s, const Target &t) {
                    return st(ReportStore(m.db()).student(s, t.studentId, today.addDays(-90), today));
                },
                {}};
    case Action::ImportCourseData:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    const QDate monday = QDate::currentDate().addDays(-7 - QDate::currentDate().dayOfWeek() + 1);
                    return m.importCsv(s,
                                       QStringLiteral("UPN,Week,Attendance\n%1,%2,96\n").arg(m.upn(t.studentId), monday.toString(Qt::ISODate)),
                                       [](Database &db, const Session &ss, QIODevice &d) {
                                           return st(ReportImporter::importFile(db, ss, ReportImportKind::Attendance, d,
                                                                                QStringLiteral("attendance.csv")));
                                       });
                },
                {}};
    case Action::ManageIlpTemplates:
        return {[](Matrix &m, const Session &s, const Target &) {
                    return IlpTemplateStore(m.db()).setState(
                        s, m.id(QStringLiteral("SELECT MIN(id) FROM ilp_templates WHERE state = 'published'")),
                        IlpTemplateState::Unpublished);
                },
                {}};
    case Action::ViewIlps:
        return {[](Matrix &m, const Session &s, const Target &t) { return st(IlpPlanStore(m.db()).forStudent(s, t.studentId)); }, {}};
    case Action::ContributeIlps:
        return {[](Matrix &m, const Session &s, const Target &t) -> Status {
                    const qint64 plan = m.planOf(t.studentId);
                    // A field everyone on the staff may write in, on a published plan.
                    m.exec(QStringLiteral("UPDATE ilp_plans SET state = 'published' WHERE id = ?"), {plan});
                    const qint64 field = m.id(QStringLiteral("SELECT MIN(id) FROM ilp_plan_fields WHERE plan_id = ?"), {plan});
                    m.exec(QStringLiteral("UPDATE ilp_plan_fields SET see_roles = ?, edit_roles = ? WHERE id = ?"),
                           {ilpRolesToCodes(IlpRole::Mentor | IlpRole::Teacher), ilpRolesToCodes(IlpRole::Mentor | IlpRole::Teacher), field});
                    const int version = m.one(QStringLiteral("SELECT version FROM ilp_plan_fields WHERE id = ?"), {field}).toInt();
                    return st(IlpPlanStore(m.db()).saveField(s, field, QStringLiteral("Reads aloud each week"), version));
                },
                {}};
    case Action::ManageIlps:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    return IlpPlanStore(m.db()).setDates(s, m.planOf(t.studentId), QDate::currentDate().addDays(-1),
                                                         QDate::currentDate().addDays(180));
                },
                {}};
    case Action::BackUpDatabase:
        return {[](Matrix &m, const Session &s, const Target &) {
                    const Status made = BackupService::backupTo(m.db(), s, m.t.dir() + m.unique(QStringLiteral("/copy-")) +
                                                                             QStringLiteral(".sqlite"));
                    // A server is backed up on the server: past the permission check the desk
                    // declines (Invalid), which counts as allowed; a refusal stays Forbidden.
                    if (!made && m.db().engine() == Engine::PostgreSQL && made.error().kind == Error::Kind::Invalid)
                        return Status{};
                    return made;
                },
                {},
                true};
    case Action::ManageMidtermReviews:
        return {[](Matrix &m, const Session &s, const Target &t) {
                    return st(IlpReviewStore(m.db()).reviews(s, m.courseOf(t.studentId)));
                },
                {}};
    }
    return {};
}

QString scopeText(Scopes scopes)
{
    QStringList parts;
    if (scopes.testFlag(ScopeKind::OwnCourses))
        parts << QStringLiteral("own courses");
    if (scopes.testFlag(ScopeKind::AssignedLearners))
        parts << QStringLiteral("assigned learners");
    if (scopes.testFlag(ScopeKind::Organisation))
        parts << QStringLiteral("organisation");
    return parts.isEmpty() ? QStringLiteral("refused") : parts.join(QLatin1Char('+'));
}

} // namespace

class TestAccessMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Matrix> m_matrix;
    int m_allowedChecks = 0;
    int m_refusedChecks = 0;

private Q_SLOTS:
    void initTestCase();
    void everyActionHasARowAndAProbe();
    void tableFollowsReference000RoleComparison();
    void supervisorIsMentorAndHeadteacherTogether();
    void commandLinePrintsTheMatrix();
    void walksTheWholeMatrixAgainstTheServices_data();
    void walksTheWholeMatrixAgainstTheServices();
    void cleanupTestCase();
};

void TestAccessMatrix::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_matrix = std::make_unique<Matrix>();
    Matrix &m = *m_matrix;
    QVERIFY(m.t.isValid());
    DemoOptions options;
    options.students = 90;
    auto demo = DemoSchool::generate(m.db(), options);
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));

    // The mentor: a demo learning mentor (mentor role only, a profile, a caseload). The student
    // in reach: the one of their caseload most capabilities have touched.
    const QString touched = QStringLiteral(
        "(CASE WHEN EXISTS (SELECT 1 FROM referrals r WHERE r.student_id = s.id) THEN 1 ELSE 0 END) + "
        "(CASE WHEN EXISTS (SELECT 1 FROM interventions i WHERE i.student_id = s.id) THEN 1 ELSE 0 END) + "
        "(CASE WHEN EXISTS (SELECT 1 FROM smart_targets x WHERE x.student_id = s.id) THEN 1 ELSE 0 END) + "
        "(CASE WHEN EXISTS (SELECT 1 FROM letters l WHERE l.student_id = s.id) THEN 1 ELSE 0 END) + "
        "(CASE WHEN EXISTS (SELECT 1 FROM ilp_plans p WHERE p.student_id = s.id) THEN 1 ELSE 0 END) + "
        "(CASE WHEN EXISTS (SELECT 1 FROM behaviour_events b WHERE b.student_id = s.id) THEN 1 ELSE 0 END) + "
        "(CASE WHEN EXISTS (SELECT 1 FROM course_students c WHERE c.student_id = s.id) THEN 1 ELSE 0 END)");
    const QString pureMentor = QStringLiteral(
        "mg.mentor_id IN (SELECT user_id FROM mentor_profiles) AND NOT EXISTS (SELECT 1 FROM user_roles ur "
        "WHERE ur.user_id = mg.mentor_id AND ur.role <> 'mentor')");
    Query pick(m.db(), QStringLiteral("SELECT s.id, mg.mentor_id FROM students s JOIN mentoring_groups mg ON "
                                      "mg.student_id = s.id AND mg.ended_on IS NULL WHERE ") +
                           pureMentor + QStringLiteral(" ORDER BY ") + touched + QStringLiteral(" DESC, s.id LIMIT 1"));
    QVERIFY(pick.exec());
    QVERIFY(pick.next());
    m.in = pick.id(0);
    const qint64 mentorId = pick.id(1);
    pick.finish();
    // Outside: another learning mentor's student, in another year group (so on no shared course).
    Query other(m.db(), QStringLiteral("SELECT s.id, mg.mentor_id FROM students s JOIN mentoring_groups mg ON "
                                       "mg.student_id = s.id AND mg.ended_on IS NULL WHERE ") +
                            pureMentor +
                            QStringLiteral(" AND mg.mentor_id <> ? AND s.year_group <> (SELECT year_group FROM students "
                                           "WHERE id = ?) ORDER BY ") +
                            touched + QStringLiteral(" DESC, s.id LIMIT 1"));
    other.bind(mentorId).bind(m.in);
    QVERIFY(other.exec());
    QVERIFY(other.next());
    m.out = other.id(0);
    m.otherMentor = other.id(1);
    other.finish();
    QVERIFY(m.in != m.out);

    const QString mentorName = m.one(QStringLiteral("SELECT username FROM users WHERE id = ?"), {mentorId}).toString();
    auto mentor = AuthService(m.db()).sessionFor(mentorName);
    QVERIFY2(mentor.ok(), mentor ? "" : qPrintable(mentor.error().message));
    QVERIFY(mentor->roles() == QSet<Role>{Role::Mentor});

    const Session teacher = m.t.addUser(QStringLiteral("matrix.teacher"), {Role::Teacher});
    const Session lead = m.t.addUser(QStringLiteral("matrix.lead"), {Role::LeadMentor});
    const Session head = m.t.addUser(QStringLiteral("matrix.head"), {Role::Headteacher});
    const Session admin = m.t.addUser(QStringLiteral("matrix.admin"), {Role::Administrator});
    const Session supervisor = m.t.addUser(QStringLiteral("matrix.supervisor"), {Role::Mentor, Role::Headteacher});
    QVERIFY(teacher.isValid() && lead.isValid() && head.isValid() && admin.isValid() && supervisor.isValid());
    QVERIFY(supervisor.isSupervisor());
    // The teacher teaches every course the student is on; the lead mentor and the supervisor
    // have the student in their own groups too.
    QVERIFY(m.exec(QStringLiteral("INSERT INTO course_teachers (course_id, user_id) SELECT course_id, ? FROM "
                                  "course_students WHERE student_id = ?"),
                   {teacher.userId(), m.in}));
    QVERIFY(m.courseOf(m.in) > 0);
    QVERIFY(m.courseOf(m.out) > 0);
    QCOMPARE(m.id(QStringLiteral("SELECT COUNT(*) FROM course_students a JOIN course_students b ON b.course_id = a.course_id "
                                 "WHERE a.student_id = ? AND b.student_id = ?"),
                  {m.in, m.out}),
             0);
    for (const Session &s : {lead, supervisor})
        QVERIFY(m.exec(QStringLiteral("INSERT INTO mentoring_groups (mentor_id, student_id, started_on) VALUES (?, ?, ?)"),
                       {s.userId(), m.in, isoDate(QDate::currentDate().addDays(-30))}));

    m.columns = {{QStringLiteral("Teacher"), teacher},         {QStringLiteral("Mentor"), *mentor},
                 {QStringLiteral("Lead mentor"), lead},        {QStringLiteral("Headteacher"), head},
                 {QStringLiteral("Administrator"), admin},     {QStringLiteral("Supervisor"), supervisor}};
    QCOMPARE(m.columns.size(), AccessMatrix::columns().size());
}

void TestAccessMatrix::everyActionHasARowAndAProbe()
{
    // The enum is walked through the probes' switch (a missing case is a compiler warning, an
    // error with MD_WARNINGS_AS_ERRORS) and through the table; both must cover the same actions.
    int actions = 0;
    while (probeFor(Action(actions)))
        ++actions;
    QVERIFY(actions > 50);
    QSet<int> rows;
    for (const Permissions::Row &row : Permissions::table()) {
        QVERIFY2(int(row.action) < actions,
                 qPrintable(QStringLiteral("action %1 (%2) has a row in the table but no probe in this test")
                                .arg(int(row.action))
                                .arg(QString::fromLatin1(row.description))));
        rows.insert(int(row.action));
    }
    for (int a = 0; a < actions; ++a)
        QVERIFY2(rows.contains(a), qPrintable(QStringLiteral("action %1 has no row in Permissions::table()").arg(a)));
    QCOMPARE(int(Permissions::table().size()), actions);
    QCOMPARE(AccessMatrix::actions().size(), actions);
}

void TestAccessMatrix::tableFollowsReference000RoleComparison()
{
    // Reference 000, section 4, row by row (teacher, mentor, headteacher).
    struct Expect
    {
        Action action;
        ScopeKind teacher, mentor, head;
    };
    constexpr ScopeKind N = ScopeKind::None, C = ScopeKind::OwnCourses, A = ScopeKind::AssignedLearners,
                        O = ScopeKind::Organisation;
    const QList<Expect> rows = {
        {Action::ViewIlps, C, A, O},            // ILPs: view and contribute
        {Action::ContributeIlps, C, A, O},      //
        {Action::ManageIlps, N, A, O},          // ILPs: create and manage
        {Action::ViewBehaviour, C, A, O},       // behaviour: group / assigned learners; organisation
        {Action::RecordBehaviour, C, A, O},     //
        {Action::ViewAssessments, C, A, O},     // assessments: group / assigned learners; organisation
        {Action::ViewParentContacts, N, A, O},  // parent contact information
        {Action::CreateAttendanceLetters, C, A, O},
        {Action::CreateBehaviourLetters, N, A, O},
        {Action::CreateAssessmentLetters, N, A, O},
        {Action::TrackLetters, N, A, O},        // letter open status: group; organisation
        {Action::ViewReports, C, A, O},         // 360° reports (teacher: their courses)
        {Action::ApproveAssessments, N, N, O},  // §3.2: review and approve, complete terms
    };
    for (const Expect &e : rows) {
        const QString what = Permissions::describe(e.action);
        QVERIFY2(Permissions::scopeFor(Role::Teacher, e.action) == e.teacher, qPrintable(what));
        QVERIFY2(Permissions::scopeFor(Role::Mentor, e.action) == e.mentor, qPrintable(what));
        QVERIFY2(Permissions::scopeFor(Role::Headteacher, e.action) == e.head, qPrintable(what));
    }
}

void TestAccessMatrix::supervisorIsMentorAndHeadteacherTogether()
{
    for (Action a : AccessMatrix::actions()) {
        const Scopes both = Scopes(Permissions::scopeFor(Role::Mentor, a)) | Permissions::scopeFor(Role::Headteacher, a);
        QCOMPARE(AccessMatrix::scopes(AccessColumn::Supervisor, a).toInt(), both.toInt());
        QCOMPARE(AccessMatrix::allowed(AccessColumn::Supervisor, a), both != Scopes());
    }
    QCOMPARE(AccessMatrix::columnLabel(AccessColumn::Supervisor), QStringLiteral("Supervisor"));
}

void TestAccessMatrix::commandLinePrintsTheMatrix()
{
    const test::CliRun run = test::runCli({QStringLiteral("access"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QStringList lines = run.out.trimmed().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), int(AccessMatrix::actions().size()) + 1);
    QCOMPARE(lines.first(), QStringLiteral("Action,Teacher,Mentor,Lead mentor,Headteacher,Administrator,Supervisor"));
    // Reference 000: parent contact information is the mentor's for their group, the headteacher's
    // for the organisation, not the teacher's; a supervisor has the headteacher's reach.
    QVERIFY2(lines.contains(QStringLiteral("see parents' contact details,refused,assigned learners,organisation,"
                                           "organisation,organisation,assigned learners + organisation")),
             qPrintable(run.out));
}

void TestAccessMatrix::walksTheWholeMatrixAgainstTheServices_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("column");
    for (Action a : AccessMatrix::actions())
        for (int c = 0; c < AccessMatrix::columns().size(); ++c)
            QTest::addRow("%s / %s", qPrintable(Permissions::describe(a)),
                          qPrintable(AccessMatrix::columnLabel(AccessMatrix::columns().at(c))))
                << int(a) << c;
}

void TestAccessMatrix::walksTheWholeMatrixAgainstTheServices()
{
    QFETCH(int, action);
    QFETCH(int, column);
    Matrix &m = *m_matrix;
    const Action a = Action(action);
    const Session &session = m.columns.at(column).second;
    const Probe probe = probeFor(a);
    QVERIFY(probe);
    const Scopes scopes = Permissions::scopes(session, a);
    QCOMPARE(scopes.toInt(), AccessMatrix::scopes(AccessMatrix::columns().at(column), a).toInt());
    const qint64 ownMentor = session.has(Role::Mentor) ? session.userId() : m.otherMentor;

    // Each call runs in a transaction rolled back afterwards: every probe sees the same school.
    auto call = [&](const Target &target) {
        if (probe.changesNothing)
            return probe.run(m, session, target);
        Transaction outer(m.db());
        Status s = outer.ok() ? probe.run(m, session, target) : Status(outer.error());
        outer.rollback();
        return s;
    };
    const QString cell = QStringLiteral("%1 / %2 (%3)").arg(Permissions::describe(a), m.columns.at(column).first, scopeText(scopes));

    const Status inside = call({m.in, ownMentor, true});
    if (scopes == Scopes()) {
        QVERIFY2(!inside, qPrintable(cell + QStringLiteral(": allowed although the table refuses it")));
        const Error &e = inside.error();
        // Forbidden, saying what was refused; or, for a record the role could only see if they
        // had made it themselves (a letter, a referral), not found, saying which.
        QVERIFY2(e.kind == Error::Kind::Forbidden || e.kind == Error::Kind::NotFound,
                 qPrintable(cell + QStringLiteral(": refused, but not as forbidden: ") + e.message));
        bool named = e.kind == Error::Kind::NotFound || e.message.contains(Permissions::describe(a));
        for (const QString &alt : probe.alsoNamed)
            named = named || e.message.contains(alt);
        QVERIFY2(named, qPrintable(cell + QStringLiteral(": the refusal does not say what was refused: ") + e.message));
        QVERIFY2(!e.message.trimmed().isEmpty(), qPrintable(cell));
        ++m_refusedChecks;
        return;
    }
    QVERIFY2(inside, qPrintable(cell + QStringLiteral(": refused in scope: ") + (inside ? QString() : inside.error().message)));
    ++m_allowedChecks;

    const Status outside = call({m.out, m.otherMentor, false});
    if (scopes.testFlag(ScopeKind::Organisation)) {
        QVERIFY2(outside, qPrintable(cell + QStringLiteral(": refused for the organisation: ") +
                                     (outside ? QString() : outside.error().message)));
        ++m_allowedChecks;
    } else {
        QVERIFY2(!outside, qPrintable(cell + QStringLiteral(": reached a student (or mentor) outside the scope")));
        QVERIFY2(outside.error().kind == Error::Kind::Forbidden || outside.error().kind == Error::Kind::NotFound,
                 qPrintable(cell + QStringLiteral(": out of scope, but failed otherwise: ") + outside.error().message));
        QVERIFY2(!outside.error().message.trimmed().isEmpty(), qPrintable(cell));
        ++m_refusedChecks;
    }
}

void TestAccessMatrix::cleanupTestCase()
{
    qInfo("access matrix: %d allowed calls succeeded, %d refused calls failed with a message", m_allowedChecks,
          m_refusedChecks);
    m_matrix.reset();
}

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "tst_accessmatrix.moc"
