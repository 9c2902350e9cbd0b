// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timetable/LessonTimetable.h"
#include "timetable/SchoolCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace md {

// The rules a mentor's timetable of 1:1 sessions keeps (reference 004, "Mentoring Sessions" and
// "Resource allocation"). Stored and printed by their string form.
enum class ScheduleRule
{
    OneSessionPerWeek, // one session per student per week
    FirstHalfOfLesson, // in the first half of one of the student's lessons (25 of its minutes)
    SubjectMissLimit,  // no subject missed more than twice per term
    NoAssessmentWeek,  // not in an assessment week
    SchoolDaysOnly,    // on a school day (not a weekend or a holiday)
    MentorFreeHour,    // the mentor keeps at least an hour a day unscheduled
    NoMentorClash,     // the mentor has one session at a time
};
QString toString(ScheduleRule rule);
std::optional<ScheduleRule> scheduleRuleFromString(const QString &code);
QList<ScheduleRule> allScheduleRules();

// The numbers behind the rules, in one place.
struct SchedulePolicy
{
    int sessionMinutes = 25;
    int maxMissesPerSubjectPerTerm = 2;
    int mentorFreeMinutesPerDay = 60;
};

// A 1:1 session as the rules see it: existing (id > 0) or proposed.
struct SlotSession
{
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 mentorId = 0;
    QDate date;
    int period = 0;
    QString subject;              // the lesson the student leaves; empty: read from the timetable
    bool takesStudent = true;     // planned or attended: the student is out of that lesson
    bool takesMentor = true;      // planned, attended or missed: the mentor's time was booked
};

// One broken rule, with a sentence saying how ("Maths would be missed for the 3rd time this term").
struct RuleBreak
{
    ScheduleRule rule = ScheduleRule::OneSessionPerWeek;
    QString detail;
};

// Checks sessions against the rules, for the scheduler's proposals, a mentor's move by hand and the
// week view's flags. The scheduler keeps the same rules with faster bookkeeping; tests check its
// proposals with this class.
class ScheduleRules
{
    Q_DECLARE_TR_FUNCTIONS(md::ScheduleRules)
public:
    ScheduleRules(SchoolCalendar calendar, BellSchedule bells, QHash<qint64, WeeklyTimetable> timetables,
                  SchedulePolicy policy = {});

    const SchoolCalendar &calendar() const { return m_calendar; }
    const BellSchedule &bells() const { return m_bells; }
    const SchedulePolicy &policy() const { return m_policy; }
    const QHash<qint64, WeeklyTimetable> &timetables() const { return m_timetables; }
    void setTimetable(qint64 studentId, const WeeklyTimetable &t) { m_timetables.insert(studentId, t); }

    // The lesson the student has at that date and period, or empty.
    QString subjectAt(qint64 studentId, const QDate &date, int period) const;
    // The subject a session takes the student out of (its own, or the timetable's).
    QString subjectOf(const SlotSession &s) const;

    // The rules `candidate` breaks, given the other sessions (of its mentor and its student; any
    // others are ignored). A session equal to the candidate by id is skipped, so a move can be
    // checked against the list that still holds its old place.
    QList<RuleBreak> check(const SlotSession &candidate, const QList<SlotSession> &others) const;
    // The rules each session breaks among all of them (keyed by index in `sessions`).
    QHash<int, QList<RuleBreak>> violations(const QList<SlotSession> &sessions) const;

    // The title of a rule ("No subject missed more than twice per term").
    static QString title(ScheduleRule rule);
    static QString ordinal(int n);

private:
    SchoolCalendar m_calendar;
    BellSchedule m_bells;
    QHash<qint64, WeeklyTimetable> m_timetables;
    SchedulePolicy m_policy;
};

} // namespace md
