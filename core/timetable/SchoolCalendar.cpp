// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/SchoolCalendar.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "timetable/TimetableLogging.h"

#include <algorithm>

namespace md {

namespace {
constexpr int kMaxNameLength = 80;
constexpr int kLongestPeriodDays = 400;
} // namespace

QString toString(CalendarKind kind)
{
    switch (kind) {
    case CalendarKind::Term:
        return QStringLiteral("term");
    case CalendarKind::HalfTerm:
        return QStringLiteral("half_term");
    case CalendarKind::Holiday:
        return QStringLiteral("holiday");
    case CalendarKind::AssessmentWeek:
        return QStringLiteral("assessment_week");
    }
    return {};
}

std::optional<CalendarKind> calendarKindFromString(const QString &text)
{
    for (CalendarKind k : {CalendarKind::Term, CalendarKind::HalfTerm, CalendarKind::Holiday, CalendarKind::AssessmentWeek})
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

SchoolCalendar::SchoolCalendar(QList<CalendarPeriod> periods) : m_periods(std::move(periods))
{
    std::sort(m_periods.begin(), m_periods.end(), [](const CalendarPeriod &a, const CalendarPeriod &b) {
        return a.start != b.start ? a.start < b.start : int(a.kind) < int(b.kind);
    });
    m_hasTerms = std::any_of(m_periods.cbegin(), m_periods.cend(),
                             [](const CalendarPeriod &p) { return p.kind == CalendarKind::Term; });
}

bool SchoolCalendar::isSchoolDay(const QDate &date) const
{
    if (!date.isValid() || date.dayOfWeek() > 5)
        return false;
    if (holidayOn(date))
        return false;
    if (!m_hasTerms)
        return true;
    return termOf(date).has_value();
}

bool SchoolCalendar::isAssessmentDay(const QDate &date) const
{
    return assessmentWeekOn(date).has_value();
}

std::optional<CalendarPeriod> SchoolCalendar::holidayOn(const QDate &date) const
{
    for (const CalendarPeriod &p : m_periods)
        if (p.kind == CalendarKind::Holiday && p.contains(date))
            return p;
    return std::nullopt;
}

std::optional<CalendarPeriod> SchoolCalendar::assessmentWeekOn(const QDate &date) const
{
    for (const CalendarPeriod &p : m_periods)
        if (p.kind == CalendarKind::AssessmentWeek && p.contains(date))
            return p;
    return std::nullopt;
}

QList<CalendarPeriod> SchoolCalendar::fallbackTerms(int year) const
{
    // `year` is the calendar year the school year starts in.
    return {
        {0, CalendarKind::Term, tr("Autumn term"), QDate(year, 9, 1), QDate(year, 12, 20)},
        {0, CalendarKind::Term, tr("Spring term"), QDate(year + 1, 1, 4), QDate(year + 1, 3, 31)},
        {0, CalendarKind::Term, tr("Summer term"), QDate(year + 1, 4, 15), QDate(year + 1, 7, 22)},
    };
}

std::optional<CalendarPeriod> SchoolCalendar::termOf(const QDate &date) const
{
    if (!date.isValid())
        return std::nullopt;
    if (m_hasTerms) {
        for (const CalendarPeriod &p : m_periods)
            if (p.kind == CalendarKind::Term && p.contains(date))
                return p;
        return std::nullopt;
    }
    const int startYear = date.month() >= 9 ? date.year() : date.year() - 1;
    for (const CalendarPeriod &p : fallbackTerms(startYear))
        if (p.contains(date))
            return p;
    return std::nullopt;
}

std::optional<CalendarPeriod> SchoolCalendar::previousTerm(const QDate &date) const
{
    std::optional<CalendarPeriod> best;
    QList<CalendarPeriod> terms;
    if (m_hasTerms) {
        for (const CalendarPeriod &p : m_periods)
            if (p.kind == CalendarKind::Term)
                terms.append(p);
    } else {
        const int startYear = date.month() >= 9 ? date.year() : date.year() - 1;
        terms = fallbackTerms(startYear - 1) + fallbackTerms(startYear);
    }
    for (const CalendarPeriod &p : std::as_const(terms))
        if (p.end < date && (!best || p.end > best->end))
            best = p;
    return best;
}

std::optional<CalendarPeriod> SchoolCalendar::termForReporting(const QDate &date) const
{
    if (auto t = termOf(date))
        return t;
    return previousTerm(date);
}

QList<CalendarPeriod> SchoolCalendar::halfTermsOf(const CalendarPeriod &term) const
{
    QList<CalendarPeriod> halves;
    for (const CalendarPeriod &p : m_periods)
        if (p.kind == CalendarKind::HalfTerm && p.start >= term.start && p.end <= term.end)
            halves.append(p);
    if (!halves.isEmpty())
        return halves;
    // None entered: split at the first holiday inside the term, or else at its middle.
    QDate splitEnd;
    QDate splitStart;
    for (const CalendarPeriod &p : m_periods) {
        if (p.kind == CalendarKind::Holiday && p.start > term.start && p.end < term.end) {
            splitEnd = p.start.addDays(-1);
            splitStart = p.end.addDays(1);
            break;
        }
    }
    if (!splitEnd.isValid()) {
        const qint64 days = term.start.daysTo(term.end);
        splitEnd = term.start.addDays(days / 2);
        splitStart = splitEnd.addDays(1);
    }
    return {{0, CalendarKind::HalfTerm, tr("%1, first half").arg(term.name), term.start, splitEnd},
            {0, CalendarKind::HalfTerm, tr("%1, second half").arg(term.name), splitStart, term.end}};
}

std::optional<CalendarPeriod> SchoolCalendar::halfTermOf(const QDate &date) const
{
    const auto term = termOf(date);
    if (!term)
        return std::nullopt;
    for (const CalendarPeriod &h : halfTermsOf(*term))
        if (h.contains(date))
            return h;
    return std::nullopt;
}

int SchoolCalendar::schoolDaysBetween(const QDate &from, const QDate &to) const
{
    int n = 0;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1))
        if (isSchoolDay(d))
            ++n;
    return n;
}

