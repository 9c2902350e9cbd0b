// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace md {

class Database;
class Session;

// What a stretch of the school calendar is. Stored by its string form.
enum class CalendarKind
{
    Term,           // Autumn, Spring, Summer: "no subject missed more than twice per term"
    HalfTerm,       // the teaching half of a term a mentor's timetable is planned for
    Holiday,        // no school: no sessions, no check-ins expected
    AssessmentWeek, // school, but no 1:1 sessions (reference 004)
};
QString toString(CalendarKind kind);
std::optional<CalendarKind> calendarKindFromString(const QString &text);

struct CalendarPeriod
{
    qint64 id = 0;
    CalendarKind kind = CalendarKind::Term;
    QString name;
    QDate start;
    QDate end; // inclusive

    bool contains(const QDate &d) const { return d >= start && d <= end; }
};

// The school's calendar: terms, half terms, holidays and assessment weeks. Answers the questions
// the scheduler and the caseload rules ask of a date. With no terms entered, every weekday counts
// as a school day and the terms fall back to the usual English pattern (autumn: September to
// December, spring: January to March, summer: April to July), so nothing breaks before the
// calendar is set up.
class SchoolCalendar
{
    Q_DECLARE_TR_FUNCTIONS(md::SchoolCalendar)
public:
    SchoolCalendar() = default;
    explicit SchoolCalendar(QList<CalendarPeriod> periods);

    const QList<CalendarPeriod> &periods() const { return m_periods; }
    bool hasTerms() const { return m_hasTerms; }

    // A weekday in a term and not in a holiday.
    bool isSchoolDay(const QDate &date) const;
    bool isAssessmentDay(const QDate &date) const;
    // The holiday or assessment week the date falls in, if any (for messages).
    std::optional<CalendarPeriod> holidayOn(const QDate &date) const;
    std::optional<CalendarPeriod> assessmentWeekOn(const QDate &date) const;
    // The term holding the date; in a holiday, nothing.
    std::optional<CalendarPeriod> termOf(const QDate &date) const;
    // The term holding the date, or in a holiday the last term that ended before it.
    std::optional<CalendarPeriod> termForReporting(const QDate &date) const;
    std::optional<CalendarPeriod> halfTermOf(const QDate &date) const;
    // The half terms inside a term, in order (one covering the whole term when none are entered).
    QList<CalendarPeriod> halfTermsOf(const CalendarPeriod &term) const;
    // The term that ended most recently before `date`.
    std::optional<CalendarPeriod> previousTerm(const QDate &date) const;

    // School days in [from, to], both inclusive.
    int schoolDaysBetween(const QDate &from, const QDate &to) const;
    // The next school day after `date` (at most a year ahead; invalid if none).
    QDate nextSchoolDay(const QDate &date) const;
    QDate previousSchoolDay(const QDate &date) const;

    // Monday of the date's week.
    static QDate weekStart(const QDate &date) { return date.addDays(1 - date.dayOfWeek()); }

    // Reads the whole calendar.
    static Result<SchoolCalendar> load(const Database &db);

private:
    QList<CalendarPeriod> fallbackTerms(int year) const;

    QList<CalendarPeriod> m_periods;
    bool m_hasTerms = false;
};

// Changes to the school calendar (lead mentor, headteacher, administrator), audited.
class CalendarStore
{
    Q_DECLARE_TR_FUNCTIONS(md::CalendarStore)
public:
    explicit CalendarStore(Database &db) : m_db(db) {}

    Result<qint64> add(const Session &session, const CalendarPeriod &period);
    Status remove(const Session &session, qint64 id);
    // Replaces the whole calendar in one transaction (the CSV import and the demo school).
    Status replaceAll(const Session &session, const QList<CalendarPeriod> &periods);

    // The problem with a period, or an empty string.
    static QString validate(const CalendarPeriod &period);

private:
    Database &m_db;
};

} // namespace md
