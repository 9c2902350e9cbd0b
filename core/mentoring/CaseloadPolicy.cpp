// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/CaseloadPolicy.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace md {

namespace {

constexpr int kDueSoonDays = 2;

QString shortDate(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("d MMM"));
}

QDate latestFrom(const QList<QDate> &dates, const QDate &from)
{
    QDate best;
    for (const QDate &d : dates)
        if (d >= from && (!best.isValid() || d > best))
            best = d;
    return best;
}

} // namespace

QList<Expectation> allExpectations()
{
    return {Expectation::InitialParentMeeting, Expectation::DailyCheckIn,         Expectation::WeeklySession,
            Expectation::LogUpdated,           Expectation::ParentContact,        Expectation::TeacherAgencyContact,
            Expectation::ProgressUpdate,       Expectation::TermlyReport};
}

QString toString(Expectation e)
{
    switch (e) {
    case Expectation::InitialParentMeeting:
        return QStringLiteral("initial_parent_meeting");
    case Expectation::DailyCheckIn:
        return QStringLiteral("daily_check_in");
    case Expectation::WeeklySession:
        return QStringLiteral("weekly_session");
    case Expectation::LogUpdated:
        return QStringLiteral("log_updated");
    case Expectation::ParentContact:
        return QStringLiteral("parent_contact");
    case Expectation::TeacherAgencyContact:
        return QStringLiteral("teacher_agency_contact");
    case Expectation::ProgressUpdate:
        return QStringLiteral("progress_update");
    case Expectation::TermlyReport:
        return QStringLiteral("termly_report");
    }
    return {};
}

QString CaseloadPolicy::title(Expectation e)
{
    switch (e) {
    case Expectation::InitialParentMeeting:
        return tr("Initial parent meeting");
    case Expectation::DailyCheckIn:
        return tr("Daily check-in");
    case Expectation::WeeklySession:
        return tr("Weekly 1:1");
    case Expectation::LogUpdated:
        return tr("Log updated after 1:1");
    case Expectation::ParentContact:
        return tr("Parent contact (fortnightly)");
    case Expectation::TeacherAgencyContact:
        return tr("Teacher or agency contact (twice a term)");
    case Expectation::ProgressUpdate:
        return tr("Progress update to lead (fortnightly)");
    case Expectation::TermlyReport:
        return tr("Termly report to DoL");
    }
    return {};
}

QString CaseloadPolicy::howLate(int days, bool schoolDays)
{
    // Spelt out rather than "%n day(s)": the English text is what people read without a translation.
    if (schoolDays)
        return days == 1 ? tr("1 school day") : tr("%1 school days").arg(days);
    if (days < 14)
        return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    return tr("%1 weeks").arg(days / 7);
}

void CaseloadPolicy::setOverdue(ExpectationStatus &s, int days, bool schoolDays) const
{
    s.state = ExpectationState::Overdue;
    s.overdue = days;
    s.text = tr("Overdue %1").arg(howLate(days, schoolDays));
}

void CaseloadPolicy::setDue(ExpectationStatus &s, const QDate &dueBy, const QDate &today) const
{
    s.state = ExpectationState::Due;
    s.dueBy = dueBy;
    s.text = dueBy == today ? tr("Due today") : tr("Due by %1").arg(shortDate(dueBy));
}

void CaseloadPolicy::setDone(ExpectationStatus &s, const QDate &on) const
{
    s.state = ExpectationState::Done;
    s.lastDone = on;
    s.text = tr("Done %1").arg(shortDate(on));
}

QDate CaseloadPolicy::onSchoolDay(const QDate &date) const
{
    if (m_calendar.isSchoolDay(date))
        return date;
    const QDate next = m_calendar.nextSchoolDay(date);
    return next.isValid() ? next : date;
}

bool CaseloadPolicy::isSessionWeek(const QDate &monday) const
{
    for (int d = 0; d < 5; ++d) {
        const QDate day = monday.addDays(d);
        if (m_calendar.isSchoolDay(day) && !m_calendar.isAssessmentDay(day))
            return true;
    }
    return false;
}

