// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/SessionScheduler.h"

#include "timetable/TimetableLogging.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>
#include <functional>

namespace md {

namespace {

struct Candidate
{
    int day = 0; // 0 = Monday of the week
    int period = 0;
    int minutes = 0;
    int score = 0;
    QString subject;
};

struct Last
{
    QDate date;
    int period = 0;
    QString subject;
};

QString subjectKey(qint64 studentId, const QDate &termStart, const QString &subject)
{
    return QString::number(studentId) + QLatin1Char('|') + termStart.toString(Qt::ISODate) + QLatin1Char('|') + subject;
}

// The best placement of one week's students: slots are distinct, each day's booked minutes stay
// within the allowance. Branch and bound on the number placed.
class WeekSearch
{
public:
    WeekSearch(const QList<QList<Candidate>> &candidates, const std::array<int, 5> &busyMinutes,
               const std::array<int, 5> &busyMask, int allowance)
        : m_cands(candidates), m_minutes(busyMinutes), m_mask(busyMask), m_allowance(allowance)
    {
        m_current.fill(-1, candidates.size());
    }

    QList<int> run()
    {
        const int n = int(m_cands.size());
        m_minRest.fill(0, n + 1);
        for (int i = n - 1; i >= 0; --i)
            m_minRest[i] = m_minRest[i + 1] + (m_cands.at(i).isEmpty() ? 0 : m_cands.at(i).first().score);
        dfs(0, 0, 0);
        return m_bestChoice;
    }

private:
    void dfs(int i, int placed, int cost)
    {
        const int n = int(m_cands.size());
        if (m_stop)
            return;
        // Keep the best found once the search has run long enough: all placed and polished for a
        // while, or the step limit reached.
        ++m_nodes;
        if (m_best >= 0
            && (m_nodes > SessionScheduler::kSearchLimit || (m_best == n && m_nodes - m_fullAt > kPolishSteps))) {
            m_stop = true;
            return;
        }
        const int remaining = n - i;
        if (placed + remaining < m_best)
            return;
        if (placed + remaining == m_best && cost + m_minRest[i] >= m_bestCost)
            return;
        if (i == n) {
            if (placed > m_best || (placed == m_best && cost < m_bestCost)) {
                if (placed == n && m_best < n)
                    m_fullAt = m_nodes;
                m_best = placed;
                m_bestCost = cost;
                m_bestChoice = m_current;
            }
            return;
        }
        const QList<Candidate> &options = m_cands.at(i);
        for (int c = 0; c < options.size() && !m_stop; ++c) {
            const Candidate &o = options.at(c);
            const int bit = 1 << o.period;
            if ((m_mask[o.day] & bit) || m_minutes[o.day] + o.minutes > m_allowance)
                continue;
            m_mask[o.day] |= bit;
            m_minutes[o.day] += o.minutes;
            m_current[i] = c;
            dfs(i + 1, placed + 1, cost + o.score);
            m_current[i] = -1;
            m_mask[o.day] &= ~bit;
            m_minutes[o.day] -= o.minutes;
        }
        dfs(i + 1, placed, cost);
    }

    static constexpr int kPolishSteps = 2000;

