// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentoring/MentoringTypes.h"
#include "timetable/SchoolCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace md {

// What a mentor does for each student on their caseload (reference 004, "Mentoring caseload
// expectations"), in the dashboard's column order.
enum class Expectation
{
    InitialParentMeeting, // organise an initial meeting with the parent/carer when mentoring starts
    DailyCheckIn,         // check in with each student daily
    WeeklySession,        // a 1:1 once per week
    LogUpdated,           // update the log after each 1:1
    ParentContact,        // contact parents by email or phone fortnightly
    TeacherAgencyContact, // contact teachers and external agencies at least twice per term
    ProgressUpdate,       // a fortnightly progress update to the lead learning mentor
    TermlyReport,         // a termly progress report to the director of learning
};
QList<Expectation> allExpectations();
QString toString(Expectation e);

enum class ExpectationState
{
    Done,
    Due,       // not late yet: due today or by a date still to come
    Overdue,
    NotYet,    // nothing is expected yet (no 1:1 held, not on the caseload during that term)
};

struct ExpectationStatus
{
    Expectation what = Expectation::InitialParentMeeting;
    ExpectationState state = ExpectationState::NotYet;
    QDate lastDone;
    QDate dueBy;
    int overdue = 0;      // how late: calendar days, or school days for the daily check-in
    QString text;         // "Overdue 3 days", "Due by 12 Nov", "Done 4 Nov"
    QString detail;       // one sentence saying why

    bool isOverdue() const { return state == ExpectationState::Overdue; }
};

// A session as the rules need it.
struct SessionFact
{
    QDate date;
    SessionStatus status = SessionStatus::Planned;
    bool recorded = false; // the three-part record is written
};

// Everything the rules read about one student's mentoring. Dates are kept sorted ascending.
struct CaseFacts
{
    qint64 studentId = 0;
    QString studentName;
    qint64 mentorId = 0;
    QString mentorName;
    QDate startedOn; // when the student joined this mentor's caseload
    QDate lastCheckIn;
    QList<SessionFact> sessions;
    QDate initialMeeting; // the first contact with a parent/carer for the initial meeting
    QList<QDate> parentContacts;
    QList<QDate> teacherAgencyContacts;
    QList<QDate> progressUpdates;
    QList<QDate> termlyReports;
    // For the five steps.
    bool consentGiven = false;
    bool consentRefused = false;
    int observations = 0;
    int activeObjectives = 0;
    int targets = 0;
    bool hasActionPlan = false;
    QDate reviewOn;
    QDate lastReview;
    std::optional<EntryOutcome> lastReviewOutcome;
};

// The overdue rules, one function each, over a CaseFacts and a day. Every rule's boundary is a
// constant here, so the dashboard, the command line and the tests agree:
// - initial parent meeting: due within kInitialMeetingDays of mentoring starting;
// - daily check-in: every school day from the start; overdue by the school days missed before today;
// - weekly 1:1: an attended 1:1 in each week that has a school day outside an assessment week,
//   from the week after mentoring started; overdue from the end (Friday) of the first such week
//   without one since the last week that had one;
// - log updated: each attended (or past, still "planned") 1:1's record by the end of the next
//   school day;
// - parent contact and progress update: within kFortnightDays of the last one (or of the start);
//   a due date in a holiday moves to the next school day;
// - teacher or agency contact: twice a term, the first by the end of the term's first half term
//   and the second by the end of the term (once only, by the end, for a student who joined in the
//   second half); in a holiday the term just ended is the one counted;
// - termly report: by the last day of the term, for a student on the caseload during it.
class CaseloadPolicy
{
    Q_DECLARE_TR_FUNCTIONS(md::CaseloadPolicy)
public:
    explicit CaseloadPolicy(SchoolCalendar calendar) : m_calendar(std::move(calendar)) {}

    static constexpr int kInitialMeetingDays = 14;
    static constexpr int kFortnightDays = 14;
    static constexpr int kContactsPerTerm = 2;

    QList<ExpectationStatus> evaluate(const CaseFacts &facts, const QDate &today) const;
    ExpectationStatus evaluate(Expectation e, const CaseFacts &facts, const QDate &today) const;

    ExpectationStatus initialParentMeeting(const CaseFacts &f, const QDate &today) const;
    ExpectationStatus dailyCheckIn(const CaseFacts &f, const QDate &today) const;
    ExpectationStatus weeklySession(const CaseFacts &f, const QDate &today) const;
    ExpectationStatus logUpdated(const CaseFacts &f, const QDate &today) const;
    ExpectationStatus parentContact(const CaseFacts &f, const QDate &today) const;
    ExpectationStatus teacherAgencyContact(const CaseFacts &f, const QDate &today) const;
    ExpectationStatus progressUpdate(const CaseFacts &f, const QDate &today) const;
    ExpectationStatus termlyReport(const CaseFacts &f, const QDate &today) const;

    // The column title ("Parent contact (fortnightly)").
    static QString title(Expectation e);
    // "3 days", "2 weeks"; school days for the check-in.
    static QString howLate(int days, bool schoolDays = false);

    const SchoolCalendar &calendar() const { return m_calendar; }

private:
    ExpectationStatus everyFortnight(Expectation e, const QList<QDate> &done, const CaseFacts &f, const QDate &today,
                                     const QString &what) const;
    // A week in which a 1:1 is expected.
    bool isSessionWeek(const QDate &monday) const;
    QDate onSchoolDay(const QDate &date) const;
    void setOverdue(ExpectationStatus &s, int days, bool schoolDays = false) const;
    void setDue(ExpectationStatus &s, const QDate &dueBy, const QDate &today) const;
    void setDone(ExpectationStatus &s, const QDate &on) const;

    SchoolCalendar m_calendar;
};

} // namespace md