QList<ExpectationStatus> CaseloadPolicy::evaluate(const CaseFacts &facts, const QDate &today) const
{
    QList<ExpectationStatus> out;
    for (Expectation e : allExpectations())
        out.append(evaluate(e, facts, today));
    return out;
}

ExpectationStatus CaseloadPolicy::evaluate(Expectation e, const CaseFacts &f, const QDate &today) const
{
    switch (e) {
    case Expectation::InitialParentMeeting:
        return initialParentMeeting(f, today);
    case Expectation::DailyCheckIn:
        return dailyCheckIn(f, today);
    case Expectation::WeeklySession:
        return weeklySession(f, today);
    case Expectation::LogUpdated:
        return logUpdated(f, today);
    case Expectation::ParentContact:
        return parentContact(f, today);
    case Expectation::TeacherAgencyContact:
        return teacherAgencyContact(f, today);
    case Expectation::ProgressUpdate:
        return progressUpdate(f, today);
    case Expectation::TermlyReport:
        return termlyReport(f, today);
    }
    return {};
}

ExpectationStatus CaseloadPolicy::initialParentMeeting(const CaseFacts &f, const QDate &today) const
{
    ExpectationStatus s;
    s.what = Expectation::InitialParentMeeting;
    if (f.initialMeeting.isValid()) {
        setDone(s, f.initialMeeting);
        s.detail = tr("Met the parent or carer on %1.").arg(shortDate(f.initialMeeting));
        return s;
    }
    if (!f.startedOn.isValid()) {
        s.text = tr("Not on a caseload");
        return s;
    }
    const QDate dueBy = f.startedOn.addDays(kInitialMeetingDays);
    s.dueBy = dueBy;
    s.detail = tr("Mentoring started on %1; the first meeting with the parent or carer is due within %2 days.")
                   .arg(shortDate(f.startedOn))
                   .arg(kInitialMeetingDays);
    if (today > dueBy)
        setOverdue(s, int(dueBy.daysTo(today)));
    else
        setDue(s, dueBy, today);
    return s;
}

ExpectationStatus CaseloadPolicy::dailyCheckIn(const CaseFacts &f, const QDate &today) const
{
    ExpectationStatus s;
    s.what = Expectation::DailyCheckIn;
    s.lastDone = f.lastCheckIn;
    if (!f.startedOn.isValid() || today < f.startedOn) {
        s.text = tr("Not started");
        return s;
    }
    if (f.lastCheckIn == today) {
        setDone(s, today);
        s.text = tr("Checked in today");
        return s;
    }
    const QDate from = f.lastCheckIn.isValid() && f.lastCheckIn >= f.startedOn ? f.lastCheckIn.addDays(1) : f.startedOn;
    const int missed = from <= today.addDays(-1) ? m_calendar.schoolDaysBetween(from, today.addDays(-1)) : 0;
    if (missed > 0) {
        setOverdue(s, missed, true);
        s.dueBy = m_calendar.isSchoolDay(from) ? from : m_calendar.nextSchoolDay(from);
        s.detail = f.lastCheckIn.isValid() ? tr("Last check-in %1.").arg(shortDate(f.lastCheckIn))
                                           : tr("No check-in since mentoring started on %1.").arg(shortDate(f.startedOn));
        return s;
    }
    if (m_calendar.isSchoolDay(today)) {
        setDue(s, today, today);
        return s;
    }
    if (f.lastCheckIn.isValid())
        setDone(s, f.lastCheckIn);
    else
        s.text = tr("From the next school day");
    return s;
}

