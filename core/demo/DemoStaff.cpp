// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/PasswordHasher.h"
#include "access/UserStore.h"
#include "common/Logging.h"
#include "demo/DemoContext.h"
#include "demo/DemoSteps.h"
#include "school/SchoolSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "students/MentoringGroupStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace md::demo {

namespace {

// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::DemoSchool)
};

const QLatin1String kStaffDomain("@northgate.example.org");

// Reference 004: a lead learning mentor (caseload up to 3), two advanced and five learning
// mentors (6-8 each). A larger school gets a larger team: 8 at 720, about 40 at 10,000.
int teamSize(int students)
{
    return students <= 720 ? 8 : 8 + qRound((students - 720) / 290.0);
}
constexpr int kLeadCapacity = 3;
constexpr int kMentorCapacity = 8;
constexpr int kMinCaseload = 6;
constexpr int kSupervisorCaseload = 2;

int teacherCount(int students)
{
    return std::max(10, qRound(students / 18.0));
}

struct SubjectDef
{
    const char *name;
    int weight; // share of the teaching staff
};
const SubjectDef kSubjects[] = {
    {QT_TRANSLATE_NOOP("md::DemoSchool", "English"), 3},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "Maths"), 3},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "Science"), 3},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "History"), 1},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "Geography"), 1},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "French"), 1},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "Art"), 1},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "Music"), 1},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "Computing"), 1},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "PE"), 1},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "RE"), 1},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "Design and Technology"), 1},
    {QT_TRANSLATE_NOOP("md::DemoSchool", "Drama"), 1},
};
constexpr int kSubjectCount = int(sizeof(kSubjects) / sizeof(kSubjects[0]));

// Makes staff users with unique, realistic usernames ("a.okafor", then "a.okafor2") sharing one
// password hash, so thousands of users cost one Argon2 run.
class StaffMaker
{
public:
    StaffMaker(DemoContext &ctx, QString hash) : m_ctx(ctx), m_store(ctx.db), m_hash(std::move(hash)) {}

    Result<qint64> make(const QSet<Role> &roles, QString *usernameOut = nullptr)
    {
        const bool female = m_ctx.chance(0.6);
        const QString forename = m_ctx.pick(female ? m_ctx.words.femaleForenames : m_ctx.words.maleForenames);
        const QString surname = m_ctx.pick(m_ctx.words.surnames);
        const QString base =
            DemoContext::asciiLower(forename).left(1) + QLatin1Char('.') + DemoContext::asciiLower(surname);
        QString username = base;
        for (int n = 2; m_usernames.contains(username); ++n)
            username = base + QString::number(n);
        m_usernames.insert(username);
        NewStaffUser user;
        user.username = username;
        user.displayName = forename + QLatin1Char(' ') + surname;
        user.email = username + kStaffDomain;
        user.roles = roles;
        user.passwordHash = m_hash;
        auto id = m_store.create(m_ctx.session, user);
        if (!id)
            return id.error();
        ++m_ctx.staff;
        if (usernameOut)
            *usernameOut = username;
        return *id;
    }

private:
    DemoContext &m_ctx;
    UserStore m_store;
    QString m_hash;
    QSet<QString> m_usernames;
};

} // namespace

