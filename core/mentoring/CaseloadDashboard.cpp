// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/CaseloadDashboard.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QHash>

#include <functional>

#include <algorithm>

namespace md {

int CaseloadRow::overdueCount() const
{
    return int(std::count_if(statuses.cbegin(), statuses.cend(), [](const ExpectationStatus &s) { return s.isOverdue(); }));
}

Result<QList<CaseFacts>> CaseloadDashboard::read(const QString &condition, const QVariantList &binds) const
{
    // `condition` limits mentoring_groups aliased mg; every later query reuses it as a subquery.
    QList<CaseFacts> out;
    QHash<qint64, qsizetype> at;
    {
        Query q(m_db, QStringLiteral("SELECT mg.student_id, mg.mentor_id, mg.started_on, "
                                     "COALESCE(NULLIF(s.preferred_forename, ''), s.legal_forename) || ' ' || "
                                     "COALESCE(NULLIF(s.preferred_surname, ''), s.legal_surname), u.display_name "
                                     "FROM mentoring_groups mg JOIN students s ON s.id = mg.student_id "
                                     "JOIN users u ON u.id = mg.mentor_id "
                                     "WHERE mg.ended_on IS NULL AND s.date_left IS NULL AND ")
                          + condition + QStringLiteral(" ORDER BY u.display_name, mg.mentor_id, s.legal_surname, s.legal_forename, s.id"));
        for (const QVariant &v : binds)
            q.bind(v);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            CaseFacts f;
            f.studentId = q.id(0);
            f.mentorId = q.id(1);
            f.startedOn = q.date(2);
            f.studentName = q.string(3);
            f.mentorName = q.string(4);
            at.insert(f.studentId, out.size());
            out.append(f);
        }
    }
    if (out.isEmpty())
        return out;
    const QString students = QStringLiteral(" IN (SELECT mg.student_id FROM mentoring_groups mg WHERE mg.ended_on IS NULL AND ")
        + condition + QLatin1Char(')');
    auto run = [&](const QString &sql, const std::function<void(Query &, CaseFacts &)> &take) -> Status {
        Query q(m_db, sql);
        for (const QVariant &v : binds)
            q.bind(v);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const auto it = at.constFind(q.id(0));
            if (it != at.constEnd())
                take(q, out[*it]);
        }
        return {};
    };
    if (Status s = run(QStringLiteral("SELECT student_id, MAX(checked_on) FROM mentoring_checkins WHERE student_id") + students
                           + QStringLiteral(" GROUP BY student_id"),
                       [](Query &q, CaseFacts &f) { f.lastCheckIn = q.date(1); });
        !s)
        return s.error();
    if (Status s = run(QStringLiteral("SELECT student_id, session_date, status, recorded_at IS NOT NULL FROM mentoring_sessions "
                                      "WHERE student_id")
                           + students + QStringLiteral(" ORDER BY session_date, period"),
                       [](Query &q, CaseFacts &f) {
                           if (q.date(1) < f.startedOn)
                               return;
                           f.sessions.append({q.date(1), fromCode<SessionStatus>(q.string(2)).value_or(SessionStatus::Planned),
                                              q.flag(3)});
                       });
        !s)
        return s.error();
    if (Status s = run(QStringLiteral("SELECT student_id, kind, occurred_on, party, purpose, consent, outcome FROM mentoring_entries "
                                      "WHERE kind IN ('contact', 'progress_update', 'termly_report', 'review', 'observation') "
                                      "AND student_id")
                           + students + QStringLiteral(" ORDER BY occurred_on, id"),
                       [](Query &q, CaseFacts &f) {
                           const QDate on = q.date(2);
                           const QString kind = q.string(1);
                           // A first meeting arranged just before the official start still counts.
                           constexpr int kMeetingLeadDays = 14;
                           if (kind == QLatin1String("contact")) {
                               const bool parent = q.string(3) == QLatin1String("parent_carer");
                               if (parent && q.string(4) == QLatin1String("initial_meeting") && !f.initialMeeting.isValid()
                                   && on >= f.startedOn.addDays(-kMeetingLeadDays))
                                   f.initialMeeting = on;
                               if (parent && q.string(5) == QLatin1String("given") && on >= f.startedOn.addDays(-kMeetingLeadDays))
                                   f.consentGiven = true;
                               if (parent && q.string(5) == QLatin1String("refused") && on >= f.startedOn.addDays(-kMeetingLeadDays))
                                   f.consentRefused = true;
                               if (on < f.startedOn)
                                   return;
                               (parent ? f.parentContacts : f.teacherAgencyContacts).append(on);
                           } else if (on < f.startedOn) {
                               return;
                           } else if (kind == QLatin1String("progress_update")) {
                               f.progressUpdates.append(on);
                           } else if (kind == QLatin1String("termly_report")) {
                               f.termlyReports.append(on);
                           } else if (kind == QLatin1String("observation")) {
                               ++f.observations;
                           } else if (kind == QLatin1String("review")) {
                               f.lastReview = on;
                               f.lastReviewOutcome = fromCode<EntryOutcome>(q.string(6));
                           }
                       });
        !s)
        return s.error();
    if (Status s = run(QStringLiteral("SELECT student_id, COUNT(*) FROM mentoring_objectives WHERE status = 'active' AND student_id")
                           + students + QStringLiteral(" GROUP BY student_id"),
                       [](Query &q, CaseFacts &f) { f.activeObjectives = q.integer(1); });
        !s)
        return s.error();
    if (Status s = run(QStringLiteral("SELECT student_id, set_on FROM smart_targets WHERE student_id") + students,
                       [](Query &q, CaseFacts &f) {
                           if (q.date(1) >= f.startedOn)
                               ++f.targets;
                       });
        !s)
        return s.error();
    if (Status s = run(QStringLiteral("SELECT student_id, COALESCE(action_plan, ''), review_on FROM mentoring_cases "
                                      "WHERE closed_on IS NULL AND student_id")
                           + students,
                       [](Query &q, CaseFacts &f) {
                           f.hasActionPlan = !q.string(1).trimmed().isEmpty();
                           f.reviewOn = q.date(2);
                       });
        !s)
        return s.error();
    return out;
}