    const QList<QList<Candidate>> &m_cands;
    std::array<int, 5> m_minutes;
    std::array<int, 5> m_mask;
    int m_allowance;
    QList<int> m_current;
    QList<int> m_bestChoice;
    QList<int> m_minRest;
    int m_best = -1;
    int m_bestCost = 0;
    int m_nodes = 0;
    int m_fullAt = 0;
    bool m_stop = false;
};

} // namespace

ScheduleProposal SessionScheduler::propose(const ScheduleRequest &req) const
{
    ScheduleProposal out;
    out.mentorId = req.mentorId;
    if (!req.from.isValid() || req.weeks <= 0)
        return out;
    const SchoolCalendar &cal = m_rules.calendar();
    const BellSchedule &bells = m_rules.bells();
    const SchedulePolicy &policy = m_rules.policy();
    const int allowance = bells.lessonMinutesPerDay() - policy.mentorFreeMinutesPerDay;
    const QLocale locale;

    // What is already booked.
    QHash<QDate, int> mentorMask;
    QHash<QDate, int> mentorMinutes;
    QSet<QPair<qint64, qint64>> studentWeeks; // (student, Julian day of the week's Monday)
    QHash<QString, int> subjectCount;
    QHash<qint64, Last> last;
    auto weekKey = [](qint64 id, const QDate &monday) { return qMakePair(id, monday.toJulianDay()); };
    auto book = [&](qint64 studentId, qint64 mentorId, const QDate &date, int period, const QString &subject,
                    bool takesStudent, bool takesMentor) {
        if (takesMentor && mentorId == req.mentorId && bells.contains(period)) {
            int &mask = mentorMask[date];
            if (!(mask & (1 << period))) {
                mask |= 1 << period;
                mentorMinutes[date] += bells.period(period)->minutes();
            }
        }
        if (!takesStudent)
            return;
        studentWeeks.insert(weekKey(studentId, SchoolCalendar::weekStart(date)));
        if (const auto term = cal.termOf(date); term && !subject.isEmpty())
            ++subjectCount[subjectKey(studentId, term->start, subject)];
        Last &l = last[studentId];
        if (!l.date.isValid() || date > l.date)
            l = {date, period, subject};
    };
    for (const SlotSession &s : req.existing)
        book(s.studentId, s.mentorId, s.date, s.period, m_rules.subjectOf(s), s.takesStudent, s.takesMentor);

    const QDate firstMonday = SchoolCalendar::weekStart(req.from);
    for (int w = 0; w < req.weeks; ++w) {
        const QDate monday = firstMonday.addDays(7 * w);
        const QDate friday = monday.addDays(4);
        QList<int> openDays; // 0..4
        QList<RuleBreak> closedDays;
        for (int d = 0; d < 5; ++d) {
            const QDate date = monday.addDays(d);
            if (date < req.from)
                continue;
            const QString day = locale.toString(date, QStringLiteral("ddd d MMM"));
            if (!cal.isSchoolDay(date)) {
                const auto holiday = cal.holidayOn(date);
                closedDays.append({ScheduleRule::SchoolDaysOnly,
                                   holiday ? tr("%1 is in %2").arg(day, holiday->name) : tr("%1 is not a school day").arg(day)});
            } else if (const auto week = cal.assessmentWeekOn(date)) {
                closedDays.append({ScheduleRule::NoAssessmentWeek, tr("%1 is in %2").arg(day, week->name)});
            } else {
                openDays.append(d);
            }
        }
        if (openDays.isEmpty()) {
            SkippedWeek skip;
            skip.weekStart = monday;
            const auto assessment = std::find_if(closedDays.cbegin(), closedDays.cend(), [](const RuleBreak &b) {
                return b.rule == ScheduleRule::NoAssessmentWeek;
            });
            if (assessment != closedDays.cend()) {
                skip.rule = ScheduleRule::NoAssessmentWeek;
                skip.reason = tr("No sessions: an assessment week (%1).").arg(assessment->detail);
            } else if (const auto holiday = cal.holidayOn(std::max(monday, req.from))) {
                skip.reason = tr("No sessions: %1.").arg(holiday->name);
            } else {
                skip.reason = tr("No sessions: no school days this week.");
            }
            out.skipped.append(skip);
            continue;
        }

        std::array<int, 5> mask{};
        std::array<int, 5> minutes{};
        for (int d = 0; d < 5; ++d) {
            mask[d] = mentorMask.value(monday.addDays(d));
            minutes[d] = mentorMinutes.value(monday.addDays(d));
        }

        QList<int> who;
        QList<QList<Candidate>> cands;
        for (int i = 0; i < req.students.size(); ++i) {
            const SchedulerStudent &s = req.students.at(i);
            if (s.availableFrom.isValid() && s.availableFrom > friday)
                continue;
            if (studentWeeks.contains(weekKey(s.id, monday))) {
                ++out.alreadyBooked;
                continue;
            }
            bool expected = false;
            QList<Candidate> options;
            const Last prev = last.value(s.id);
            for (int d : std::as_const(openDays)) {
                const QDate date = monday.addDays(d);
                if (s.availableFrom.isValid() && date < s.availableFrom)
                    continue;
                expected = true;
                const auto term = cal.termOf(date);
                for (const LessonPeriod &p : bells.periods()) {
                    const QString subject = m_rules.subjectAt(s.id, date, p.period);
                    if (subject.isEmpty() || p.minutes() < 2 * policy.sessionMinutes)
                        continue;
                    if ((mask[d] & (1 << p.period)) || minutes[d] + p.minutes() > allowance)
                        continue;
                    const int missed = term ? subjectCount.value(subjectKey(s.id, term->start, subject)) : 0;
                    if (missed >= policy.maxMissesPerSubjectPerTerm)
                        continue;
                    Candidate c;
                    c.day = d;
                    c.period = p.period;
                    c.minutes = p.minutes();
                    c.subject = subject;
                    // Rotate: the least-missed subject first, not last week's lesson, the quieter day.
                    c.score = missed * 1000 + (subject == prev.subject ? 200 : 0) + (p.period == prev.period ? 60 : 0)
                        + (prev.date.isValid() && date.dayOfWeek() == prev.date.dayOfWeek() ? 30 : 0)
                        + minutes[d] / 3 + int((i * 7 + d * 3 + p.period) % 11);
                    options.append(c);
                }
            }
            if (!expected)
                continue;
            std::stable_sort(options.begin(), options.end(),
                             [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
            who.append(i);
            cands.append(options);
        }
        if (who.isEmpty())
            continue;

        // Most constrained first.
        QList<int> order(who.size());
        for (int k = 0; k < order.size(); ++k)
            order[k] = k;
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return cands.at(a).size() < cands.at(b).size(); });
        QList<QList<Candidate>> ordered;
        for (int k : std::as_const(order))
            ordered.append(cands.at(k));
        WeekSearch search(ordered, minutes, mask, allowance);
        const QList<int> choice = search.run();

        QList<int> unplacedStudents;
        for (int k = 0; k < order.size(); ++k) {
            const int i = who.at(order.at(k));
            const SchedulerStudent &s = req.students.at(i);
            if (choice.value(k, -1) < 0) {
                unplacedStudents.append(i);
                continue;
            }
            const Candidate &c = ordered.at(k).at(choice.at(k));
            const QDate date = monday.addDays(c.day);
            out.sessions.append({s.id, date, c.period, c.subject});
            book(s.id, req.mentorId, date, c.period, c.subject, true, true);
        }

        // Explain each student left over, against the week as it now stands.
        for (int i : std::as_const(unplacedStudents)) {
            const SchedulerStudent &s = req.students.at(i);
            UnplacedStudent u;
            u.studentId = s.id;
            u.name = s.name;
            u.weekStart = monday;
            const auto tt = m_rules.timetables().constFind(s.id);
            QStringList sentences;
            if (tt == m_rules.timetables().constEnd() || tt->isEmpty()) {
                u.reasons.append({ScheduleRule::FirstHalfOfLesson,
                                  tr("has no lesson timetable (import one with \u201cimport timetable FILE\u201d)")});
            } else {
                int noLesson = 0;
                int tooShort = 0;
                int limited = 0;
                int clashes = 0;
                int crowded = 0;
                QStringList limitSubjects;
                QStringList crowdedDays;
                for (int d : std::as_const(openDays)) {
                    const QDate date = monday.addDays(d);
                    if (s.availableFrom.isValid() && date < s.availableFrom)
                        continue;
                    const auto term = cal.termOf(date);
                    const int dayMask = mentorMask.value(date);
                    const int dayMinutes = mentorMinutes.value(date);
                    for (const LessonPeriod &p : bells.periods()) {
                        const QString subject = m_rules.subjectAt(s.id, date, p.period);
                        if (subject.isEmpty()) {
                            ++noLesson;
                        } else if (p.minutes() < 2 * policy.sessionMinutes) {
                            ++tooShort;
                        } else if (term && subjectCount.value(subjectKey(s.id, term->start, subject))
                                               >= policy.maxMissesPerSubjectPerTerm) {
                            ++limited;
                            if (!limitSubjects.contains(subject))
                                limitSubjects.append(subject);
                        } else if (dayMask & (1 << p.period)) {
                            ++clashes;
                        } else if (dayMinutes + p.minutes() > allowance) {
                            ++crowded;
                            const QString day = locale.toString(date, QStringLiteral("ddd"));
                            if (!crowdedDays.contains(day))
                                crowdedDays.append(day);
                        }
                    }
                }
                if (noLesson + tooShort > 0)
                    u.reasons.append({ScheduleRule::FirstHalfOfLesson,
                                      noLesson + tooShort == 1
                                          ? tr("1 period without a lesson long enough for a session")
                                          : tr("%1 periods without a lesson long enough for a session").arg(noLesson + tooShort)});
                if (limited > 0)
                    u.reasons.append({ScheduleRule::SubjectMissLimit,
                                      tr("%1 already missed %2 times this term (%3)")
                                          .arg(QLocale().createSeparatedList(limitSubjects))
                                          .arg(policy.maxMissesPerSubjectPerTerm)
                                          .arg(limited == 1 ? tr("1 lesson") : tr("%1 lessons").arg(limited))});
                if (clashes > 0)
                    u.reasons.append({ScheduleRule::NoMentorClash,
                                      clashes == 1 ? tr("1 lesson clashes with the mentor's other sessions")
                                                   : tr("%1 lessons clash with the mentor's other sessions").arg(clashes)});
                if (crowded > 0)
                    u.reasons.append({ScheduleRule::MentorFreeHour,
                                      (crowded == 1 ? tr("1 lesson would leave the mentor less than %1 minutes free (%2)")
                                                    : tr("%3 lessons would leave the mentor less than %1 minutes free (%2)"))
                                          .arg(policy.mentorFreeMinutesPerDay)
                                          .arg(crowdedDays.join(QStringLiteral(", ")))
                                          .arg(crowded)});
            }
            u.reasons += closedDays;
            for (const RuleBreak &b : std::as_const(u.reasons))
                sentences << b.detail;
            u.explanation = tr("%1 could not be placed in the week of %2: %3.")
                                .arg(s.name.isEmpty() ? tr("Student %1").arg(s.id) : s.name,
                                     locale.toString(monday, QStringLiteral("d MMM yyyy")),
                                     sentences.join(QStringLiteral("; ")));
            out.unplaced.append(u);
        }
    }
    qCDebug(lcTimetable) << "scheduler: mentor" << req.mentorId << "proposed" << out.sessions.size() << "sessions,"
                         << out.unplaced.size() << "unplaced," << out.skipped.size() << "weeks skipped";
    return out;
}

} // namespace md