Status generateStaff(DemoContext &ctx)
{
    auto hash = PasswordHasher::hash(DemoSchool::password(), PasswordHasher::Cost::Minimum);
    if (!hash)
        return hash.error();
    StaffMaker maker(ctx, *hash);
    Query profile(ctx.db);
    if (Status s =
            profile.prepare(QStringLiteral("INSERT INTO mentor_profiles (user_id, grade, capacity) VALUES (?, ?, ?)"));
        !s)
        return s;

    const int team = teamSize(ctx.options.students);
    const int advanced = qRound((team - 1) * 2 / 7.0);
    for (int i = 0; i < team; ++i) {
        DemoMentor m;
        const bool lead = i == 0;
        m.grade =
            lead ? QStringLiteral("lead_learning_mentor")
                 : (i <= advanced ? QStringLiteral("advanced_learning_mentor") : QStringLiteral("learning_mentor"));
        m.capacity = lead ? kLeadCapacity : kMentorCapacity;
        auto id = maker.make(lead ? QSet<Role>{Role::LeadMentor, Role::Mentor} : QSet<Role>{Role::Mentor}, &m.username);
        if (!id)
            return id.error();
        m.userId = *id;
        profile.bind(m.userId).bind(m.grade).bind(m.capacity);
        if (Status s = profile.exec(); !s)
            return s;
        // A fresh AuditLog each time: UserStore writes to the chain between these rows.
        AuditLog audit(ctx.db, ctx.session.actor());
        if (Status s = audit.created(QStringLiteral("mentor_profile"), m.userId, m.grade); !s)
            return s;
        if (lead) {
            ctx.leadMentorId = m.userId;
            ctx.signInAs = m.username;
        }
        ctx.mentors.append(m);
    }

    auto head = maker.make({Role::Headteacher});
    if (!head)
        return head.error();
    ctx.headteacherId = *head;
    auto admin = maker.make({Role::Administrator});
    if (!admin)
        return admin.error();
    ctx.administratorId = *admin;
    // The assistant head for inclusion who oversees the team: mentor and headteacher at once,
    // which the app shows as one "Supervisor" entry.
    auto supervisor = maker.make({Role::Mentor, Role::Headteacher}, &ctx.supervisor.username);
    if (!supervisor)
        return supervisor.error();
    ctx.supervisorId = *supervisor;
    ctx.supervisor.userId = *supervisor;

    // Teachers by subject: the core subjects get more of them; every subject gets at least one
    // (or, in a tiny school, shares a teacher with another subject).
    const int teachers = teacherCount(ctx.options.students);
    QList<QStringList> subjectsOf(teachers);
    if (teachers >= kSubjectCount) {
        // One each, then the rest in proportion to the weights.
        QList<int> weights;
        for (const SubjectDef &s : kSubjects)
            weights.append(s.weight);
        const QList<int> extra = DemoContext::apportion(teachers - kSubjectCount, weights);
        int next = 0;
        for (int s = 0; s < kSubjectCount; ++s)
            for (int k = 0; k < 1 + extra.at(s); ++k)
                subjectsOf[next++].append(Tr::tr(kSubjects[s].name));
    } else {
        for (int s = 0; s < kSubjectCount; ++s)
            subjectsOf[s % teachers].append(Tr::tr(kSubjects[s].name));
    }
    for (int t = 0; t < teachers; ++t) {
        DemoTeacher teacher;
        auto id = maker.make({Role::Teacher}, &teacher.username);
        if (!id)
            return id.error();
        teacher.userId = *id;
        teacher.subjects = subjectsOf.at(t);
        ctx.teachers.append(teacher);
    }

    if (Status s = SchoolSettings(ctx.db).setValueUnchecked(SchoolSettings::kDemoUser, ctx.signInAs); !s)
        return s;
    qCInfo(lcDemo) << "demo staff:" << ctx.staff << "users," << ctx.mentors.size() << "mentors," << teachers
                   << "teachers";
    return {};
}

Status generateCourses(DemoContext &ctx)
{
    Query course(ctx.db);
    Query teacher(ctx.db);
    Query enrol(ctx.db);
    if (Status s = course.prepare(QStringLiteral(
            "INSERT INTO courses (name, subject, year_group, created_at) VALUES (?, ?, ?, ?) RETURNING id"));
        !s)
        return s;
    if (Status s = teacher.prepare(QStringLiteral("INSERT INTO course_teachers (course_id, user_id) VALUES (?, ?)"));
        !s)
        return s;
    // Every student of the year takes every subject: one set-based insert per course.
    if (Status s =
            enrol.prepare(QStringLiteral("INSERT INTO course_students (course_id, student_id) "
                                         "SELECT ?, id FROM students WHERE year_group = ? AND date_left IS NULL"));
        !s)
        return s;
    AuditLog audit(ctx.db, ctx.session.actor());
    const QString now = isoNow();
    const QList<int> years = ctx.studentsByYear.keys();
    qint64 enrolments = 0;
    for (const SubjectDef &subjectDef : kSubjects) {
        const QString subject = Tr::tr(subjectDef.name);
        QList<qint64> staff;
        for (const DemoTeacher &t : std::as_const(ctx.teachers))
            if (t.subjects.contains(subject))
                staff.append(t.userId);
        for (int y = 0; y < years.size(); ++y) {
            DemoCourse c;
            c.yearGroup = years.at(y);
            c.subject = subject;
            c.name = Tr::tr("Year %1 %2").arg(c.yearGroup).arg(subject);
            // Teachers share the years out; each year has at least one of them.
            for (int i = 0; i < staff.size(); ++i)
                if (i % years.size() == y || i == y % int(staff.size()))
                    c.teacherIds.append(staff.at(i));
            course.bind(c.name).bind(c.subject).bind(c.yearGroup).bind(now);
            auto id = course.scalar();
            if (!id)
                return id.error();
            c.id = id->toLongLong();
            for (qint64 t : std::as_const(c.teacherIds)) {
                teacher.bind(c.id).bind(t);
                if (Status s = teacher.exec(); !s)
                    return s;
            }
            enrol.bind(c.id).bind(c.yearGroup);
            if (Status s = enrol.exec(); !s)
                return s;
            const int enrolled = enrol.numRowsAffected();
            enrolments += enrolled;
            if (Status s = audit.created(QStringLiteral("course"), c.id, c.name); !s)
                return s;
            // The enrolment of a whole year as one audit row, not thousands.
            if (Status s = audit.record(QStringLiteral("enrol"), QStringLiteral("course"), c.id,
                                        QStringLiteral("students"), QString(), QString::number(enrolled));
                !s)
                return s;
            ctx.courses.append(c);
        }
    }
    qCInfo(lcDemo) << "demo courses:" << ctx.courses.size() << "with" << enrolments << "enrolments";
    return {};
}

