// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each caseload expectation's overdue rule at its boundaries, and the five steps.
#include "mentoring/CaseloadPolicy.h"
#include "mentoring/FiveSteps.h"

#include <QtTest>

using namespace md;

namespace {

// Autumn term 2026: 2 Sep to 18 Dec, half term 26-30 Oct (so the first half ends Fri 23 Oct), an
// assessment week 7-11 Dec; spring from 4 Jan.
SchoolCalendar calendar()
{
    return SchoolCalendar({{1, CalendarKind::Term, QStringLiteral("Autumn term"), QDate(2026, 9, 2), QDate(2026, 12, 18)},
                           {2, CalendarKind::Holiday, QStringLiteral("Autumn half term"), QDate(2026, 10, 26), QDate(2026, 10, 30)},
                           {3, CalendarKind::AssessmentWeek, QStringLiteral("Autumn assessments"), QDate(2026, 12, 7),
                            QDate(2026, 12, 11)},
                           {4, CalendarKind::Holiday, QStringLiteral("Christmas"), QDate(2026, 12, 21), QDate(2027, 1, 1)},
                           {5, CalendarKind::Term, QStringLiteral("Spring term"), QDate(2027, 1, 4), QDate(2027, 3, 26)}});
}

CaseFacts startedOn(const QDate &d)
{
    CaseFacts f;
    f.studentId = 1;
    f.startedOn = d;
    return f;
}

const char *stateName(ExpectationState s)
{
    switch (s) {
    case ExpectationState::Done:
        return "done";
    case ExpectationState::Due:
        return "due";
    case ExpectationState::Overdue:
        return "overdue";
    case ExpectationState::NotYet:
        return "not yet";
    }
    return "?";
}

#define EXPECT_STATE(status, expected)                                                                                 \
    QCOMPARE(QString::fromLatin1(stateName((status).state)), QString::fromLatin1(stateName(expected)))

} // namespace

class TestCaseloadPolicy : public QObject
{
    Q_OBJECT

private:
    const CaseloadPolicy m_policy{calendar()};

private Q_SLOTS:
    void initialParentMeetingIsOverdueTheDayAfterTwoWeeks()
    {
        const CaseFacts f = startedOn(QDate(2026, 9, 14));
        EXPECT_STATE(m_policy.initialParentMeeting(f, QDate(2026, 9, 28)), ExpectationState::Due);
        const auto late = m_policy.initialParentMeeting(f, QDate(2026, 9, 29));
        EXPECT_STATE(late, ExpectationState::Overdue);
        QCOMPARE(late.overdue, 1);
        QCOMPARE(late.text, QStringLiteral("Overdue 1 day"));
        CaseFacts met = f;
        met.initialMeeting = QDate(2026, 9, 30);
        EXPECT_STATE(m_policy.initialParentMeeting(met, QDate(2026, 10, 20)), ExpectationState::Done);
    }

    void dailyCheckInCountsMissedSchoolDaysOnly()
    {
        CaseFacts f = startedOn(QDate(2026, 9, 7));
        f.lastCheckIn = QDate(2026, 11, 20); // Friday
        // Monday after: the weekend is not missed; today's check-in is due.
        EXPECT_STATE(m_policy.dailyCheckIn(f, QDate(2026, 11, 23)), ExpectationState::Due);
        // Tuesday: Monday was missed.
        auto tue = m_policy.dailyCheckIn(f, QDate(2026, 11, 24));
        EXPECT_STATE(tue, ExpectationState::Overdue);
        QCOMPARE(tue.overdue, 1);
        QCOMPARE(tue.text, QStringLiteral("Overdue 1 school day"));
        // Checked in today.
        f.lastCheckIn = QDate(2026, 11, 24);
        EXPECT_STATE(m_policy.dailyCheckIn(f, QDate(2026, 11, 24)), ExpectationState::Done);
        // Half term does not count: last check-in Friday 23 Oct, today Monday 2 Nov.
        f.lastCheckIn = QDate(2026, 10, 23);
        EXPECT_STATE(m_policy.dailyCheckIn(f, QDate(2026, 11, 2)), ExpectationState::Due);
        QCOMPARE(m_policy.dailyCheckIn(f, QDate(2026, 11, 4)).overdue, 2);
        // Never checked in since starting on Monday: by Thursday, three school days missed.
        CaseFacts never = startedOn(QDate(2026, 11, 16));
        QCOMPARE(m_policy.dailyCheckIn(never, QDate(2026, 11, 19)).overdue, 3);
        EXPECT_STATE(m_policy.dailyCheckIn(never, QDate(2026, 11, 16)), ExpectationState::Due);
    }

