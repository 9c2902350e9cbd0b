// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/TimetablePlanner.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "mentoring/SessionStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "timetable/TimetableLogging.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSet>

namespace md {

namespace {

QString marks(int n)
{
    QStringList m;
    m.fill(QStringLiteral("?"), n);
    return m.join(QLatin1Char(','));
}

QString breaksText(const QList<RuleBreak> &breaks)
{
    QStringList codes;
    for (const RuleBreak &b : breaks)
        codes << toString(b.rule);
    return codes.join(QLatin1Char(','));
}

} // namespace

Status TimetablePlanner::requireMentor(const Session &session, qint64 mentorId) const
{
    const Scopes scopes = Permissions::scopes(session, Action::ScheduleSessions);
    if (scopes == Scopes())
        return Permissions::require(session, Action::ScheduleSessions);
    if (!scopes.testFlag(ScopeKind::Organisation) && mentorId != session.userId())
        return Error::forbidden(tr("You may only plan the timetable of your own caseload."));
    return {};
}

Result<QList<SchedulerStudent>> TimetablePlanner::caseload(qint64 mentorId) const
{
    Query q(m_db, QStringLiteral("SELECT s.id, COALESCE(NULLIF(s.preferred_forename, ''), s.legal_forename) || ' ' || "
                                 "COALESCE(NULLIF(s.preferred_surname, ''), s.legal_surname), mg.started_on "
                                 "FROM mentoring_groups mg JOIN students s ON s.id = mg.student_id "
                                 "WHERE mg.mentor_id = ? AND mg.ended_on IS NULL AND s.date_left IS NULL "
                                 "ORDER BY s.legal_surname, s.legal_forename, s.id"));
    q.bind(mentorId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<SchedulerStudent> out;
    while (q.next())
        out.append({q.id(0), q.string(1), q.date(2)});
    return out;
}

Result<ScheduleRules> TimetablePlanner::rulesFor(const QList<qint64> &studentIds) const
{
    auto calendar = SchoolCalendar::load(m_db);
    if (!calendar)
        return calendar.error();
    auto bells = BellSchedule::load(m_db);
    if (!bells)
        return bells.error();
    auto timetables = LessonTimetableStore(m_db).loadUnchecked(studentIds);
    if (!timetables)
        return timetables.error();
    return ScheduleRules(*calendar, *bells, *timetables);
}

Result<QList<SlotSession>> TimetablePlanner::slots(const QString &condition, const QVariantList &binds) const
{
    Query q(m_db, QStringLiteral("SELECT id, student_id, mentor_id, session_date, period, COALESCE(subject, ''), status "
                                 "FROM mentoring_sessions WHERE status IN ('planned', 'attended', 'missed') AND (")
                      + condition + QLatin1Char(')'));
    for (const QVariant &v : binds)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<SlotSession> out;
    while (q.next()) {
        const QString status = q.string(6);
        out.append({q.id(0), q.id(1), q.id(2), q.date(3), q.integer(4), q.string(5),
                    status != QLatin1String("missed"), true});
    }
    return out;
}

std::pair<QDate, QDate> TimetablePlanner::window(const SchoolCalendar &calendar, const QDate &from, const QDate &to) const
{
    const auto first = calendar.termOf(from);
    const auto last = calendar.termOf(to);
    return {first ? first->start : from.addDays(-130), last ? last->end : to.addDays(130)};
}

Result<ScheduleProposal> TimetablePlanner::proposeUnchecked(qint64 mentorId, const QDate &from, int weeks) const
{
    auto students = caseload(mentorId);
    if (!students)
        return students.error();
    QList<qint64> ids;
    for (const SchedulerStudent &s : std::as_const(*students))
        ids.append(s.id);
    auto rules = rulesFor(ids);
    if (!rules)
        return rules.error();
    const QDate last = SchoolCalendar::weekStart(from).addDays(7 * weeks - 1);
    const auto [start, end] = window(rules->calendar(), from, last);
    QVariantList binds{mentorId, isoDate(start), isoDate(end)};
    QString condition = QStringLiteral("(mentor_id = ? AND session_date >= ? AND session_date <= ?)");
    if (!ids.isEmpty()) {
        condition += QStringLiteral(" OR (student_id IN (") + marks(int(ids.size()))
            + QStringLiteral(") AND session_date >= ? AND session_date <= ?)");
        for (qint64 id : std::as_const(ids))
            binds << id;
        binds << isoDate(start) << isoDate(end);
    }
    auto existing = slots(condition, binds);
    if (!existing)
        return existing.error();
    ScheduleRequest request;
    request.mentorId = mentorId;
    request.from = from;
    request.weeks = weeks;
    request.students = *students;
    request.existing = *existing;
    return SessionScheduler(*rules).propose(request);
}

Result<ScheduleProposal> TimetablePlanner::propose(const Session &session, qint64 mentorId, const QDate &from, int weeks) const
{
    if (Status s = requireMentor(session, mentorId); !s)
        return s.error();
    if (!from.isValid())
        return Error::invalid(tr("Give the first day to plan from."));
    if (weeks < 1 || weeks > 16)
        return Error::invalid(tr("Plan between 1 and 16 weeks at a time, not %1.").arg(weeks));
    return proposeUnchecked(mentorId, from, weeks);
}

Result<QList<std::pair<qint64, QString>>> TimetablePlanner::mentorsWithCaseloads() const
{
    Query q(m_db, QStringLiteral("SELECT DISTINCT u.id, u.display_name FROM mentoring_groups mg JOIN users u ON u.id = mg.mentor_id "
                                 "WHERE mg.ended_on IS NULL ORDER BY u.display_name, u.id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, QString>> out;
    while (q.next())
        out.append({q.id(0), q.string(1)});
    return out;
}

Result<QList<ScheduleProposal>> TimetablePlanner::proposeTeam(const Session &session, const QDate &from, int weeks) const
{
    if (!Permissions::scopes(session, Action::ScheduleSessions).testFlag(ScopeKind::Organisation))
        return Error::forbidden(tr("Only the lead mentor plans the whole team's timetables."));
    auto mentors = mentorsWithCaseloads();
    if (!mentors)
        return mentors.error();
    QList<ScheduleProposal> out;
    for (const auto &[id, name] : std::as_const(*mentors)) {
        auto p = propose(session, id, from, weeks);
        if (!p)
            return p.error();
        out.append(*p);
    }
    return out;
}

Result<int> TimetablePlanner::apply(const Session &session, const ScheduleProposal &proposal)
{
    if (Status s = requireMentor(session, proposal.mentorId); !s)
        return s.error();
    if (proposal.sessions.isEmpty())
        return 0;
    QList<qint64> ids;
    QDate first = proposal.sessions.first().date;
    QDate last = first;
    for (const ProposedSession &p : proposal.sessions) {
        if (Status s = StudentScope::check(m_db, session, Action::ScheduleSessions, p.studentId); !s)
            return s.error();
        if (!ids.contains(p.studentId))
            ids.append(p.studentId);
        first = std::min(first, p.date);
        last = std::max(last, p.date);
    }
    auto rules = rulesFor(ids);
    if (!rules)
        return rules.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const auto [start, end] = window(rules->calendar(), first, last);
    QVariantList binds{proposal.mentorId, isoDate(start), isoDate(end)};
    for (qint64 id : std::as_const(ids))
        binds << id;
    binds << isoDate(start) << isoDate(end);
    auto booked = slots(QStringLiteral("(mentor_id = ? AND session_date >= ? AND session_date <= ?) OR (student_id IN (")
                            + marks(int(ids.size())) + QStringLiteral(") AND session_date >= ? AND session_date <= ?)"),
                        binds);
    if (!booked)
        return booked.error();
    QList<SlotSession> all = *booked;
    const QLocale locale;
    for (const ProposedSession &p : proposal.sessions) {
        const SlotSession c{0, p.studentId, proposal.mentorId, p.date, p.period, p.subject, true, true};
        if (const QList<RuleBreak> breaks = rules->check(c, all); !breaks.isEmpty())
            return Error::conflict(tr("The timetable changed since this plan was proposed: the session on %1 would break "
                                      "a rule (%2). Nothing was saved; propose the plan again.")
                                       .arg(locale.toString(p.date, QStringLiteral("ddd d MMM")), breaks.first().detail));
        SlotSession booked = c;
        booked.id = -1 - all.size();
        all.append(booked);
    }
    SessionStore store(m_db);
    AuditLog audit(m_db, session.actor());
    for (const ProposedSession &p : proposal.sessions) {
        NewSession n;
        n.studentId = p.studentId;
        n.mentorId = proposal.mentorId;
        n.date = p.date;
        n.period = p.period;
        n.subject = p.subject;
        n.fromScheduler = true;
        if (auto id = store.planUnchecked(audit, n); !id)
            return id.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcTimetable) << "applied" << proposal.sessions.size() << "proposed sessions for mentor" << proposal.mentorId;
    return int(proposal.sessions.size());
}

Result<QList<RuleBreak>> TimetablePlanner::move(const Session &session, qint64 sessionId, const QDate &date, int period)
{
    SessionStore store(m_db);
    auto s = store.get(session, sessionId);
    if (!s)
        return s.error();
    if (Status st = StudentScope::check(m_db, session, Action::ScheduleSessions, s->studentId); !st)
        return st.error();
    if (s->status != SessionStatus::Planned)
        return Error::conflict(tr("Only a planned session can be moved; this one is %1.").arg(labelOf(s->status).toLower()));
    if (!date.isValid())
        return Error::invalid(tr("Choose the day to move the session to."));
    auto rules = rulesFor({s->studentId});
    if (!rules)
        return rules.error();
    if (!rules->bells().contains(period))
        return Error::invalid(tr("Period %1 is not a period of the school day.").arg(period));
    const auto [start, end] = window(rules->calendar(), date, date);
    auto others = slots(QStringLiteral("(mentor_id = ? AND session_date = ?) OR (student_id = ? AND session_date >= ? AND "
                                       "session_date <= ?)"),
                        {s->mentorId, isoDate(date), s->studentId, isoDate(start), isoDate(end)});
    if (!others)
        return others.error();
    const QString subject = rules->subjectAt(s->studentId, date, period);
    const SlotSession candidate{sessionId, s->studentId, s->mentorId, date, period, subject, true, true};
    const QList<RuleBreak> breaks = rules->check(candidate, *others);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    if (Status st = store.moveUnchecked(audit, sessionId, date, period, subject, breaksText(breaks)); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return breaks;
}

Result<QList<RuleBreak>> TimetablePlanner::breaksOf(const Session &session, qint64 sessionId) const
{
    auto s = SessionStore(m_db).get(session, sessionId);
    if (!s)
        return s.error();
    if (s->status == SessionStatus::Cancelled || s->status == SessionStatus::Rescheduled)
        return QList<RuleBreak>();
    auto rules = rulesFor({s->studentId});
    if (!rules)
        return rules.error();
    const auto [start, end] = window(rules->calendar(), s->date, s->date);
    auto others = slots(QStringLiteral("(mentor_id = ? AND session_date = ?) OR (student_id = ? AND session_date >= ? AND "
                                       "session_date <= ?)"),
                        {s->mentorId, isoDate(s->date), s->studentId, isoDate(start), isoDate(end)});
    if (!others)
        return others.error();
    const SlotSession c{sessionId, s->studentId, s->mentorId, s->date, s->period, s->subject,
                        s->status != SessionStatus::Missed, true};
    return rules->check(c, *others);
}

Result<WeekPlan> TimetablePlanner::week(const Session &session, std::optional<qint64> mentorId, const QDate &anyDay) const
{
    WeekPlan plan;
    plan.monday = SchoolCalendar::weekStart(anyDay);
    const QDate friday = plan.monday.addDays(4);
    auto sessions = SessionStore(m_db).between(session, mentorId, plan.monday, friday);
    if (!sessions)
        return sessions.error();
    QList<qint64> studentIds;
    QList<qint64> mentorIds;
    for (const MentoringSession &s : std::as_const(*sessions)) {
        if (!studentIds.contains(s.studentId))
            studentIds.append(s.studentId);
        if (!mentorIds.contains(s.mentorId))
            mentorIds.append(s.mentorId);
    }
    auto rules = rulesFor(studentIds);
    if (!rules)
        return rules.error();
    plan.bells = rules->bells();
    for (int d = 0; d < 5; ++d) {
        const QDate day = plan.monday.addDays(d);
        if (const auto h = rules->calendar().holidayOn(day))
            plan.dayNotes[d] = h->name;
        else if (!rules->calendar().isSchoolDay(day))
            plan.dayNotes[d] = tr("Not a school day");
        else if (const auto a = rules->calendar().assessmentWeekOn(day))
            plan.dayNotes[d] = tr("%1: no 1:1 sessions").arg(a->name);
    }
    if (sessions->isEmpty())
        return plan;

    QHash<qint64, std::pair<QString, QString>> names;
    {
        Query q(m_db, QStringLiteral("SELECT id, COALESCE(NULLIF(preferred_forename, ''), legal_forename) || ' ' || "
                                     "COALESCE(NULLIF(preferred_surname, ''), legal_surname), COALESCE(tutor_group, '') "
                                     "FROM students WHERE id IN (")
                          + marks(int(studentIds.size())) + QLatin1Char(')'));
        for (qint64 id : std::as_const(studentIds))
            q.bind(id);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            names.insert(q.id(0), {q.string(1), q.string(2)});
    }
    const auto [start, end] = window(rules->calendar(), plan.monday, friday);
    QVariantList binds;
    for (qint64 id : std::as_const(mentorIds))
        binds << id;
    binds << isoDate(plan.monday) << isoDate(friday);
    for (qint64 id : std::as_const(studentIds))
        binds << id;
    binds << isoDate(start) << isoDate(end);
    auto others = slots(QStringLiteral("(mentor_id IN (") + marks(int(mentorIds.size()))
                            + QStringLiteral(") AND session_date >= ? AND session_date <= ?) OR (student_id IN (")
                            + marks(int(studentIds.size())) + QStringLiteral(") AND session_date >= ? AND session_date <= ?)"),
                        binds);
    if (!others)
        return others.error();
    for (const MentoringSession &s : std::as_const(*sessions)) {
        PlacedSession p;
        p.session = s;
        p.studentName = names.value(s.studentId).first;
        p.tutorGroup = names.value(s.studentId).second;
        if (s.status == SessionStatus::Planned || s.status == SessionStatus::Attended || s.status == SessionStatus::Missed) {
            const SlotSession c{s.id, s.studentId, s.mentorId, s.date, s.period, s.subject, s.status != SessionStatus::Missed, true};
            p.breaks = rules->check(c, *others);
        }
        plan.sessions.append(p);
    }
    return plan;
}

Result<QList<WeekPlan>> TimetablePlanner::weeks(const Session &session, std::optional<qint64> mentorId, const QDate &from,
                                                int count) const
{
    QList<WeekPlan> out;
    for (int i = 0; i < count; ++i) {
        auto w = week(session, mentorId, SchoolCalendar::weekStart(from).addDays(7 * i));
        if (!w)
            return w.error();
        out.append(*w);
    }
    return out;
}

Result<CalendarPeriod> TimetablePlanner::halfTermFrom(const QDate &date) const
{
    auto calendar = SchoolCalendar::load(m_db);
    if (!calendar)
        return calendar.error();
    for (int i = 0; i < 120; ++i) {
        const QDate d = date.addDays(i);
        if (const auto h = calendar->halfTermOf(d))
            return *h;
    }
    return Error::notFound(tr("The school calendar has no half term on or after %1: add the terms first.").arg(isoDate(date)));
}

} // namespace md
