// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timetable/ScheduleRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace md {

// A student on the caseload being scheduled.
struct SchedulerStudent
{
    qint64 id = 0;
    QString name;
    QDate availableFrom; // when their mentoring started: no session is expected before
};

struct ScheduleRequest
{
    qint64 mentorId = 0;
    QDate from;    // the first day that may get a session
    int weeks = 7; // a half term
    QList<SchedulerStudent> students;
    // Sessions already booked: the mentor's (for clashes and free time) and the students' in the
    // terms the weeks touch (for "one a week" and "no subject missed more than twice a term").
    QList<SlotSession> existing;
};

struct ProposedSession
{
    qint64 studentId = 0;
    QDate date;
    int period = 0;
    QString subject;
};

// A student the scheduler could not place in a week, and why.
struct UnplacedStudent
{
    qint64 studentId = 0;
    QString name;
    QDate weekStart;
    QList<RuleBreak> reasons; // one per rule that ruled out the student's lessons that week
    QString explanation;      // one sentence for people
};

// A week with no sessions at all (an assessment week, a holiday), so nobody is "unplaced" in it.
struct SkippedWeek
{
    QDate weekStart;
    ScheduleRule rule = ScheduleRule::SchoolDaysOnly;
    QString reason;
};

struct ScheduleProposal
{
    qint64 mentorId = 0;
    QList<ProposedSession> sessions;
    QList<UnplacedStudent> unplaced;
    QList<SkippedWeek> skipped;
    int alreadyBooked = 0; // student-weeks that already had a session, left as they are
};

// Proposes a half term (or any number of weeks) of weekly 1:1 sessions for one mentor's caseload
// that keeps every ScheduleRule. Week by week it finds the largest set of placements (a small
// branch-and-bound over each student's allowed lessons, most constrained student first), preferring
// the subject the student has missed least this term, a different lesson from last week and the
// mentor's quieter days, so the lessons missed rotate. Anyone it cannot place gets an explanation
// naming the rules that ruled out each of their lessons.
class SessionScheduler
{
    Q_DECLARE_TR_FUNCTIONS(md::SessionScheduler)
public:
    explicit SessionScheduler(const ScheduleRules &rules) : m_rules(rules) {}

    ScheduleProposal propose(const ScheduleRequest &request) const;

    // The branch-and-bound gives up improving a week after this many steps and keeps the best found.
    static constexpr int kSearchLimit = 200000;

private:
    const ScheduleRules &m_rules;
};

} // namespace md