    void weeklySessionIsOverdueTheDayAfterAWeekWithoutOne()
    {
        CaseFacts f = startedOn(QDate(2026, 9, 9));
        // The first week expected is the one after mentoring started (14 Sep).
        EXPECT_STATE(m_policy.weeklySession(f, QDate(2026, 9, 11)), ExpectationState::NotYet);
        EXPECT_STATE(m_policy.weeklySession(f, QDate(2026, 9, 18)), ExpectationState::Due);
        const auto saturday = m_policy.weeklySession(f, QDate(2026, 9, 19));
        EXPECT_STATE(saturday, ExpectationState::Overdue);
        QCOMPARE(saturday.overdue, 1);
        f.sessions = {{QDate(2026, 9, 15), SessionStatus::Attended, true}};
        EXPECT_STATE(m_policy.weeklySession(f, QDate(2026, 9, 18)), ExpectationState::Done);
        // At the weekend the coming week's 1:1 is what is due.
        const auto next = m_policy.weeklySession(f, QDate(2026, 9, 19));
        EXPECT_STATE(next, ExpectationState::Due);
        QCOMPARE(next.dueBy, QDate(2026, 9, 25));
        QCOMPARE(next.lastDone, QDate(2026, 9, 15));
        // A missed session does not count as the week's 1:1.
        f.sessions.append({QDate(2026, 9, 22), SessionStatus::Missed, false});
        QCOMPARE(m_policy.weeklySession(f, QDate(2026, 9, 28)).overdue, 3);
        // A session booked later this week.
        f.sessions = {{QDate(2026, 9, 15), SessionStatus::Attended, true},
                      {QDate(2026, 9, 24), SessionStatus::Planned, false}};
        const auto booked = m_policy.weeklySession(f, QDate(2026, 9, 22));
        EXPECT_STATE(booked, ExpectationState::Due);
        QVERIFY(booked.text.startsWith(QStringLiteral("Booked")));
    }

    void weeklySessionSkipsHolidaysAndAssessmentWeeks()
    {
        CaseFacts f = startedOn(QDate(2026, 9, 7));
        // Attended the week before half term: half term expects nothing, the week after does.
        f.sessions = {{QDate(2026, 10, 20), SessionStatus::Attended, true}};
        EXPECT_STATE(m_policy.weeklySession(f, QDate(2026, 10, 28)), ExpectationState::NotYet);
        EXPECT_STATE(m_policy.weeklySession(f, QDate(2026, 11, 6)), ExpectationState::Due);
        EXPECT_STATE(m_policy.weeklySession(f, QDate(2026, 11, 7)), ExpectationState::Overdue);
        // Attended the week before the assessment week: nothing is due during it.
        f.sessions = {{QDate(2026, 12, 1), SessionStatus::Attended, true}};
        EXPECT_STATE(m_policy.weeklySession(f, QDate(2026, 12, 9)), ExpectationState::NotYet);
        EXPECT_STATE(m_policy.weeklySession(f, QDate(2026, 12, 14)), ExpectationState::Due);
        EXPECT_STATE(m_policy.weeklySession(f, QDate(2026, 12, 18)), ExpectationState::Due);
    }

    void logIsOverdueAfterTheNextSchoolDay()
    {
        CaseFacts f = startedOn(QDate(2026, 9, 7));
        EXPECT_STATE(m_policy.logUpdated(f, QDate(2026, 11, 10)), ExpectationState::NotYet);
        f.sessions = {{QDate(2026, 11, 9), SessionStatus::Attended, false}}; // Monday
        EXPECT_STATE(m_policy.logUpdated(f, QDate(2026, 11, 9)), ExpectationState::Due);
        EXPECT_STATE(m_policy.logUpdated(f, QDate(2026, 11, 10)), ExpectationState::Due);
        const auto late = m_policy.logUpdated(f, QDate(2026, 11, 11));
        EXPECT_STATE(late, ExpectationState::Overdue);
        QCOMPARE(late.overdue, 1);
        // A Friday session is due by Monday.
        f.sessions = {{QDate(2026, 11, 13), SessionStatus::Attended, false}};
        EXPECT_STATE(m_policy.logUpdated(f, QDate(2026, 11, 16)), ExpectationState::Due);
        QCOMPARE(m_policy.logUpdated(f, QDate(2026, 11, 17)).overdue, 1);
        // A past session still "planned" was never written up either.
        f.sessions = {{QDate(2026, 11, 9), SessionStatus::Planned, false}};
        EXPECT_STATE(m_policy.logUpdated(f, QDate(2026, 11, 11)), ExpectationState::Overdue);
        // Recorded: done. Missed sessions need no write-up.
        f.sessions = {{QDate(2026, 11, 9), SessionStatus::Attended, true}, {QDate(2026, 11, 16), SessionStatus::Missed, false}};
        EXPECT_STATE(m_policy.logUpdated(f, QDate(2026, 11, 20)), ExpectationState::Done);
    }

