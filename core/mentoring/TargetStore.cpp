// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/TargetStore.h"

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

const QLatin1String kColumns("SELECT id, student_id, intervention_id, objective_id, title, specific, measurable, achievable, "
                             "relevant, time_bound, steps, set_on, due_on, status, closed_on, follows_id, row_version "
                             "FROM smart_targets ");

SmartTarget readTarget(const Query &q)
{
    SmartTarget t;
    t.id = q.id(0);
    t.studentId = q.id(1);
    t.interventionId = optionalIdOf(q.value(2));
    t.objectiveId = q.id(3);
    t.title = q.string(4);
    t.specific = q.string(5);
    t.measurable = q.string(6);
    t.achievable = q.string(7);
    t.relevant = q.string(8);
    t.timeBound = q.string(9);
    t.steps = q.string(10).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    t.setOn = q.date(11);
    t.dueOn = q.date(12);
    t.status = fromCode<TargetStatus>(q.string(13)).value_or(TargetStatus::Active);
    t.closedOn = q.date(14);
    t.followsId = q.id(15);
    t.rowVersion = q.integer(16);
    return t;
}

QString stepsText(const QStringList &steps)
{
    QStringList kept;
    for (const QString &s : steps)
        if (!s.trimmed().isEmpty())
            kept << s.trimmed();
    return kept.join(QLatin1Char('\n'));
}

} // namespace

QStringList TargetStore::problems(const SmartTarget &t)
{
    QStringList out;
    const std::pair<const QString *, QString> parts[] = {
        {&t.title, tr("The target")},       {&t.specific, tr("Specific")},   {&t.measurable, tr("Measurable")},
        {&t.achievable, tr("Achievable")}, {&t.relevant, tr("Relevant")},   {&t.timeBound, tr("Time-bound")},
    };
    for (const auto &[text, name] : parts) {
        if (text->trimmed().isEmpty())
            out << tr("%1 is blank").arg(name);
        else if (text->size() > kMaxTitle * 10)
            out << tr("%1 is longer than %2 characters").arg(name).arg(kMaxTitle * 10);
    }
    if (!t.setOn.isValid())
        out << tr("the date it was set is missing");
    if (!t.dueOn.isValid())
        out << tr("the due date is missing");
    else if (t.setOn.isValid() && t.dueOn < t.setOn)
        out << tr("the due date (%1) is before the date it was set (%2)").arg(isoDate(t.dueOn), isoDate(t.setOn));
    if (stepsText(t.steps).size() > kMaxText)
        out << tr("the steps are longer than %1 characters").arg(kMaxText);
    return out;
}

Result<qint64> TargetStore::studentOf(qint64 targetId) const
{
    Query q(m_db, QStringLiteral("SELECT student_id FROM smart_targets WHERE id = ?"));
    q.bind(targetId);
    auto v = q.scalar();
    if (!v)
        return v.error();
    if (v->isNull())
        return Error::notFound(tr("That target no longer exists."));
    return v->toLongLong();
}

