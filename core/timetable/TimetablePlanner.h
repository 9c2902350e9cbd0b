// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentoring/MentoringRecords.h"
#include "timetable/SessionScheduler.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace md {

class Database;
class Session;

// A stored session placed in a week, with who it is for and the rules it breaks now.
struct PlacedSession
{
    MentoringSession session;
    QString studentName;
    QString tutorGroup;
    QList<RuleBreak> breaks;
};

// One week of 1:1 sessions (a mentor's, or everyone's in the session's scope).
struct WeekPlan
{
    QDate monday;
    QList<PlacedSession> sessions;
    std::array<QString, 5> dayNotes; // "Assessment week: no 1:1 sessions", a holiday's name, or empty
    BellSchedule bells;
};

// The mentors' timetables of 1:1 sessions over the database: proposes a half term for a caseload
// (or the whole team), saves a proposal, moves a session by hand (saving it, and saying which
// rules the move breaks) and reads a week with each session's broken rules.
class TimetablePlanner
{
    Q_DECLARE_TR_FUNCTIONS(md::TimetablePlanner)
public:
    explicit TimetablePlanner(Database &db) : m_db(db) {}

    // A mentor proposes for their own caseload; the lead mentor for anyone's.
    Result<ScheduleProposal> propose(const Session &session, qint64 mentorId, const QDate &from, int weeks) const;
    // Every mentor with a caseload, mentor by mentor (lead mentor).
    Result<QList<ScheduleProposal>> proposeTeam(const Session &session, const QDate &from, int weeks) const;
    // Saves a proposal in one transaction, checking every session against the rules again first;
    // if the timetable changed since the proposal so that one breaks a rule, nothing is saved.
    Result<int> apply(const Session &session, const ScheduleProposal &proposal);
    // Moves a session by hand. The move is saved even when it breaks rules (the mentor decides),
    // and the rules it breaks are returned and written to the audit log.
    Result<QList<RuleBreak>> move(const Session &session, qint64 sessionId, const QDate &date, int period);
    // The rules a stored session breaks now.
    Result<QList<RuleBreak>> breaksOf(const Session &session, qint64 sessionId) const;
    // The week holding `anyDay`: one mentor's sessions, or all the session may see.
    Result<WeekPlan> week(const Session &session, std::optional<qint64> mentorId, const QDate &anyDay) const;
    // Several weeks from the one holding `from`, for printing a half term.
    Result<QList<WeekPlan>> weeks(const Session &session, std::optional<qint64> mentorId, const QDate &from, int count) const;
    // The mentors who have a caseload now: id -> display name, by name.
    Result<QList<std::pair<qint64, QString>>> mentorsWithCaseloads() const;
    // The half term holding (or starting after) a date, for "plan this half term".
    Result<CalendarPeriod> halfTermFrom(const QDate &date) const;

private:
    Status requireMentor(const Session &session, qint64 mentorId) const;
    Result<QList<SchedulerStudent>> caseload(qint64 mentorId) const;
    Result<ScheduleRules> rulesFor(const QList<qint64> &studentIds) const;
    // Sessions that occupy a slot (not cancelled or rescheduled) matching the condition.
    Result<QList<SlotSession>> slots(const QString &condition, const QVariantList &binds) const;
    // The window of dates whose sessions matter to [from, to]: whole terms either side.
    std::pair<QDate, QDate> window(const SchoolCalendar &calendar, const QDate &from, const QDate &to) const;
    Result<ScheduleProposal> proposeUnchecked(qint64 mentorId, const QDate &from, int weeks) const;

    Database &m_db;
};

} // namespace md
