// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/DemoMentoring.h"

#include "demo/DemoContext.h"
#include "mentoring/LogEntryStore.h"
#include "mentoring/MentoringLogging.h"
#include "mentoring/SessionStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "timetable/LessonTimetable.h"
#include "timetable/SchoolCalendar.h"
#include "timetable/TimetablePlanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTime>

namespace md::demo {

namespace {

// Everything here is made up for the demo school; none of it names a real person, place or service.
QString tr(const char *text)
{
    return QCoreApplication::translate("md::DemoMentoring", text);
}

#define L(text) QT_TRANSLATE_NOOP("md::DemoMentoring", text)

const char *const kObjectives[] = {
    L("Improve attendance to at least 95% by the end of term"),
    L("Manage anger in lessons without walking out"),
    L("Build positive friendships and handle conflict calmly"),
    L("Arrive at lessons on time and with the right equipment"),
    L("Reduce behaviour points in core subjects"),
    L("Talk to a trusted adult when feeling anxious"),
    L("Complete and hand in homework every week"),
    L("Rebuild working relationships with subject teachers"),
};

struct TargetText
{
    const char *title, *specific, *measurable, *achievable, *relevant, *timeBound, *steps;
};
const TargetText kTargets[] = {
    {L("Be on time to every lesson"), L("In the classroom before the second bell, every lesson"),
     L("Lates on the register each week"), L("Leave the lunch hall at the first bell"),
     L("Late starts have led to detentions"), L("For the next four weeks"),
     L("Set a phone alarm for the end of lunch\nWalk with a friend who is on time")},
    {L("Use my time-out card instead of arguing"), L("Show the card and go to the agreed space when angry"),
     L("Incidents logged and times the card was used"), L("Practised in sessions; teachers know the card"),
     L("Arguments in class led to removals"), L("Until the next review"),
     L("Notice the early signs\nShow the card\nCome back within ten minutes")},
    {L("Hand in homework on time"), L("Every homework set in Maths, English and Science"),
     L("Homework record in the planner, checked on Fridays"), L("Homework club on Tuesdays and Thursdays"),
     L("Missing homework is holding back progress"), L("For the rest of the half term"),
     L("Write homework in the planner\nGo to homework club twice a week")},
    {L("Join in at lunch with my form group"), L("Sit with the form group at lunch three days a week"),
     L("Days ticked on the lunch chart"), L("Starting with one friend from the form"),
     L("Lunchtimes alone have made school harder"), L("For the next three weeks"),
     L("Choose the day\nAsk one person to sit together")},
    {L("Come to school every day"), L("Attend every day and arrive by 8:40"),
     L("Weekly attendance figure from the office"), L("A morning call from home and the breakfast club"),
     L("Missed days are the main barrier to learning"), L("Until the end of term"),
     L("Alarm set the night before\nBreakfast club on Mondays")},
};

const char *const kSuccesses[] = {
    L("On time to every lesson on Tuesday and Wednesday."), L("A merit in English for a piece of writing."),
    L("Walked away from an argument at break instead of reacting."), L("Handed in all homework this week."),
    L("Sat with the form group at lunch twice."), L("Full attendance this week."),
};
const char *const kDifficulties[] = {
    L("Sent out of Maths on Thursday after arguing about a seat."), L("Found lunchtime hard again on Monday."),
    L("Late twice because of the bus."), L("Forgot PE kit and got a detention."), L("A falling-out in the form group."),
};
const char *const kTargetProgress[] = {
    L("Met the mini-target on three of five days."), L("Used the time-out card once, and it worked."),
    L("Homework in for every subject but Science."), L("Better week than last; still late on Monday."),
};
const char *const kBehaviour[] = {
    L("Two behaviour points this week, down from five."), L("No incidents logged since last session."),
    L("One positive point from History and one negative from Science."),
};
const char *const kActivities[] = {
    L("GROW conversation about mornings: goal, reality, options, way forward."),
    L("Solution-focused scale of the week: where now, and what one point higher would look like."),
    L("Anger thermometer: early warning signs and three ways to cool down."),
    L("Role-played joining a group conversation at lunch."), L("Emotions diary: named feelings at three points of the day."),
    L("Mapped the journey to school and planned an earlier bus."), L("Set up a bag checklist and a homework planner."),
    L("Breathing exercise and a worry box for the mock tests."), L("Looked at target grades and chose one subject to push."),
};
const char *const kEvidence[] = {L("Completed worksheet filed in the log."), L("Notes from the conversation."),
                                 L("Planner page photographed and filed."), L("Scale chart completed by the student.")};
const char *const kWorries[] = {L("A supply teacher in Science on Monday."), L("A group presentation in English."),
                                L("The mock test in Maths next week."), L("Making up with a friend in the form group.")};
const char *const kStrategies[] = {L("Use the time-out card and go to the agreed space."),
                                   L("Count to ten and ask to step outside."),
                                   L("Write the worry down and bring it to the morning check-in."),
                                   L("Sit near the front, away from distractions.")};
const char *const kMiniTargets[] = {L("On time every morning this week."), L("No more than one behaviour point."),
                                    L("Hand in the History homework by Friday."),
                                    L("Say one positive thing to a classmate each day.")};
const char *const kMissed[] = {L("Absent (ill)."), L("On a school trip."),
                               L("The teacher kept the student for a practical."), L("The student chose to stay in the lesson.")};
const char *const kRescheduled[] = {L("The teacher asked to move it: an assessment in that lesson."),
                                    L("The mentor was called to support an incident."),
                                    L("The student had a dental appointment.")};
const char *const kParentBodies[] = {
    L("Shared a good week; the parent was pleased with punctuality."), L("Update on the anger management work."),
    L("Discussed homework; agreed a routine at home."), L("The parent raised friendship worries; agreed to watch lunchtimes."),
};
const char *const kTeacherBodies[] = {
    L("The form tutor will praise on-time days and tell the mentor of lates."),
    L("The subject teacher reports better focus in lessons."), L("The head of year shared behaviour data for the half term."),
};
const char *const kTeachers[] = {L("Form tutor"), L("Head of year"), L("Maths teacher"), L("English teacher")};
const char *const kAgencies[] = {L("School counselling service"), L("Alternative provision centre"),
                                 L("Family support worker"), L("Young carers project")};
const char *const kAgencyBodies[] = {L("Confirmed that weekly counselling sessions have started."),
                                     L("Attendance there is good; a plan for returning agreed."),
                                     L("A home visit is planned this month.")};
const char *const kObservations[] = {
    L("Settled quickly and stayed on task for most of the lesson; needed one reminder."),
    L("Struggled with group work; moved seats after ten minutes and then settled."),
    L("Answered two questions unprompted; the teacher praised the effort."),
};
const char *const kIncidents[] = {L("Incident support after a confrontation at lunch; calmed down and wrote a statement."),
                                  L("Restorative conversation with a classmate after an argument.")};
const char *const kIncidentActions[] = {L("Statement passed to the head of year; parent informed."),
                                        L("Both agreed a contract; review next week.")};
const char *const kUpdates[] = {L("Attendance steady and fewer behaviour points this fortnight."),
                                L("Some progress on the targets; friendship worries remain."),
                                L("A difficult week at home; extra check-ins agreed.")};

template <std::size_t N> QString pickText(DemoContext &ctx, const char *const (&list)[N])
{
    return tr(list[ctx.between(0, int(N) - 1)]);
}

SessionFocus focusFor(const Student &s, DemoContext &ctx)
{
    if (s.attendance && *s.attendance < 90)
        return SessionFocus::AttendancePunctuality;
    if (s.semh)
        return ctx.chance(0.5) ? SessionFocus::AngerManagement : SessionFocus::EmotionalWellbeing;
    static const SessionFocus others[] = {SessionFocus::SolutionFocused, SessionFocus::GrowCoaching,
                                          SessionFocus::SocialSkills,    SessionFocus::OrganisationalSkills,
                                          SessionFocus::StressAnxiety,   SessionFocus::AcademicMotivation};
    return others[ctx.between(0, 5)];
}

QDate mondayOnOrAfter(const QDate &d)
{
    return d.dayOfWeek() == 1 ? d : d.addDays(8 - d.dayOfWeek());
}

QDate weekdayOnOrAfter(const QDate &d)
{
    return d.dayOfWeek() <= 5 ? d : d.addDays(8 - d.dayOfWeek());
}

QDate fridayOnOrBefore(const QDate &d)
{
    return d.dayOfWeek() >= 5 ? d.addDays(5 - d.dayOfWeek()) : d.addDays(-2 - d.dayOfWeek());
}

// A school year shaped like an English secondary school's: three terms, three half-term breaks,
// Christmas and Easter, and an assessment week in each term.
QList<CalendarPeriod> schoolYear(const QDate &start)
{
    const int y = start.year();
    auto period = [](CalendarKind kind, const QString &name, const QDate &from, const QDate &to) {
        return CalendarPeriod{0, kind, name, from, to};
    };
    const QDate autumnStart = weekdayOnOrAfter(QDate(y, 9, 2));
    const QDate octBreak = SchoolCalendar::weekStart(QDate(y, 10, 28));
    const QDate autumnEnd = fridayOnOrBefore(QDate(y, 12, 19));
    const QDate springStart = mondayOnOrAfter(QDate(y + 1, 1, 4));
    const QDate febBreak = SchoolCalendar::weekStart(QDate(y + 1, 2, 17));
    const QDate easter = SchoolCalendar::weekStart(QDate(y + 1, 3, 31));
    const QDate summerStart = easter.addDays(14);
    const QDate mayBreak = SchoolCalendar::weekStart(QDate(y + 1, 5, 28));
    const QDate summerEnd = fridayOnOrBefore(QDate(y + 1, 7, 22));
    const QDate autumnAssess = mondayOnOrAfter(QDate(y, 12, 1));
    const QDate springAssess = easter.addDays(-7);
    const QDate summerAssess = mondayOnOrAfter(QDate(y + 1, 6, 15));
    return {
        period(CalendarKind::Term, tr("Autumn term %1").arg(y), autumnStart, autumnEnd),
        period(CalendarKind::HalfTerm, tr("Autumn 1"), autumnStart, octBreak.addDays(-3)),
        period(CalendarKind::Holiday, tr("October half term"), octBreak, octBreak.addDays(4)),
        period(CalendarKind::HalfTerm, tr("Autumn 2"), octBreak.addDays(7), autumnEnd),
        period(CalendarKind::AssessmentWeek, tr("Autumn assessment week"), autumnAssess, autumnAssess.addDays(4)),
        period(CalendarKind::Holiday, tr("Christmas holiday"), autumnEnd.addDays(3), springStart.addDays(-3)),
        period(CalendarKind::Term, tr("Spring term %1").arg(y + 1), springStart, easter.addDays(-3)),
        period(CalendarKind::HalfTerm, tr("Spring 1"), springStart, febBreak.addDays(-3)),
        period(CalendarKind::Holiday, tr("February half term"), febBreak, febBreak.addDays(4)),
        period(CalendarKind::HalfTerm, tr("Spring 2"), febBreak.addDays(7), easter.addDays(-3)),
        period(CalendarKind::AssessmentWeek, tr("Spring assessment week"), springAssess, springAssess.addDays(4)),
        period(CalendarKind::Holiday, tr("Easter holiday"), easter, easter.addDays(11)),
        period(CalendarKind::Term, tr("Summer term %1").arg(y + 1), summerStart, summerEnd),
        period(CalendarKind::HalfTerm, tr("Summer 1"), summerStart, mayBreak.addDays(-3)),
        period(CalendarKind::Holiday, tr("May half term"), mayBreak, mayBreak.addDays(4)),
        period(CalendarKind::HalfTerm, tr("Summer 2"), mayBreak.addDays(7), summerEnd),
        period(CalendarKind::AssessmentWeek, tr("Summer assessment week"), summerAssess, summerAssess.addDays(4)),
    };
}

// A tutor group's week: 25 lessons shared out like a secondary curriculum.
WeeklyTimetable timetableFor(DemoContext &ctx, const QStringList &subjects, int periods)
{
    static const int weights[] = {4, 4, 4, 2, 2, 2, 1, 1, 1, 2, 1, 1, 0};
    QStringList lessons;
    for (int i = 0; i < subjects.size(); ++i)
        for (int k = 0; k < (i < 13 ? weights[i] : 1); ++k)
            lessons << subjects.at(i);
    while (lessons.size() < 5 * periods && !subjects.isEmpty())
        lessons << ctx.pick(subjects);
    ctx.shuffle(lessons);
    WeeklyTimetable t;
    int k = 0;
    for (int d = 1; d <= 5; ++d)
        for (int p = 1; p <= periods && k < lessons.size(); ++p)
            t.setLesson(d, p, lessons.at(k++));
    return t;
}

// The demo's writer: entries through the store's checks, everything audited.
class Writer
{
public:
    Writer(DemoContext &ctx) : m_ctx(ctx), m_audit(ctx.db, ctx.session.actor()), m_log(ctx.db) {}

