// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/CaseStore.h"

#include "access/StudentScope.h"
#include "mentoring/StoreSupport.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"

#include <QLocale>

namespace md {

using namespace mentoring;

namespace {
constexpr int kMaxObjectiveLength = 2000;
}

Result<MentoringCase> CaseStore::read(qint64 studentId) const
{
    Query q(m_db, QStringLiteral("SELECT id, student_id, mentor_id, intervention_id, opened_on, action_plan, review_on, "
                                 "closed_on, row_version FROM mentoring_cases WHERE student_id = ? AND closed_on IS NULL"));
    q.bind(studentId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.next()) {
        MentoringCase c;
        c.id = q.id(0);
        c.studentId = q.id(1);
        c.mentorId = q.id(2);
        c.interventionId = optionalIdOf(q.value(3));
        c.openedOn = q.date(4);
        c.actionPlan = q.string(5);
        c.reviewOn = q.date(6);
        c.closedOn = q.date(7);
        c.rowVersion = q.integer(8);
        return c;
    }
    Query g(m_db, QStringLiteral("SELECT mentor_id, started_on FROM mentoring_groups WHERE student_id = ? AND ended_on IS NULL"));
    g.bind(studentId);
    if (Status s = g.exec(); !s)
        return s.error();
    if (!g.next())
        return Error::notFound(tr("This student has no mentor and no open mentoring case: the lead mentor assigns a "
                                  "mentor first."));
    MentoringCase c;
    c.studentId = studentId;
    c.mentorId = g.id(0);
    c.openedOn = g.date(1);
    return c;
}

Result<MentoringCase> CaseStore::current(const Session &session, qint64 studentId) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, studentId); !s)
        return s.error();
    return read(studentId);
}

Result<qint64> CaseStore::ensureOpenUnchecked(AuditLog &audit, qint64 studentId)
{
    auto c = read(studentId);
    if (!c)
        return c.error();
    if (c->id > 0)
        return c->id;
    const QString now = isoNow();
    Query q(m_db, QStringLiteral("INSERT INTO mentoring_cases (student_id, mentor_id, opened_on, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bind(studentId).bind(idRef(c->mentorId)).bind(c->openedOn).bind(now).bind(now);
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (Status s = audit.created(QStringLiteral("mentoring_case"), id->toLongLong(),
                                 QStringLiteral("student %1 from %2").arg(studentId).arg(isoDate(c->openedOn)));
        !s)
        return s.error();
    return id->toLongLong();
}

Result<qint64> CaseStore::ensureOpen(const Session &session, qint64 studentId)
{
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, studentId); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    auto id = ensureOpenUnchecked(audit, studentId);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status CaseStore::setPlan(const Session &session, qint64 studentId, const QString &actionPlan, const QDate &reviewOn,
                          std::optional<int> expectedVersion)
{
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, studentId); !s)
        return s;
    if (actionPlan.size() > kMaxText)
        return Error::invalid(tr("The action plan is longer than %1 characters.").arg(kMaxText));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    // Read inside the write transaction; the UPDATE also carries the version read, so nobody's save
    // between the two is lost (PostgreSQL does not serialise them). A version of 0 means the
    // editor saw no case yet: a case opened meanwhile is someone else's change too.
    auto existing = read(studentId);
    if (!existing)
        return existing.error();
    auto stale = [&](const MentoringCase &theirs) {
        RecordConflict c;
        c.entity = QStringLiteral("mentoring_case");
        c.id = theirs.id;
        c.yourVersion = expectedVersion.value_or(0);
        c.storedVersion = theirs.rowVersion;
        c.recordLabel = tr("The action plan");
        auto date = [](const QDate &d) {
            return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
        };
        c.add(tr("Action plan"), actionPlan.trimmed(), theirs.actionPlan);
        c.add(tr("Review by"), date(reviewOn), date(theirs.reviewOn));
        return RecordConflicts::staleWrite(m_db, c);
    };
    if (expectedVersion && existing->id != 0 && existing->rowVersion != *expectedVersion)
        return stale(*existing);
    auto id = ensureOpenUnchecked(audit, studentId);
    if (!id)
        return id.error();
    auto before = read(studentId);
    if (!before)
        return before.error();
    if (reviewOn.isValid() && reviewOn < before->openedOn)
        return Error::invalid(tr("The review date (%1) is before mentoring started (%2).")
                                  .arg(isoDate(reviewOn), isoDate(before->openedOn)));
    Query q(m_db, QStringLiteral("UPDATE mentoring_cases SET action_plan = ?, review_on = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.bind(textRef(actionPlan.trimmed())).bind(dateRef(reviewOn)).bind(isoNow()).bind(*id).bind(before->rowVersion);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0) {
        tx.rollback();
        auto theirs = read(studentId);
        if (!theirs)
            return theirs.error();
        return stale(*theirs);
    }
    if (before->actionPlan != actionPlan.trimmed())
        if (Status s = audit.changed(QStringLiteral("mentoring_case"), *id, QStringLiteral("action_plan"), before->actionPlan,
                                     actionPlan.trimmed());
            !s)
            return s;
    if (before->reviewOn != reviewOn)
        if (Status s = audit.changed(QStringLiteral("mentoring_case"), *id, QStringLiteral("review_on"),
                                     isoDate(before->reviewOn), isoDate(reviewOn));
            !s)
            return s;
    return tx.commit();
}

Status CaseStore::linkIntervention(const Session &session, qint64 studentId, std::optional<qint64> interventionId)
{
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, studentId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    auto id = ensureOpenUnchecked(audit, studentId);
    if (!id)
        return id.error();
    Query q(m_db, QStringLiteral("UPDATE mentoring_cases SET intervention_id = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ?"));
    q.bind(optionalId(interventionId)).bind(isoNow()).bind(*id);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = audit.changed(QStringLiteral("mentoring_case"), *id, QStringLiteral("intervention_id"), QString(),
                                 interventionId ? QString::number(*interventionId) : QString());
        !s)
        return s;
    return tx.commit();
}