ExpectationStatus CaseloadPolicy::weeklySession(const CaseFacts &f, const QDate &today) const
{
    ExpectationStatus s;
    s.what = Expectation::WeeklySession;
    if (!f.startedOn.isValid()) {
        s.text = tr("Not on a caseload");
        return s;
    }
    QSet<QDate> attendedWeeks;
    QDate lastAttended;
    QDate bookedThisWeek;
    const QDate thisMonday = SchoolCalendar::weekStart(today);
    for (const SessionFact &x : f.sessions) {
        if (x.status == SessionStatus::Attended && x.date <= today) {
            attendedWeeks.insert(SchoolCalendar::weekStart(x.date));
            if (!lastAttended.isValid() || x.date > lastAttended)
                lastAttended = x.date;
        }
        if (x.status == SessionStatus::Planned && x.date >= today && SchoolCalendar::weekStart(x.date) == thisMonday
            && (!bookedThisWeek.isValid() || x.date < bookedThisWeek))
            bookedThisWeek = x.date;
    }
    s.lastDone = lastAttended;
    const QDate firstWeek = SchoolCalendar::weekStart(f.startedOn).addDays(7);
    // At the weekend the week just gone is over.
    const QDate openMonday = today.dayOfWeek() > 5 ? thisMonday.addDays(7) : thisMonday;
    if (attendedWeeks.contains(thisMonday) && today.dayOfWeek() <= 5) {
        setDone(s, lastAttended);
        return s;
    }
    const QDate lastWeek = lastAttended.isValid() ? SchoolCalendar::weekStart(lastAttended) : QDate();
    QDate w = lastWeek.isValid() ? std::max(lastWeek.addDays(7), firstWeek) : firstWeek;
    for (; w < openMonday; w = w.addDays(7)) {
        if (isSessionWeek(w) && !attendedWeeks.contains(w)) {
            const QDate endOfWeek = w.addDays(4);
            s.dueBy = endOfWeek;
            setOverdue(s, int(endOfWeek.daysTo(today)));
            s.detail = tr("No 1:1 was held in the week of %1.").arg(shortDate(w));
            return s;
        }
    }
    if (openMonday < firstWeek) {
        s.text = tr("From the week of %1").arg(shortDate(firstWeek));
        return s;
    }
    if (!isSessionWeek(openMonday)) {
        s.text = tr("None this week");
        s.detail = tr("No 1:1 is expected this week (an assessment week or a holiday).");
        if (lastAttended.isValid())
            s.lastDone = lastAttended;
        return s;
    }
    setDue(s, openMonday.addDays(4), today);
    if (bookedThisWeek.isValid())
        s.text = tr("Booked %1").arg(QLocale().toString(bookedThisWeek, QStringLiteral("ddd d MMM")));
    return s;
}

ExpectationStatus CaseloadPolicy::logUpdated(const CaseFacts &f, const QDate &today) const
{
    ExpectationStatus s;
    s.what = Expectation::LogUpdated;
    int pending = 0;
    QDate oldestDue;
    QDate lastRecorded;
    for (const SessionFact &x : f.sessions) {
        const bool awaiting = (x.status == SessionStatus::Attended && !x.recorded)
            || (x.status == SessionStatus::Planned && x.date < today);
        if (x.status == SessionStatus::Attended && x.recorded && (!lastRecorded.isValid() || x.date > lastRecorded))
            lastRecorded = x.date;
        if (!awaiting)
            continue;
        ++pending;
        QDate due = m_calendar.nextSchoolDay(x.date);
        if (!due.isValid())
            due = x.date.addDays(1);
        if (!oldestDue.isValid() || due < oldestDue)
            oldestDue = due;
    }
    s.lastDone = lastRecorded;
    if (pending == 0) {
        if (lastRecorded.isValid())
            setDone(s, lastRecorded);
        else
            s.text = tr("No 1:1 held yet");
        return s;
    }
    s.dueBy = oldestDue;
    s.detail = pending == 1 ? tr("1 session not yet written up in the log.")
                            : tr("%1 sessions not yet written up in the log.").arg(pending);
    if (today > oldestDue)
        setOverdue(s, int(oldestDue.daysTo(today)));
    else
        setDue(s, oldestDue, today);
    return s;
}