Result<qint64> TargetStore::add(const Session &session, const SmartTarget &t)
{
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, t.studentId); !s)
        return s.error();
    if (const QStringList p = problems(t); !p.isEmpty())
        return Error::invalid(tr("The target cannot be saved: %1.").arg(p.join(QStringLiteral("; "))), p);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = isoNow();
    Query q(m_db, QStringLiteral("INSERT INTO smart_targets (student_id, intervention_id, objective_id, title, specific, "
                                 "measurable, achievable, relevant, time_bound, steps, set_on, due_on, status, follows_id, "
                                 "created_by, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?) RETURNING id"));
    q.bind(t.studentId).bind(optionalId(t.interventionId)).bind(idRef(t.objectiveId)).bind(t.title.trimmed())
        .bind(t.specific.trimmed()).bind(t.measurable.trimmed()).bind(t.achievable.trimmed()).bind(t.relevant.trimmed())
        .bind(t.timeBound.trimmed()).bind(textRef(stepsText(t.steps))).bind(t.setOn).bind(t.dueOn).bind(idRef(t.followsId))
        .bind(userRef(session)).bind(now).bind(now);
    auto id = q.scalar();
    if (!id)
        return id.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(QStringLiteral("smart_target"), id->toLongLong(), t.title.trimmed()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Error TargetStore::staleTarget(const Session &session, const SmartTarget &mine) const
{
    RecordConflict c;
    c.entity = QStringLiteral("smart_target");
    c.id = mine.id;
    c.yourVersion = mine.rowVersion;
    c.recordLabel = tr("The target \"%1\"").arg(mine.title.trimmed());
    auto theirs = get(session, mine.id);
    if (!theirs) {
        if (theirs.error().kind != Error::Kind::NotFound)
            return theirs.error();
        c.deleted = true;
        return RecordConflicts::staleWrite(m_db, c);
    }
    c.storedVersion = theirs->rowVersion;
    auto date = [](const QDate &d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); };
    c.add(tr("Target"), mine.title.trimmed(), theirs->title);
    c.add(tr("Specific"), mine.specific.trimmed(), theirs->specific);
    c.add(tr("Measurable"), mine.measurable.trimmed(), theirs->measurable);
    c.add(tr("Achievable"), mine.achievable.trimmed(), theirs->achievable);
    c.add(tr("Relevant"), mine.relevant.trimmed(), theirs->relevant);
    c.add(tr("Time-bound"), mine.timeBound.trimmed(), theirs->timeBound);
    c.add(tr("Steps"), mine.steps.join(QLatin1Char('\n')), theirs->steps.join(QLatin1Char('\n')));
    c.add(tr("Set on"), date(mine.setOn), date(theirs->setOn));
    c.add(tr("Due by"), date(mine.dueOn), date(theirs->dueOn));
    c.add(tr("Status"), labelOf(theirs->status), labelOf(theirs->status));
    return RecordConflicts::staleWrite(m_db, c);
}

Status TargetStore::update(const Session &session, const SmartTarget &t)
{
    auto before = get(session, t.id);
    if (!before)
        return before.error().kind == Error::Kind::NotFound ? staleTarget(session, t) : before.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, before->studentId); !s)
        return s;
    if (const QStringList p = problems(t); !p.isEmpty())
        return Error::invalid(tr("The target cannot be saved: %1.").arg(p.join(QStringLiteral("; "))), p);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE smart_targets SET objective_id = ?, title = ?, specific = ?, measurable = ?, "
                                 "achievable = ?, relevant = ?, time_bound = ?, steps = ?, set_on = ?, due_on = ?, "
                                 "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.bind(idRef(t.objectiveId)).bind(t.title.trimmed()).bind(t.specific.trimmed()).bind(t.measurable.trimmed())
        .bind(t.achievable.trimmed()).bind(t.relevant.trimmed()).bind(t.timeBound.trimmed()).bind(textRef(stepsText(t.steps)))
        .bind(t.setOn).bind(t.dueOn).bind(isoNow()).bind(t.id).bind(t.rowVersion);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0) {
        tx.rollback();
        return staleTarget(session, t);
    }
    AuditLog audit(m_db, session.actor());
    const std::tuple<const char *, QString, QString> fields[] = {
        {"title", before->title, t.title.trimmed()},
        {"specific", before->specific, t.specific.trimmed()},
        {"measurable", before->measurable, t.measurable.trimmed()},
        {"achievable", before->achievable, t.achievable.trimmed()},
        {"relevant", before->relevant, t.relevant.trimmed()},
        {"time_bound", before->timeBound, t.timeBound.trimmed()},
        {"steps", stepsText(before->steps), stepsText(t.steps)},
        {"set_on", isoDate(before->setOn), isoDate(t.setOn)},
        {"due_on", isoDate(before->dueOn), isoDate(t.dueOn)},
        {"objective_id", before->objectiveId ? QString::number(before->objectiveId) : QString(),
         t.objectiveId ? QString::number(t.objectiveId) : QString()},
    };
    for (const auto &[field, oldValue, newValue] : fields)
        if (oldValue != newValue)
            if (Status s = audit.changed(QStringLiteral("smart_target"), t.id, QLatin1String(field), oldValue, newValue); !s)
                return s;
    return tx.commit();
}