    void parentContactIsFortnightly()
    {
        CaseFacts f = startedOn(QDate(2026, 9, 7));
        f.parentContacts = {QDate(2026, 11, 3)};
        EXPECT_STATE(m_policy.parentContact(f, QDate(2026, 11, 10)), ExpectationState::Done);
        EXPECT_STATE(m_policy.parentContact(f, QDate(2026, 11, 17)), ExpectationState::Due);
        const auto late = m_policy.parentContact(f, QDate(2026, 11, 18));
        EXPECT_STATE(late, ExpectationState::Overdue);
        QCOMPARE(late.overdue, 1);
        QCOMPARE(m_policy.parentContact(f, QDate(2026, 12, 1)).text, QStringLiteral("Overdue 2 weeks"));
        // With no contact yet, the fortnight runs from the start.
        const CaseFacts none = startedOn(QDate(2026, 11, 2));
        EXPECT_STATE(m_policy.parentContact(none, QDate(2026, 11, 16)), ExpectationState::Due);
        EXPECT_STATE(m_policy.parentContact(none, QDate(2026, 11, 17)), ExpectationState::Overdue);
        // A due date in the holiday moves to the first school day after it.
        CaseFacts holiday = startedOn(QDate(2026, 9, 7));
        holiday.parentContacts = {QDate(2026, 10, 13)}; // due 27 Oct, in half term
        const auto moved = m_policy.parentContact(holiday, QDate(2026, 11, 2));
        QCOMPARE(moved.dueBy, QDate(2026, 11, 2));
        EXPECT_STATE(moved, ExpectationState::Due);
        EXPECT_STATE(m_policy.parentContact(holiday, QDate(2026, 11, 3)), ExpectationState::Overdue);
    }

    void progressUpdateIsFortnightly()
    {
        CaseFacts f = startedOn(QDate(2026, 9, 7));
        f.progressUpdates = {QDate(2026, 11, 4)};
        EXPECT_STATE(m_policy.progressUpdate(f, QDate(2026, 11, 18)), ExpectationState::Due);
        EXPECT_STATE(m_policy.progressUpdate(f, QDate(2026, 11, 19)), ExpectationState::Overdue);
        // Updates before mentoring started do not count.
        CaseFacts old = startedOn(QDate(2026, 11, 2));
        old.progressUpdates = {QDate(2026, 10, 1)};
        QCOMPARE(m_policy.progressUpdate(old, QDate(2026, 11, 17)).overdue, 1);
    }

    void teacherOrAgencyContactTwiceATerm()
    {
        CaseFacts f = startedOn(QDate(2026, 9, 7));
        // The first is due by the end of the first half term (Fri 23 Oct).
        EXPECT_STATE(m_policy.teacherAgencyContact(f, QDate(2026, 10, 23)), ExpectationState::Due);
        const auto late = m_policy.teacherAgencyContact(f, QDate(2026, 10, 24));
        EXPECT_STATE(late, ExpectationState::Overdue);
        QCOMPARE(late.overdue, 1);
        // One made: the second is due by the end of term, then overdue in the holiday.
        f.teacherAgencyContacts = {QDate(2026, 10, 1)};
        EXPECT_STATE(m_policy.teacherAgencyContact(f, QDate(2026, 12, 18)), ExpectationState::Due);
        QCOMPARE(m_policy.teacherAgencyContact(f, QDate(2026, 12, 19)).overdue, 1);
        f.teacherAgencyContacts.append(QDate(2026, 12, 2));
        EXPECT_STATE(m_policy.teacherAgencyContact(f, QDate(2026, 12, 19)), ExpectationState::Done);
        // Joining in the second half term: one contact, by the end of term.
        CaseFacts late2 = startedOn(QDate(2026, 11, 9));
        const auto once = m_policy.teacherAgencyContact(late2, QDate(2026, 12, 1));
        EXPECT_STATE(once, ExpectationState::Due);
        QCOMPARE(once.dueBy, QDate(2026, 12, 18));
        late2.teacherAgencyContacts = {QDate(2026, 11, 20)};
        EXPECT_STATE(m_policy.teacherAgencyContact(late2, QDate(2026, 12, 1)), ExpectationState::Done);
        // A new term starts the count again.
        EXPECT_STATE(m_policy.teacherAgencyContact(f, QDate(2027, 1, 5)), ExpectationState::Due);
    }