Status generateCaseloads(DemoContext &ctx)
{
    // Who needs a mentor most (reference 004's resource allocation: looked-after children, EHC
    // plans, SEMH first; then attendance and other pastoral needs), with some chance mixed in.
    QList<std::pair<double, int>> byNeed;
    byNeed.reserve(ctx.students.size());
    for (int i = 0; i < ctx.students.size(); ++i) {
        const Student &s = ctx.students.at(i);
        double need = 20.0 * ctx.uniform();
        if (s.lookedAfter)
            need += 100;
        if (s.ehcPlan)
            need += 40;
        if (s.semh)
            need += 30;
        if (s.attendance && *s.attendance < 90)
            need += *s.attendance < 80 ? 25 : 15;
        if (s.priorityFlags.contains(QStringLiteral("young_carer")) ||
            s.priorityFlags.contains(QStringLiteral("bereavement")))
            need += 10;
        if (s.pupilPremium)
            need += 5;
        byNeed.append({need, i});
    }
    std::stable_sort(byNeed.begin(), byNeed.end(), [](const auto &a, const auto &b) { return a.first > b.first; });

    // Started some time since the first weeks of this school year.
    const QDate latest = std::max(ctx.schoolYearStart, ctx.today.addDays(-1));
    const QDate earliest = std::min(ctx.schoolYearStart.addDays(7), latest);

    MentoringGroupStore groups(ctx.db);
    AuditLog audit(ctx.db, ctx.session.actor());
    int next = 0;
    auto assign = [&](DemoMentor &m, int index) -> Status {
        const Student &s = ctx.students.at(index);
        if (Status st = groups.assignUnchecked(audit, m.userId, s.id, ctx.dateBetween(earliest, latest)); !st)
            return st;
        m.caseload.append(s.id);
        return {};
    };

    // The lead takes the most complex (looked-after, EHC, SEMH) up to their capacity of 3.
    DemoMentor &lead = ctx.mentors.first();
    QList<int> taken;
    for (const auto &[need, index] : std::as_const(byNeed)) {
        if (lead.caseload.size() >= lead.capacity)
            break;
        const Student &s = ctx.students.at(index);
        if (s.lookedAfter || s.ehcPlan || s.semh) {
            if (Status st = assign(lead, index); !st)
                return st;
            taken.append(index);
        }
    }

    // The rest of the team: 6 to 8 each from the students most in need, dealt out at random so no
    // one mentor gets all the hardest cases.
    QList<int> targets;
    int wanted = 0;
    for (int m = 1; m < ctx.mentors.size(); ++m) {
        targets.append(ctx.between(kMinCaseload, ctx.mentors.at(m).capacity));
        wanted += targets.last();
    }
    wanted += kSupervisorCaseload;
    QList<int> pool;
    for (const auto &[need, index] : std::as_const(byNeed)) {
        if (pool.size() >= wanted)
            break;
        if (!taken.contains(index))
            pool.append(index);
    }
    ctx.shuffle(pool);
    for (int m = 1; m < ctx.mentors.size(); ++m)
        for (int k = 0; k < targets.at(m - 1) && next < pool.size(); ++k)
            if (Status st = assign(ctx.mentors[m], pool.at(next++)); !st)
                return st;
    // The supervisor keeps a small group of their own.
    for (int k = 0; k < kSupervisorCaseload && next < pool.size(); ++k)
        if (Status st = assign(ctx.supervisor, pool.at(next++)); !st)
            return st;

    int assigned = ctx.supervisor.caseload.size();
    for (const DemoMentor &m : std::as_const(ctx.mentors))
        assigned += m.caseload.size();
    qCInfo(lcDemo) << "demo caseloads:" << assigned << "students with a mentor";
    return {};
}

} // namespace md::demo