ExpectationStatus CaseloadPolicy::everyFortnight(Expectation e, const QList<QDate> &done, const CaseFacts &f,
                                                 const QDate &today, const QString &what) const
{
    ExpectationStatus s;
    s.what = e;
    if (!f.startedOn.isValid()) {
        s.text = tr("Not on a caseload");
        return s;
    }
    const QDate last = latestFrom(done, f.startedOn);
    const QDate base = last.isValid() ? last : f.startedOn;
    const QDate dueBy = onSchoolDay(base.addDays(kFortnightDays));
    s.lastDone = last;
    s.dueBy = dueBy;
    s.detail = last.isValid() ? tr("Last %1 on %2; the next is due by %3.").arg(what, shortDate(last), shortDate(dueBy))
                              : tr("No %1 since mentoring started on %2.").arg(what, shortDate(f.startedOn));
    if (today > dueBy) {
        setOverdue(s, int(dueBy.daysTo(today)));
    } else if (last.isValid() && today.daysTo(dueBy) > kDueSoonDays) {
        setDone(s, last);
        s.text = tr("Done %1 \u00b7 next by %2").arg(shortDate(last), shortDate(dueBy));
    } else {
        setDue(s, dueBy, today);
    }
    return s;
}

ExpectationStatus CaseloadPolicy::parentContact(const CaseFacts &f, const QDate &today) const
{
    return everyFortnight(Expectation::ParentContact, f.parentContacts, f, today, tr("contact with a parent or carer"));
}

ExpectationStatus CaseloadPolicy::progressUpdate(const CaseFacts &f, const QDate &today) const
{
    return everyFortnight(Expectation::ProgressUpdate, f.progressUpdates, f, today, tr("progress update to the lead mentor"));
}

ExpectationStatus CaseloadPolicy::teacherAgencyContact(const CaseFacts &f, const QDate &today) const
{
    ExpectationStatus s;
    s.what = Expectation::TeacherAgencyContact;
    const auto term = m_calendar.termForReporting(today);
    if (!f.startedOn.isValid() || !term || f.startedOn > term->end) {
        s.text = tr("Not this term");
        return s;
    }
    const QList<CalendarPeriod> halves = m_calendar.halfTermsOf(*term);
    QList<QDate> deadlines;
    // A half term's last day may be a weekend before a holiday: the deadline is its last school day.
    auto lastSchoolDay = [this](const QDate &d) {
        return m_calendar.isSchoolDay(d) || !m_calendar.previousSchoolDay(d).isValid() ? d : m_calendar.previousSchoolDay(d);
    };
    if (halves.size() >= 2 && f.startedOn <= halves.first().end)
        deadlines = {lastSchoolDay(halves.first().end), lastSchoolDay(term->end)};
    else
        deadlines = {lastSchoolDay(term->end)};
    const QDate from = std::max(term->start, f.startedOn);
    int count = 0;
    QDate last;
    for (const QDate &d : f.teacherAgencyContacts) {
        if (d < from || d > term->end)
            continue;
        ++count;
        if (!last.isValid() || d > last)
            last = d;
    }
    s.lastDone = last;
    s.detail = tr("%1 of %2 contacts with teachers or agencies made in %3.").arg(count).arg(deadlines.size()).arg(term->name);
    if (count >= deadlines.size()) {
        setDone(s, last);
        return s;
    }
    const QDate due = deadlines.at(count);
    s.dueBy = due;
    if (today > due)
        setOverdue(s, int(due.daysTo(today)));
    else
        setDue(s, due, today);
    return s;
}

ExpectationStatus CaseloadPolicy::termlyReport(const CaseFacts &f, const QDate &today) const
{
    ExpectationStatus s;
    s.what = Expectation::TermlyReport;
    const auto term = m_calendar.termForReporting(today);
    if (!f.startedOn.isValid() || !term || f.startedOn > term->end) {
        s.text = tr("Not this term");
        return s;
    }
    // A report written in the first weeks of the holiday still covers the term.
    constexpr int kGraceDays = 21;
    QDate last;
    for (const QDate &d : f.termlyReports)
        if (d >= term->start && d <= term->end.addDays(kGraceDays) && (!last.isValid() || d > last))
            last = d;
    s.dueBy = term->end;
    s.detail = tr("The report on %1 is due to the director of learning by %2.").arg(term->name, shortDate(term->end));
    if (last.isValid())
        setDone(s, last);
    else if (today > term->end)
        setOverdue(s, int(term->end.daysTo(today)));
    else
        setDue(s, term->end, today);
    return s;
}

} // namespace md
