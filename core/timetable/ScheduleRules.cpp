// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/ScheduleRules.h"

#include <QLocale>
#include <QSet>

namespace md {

QString toString(ScheduleRule rule)
{
    switch (rule) {
    case ScheduleRule::OneSessionPerWeek:
        return QStringLiteral("one_per_week");
    case ScheduleRule::FirstHalfOfLesson:
        return QStringLiteral("first_half_of_lesson");
    case ScheduleRule::SubjectMissLimit:
        return QStringLiteral("subject_limit");
    case ScheduleRule::NoAssessmentWeek:
        return QStringLiteral("assessment_week");
    case ScheduleRule::SchoolDaysOnly:
        return QStringLiteral("school_day");
    case ScheduleRule::MentorFreeHour:
        return QStringLiteral("mentor_free_hour");
    case ScheduleRule::NoMentorClash:
        return QStringLiteral("mentor_clash");
    }
    return {};
}

QList<ScheduleRule> allScheduleRules()
{
    return {ScheduleRule::OneSessionPerWeek, ScheduleRule::FirstHalfOfLesson, ScheduleRule::SubjectMissLimit,
            ScheduleRule::NoAssessmentWeek,  ScheduleRule::SchoolDaysOnly,    ScheduleRule::MentorFreeHour,
            ScheduleRule::NoMentorClash};
}

std::optional<ScheduleRule> scheduleRuleFromString(const QString &code)
{
    for (ScheduleRule r : allScheduleRules())
        if (toString(r) == code)
            return r;
    return std::nullopt;
}

QString ScheduleRules::title(ScheduleRule rule)
{
    switch (rule) {
    case ScheduleRule::OneSessionPerWeek:
        return tr("One session per student per week");
    case ScheduleRule::FirstHalfOfLesson:
        return tr("In the first half of a lesson");
    case ScheduleRule::SubjectMissLimit:
        return tr("No subject missed more than twice per term");
    case ScheduleRule::NoAssessmentWeek:
        return tr("No sessions in an assessment week");
    case ScheduleRule::SchoolDaysOnly:
        return tr("Only on school days");
    case ScheduleRule::MentorFreeHour:
        return tr("The mentor free at least one hour a day");
    case ScheduleRule::NoMentorClash:
        return tr("No two sessions for the mentor at once");
    }
    return {};
}

QString ScheduleRules::ordinal(int n)
{
    switch (n) {
    case 1:
        return tr("1st");
    case 2:
        return tr("2nd");
    case 3:
        return tr("3rd");
    default:
        return tr("%1th").arg(n);
    }
}

ScheduleRules::ScheduleRules(SchoolCalendar calendar, BellSchedule bells, QHash<qint64, WeeklyTimetable> timetables,
                             SchedulePolicy policy)
    : m_calendar(std::move(calendar)), m_bells(std::move(bells)), m_timetables(std::move(timetables)), m_policy(policy)
{
}

QString ScheduleRules::subjectAt(qint64 studentId, const QDate &date, int period) const
{
    const auto it = m_timetables.constFind(studentId);
    if (it == m_timetables.constEnd() || !date.isValid() || date.dayOfWeek() > 5)
        return {};
    return it->subjectAt(date.dayOfWeek(), period);
}

QString ScheduleRules::subjectOf(const SlotSession &s) const
{
    return s.subject.isEmpty() ? subjectAt(s.studentId, s.date, s.period) : s.subject;
}

QList<RuleBreak> ScheduleRules::check(const SlotSession &c, const QList<SlotSession> &others) const
{
    QList<RuleBreak> breaks;
    const QLocale locale;
    const QString day = locale.toString(c.date, QStringLiteral("ddd d MMM"));

    if (!m_calendar.isSchoolDay(c.date)) {
        const auto holiday = m_calendar.holidayOn(c.date);
        breaks.append({ScheduleRule::SchoolDaysOnly,
                       holiday ? tr("%1 is in %2").arg(day, holiday->name)
                               : (c.date.dayOfWeek() > 5 ? tr("%1 is a weekend").arg(day)
                                                          : tr("%1 is not in a term").arg(day))});
    }
    if (const auto week = m_calendar.assessmentWeekOn(c.date))
        breaks.append({ScheduleRule::NoAssessmentWeek, tr("%1 is in %2").arg(day, week->name)});

    const LessonPeriod *period = m_bells.period(c.period);
    const QString subject = subjectOf(c);
    const bool hasLesson = c.date.dayOfWeek() <= 5 && !subjectAt(c.studentId, c.date, c.period).isEmpty();
    if (!period)
        breaks.append({ScheduleRule::FirstHalfOfLesson, tr("period %1 is not a period of the school day").arg(c.period)});
    else if (!hasLesson)
        breaks.append({ScheduleRule::FirstHalfOfLesson,
                       tr("the student has no lesson in %1 on %2").arg(period->name, day)});
    else if (period->minutes() < 2 * m_policy.sessionMinutes)
        breaks.append({ScheduleRule::FirstHalfOfLesson,
                       tr("%1 is %2 minutes long, too short for a %3-minute session in its first half")
                           .arg(period->name)
                           .arg(period->minutes())
                           .arg(m_policy.sessionMinutes)});

    const QDate monday = SchoolCalendar::weekStart(c.date);
    const auto term = m_calendar.termOf(c.date);
    int sameSubject = 0;
    bool sameWeek = false;
    bool clash = false;
    QSet<int> mentorPeriods;
    if (c.takesMentor && period)
        mentorPeriods.insert(c.period);
    for (const SlotSession &o : others) {
        if (c.id != 0 && o.id == c.id)
            continue;
        if (o.studentId == c.studentId && o.takesStudent && c.takesStudent) {
            if (SchoolCalendar::weekStart(o.date) == monday)
                sameWeek = true;
            if (term && term->contains(o.date) && !subject.isEmpty() && subjectOf(o) == subject)
                ++sameSubject;
        }
        if (o.mentorId == c.mentorId && o.takesMentor && o.date == c.date) {
            if (o.period == c.period && c.takesMentor)
                clash = true;
            if (m_bells.contains(o.period))
                mentorPeriods.insert(o.period);
        }
    }
    if (sameWeek)
        breaks.append({ScheduleRule::OneSessionPerWeek,
                       tr("the student already has a session in the week of %1")
                           .arg(locale.toString(monday, QStringLiteral("d MMM")))});
    if (c.takesStudent && sameSubject >= m_policy.maxMissesPerSubjectPerTerm)
        breaks.append({ScheduleRule::SubjectMissLimit, tr("%1 would be missed for the %2 time in %3")
                                                           .arg(subject, ordinal(sameSubject + 1),
                                                                term ? term->name : tr("this term"))});
    if (clash)
        breaks.append({ScheduleRule::NoMentorClash,
                       tr("the mentor already has a session in %1 on %2")
                           .arg(period ? period->name : tr("period %1").arg(c.period), day)});
    if (c.takesMentor) {
        int busy = 0;
        for (int p : std::as_const(mentorPeriods))
            busy += m_bells.period(p)->minutes();
        const int free = m_bells.lessonMinutesPerDay() - busy;
        if (free < m_policy.mentorFreeMinutesPerDay)
            breaks.append({ScheduleRule::MentorFreeHour,
                           tr("the mentor would have %1 minutes free on %2; at least %3 are kept for ad hoc support")
                               .arg(free)
                               .arg(day)
                               .arg(m_policy.mentorFreeMinutesPerDay)});
    }
    return breaks;
}

QHash<int, QList<RuleBreak>> ScheduleRules::violations(const QList<SlotSession> &sessions) const
{
    // Group by mentor and by student so each check only looks at the sessions that matter.
    QHash<qint64, QList<int>> byMentor;
    QHash<qint64, QList<int>> byStudent;
    for (int i = 0; i < sessions.size(); ++i) {
        byMentor[sessions.at(i).mentorId].append(i);
        byStudent[sessions.at(i).studentId].append(i);
    }
    QHash<int, QList<RuleBreak>> out;
    for (int i = 0; i < sessions.size(); ++i) {
        const SlotSession &c = sessions.at(i);
        QList<SlotSession> others;
        QSet<int> seen;
        for (int j : byMentor.value(c.mentorId) + byStudent.value(c.studentId)) {
            if (j == i || seen.contains(j))
                continue;
            seen.insert(j);
            SlotSession o = sessions.at(j);
            o.id = -1 - j; // distinct from the candidate even for proposals (id 0)
            others.append(o);
        }
        SlotSession candidate = c;
        candidate.id = 0;
        const QList<RuleBreak> breaks = check(candidate, others);
        if (!breaks.isEmpty())
            out.insert(i, breaks);
    }
    return out;
}

} // namespace md