Result<bool> TargetStore::setStatus(const Session &session, qint64 targetId, TargetStatus status, const QDate &on)
{
    auto before = get(session, targetId);
    if (!before)
        return before.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, before->studentId); !s)
        return s.error();
    if (status != TargetStatus::Active && !on.isValid())
        return Error::invalid(tr("Give the date the target was closed."));
    if (status != TargetStatus::Active && on < before->setOn)
        return Error::invalid(tr("The target cannot close (%1) before it was set (%2).").arg(isoDate(on), isoDate(before->setOn)));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE smart_targets SET status = ?, closed_on = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"));
    q.bind(codeOf(status)).bind(status == TargetStatus::Active ? QVariant() : dateRef(on)).bind(isoNow()).bind(targetId);
    if (Status s = q.exec(); !s)
        return s.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("smart_target"), targetId, QStringLiteral("status"), codeOf(before->status),
                                 codeOf(status));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return status == TargetStatus::Met && before->status != TargetStatus::Met;
}

Result<qint64> TargetStore::addProgress(const Session &session, qint64 targetId, const QDate &on, const QString &note)
{
    auto studentId = studentOf(targetId);
    if (!studentId)
        return studentId.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, *studentId); !s)
        return s.error();
    if (note.trimmed().isEmpty())
        return Error::invalid(tr("Write the progress note before saving it."));
    if (note.size() > kMaxText)
        return Error::invalid(tr("The progress note is longer than %1 characters.").arg(kMaxText));
    if (!on.isValid())
        return Error::invalid(tr("The progress note needs a date."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO target_progress (target_id, noted_on, note, created_by, created_at) "
                                 "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bind(targetId).bind(on).bind(note.trimmed()).bind(userRef(session)).bind(isoNow());
    auto id = q.scalar();
    if (!id)
        return id.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(QStringLiteral("target_progress"), id->toLongLong(), note.trimmed()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Result<SmartTarget> TargetStore::get(const Session &session, qint64 targetId) const
{
    auto studentId = studentOf(targetId);
    if (!studentId)
        return studentId.error();
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, *studentId); !s)
        return s.error();
    Query q(m_db, kColumns + QStringLiteral("WHERE id = ?"));
    q.bind(targetId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("That target no longer exists."));
    return readTarget(q);
}

Result<QList<SmartTarget>> TargetStore::forStudent(const Session &session, qint64 studentId) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, studentId); !s)
        return s.error();
    Query q(m_db, kColumns + QStringLiteral("WHERE student_id = ? ORDER BY CASE status WHEN 'active' THEN 0 ELSE 1 END, "
                                            "set_on DESC, id DESC"));
    q.bind(studentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<SmartTarget> out;
    while (q.next())
        out.append(readTarget(q));
    return out;
}

Result<QList<TargetProgress>> TargetStore::progress(const Session &session, qint64 targetId) const
{
    auto studentId = studentOf(targetId);
    if (!studentId)
        return studentId.error();
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, *studentId); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT p.id, p.target_id, p.noted_on, p.note, COALESCE(u.display_name, '') "
                                 "FROM target_progress p LEFT JOIN users u ON u.id = p.created_by "
                                 "WHERE p.target_id = ? ORDER BY p.noted_on, p.id"));
    q.bind(targetId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<TargetProgress> out;
    while (q.next())
        out.append({q.id(0), q.id(1), q.date(2), q.string(3), q.string(4)});
    return out;
}

} // namespace md