Status CaseStore::close(const Session &session, qint64 studentId, const QDate &on)
{
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, studentId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    auto id = ensureOpenUnchecked(audit, studentId);
    if (!id)
        return id.error();
    Query q(m_db, QStringLiteral("UPDATE mentoring_cases SET closed_on = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ?"));
    q.bind(on).bind(isoNow()).bind(*id);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = audit.changed(QStringLiteral("mentoring_case"), *id, QStringLiteral("closed_on"), QString(), isoDate(on)); !s)
        return s;
    return tx.commit();
}

Result<qint64> CaseStore::addObjective(const Session &session, const Objective &o)
{
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, o.studentId); !s)
        return s.error();
    const QString text = o.text.trimmed();
    if (text.isEmpty())
        return Error::invalid(tr("Write the objective before saving it."));
    if (text.size() > kMaxObjectiveLength)
        return Error::invalid(tr("The objective is longer than %1 characters.").arg(kMaxObjectiveLength));
    if (!o.setOn.isValid())
        return Error::invalid(tr("The objective needs the date it was set."));
    Query count(m_db, QStringLiteral("SELECT COUNT(*) FROM mentoring_objectives WHERE student_id = ? AND status = 'active'"));
    count.bind(o.studentId);
    auto n = count.scalar();
    if (!n)
        return n.error();
    if (n->toInt() >= kMaxActiveObjectives)
        return Error::conflict(tr("The plan already has %1 active objectives, the most it holds. Mark one achieved or "
                                  "withdrawn first.")
                                   .arg(kMaxActiveObjectives));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = isoNow();
    Query q(m_db, QStringLiteral("INSERT INTO mentoring_objectives (student_id, intervention_id, text, source, status, set_on, "
                                 "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?) RETURNING id"));
    q.bind(o.studentId).bind(optionalId(o.interventionId)).bind(text).bind(codeOf(o.source)).bind(o.setOn)
        .bind(userRef(session)).bind(now).bind(now);
    auto id = q.scalar();
    if (!id)
        return id.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(QStringLiteral("mentoring_objective"), id->toLongLong(), text); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Status CaseStore::setObjectiveStatus(const Session &session, qint64 objectiveId, ObjectiveStatus status, const QDate &on)
{
    Query find(m_db, QStringLiteral("SELECT student_id, status FROM mentoring_objectives WHERE id = ?"));
    find.bind(objectiveId);
    if (Status s = find.exec(); !s)
        return s;
    if (!find.next())
        return Error::notFound(tr("That objective no longer exists."));
    const qint64 studentId = find.id(0);
    const QString before = find.string(1);
    find.finish();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, studentId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE mentoring_objectives SET status = ?, closed_on = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"));
    q.bind(codeOf(status)).bind(status == ObjectiveStatus::Active ? QVariant() : dateRef(on)).bind(isoNow()).bind(objectiveId);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("mentoring_objective"), objectiveId, QStringLiteral("status"), before,
                                 codeOf(status));
        !s)
        return s;
    return tx.commit();
}

Result<QList<Objective>> CaseStore::objectives(const Session &session, qint64 studentId) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, studentId); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT id, student_id, intervention_id, text, source, status, set_on, closed_on, row_version "
                                 "FROM mentoring_objectives WHERE student_id = ? "
                                 "ORDER BY CASE status WHEN 'active' THEN 0 ELSE 1 END, set_on, id"));
    q.bind(studentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Objective> out;
    while (q.next()) {
        Objective o;
        o.id = q.id(0);
        o.studentId = q.id(1);
        o.interventionId = optionalIdOf(q.value(2));
        o.text = q.string(3);
        o.source = fromCode<ObjectiveSource>(q.string(4)).value_or(ObjectiveSource::Hub);
        o.status = fromCode<ObjectiveStatus>(q.string(5)).value_or(ObjectiveStatus::Active);
        o.setOn = q.date(6);
        o.closedOn = q.date(7);
        o.rowVersion = q.integer(8);
        out.append(o);
    }
    return out;
}

} // namespace md