    void termlyReportIsDueByTheEndOfTerm()
    {
        CaseFacts f = startedOn(QDate(2026, 9, 7));
        EXPECT_STATE(m_policy.termlyReport(f, QDate(2026, 12, 18)), ExpectationState::Due);
        const auto late = m_policy.termlyReport(f, QDate(2026, 12, 19));
        EXPECT_STATE(late, ExpectationState::Overdue);
        QCOMPARE(late.overdue, 1);
        f.termlyReports = {QDate(2026, 12, 16)};
        EXPECT_STATE(m_policy.termlyReport(f, QDate(2026, 12, 19)), ExpectationState::Done);
        // Not expected for a term the student was not on the caseload.
        const CaseFacts spring = startedOn(QDate(2027, 1, 11));
        EXPECT_STATE(m_policy.termlyReport(spring, QDate(2026, 12, 19)), ExpectationState::NotYet);
    }

    void howLateReadsInDaysThenWeeks()
    {
        QCOMPARE(CaseloadPolicy::howLate(1), QStringLiteral("1 day"));
        QCOMPARE(CaseloadPolicy::howLate(13), QStringLiteral("13 days"));
        QCOMPARE(CaseloadPolicy::howLate(14), QStringLiteral("2 weeks"));
        QCOMPARE(CaseloadPolicy::howLate(2, true), QStringLiteral("2 school days"));
    }

    void fiveStepsShowTheCurrentStepAndWhatIsMissing()
    {
        const QDate today(2026, 11, 23);
        CaseFacts f;
        FiveStepProgress p = FiveSteps::evaluate(f, today);
        QCOMPARE(p.current, 1);
        f.startedOn = QDate(2026, 9, 7);
        p = FiveSteps::evaluate(f, today);
        QCOMPARE(p.current, 2);
        QCOMPARE(p.currentStep().missing.size(), 3);
        QVERIFY(p.summary.contains(QStringLiteral("consent")));
        f.consentGiven = true;
        f.parentContacts = {QDate(2026, 9, 10)};
        f.observations = 1;
        p = FiveSteps::evaluate(f, today);
        QCOMPARE(p.current, 3);
        QCOMPARE(p.currentStep().missing,
                 QStringList({QStringLiteral("set the intervention's objectives"), QStringLiteral("write the action plan"),
                              QStringLiteral("plan the weekly 1:1 sessions")}));
        f.activeObjectives = 2;
        f.hasActionPlan = true;
        f.sessions = {{QDate(2026, 9, 15), SessionStatus::Planned, false}};
        p = FiveSteps::evaluate(f, today);
        QCOMPARE(p.current, 4);
        f.targets = 1;
        f.reviewOn = QDate(2026, 11, 20);
        p = FiveSteps::evaluate(f, today);
        QCOMPARE(p.current, 5);
        QVERIFY(p.summary.contains(QStringLiteral("due 20 Nov 2026")));
        f.lastReview = QDate(2026, 11, 21);
        f.lastReviewOutcome = EntryOutcome::Continue;
        p = FiveSteps::evaluate(f, today);
        QVERIFY(p.complete());
        QVERIFY(p.summary.contains(QStringLiteral("continue the plan")));
        // Refused consent says so rather than asking for it.
        CaseFacts refused;
        refused.startedOn = QDate(2026, 9, 7);
        refused.consentRefused = true;
        QVERIFY(FiveSteps::evaluate(refused, today).summary.contains(QStringLiteral("refused")));
    }
};

QTEST_GUILESS_MAIN(TestCaseloadPolicy)
#include "tst_caseloadpolicy.moc"