QDate SchoolCalendar::nextSchoolDay(const QDate &date) const
{
    for (int i = 1; i <= 366; ++i)
        if (const QDate d = date.addDays(i); isSchoolDay(d))
            return d;
    return {};
}

QDate SchoolCalendar::previousSchoolDay(const QDate &date) const
{
    for (int i = 1; i <= 366; ++i)
        if (const QDate d = date.addDays(-i); isSchoolDay(d))
            return d;
    return {};
}

Result<SchoolCalendar> SchoolCalendar::load(const Database &db)
{
    Query q(db, QStringLiteral("SELECT id, kind, name, starts_on, ends_on FROM school_calendar ORDER BY starts_on, id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CalendarPeriod> periods;
    while (q.next()) {
        CalendarPeriod p;
        p.id = q.id(0);
        p.kind = calendarKindFromString(q.string(1)).value_or(CalendarKind::Holiday);
        p.name = q.string(2);
        p.start = q.date(3);
        p.end = q.date(4);
        periods.append(p);
    }
    return SchoolCalendar(periods);
}

QString CalendarStore::validate(const CalendarPeriod &p)
{
    if (p.name.trimmed().isEmpty())
        return tr("the name is blank");
    if (p.name.size() > kMaxNameLength)
        return tr("the name is longer than %1 characters").arg(kMaxNameLength);
    if (!p.start.isValid() || !p.end.isValid())
        return tr("it needs a first and a last day");
    if (p.end < p.start)
        return tr("it ends (%1) before it starts (%2)").arg(isoDate(p.end), isoDate(p.start));
    if (p.start.daysTo(p.end) > kLongestPeriodDays)
        return tr("it is longer than a school year");
    return {};
}

Result<qint64> CalendarStore::add(const Session &session, const CalendarPeriod &period)
{
    if (Status s = Permissions::require(session, Action::ManageTimetables); !s)
        return s.error();
    if (const QString problem = validate(period); !problem.isEmpty())
        return Error::invalid(tr("This calendar entry cannot be saved: %1.").arg(problem));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO school_calendar (kind, name, starts_on, ends_on) VALUES (?, ?, ?, ?) "
                                 "RETURNING id"));
    q.bind(toString(period.kind)).bind(period.name.trimmed()).bind(period.start).bind(period.end);
    auto id = q.scalar();
    if (!id)
        return id.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(QStringLiteral("school_calendar"), id->toLongLong(),
                                 QStringLiteral("%1 %2 %3..%4")
                                     .arg(toString(period.kind), period.name, isoDate(period.start), isoDate(period.end)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Status CalendarStore::remove(const Session &session, qint64 id)
{
    if (Status s = Permissions::require(session, Action::ManageTimetables); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("DELETE FROM school_calendar WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::notFound(tr("That calendar entry no longer exists."));
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.deleted(QStringLiteral("school_calendar"), id, QString()); !s)
        return s;
    return tx.commit();
}

Status CalendarStore::replaceAll(const Session &session, const QList<CalendarPeriod> &periods)
{
    if (Status s = Permissions::require(session, Action::ManageTimetables); !s)
        return s;
    QStringList problems;
    for (int i = 0; i < periods.size(); ++i)
        if (const QString problem = validate(periods.at(i)); !problem.isEmpty())
            problems << tr("entry %1 (%2): %3").arg(i + 1).arg(periods.at(i).name, problem);
    if (!problems.isEmpty())
        return Error::invalid(problems.size() == 1
                                  ? tr("The calendar was not changed: 1 entry has a problem.")
                                  : tr("The calendar was not changed: %1 entries have problems.").arg(problems.size()),
                              problems);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query clear(m_db);
    if (Status s = clear.exec(QStringLiteral("DELETE FROM school_calendar")); !s)
        return s;
    Query q(m_db, QStringLiteral("INSERT INTO school_calendar (kind, name, starts_on, ends_on) VALUES (?, ?, ?, ?)"));
    for (const CalendarPeriod &p : periods) {
        q.bind(toString(p.kind)).bind(p.name.trimmed()).bind(p.start).bind(p.end);
        if (Status s = q.exec(); !s)
            return s;
    }
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.record(QStringLiteral("replace"), QStringLiteral("school_calendar"), 0, QStringLiteral("entries"),
                                QString(), QString::number(periods.size()));
        !s)
        return s;
    qCInfo(lcTimetable) << "school calendar replaced:" << periods.size() << "entries";
    return tx.commit();
}

} // namespace md