Result<QList<CaseFacts>> CaseloadDashboard::facts(const Session &session, std::optional<qint64> mentorId) const
{
    if (Status s = Permissions::require(session, Action::ViewCaseload); !s)
        return s.error();
    const bool everyone = Permissions::scopes(session, Action::ViewCaseload).testFlag(ScopeKind::Organisation);
    if (!everyone) {
        if (mentorId && *mentorId != session.userId())
            return Error::forbidden(tr("You may only see your own caseload's expectations."));
        mentorId = session.userId();
    }
    if (mentorId)
        return read(QStringLiteral("mg.mentor_id = ?"), {*mentorId});
    return read(QStringLiteral("1 = 1"), {});
}

Result<CaseFacts> CaseloadDashboard::factsFor(const Session &session, qint64 studentId) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, studentId); !s)
        return s.error();
    auto rows = read(QStringLiteral("mg.student_id = ?"), {studentId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(tr("This student is not on a mentor's caseload."));
    return rows->first();
}

Result<QList<CaseloadRow>> CaseloadDashboard::load(const Session &session, std::optional<qint64> mentorId,
                                                   const QDate &today) const
{
    auto all = facts(session, mentorId);
    if (!all)
        return all.error();
    auto calendar = SchoolCalendar::load(m_db);
    if (!calendar)
        return calendar.error();
    const CaseloadPolicy policy(*calendar);
    QList<CaseloadRow> rows;
    rows.reserve(all->size());
    for (const CaseFacts &f : std::as_const(*all))
        rows.append({f, policy.evaluate(f, today), FiveSteps::evaluate(f, today)});
    return rows;
}

QList<MentorSummary> CaseloadDashboard::summarise(const QList<CaseloadRow> &rows)
{
    QList<MentorSummary> out;
    QHash<qint64, qsizetype> at;
    const QList<Expectation> expectations = allExpectations();
    for (const CaseloadRow &r : rows) {
        auto it = at.constFind(r.facts.mentorId);
        if (it == at.constEnd()) {
            MentorSummary m;
            m.mentorId = r.facts.mentorId;
            m.mentorName = r.facts.mentorName;
            it = at.insert(r.facts.mentorId, out.size());
            out.append(m);
        }
        MentorSummary &m = out[*it];
        ++m.students;
        const int overdue = r.overdueCount();
        m.overdueTotal += overdue;
        if (overdue > 0)
            ++m.studentsWithOverdue;
        for (int i = 0; i < r.statuses.size() && i < int(m.overdueBy.size()); ++i)
            if (r.statuses.at(i).isOverdue())
                ++m.overdueBy[std::size_t(i)];
    }
    return out;
}

} // namespace md