    AuditLog &audit() { return m_audit; }

    Status entry(LogEntry e, qint64 mentorId)
    {
        if (e.occurredOn > m_ctx.today)
            return {};
        auto id = m_log.addUnchecked(m_audit, e, mentorId, m_ctx.today);
        return id ? Status() : Status(id.error());
    }

    Result<qint64> insert(const QString &sql, const QVariantList &binds, const QString &entity, const QString &summary)
    {
        Query q(m_ctx.db, sql + QStringLiteral(" RETURNING id"));
        for (const QVariant &v : binds)
            q.bind(v);
        auto id = q.scalar();
        if (!id)
            return id.error();
        if (Status s = m_audit.created(entity, id->toLongLong(), summary); !s)
            return s.error();
        return id->toLongLong();
    }

private:
    DemoContext &m_ctx;
    AuditLog m_audit;
    LogEntryStore m_log;
};

} // namespace

Status generateMentoring(DemoContext &ctx)
{
    const QString now = isoNow();
    if (Status s = CalendarStore(ctx.db).replaceAll(ctx.session, schoolYear(ctx.schoolYearStart)); !s)
        return s;
    auto calendar = SchoolCalendar::load(ctx.db);
    if (!calendar)
        return calendar.error();
    auto bells = BellSchedule::load(ctx.db);
    if (!bells)
        return bells.error();

    QList<DemoMentor *> team;
    for (DemoMentor &m : ctx.mentors)
        team.append(&m);
    team.append(&ctx.supervisor);
    QHash<qint64, const Student *> studentOf;
    for (const Student &s : std::as_const(ctx.students))
        studentOf.insert(s.id, &s);
    QHash<qint64, QDate> startOf;
    {
        Query q(ctx.db, QStringLiteral("SELECT student_id, started_on FROM mentoring_groups WHERE ended_on IS NULL"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next())
            startOf.insert(q.id(0), q.date(1));
    }

    // Lesson timetables, one per tutor group, for every mentored student.
    Writer w(ctx);
    {
        QHash<QString, WeeklyTimetable> byGroup;
        LessonTimetableStore store(ctx.db);
        for (const DemoMentor *m : std::as_const(team)) {
            for (qint64 id : m->caseload) {
                const Student *s = studentOf.value(id);
                if (!s)
                    continue;
                const QString group = s->tutorGroup.isEmpty() ? QString::number(s->yearGroup) : s->tutorGroup;
                if (!byGroup.contains(group)) {
                    QStringList subjects;
                    for (const DemoCourse &c : std::as_const(ctx.courses))
                        if (c.yearGroup == s->yearGroup && !subjects.contains(c.subject))
                            subjects << c.subject;
                    byGroup.insert(group, timetableFor(ctx, subjects, int(bells->periods().size())));
                }
                if (Status st = store.replaceUnchecked(w.audit(), id, byGroup.value(group)); !st)
                    return st;
            }
        }
    }

    // A term of sessions, placed by the scheduler up to the end of this half term.
    TimetablePlanner planner(ctx.db);
    const auto half = calendar->halfTermOf(ctx.today);
    const QDate planTo = half ? half->end : ctx.today.addDays(14);
    for (const DemoMentor *m : std::as_const(team)) {
        if (m->caseload.isEmpty())
            continue;
        QDate from = ctx.today;
        for (qint64 id : m->caseload)
            from = std::min(from, startOf.value(id, ctx.today));
        from = std::max(from, ctx.today.addDays(-7 * 15));
        const int weeks = std::clamp(int(SchoolCalendar::weekStart(from).daysTo(SchoolCalendar::weekStart(planTo)) / 7) + 1, 1, 16);
        auto proposal = planner.propose(ctx.session, m->userId, from, weeks);
        if (!proposal)
            return proposal.error();
        if (auto applied = planner.apply(ctx.session, *proposal); !applied)
            return applied.error();
    }

    // Who gets which deliberate gap, so the dashboard has something to show.
    QList<qint64> everyone;
    QHash<qint64, qint64> mentorOf;
    for (const DemoMentor *m : std::as_const(team))
        for (qint64 id : m->caseload) {
            everyone.append(id);
            mentorOf.insert(id, m->userId);
        }
    QList<qint64> shuffled = everyone;
    ctx.shuffle(shuffled);
    auto gap = [&](int k) { return shuffled.size() > k ? shuffled.at(k) : 0; };
    const qint64 noWriteUp = gap(0), unmarked = gap(1), quietHome = gap(2), noCheckIns = gap(3), lateUpdate = gap(4),
                 noPlan = gap(5), quietHome2 = gap(6);

    SessionStore sessions(ctx.db);
    int sessionCount = 0;
    int entries = 0;
    for (qint64 id : std::as_const(everyone)) {
        const Student *student = studentOf.value(id);
        const QDate start = startOf.value(id);
        if (!student || !start.isValid())
            continue;
        const qint64 mentorId = mentorOf.value(id);
        const SessionFocus focus = focusFor(*student, ctx);
        auto stamp = [&](const QDate &d) { return std::min(d, ctx.today); };
        // Entries fall on school days, never after today.
        auto schoolDay = [&](const QDate &d) {
            QDate day = calendar->isSchoolDay(d) ? d : calendar->nextSchoolDay(d);
            if (!day.isValid() || day > ctx.today) {
                const QDate latest = std::min(d, ctx.today);
                day = calendar->isSchoolDay(latest) ? latest : calendar->previousSchoolDay(latest);
            }
            // Before the first school day of the calendar (a demo made on 1 September): the day itself.
            return day.isValid() && day >= ctx.schoolYearStart ? day : std::min(d, ctx.today);
        };

        // Case, objectives and targets.
        const QDate reviewOn = start.addDays(7 * 12);
        if (auto c = w.insert(QStringLiteral("INSERT INTO mentoring_cases (student_id, mentor_id, opened_on, action_plan, review_on, "
                                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {id, mentorId, isoDate(start),
                               id == noPlan ? QVariant()
                                            : QVariant(tr("Weekly 1:1 sessions focused on %1; calls home every fortnight; a lesson "
                                                          "observation each half term; progress updates to the lead mentor.")
                                                           .arg(labelOf(focus).toLower())),
                               isoDate(reviewOn), now, now},
                              QStringLiteral("mentoring_case"), isoDate(start));
            !c)
            return c.error();
        const int objectives = ctx.between(1, 3);
        QList<int> picked;
        for (int k = 0; k < objectives; ++k) {
            int o = ctx.between(0, int(std::size(kObjectives)) - 1);
            while (picked.contains(o))
                o = (o + 1) % int(std::size(kObjectives));
            picked << o;
            if (auto r = w.insert(QStringLiteral("INSERT INTO mentoring_objectives (student_id, text, source, status, set_on, "
                                                 "created_by, created_at, updated_at) VALUES (?, ?, 'hub', 'active', ?, ?, ?, ?)"),
                                  {id, tr(kObjectives[o]), isoDate(schoolDay(stamp(start.addDays(ctx.between(0, 4))))),
                                   ctx.leadMentorId, now, now},
                                  QStringLiteral("mentoring_objective"), tr(kObjectives[o]));
                !r)
                return r.error();
        }

        // The sessions the scheduler placed, oldest first.
        QList<MentoringSession> mine;
        {
            Query q(ctx.db, QStringLiteral("SELECT id FROM mentoring_sessions WHERE student_id = ? ORDER BY session_date, period"));
            q.bind(id);
            if (Status s = q.exec(); !s)
                return s;
            QList<qint64> ids;
            while (q.next())
                ids << q.id(0);
            for (qint64 sid : std::as_const(ids)) {
                auto s = sessions.getUnchecked(sid);
                if (!s)
                    return s.error();
                mine << *s;
            }
        }

        // Targets: the first agreed in the second week, a new one after each met target.
        qint64 targetId = 0;
        auto nextSchoolDay = [&](const QDate &d) {
            const QDate next = calendar->isSchoolDay(d) ? d : calendar->nextSchoolDay(d);
            return next.isValid() ? next : d; // after the calendar's last term (a demo made in the summer)
        };
        QDate targetSet = nextSchoolDay(start.addDays(ctx.between(7, 12)));
        int t = ctx.between(0, int(std::size(kTargets)) - 1);
        while (targetSet <= ctx.today) {
            const TargetText &text = kTargets[t % std::size(kTargets)];
            const QDate due = nextSchoolDay(targetSet.addDays(7 * ctx.between(3, 5)));
            const bool met = due < ctx.today && ctx.chance(0.6);
            auto r = w.insert(QStringLiteral("INSERT INTO smart_targets (student_id, title, specific, measurable, achievable, "
                                             "relevant, time_bound, steps, set_on, due_on, status, closed_on, follows_id, "
                                             "created_by, created_at, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {id, tr(text.title), tr(text.specific), tr(text.measurable), tr(text.achievable),
                               tr(text.relevant), tr(text.timeBound), tr(text.steps), isoDate(targetSet), isoDate(due),
                               met ? QStringLiteral("met") : QStringLiteral("active"), met ? QVariant(isoDate(due)) : QVariant(),
                               targetId ? QVariant(targetId) : QVariant(), mentorId, now, now},
                              QStringLiteral("smart_target"), tr(text.title));
            if (!r)
                return r.error();
            targetId = *r;
            for (QDate d = targetSet.addDays(7); d < std::min(due, ctx.today); d = d.addDays(7 * ctx.between(1, 2)))
                if (auto p = w.insert(QStringLiteral("INSERT INTO target_progress (target_id, noted_on, note, created_by, created_at) "
                                                     "VALUES (?, ?, ?, ?, ?)"),
                                      {targetId, isoDate(d), pickText(ctx, kTargetProgress), mentorId, now},
                                      QStringLiteral("target_progress"), QString::number(targetId));
                    !p)
                    return p.error();
            if (!met)
                break;
            targetSet = nextSchoolDay(due.addDays(ctx.between(1, 7)));
            ++t;
        }

        // Outcomes of past sessions and their three-part records.
        int rating = ctx.between(2, 3);
        for (int i = 0; i < mine.size(); ++i) {
            const MentoringSession &s = mine.at(i);
            ++sessionCount;
            Query plan(ctx.db, QStringLiteral("UPDATE mentoring_sessions SET focus = ?, target_id = ?, plan = ? WHERE id = ?"));
            const QString planned = pickText(ctx, kActivities);
            plan.bind(codeOf(focus)).bind(targetId ? QVariant(targetId) : QVariant()).bind(planned).bind(s.id);
            if (Status st = plan.exec(); !st)
                return st;
            if (Status st = w.audit().changed(QStringLiteral("mentoring_session"), s.id, QStringLiteral("plan"), QString(), planned); !st)
                return st;
            if (s.date >= ctx.today)
                continue;
            const bool lastPast = i + 1 >= mine.size() || mine.at(i + 1).date >= ctx.today;
            if (id == unmarked && lastPast)
                continue; // never marked: the log and the weekly 1:1 show it
            const double roll = ctx.uniform();
            if (roll < 0.07) {
                auto before = sessions.getUnchecked(s.id);
                if (Status st = sessions.setStatusUnchecked(w.audit(), *before, SessionStatus::Missed, pickText(ctx, kMissed)); !st)
                    return st;
                continue;
            }
            MentoringSession held = s;
            if (roll < 0.14) {
                // Moved to a lesson later the same week that keeps every rule (tried in a savepoint and
                // kept only if the planner finds nothing broken); if there is none, it was missed.
                const QString reason = pickText(ctx, kRescheduled);
                bool moved = false;
                for (QDate next = calendar->nextSchoolDay(s.date);
                     !moved && next.isValid() && next < ctx.today && SchoolCalendar::weekStart(next) == SchoolCalendar::weekStart(s.date);
                     next = calendar->nextSchoolDay(next)) {
                    for (int period = 1; period <= int(bells->periods().size()) && !moved; ++period) {
                        Transaction attempt(ctx.db);
                        if (!attempt.ok())
                            return attempt.error();
                        auto before = sessions.getUnchecked(s.id);
                        auto replacement = sessions.rescheduleUnchecked(w.audit(), *before, reason, next, period);
                        if (!replacement)
                            return replacement.error();
                        auto breaks = planner.breaksOf(ctx.session, *replacement);
                        if (!breaks)
                            return breaks.error();
                        if (!breaks->isEmpty())
                            continue; // rolled back when `attempt` goes
                        if (Status st = attempt.commit(); !st)
                            return st;
                        held = *sessions.getUnchecked(*replacement);
                        moved = true;
                    }
                }
                if (!moved) {
                    auto before = sessions.getUnchecked(s.id);
                    if (Status st = sessions.setStatusUnchecked(w.audit(), *before, SessionStatus::Missed, reason); !st)
                        return st;
                    continue;
                }
            }
            if (id == noWriteUp && lastPast) {
                auto before = sessions.getUnchecked(held.id);
                if (Status st = sessions.setStatusUnchecked(w.audit(), *before, SessionStatus::Attended, QString()); !st)
                    return st;
                continue; // attended, not yet written up
            }
            rating = std::clamp(rating + (ctx.chance(0.55) ? 1 : -1) * (ctx.chance(0.5) ? 1 : 0), 1, 5);
            const QHash<SessionField, QString> record{
                {SessionField::ReviewSuccesses, pickText(ctx, kSuccesses)},
                {SessionField::ReviewDifficulties, ctx.chance(0.6) ? pickText(ctx, kDifficulties) : QString()},
                {SessionField::ReviewTargets, targetId ? pickText(ctx, kTargetProgress) : QString()},
                {SessionField::ReviewBehaviour, pickText(ctx, kBehaviour)},
                {SessionField::WorkActivity, planned},
                {SessionField::WorkEvidence, pickText(ctx, kEvidence)},
                {SessionField::ForwardWorries, pickText(ctx, kWorries)},
                {SessionField::ForwardStrategies, pickText(ctx, kStrategies)},
                {SessionField::ForwardMiniTargets, pickText(ctx, kMiniTargets)},
            };
            auto before = sessions.getUnchecked(held.id);
            if (!before)
                return before.error();
            if (Status st = sessions.saveRecordUnchecked(w.audit(), *before, record, ctx.today); !st)
                return st;
            Query rate(ctx.db, QStringLiteral("UPDATE mentoring_sessions SET rating = ? WHERE id = ?"));
            rate.bind(rating).bind(held.id);
            if (Status st = rate.exec(); !st)
                return st;
            if (Status st = w.audit().changed(QStringLiteral("mentoring_session"), held.id, QStringLiteral("rating"), QString(),
                                              QString::number(rating));
                !st)
                return st;
        }

        // Daily check-ins, most school days, summarised as one audit row per student.
        {
            Query q(ctx.db, QStringLiteral("INSERT INTO mentoring_checkins (student_id, checked_on, checked_at, mentor_id) "
                                           "VALUES (?, ?, ?, ?)"));
            const QDate stop = id == noCheckIns ? calendar->previousSchoolDay(calendar->previousSchoolDay(
                                                      calendar->previousSchoolDay(ctx.today)))
                                                : ctx.today;
            int n = 0;
            for (QDate d = start; d <= stop; d = d.addDays(1)) {
                if (!calendar->isSchoolDay(d) || !ctx.chance(d == ctx.today ? 0.6 : 0.93))
                    continue;
                q.bind(id).bind(d).bind(QDateTime(d, QTime(8, 35).addSecs(60 * ctx.between(0, 30))).toString(Qt::ISODate))
                    .bind(mentorId);
                if (Status st = q.exec(); !st)
                    return st;
                ++n;
            }
            if (Status st = w.audit().record(QStringLiteral("create"), QStringLiteral("mentoring_checkin"), id,
                                              QStringLiteral("check_ins"), QString(), QString::number(n));
                !st)
                return st;
        }

        // Contacts: the first meeting with home (and consent), then fortnightly calls; teachers and
        // agencies once or twice a half term.
        const QString parentName = [&] {
            Query q(ctx.db, QStringLiteral("SELECT COALESCE(title, '') || ' ' || surname FROM parents WHERE student_id = ? "
                                           "ORDER BY priority, id LIMIT 1"));
            q.bind(id);
            const auto found = q.scalar();
            const QString name = found ? found->toString().trimmed() : QString();
            return name.isEmpty() ? tr("Parent") : name;
        }();
        auto contactEntry = [&](const QDate &on, ContactParty party, ContactMethod method, ContactPurpose purpose,
                                const QString &who, const QString &body) {
            LogEntry e;
            e.studentId = id;
            e.kind = EntryKind::Contact;
            e.occurredOn = on;
            e.party = party;
            e.method = method;
            e.purpose = purpose;
            e.title = who;
            e.body = body;
            if (purpose == ContactPurpose::InitialMeeting)
                e.consent = Consent::Given;
            ++entries;
            return w.entry(e, mentorId);
        };
        const bool lateStarter = start > ctx.today.addDays(-18);
        QDate lastParent = start;
        if (!(lateStarter && id == quietHome)) {
            const QDate meeting = schoolDay(start.addDays(ctx.between(2, 9)));
            if (meeting <= ctx.today) {
                if (Status st = contactEntry(meeting, ContactParty::ParentCarer, ctx.chance(0.7) ? ContactMethod::Meeting : ContactMethod::Phone,
                                             ContactPurpose::InitialMeeting, parentName,
                                             tr("Explained the mentoring, heard the parent's view and agreed to start."));
                    !st)
                    return st;
                lastParent = meeting;
            }
        }
        const QDate quietFrom = (id == quietHome || id == quietHome2) ? ctx.today.addDays(-ctx.between(19, 28)) : ctx.today;
        for (QDate d = lastParent.addDays(ctx.between(9, 14)); d <= quietFrom; d = d.addDays(ctx.between(9, 14)))
            if (Status st = contactEntry(schoolDay(d), ContactParty::ParentCarer,
                                         ctx.chance(0.6) ? ContactMethod::Phone : ContactMethod::Email, ContactPurpose::Routine,
                                         parentName, pickText(ctx, kParentBodies));
                !st)
                return st;
        for (QDate d = start.addDays(ctx.between(10, 30)); d <= ctx.today; d = d.addDays(ctx.between(30, 50))) {
            const bool agency = ctx.chance(0.3);
            if (Status st = contactEntry(schoolDay(d), agency ? ContactParty::Agency : ContactParty::Teacher,
                                         agency ? ContactMethod::Email : ContactMethod::Meeting, ContactPurpose::Routine,
                                         agency ? pickText(ctx, kAgencies) : pickText(ctx, kTeachers),
                                         agency ? pickText(ctx, kAgencyBodies) : pickText(ctx, kTeacherBodies));
                !st)
                return st;
        }

        // Fortnightly progress updates to the lead, a termly report for last term, observations,
        // the odd behaviour intervention, and a review once its date has come.
        const QDate updatesUntil = id == lateUpdate ? ctx.today.addDays(-ctx.between(21, 28)) : ctx.today;
        for (QDate d = start.addDays(ctx.between(11, 14)); d <= updatesUntil; d = d.addDays(ctx.between(12, 14))) {
            LogEntry e;
            e.studentId = id;
            e.kind = EntryKind::ProgressUpdate;
            e.occurredOn = schoolDay(d);
            e.body = pickText(ctx, kUpdates);
            e.outcome = ctx.chance(0.7) ? EntryOutcome::OnTrack : (ctx.chance(0.7) ? EntryOutcome::SomeConcerns : EntryOutcome::NotOnTrack);
            ++entries;
            if (Status st = w.entry(e, mentorId); !st)
                return st;
        }
        if (const auto last = calendar->previousTerm(ctx.today); last && start < last->end.addDays(-14)) {
            LogEntry e;
            e.studentId = id;
            e.kind = EntryKind::TermlyReport;
            const QDate written = last->end.addDays(-ctx.between(0, 4));
            e.occurredOn = calendar->isSchoolDay(written) ? written : calendar->previousSchoolDay(written);
            e.title = last->name;
            e.body = tr("Summary for the director of learning: sessions held, targets met, attendance and behaviour data.");
            ++entries;
            if (Status st = w.entry(e, mentorId); !st)
                return st;
        }
        const WeeklyTimetable tt = LessonTimetableStore(ctx.db).loadUnchecked({id})->value(id);
        for (int k = ctx.between(1, 2); k > 0; --k) {
            const QDate d = schoolDay(ctx.dateBetween(start.addDays(3), ctx.today.addDays(-1)));
            if (d > ctx.today || d < start)
                continue;
            LogEntry e;
            e.studentId = id;
            e.kind = EntryKind::Observation;
            e.occurredOn = d;
            const QString subject = tt.subjectAt(d.dayOfWeek(), ctx.between(1, 5));
            e.title = tr("Year %1 %2").arg(student->yearGroup).arg(subject.isEmpty() ? tr("lesson") : subject);
            e.body = pickText(ctx, kObservations);
            ++entries;
            if (Status st = w.entry(e, mentorId); !st)
                return st;
        }
        if (ctx.chance(0.35)) {
            LogEntry e;
            e.studentId = id;
            e.kind = EntryKind::BehaviourIntervention;
            e.occurredOn = schoolDay(ctx.dateBetween(start, ctx.today.addDays(-1)));
            const int k = ctx.between(0, 1);
            e.body = tr(kIncidents[k]);
            e.action = tr(kIncidentActions[k]);
            ++entries;
            if (e.occurredOn <= ctx.today && e.occurredOn >= start)
                if (Status st = w.entry(e, mentorId); !st)
                    return st;
        }
        if (reviewOn < ctx.today && ctx.chance(0.6)) {
            LogEntry e;
            e.studentId = id;
            e.kind = EntryKind::Review;
            e.occurredOn = schoolDay(reviewOn.addDays(ctx.between(0, 4)));
            e.body = tr("Reviewed progress against the objectives with the student; attendance and behaviour data improving.");
            e.outcome = ctx.chance(0.7) ? EntryOutcome::Continue : EntryOutcome::NewPlan;
            ++entries;
            if (Status st = w.entry(e, mentorId); !st)
                return st;
        }
    }
    qCInfo(lcMentoring) << "demo mentoring:" << sessionCount << "sessions," << entries << "log entries for" << everyone.size()
                        << "students";
    return {};
}

#undef L

} // namespace md::demo
