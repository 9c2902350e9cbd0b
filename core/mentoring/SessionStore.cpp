// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/SessionStore.h"

#include "access/StudentScope.h"
#include "mentoring/MentoringLogging.h"
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

QString textColumns()
{
    QStringList names;
    for (SessionField f : allValues<SessionField>())
        names << QStringLiteral("s.") + codeOf(f);
    return names.join(QStringLiteral(", "));
}

QString selectColumns()
{
    return QStringLiteral("SELECT s.id, s.student_id, s.mentor_id, COALESCE(u.display_name, ''), s.intervention_id, "
                          "s.session_date, s.period, s.subject, s.focus, s.target_id, s.status, s.status_reason, "
                          "s.rescheduled_from_id, s.rating, s.recorded_at, s.source, s.moved_by_hand, s.row_version, ")
        + textColumns() + QStringLiteral(" FROM mentoring_sessions s LEFT JOIN users u ON u.id = s.mentor_id ");
}
constexpr int kFirstText = 18;

MentoringSession readSession(const Query &q)
{
    MentoringSession s;
    s.id = q.id(0);
    s.studentId = q.id(1);
    s.mentorId = q.id(2);
    s.mentorName = q.string(3);
    s.interventionId = optionalIdOf(q.value(4));
    s.date = q.date(5);
    s.period = q.integer(6);
    s.subject = q.string(7);
    s.focus = fromCode<SessionFocus>(q.string(8));
    s.targetId = q.id(9);
    s.status = fromCode<SessionStatus>(q.string(10)).value_or(SessionStatus::Planned);
    s.statusReason = q.string(11);
    s.rescheduledFromId = q.id(12);
    if (!q.value(13).isNull())
        s.rating = q.integer(13);
    s.recordedAt = QDateTime::fromString(q.string(14), Qt::ISODateWithMs);
    s.fromScheduler = q.string(15) == QLatin1String("scheduler");
    s.movedByHand = q.flag(16);
    s.rowVersion = q.integer(17);
    int i = kFirstText;
    for (SessionField f : allValues<SessionField>())
        s.setText(f, q.string(i++));
    return s;
}

bool isRecordField(SessionField f)
{
    return f != SessionField::Plan;
}

} // namespace

bool MentoringSession::hasRecord() const
{
    for (SessionField f : allValues<SessionField>())
        if (isRecordField(f) && !text(f).trimmed().isEmpty())
            return true;
    return false;
}

Result<qint64> SessionStore::studentOf(qint64 sessionId) const
{
    Query q(m_db, QStringLiteral("SELECT student_id FROM mentoring_sessions WHERE id = ?"));
    q.bind(sessionId);
    auto v = q.scalar();
    if (!v)
        return v.error();
    if (v->isNull())
        return Error::notFound(tr("That 1:1 session no longer exists."));
    return v->toLongLong();
}

Result<MentoringSession> SessionStore::getUnchecked(qint64 sessionId) const
{
    Query q(m_db, selectColumns() + QStringLiteral("WHERE s.id = ?"));
    q.bind(sessionId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("That 1:1 session no longer exists."));
    return readSession(q);
}

Result<MentoringSession> SessionStore::get(const Session &session, qint64 sessionId) const
{
    auto studentId = studentOf(sessionId);
    if (!studentId)
        return studentId.error();
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, *studentId); !s)
        return s.error();
    return getUnchecked(sessionId);
}

Result<QList<MentoringSession>> SessionStore::forStudent(const Session &session, qint64 studentId) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, studentId); !s)
        return s.error();
    Query q(m_db, selectColumns() + QStringLiteral("WHERE s.student_id = ? ORDER BY s.session_date DESC, s.period DESC, s.id DESC"));
    q.bind(studentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<MentoringSession> out;
    while (q.next())
        out.append(readSession(q));
    return out;
}

Result<QList<MentoringSession>> SessionStore::between(const Session &session, std::optional<qint64> mentorId,
                                                      const QDate &from, const QDate &to) const
{
    if (Status s = Permissions::require(session, Action::ViewMentoringLog); !s)
        return s.error();
    const StudentScope scope = StudentScope::of(session, Action::ViewMentoringLog);
    // The scope's condition is written against students aliased `s`, which the subquery shadows.
    QString sql = selectColumns()
        + QStringLiteral("WHERE s.session_date >= ? AND s.session_date <= ? AND s.student_id IN "
                         "(SELECT s.id FROM students s WHERE ")
        + scope.condition + QLatin1Char(')');
    if (mentorId)
        sql += QStringLiteral(" AND s.mentor_id = ?");
    sql += QStringLiteral(" ORDER BY s.session_date, s.period, s.id");
    Query q(m_db, sql);
    q.bind(from).bind(to);
    for (const QVariant &v : scope.binds)
        q.bind(v);
    if (mentorId)
        q.bind(*mentorId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<MentoringSession> out;
    while (q.next())
        out.append(readSession(q));
    return out;
}

Result<qint64> SessionStore::planUnchecked(AuditLog &audit, const NewSession &n)
{
    if (!n.date.isValid())
        return Error::invalid(tr("A session needs a date."));
    if (n.period < 1 || n.period > 12)
        return Error::invalid(tr("Period %1 is not a period of the school day.").arg(n.period));
    if (n.plan.size() > kMaxText)
        return Error::invalid(tr("The plan is longer than %1 characters.").arg(kMaxText));
    qint64 mentorId = n.mentorId;
    if (mentorId == 0) {
        Query g(m_db, QStringLiteral("SELECT mentor_id FROM mentoring_groups WHERE student_id = ? AND ended_on IS NULL"));
        g.bind(n.studentId);
        auto m = g.scalar();
        if (!m)
            return m.error();
        if (m->isNull())
            return Error::invalid(tr("This student has no mentor yet: the lead mentor assigns one before sessions are "
                                     "planned."));
        mentorId = m->toLongLong();
    }
    QString subject = n.subject;
    if (subject.isEmpty() && n.date.dayOfWeek() <= 5) {
        Query t(m_db, QStringLiteral("SELECT subject FROM lesson_timetable WHERE student_id = ? AND day = ? AND period = ?"));
        t.bind(n.studentId).bind(n.date.dayOfWeek()).bind(n.period);
        auto v = t.scalar();
        if (!v)
            return v.error();
        subject = v->toString();
    }
    const QString now = isoNow();
    Query q(m_db, QStringLiteral("INSERT INTO mentoring_sessions (student_id, mentor_id, intervention_id, session_date, period, "
                                 "subject, focus, target_id, plan, status, source, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?) RETURNING id"));
    q.bind(n.studentId).bind(mentorId).bind(optionalId(n.interventionId)).bind(n.date).bind(n.period).bind(textRef(subject))
        .bind(codeRef(n.focus)).bind(idRef(n.targetId)).bind(textRef(n.plan.trimmed()))
        .bind(n.fromScheduler ? QStringLiteral("scheduler") : QStringLiteral("manual")).bind(now).bind(now);
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (Status s = audit.created(QStringLiteral("mentoring_session"), id->toLongLong(),
                                 QStringLiteral("student %1, %2 period %3").arg(n.studentId).arg(isoDate(n.date)).arg(n.period));
        !s)
        return s.error();
    return id->toLongLong();
}

Result<qint64> SessionStore::plan(const Session &session, const NewSession &n)
{
    if (Status s = StudentScope::check(m_db, session, Action::ScheduleSessions, n.studentId); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    auto id = planUnchecked(audit, n);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status SessionStore::checkVersion(const MentoringSession &stored, std::optional<int> expectedVersion,
                                  const QList<std::tuple<QString, QString, QString>> &fields) const
{
    if (!expectedVersion || *expectedVersion <= 0 || stored.rowVersion == *expectedVersion)
        return {};
    RecordConflict c;
    c.entity = QStringLiteral("mentoring_session");
    c.id = stored.id;
    c.yourVersion = *expectedVersion;
    c.storedVersion = stored.rowVersion;
    c.recordLabel = tr("The 1:1 session of %1").arg(QLocale().toString(stored.date, QLocale::ShortFormat));
    for (const auto &[label, yours, theirs] : fields)
        c.add(label, yours, theirs);
    return RecordConflicts::staleWrite(m_db, c);
}

Status SessionStore::lostRace(qint64 sessionId, int version, const ConflictFields &fields) const
{
    auto theirs = getUnchecked(sessionId);
    if (!theirs)
        return theirs.error();
    if (Status s = checkVersion(*theirs, version, fields(*theirs)); !s)
        return s;
    return Error::conflict(tr("The session was changed at another desk; try again."));
}

Status SessionStore::updatePlan(const Session &session, qint64 sessionId, std::optional<SessionFocus> focus,
                                qint64 targetId, const QString &plan, std::optional<int> expectedVersion,
                                int *writtenVersion)
{
    auto before = get(session, sessionId);
    if (!before)
        return before.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, before->studentId); !s)
        return s;
    if (plan.size() > kMaxText)
        return Error::invalid(tr("The plan is longer than %1 characters.").arg(kMaxText));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // Read again inside the write transaction; the UPDATE carries the version read, so a save made
    // between the two (possible on PostgreSQL) is reported too.
    auto stored = getUnchecked(sessionId);
    if (!stored)
        return stored.error();
    auto focusLabel = [](const std::optional<SessionFocus> &f) { return f ? labelOf(*f) : QString(); };
    auto fields = [&](const MentoringSession &theirs) {
        return QList<std::tuple<QString, QString, QString>>{
            {tr("Focus"), focusLabel(focus), focusLabel(theirs.focus)},
            {tr("Planned activity"), plan.trimmed(), theirs.text(SessionField::Plan)}};
    };
    if (Status s = checkVersion(*stored, expectedVersion, fields(*stored)); !s)
        return s;
    before = stored;
    Query q(m_db, QStringLiteral("UPDATE mentoring_sessions SET focus = ?, target_id = ?, plan = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.bind(codeRef(focus))
        .bind(idRef(targetId))
        .bind(textRef(plan.trimmed()))
        .bind(isoNow())
        .bind(sessionId)
        .bind(stored->rowVersion);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0) {
        tx.rollback();
        return lostRace(sessionId, stored->rowVersion, fields);
    }
    if (writtenVersion)
        *writtenVersion = stored->rowVersion + 1;
    AuditLog audit(m_db, session.actor());
    auto code = [](const std::optional<SessionFocus> &f) { return f ? codeOf(*f) : QString(); };
    if (code(before->focus) != code(focus))
        if (Status s = audit.changed(QStringLiteral("mentoring_session"), sessionId, QStringLiteral("focus"), code(before->focus),
                                     code(focus));
            !s)
            return s;
    if (before->targetId != targetId)
        if (Status s = audit.changed(QStringLiteral("mentoring_session"), sessionId, QStringLiteral("target_id"),
                                     QString::number(before->targetId), QString::number(targetId));
            !s)
            return s;
    if (before->text(SessionField::Plan) != plan.trimmed())
        if (Status s = audit.changed(QStringLiteral("mentoring_session"), sessionId, QStringLiteral("plan"),
                                     before->text(SessionField::Plan), plan.trimmed());
            !s)
            return s;
    return tx.commit();
}

Status SessionStore::setRating(const Session &session, qint64 sessionId, std::optional<int> rating,
                               std::optional<int> expectedVersion, int *writtenVersion)
{
    auto before = get(session, sessionId);
    if (!before)
        return before.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, before->studentId); !s)
        return s;
    if (rating && (*rating < 1 || *rating > 5))
        return Error::invalid(tr("The student's rating of their week is from 1 to 5, not %1.").arg(*rating));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto stored = getUnchecked(sessionId);
    if (!stored)
        return stored.error();
    auto text = [](const std::optional<int> &r) { return r ? QString::number(*r) : QString(); };
    auto fields = [&](const MentoringSession &theirs) {
        return QList<std::tuple<QString, QString, QString>>{{tr("Week rated"), text(rating), text(theirs.rating)}};
    };
    if (Status s = checkVersion(*stored, expectedVersion, fields(*stored)); !s)
        return s;
    before = stored;
    if (writtenVersion)
        *writtenVersion = stored->rowVersion;
    if (before->rating == rating)
        return tx.commit();
    Query q(m_db,
            QStringLiteral("UPDATE mentoring_sessions SET rating = ?, updated_at = ?, row_version = row_version + 1 "
                           "WHERE id = ? AND row_version = ?"));
    q.bind(rating ? QVariant(*rating) : QVariant()).bind(isoNow()).bind(sessionId).bind(stored->rowVersion);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0) {
        tx.rollback();
        return lostRace(sessionId, stored->rowVersion, fields);
    }
    if (writtenVersion)
        *writtenVersion = stored->rowVersion + 1;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("mentoring_session"), sessionId, QStringLiteral("rating"),
                                 before->rating ? QString::number(*before->rating) : QString(),
                                 rating ? QString::number(*rating) : QString());
        !s)
        return s;
    return tx.commit();
}

Status SessionStore::saveRecordUnchecked(AuditLog &audit, const MentoringSession &before,
                                         const QHash<SessionField, QString> &texts, const QDate &today)
{
    MentoringSession after = before;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (it.value().size() > kMaxText)
            return Error::invalid(tr("%1 is longer than %2 characters.").arg(labelOf(it.key())).arg(kMaxText));
        after.setText(it.key(), it.value());
    }
    QStringList sets;
    QVariantList values;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (before.text(it.key()) == it.value())
            continue;
        sets << codeOf(it.key()) + QStringLiteral(" = ?");
        values << textRef(it.value());
    }
    const bool recordedNow = !before.recordedAt.isValid() && after.hasRecord();
    if (recordedNow) {
        sets << QStringLiteral("recorded_at = ?");
        values << isoNow();
    }
    const bool markAttended = before.status == SessionStatus::Planned && after.hasRecord() && before.date <= today;
    if (sets.isEmpty() && !markAttended)
        return {};
    if (markAttended) {
        sets << QStringLiteral("status = 'attended'");
    }
    // Column names come from the SessionField table, never from input.
    Query q(m_db,
            QStringLiteral("UPDATE mentoring_sessions SET ") + sets.join(QStringLiteral(", ")) +
                QStringLiteral(", updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    q.bind(isoNow()).bind(before.id).bind(before.rowVersion);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return lostRace(before.id, before.rowVersion, [&](const MentoringSession &theirs) {
            QList<std::tuple<QString, QString, QString>> fields;
            for (auto it = texts.cbegin(); it != texts.cend(); ++it)
                if (theirs.text(it.key()) != it.value())
                    fields.append({labelOf(it.key()), it.value(), theirs.text(it.key())});
            return fields;
        });
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        if (before.text(it.key()) != it.value())
            if (Status s = audit.changed(QStringLiteral("mentoring_session"), before.id, codeOf(it.key()),
                                         before.text(it.key()), it.value());
                !s)
                return s;
    if (markAttended)
        if (Status s = audit.changed(QStringLiteral("mentoring_session"), before.id, QStringLiteral("status"),
                                     codeOf(before.status), codeOf(SessionStatus::Attended));
            !s)
            return s;
    return {};
}

Status SessionStore::saveRecord(const Session &session, qint64 sessionId, const QHash<SessionField, QString> &texts)
{
    auto before = get(session, sessionId);
    if (!before)
        return before.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, before->studentId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = saveRecordUnchecked(audit, *before, texts, QDate::currentDate()); !s)
        return s;
    return tx.commit();
}

Status SessionStore::setStatusUnchecked(AuditLog &audit, const MentoringSession &before, SessionStatus status,
                                        const QString &reason)
{
    const QString why = reason.trimmed();
    if ((status == SessionStatus::Missed || status == SessionStatus::Cancelled || status == SessionStatus::Rescheduled)
        && why.isEmpty())
        return Error::invalid(tr("Say why the session was %1.").arg(labelOf(status).toLower()));
    if (why.size() > kMaxReasonLength)
        return Error::invalid(tr("The reason is longer than %1 characters.").arg(kMaxReasonLength));
    Query q(m_db, QStringLiteral("UPDATE mentoring_sessions SET status = ?, status_reason = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.bind(codeOf(status)).bind(textRef(why)).bind(isoNow()).bind(before.id).bind(before.rowVersion);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return lostRace(before.id, before.rowVersion,
                        [&](const MentoringSession &theirs) { return statusFields(status, why, theirs); });
    if (Status s = audit.changed(QStringLiteral("mentoring_session"), before.id, QStringLiteral("status"), codeOf(before.status),
                                 codeOf(status));
        !s)
        return s;
    if (before.statusReason != why)
        return audit.changed(QStringLiteral("mentoring_session"), before.id, QStringLiteral("status_reason"),
                             before.statusReason, why);
    return {};
}

QList<std::tuple<QString, QString, QString>> SessionStore::statusFields(SessionStatus status, const QString &reason,
                                                                        const MentoringSession &theirs)
{
    return {{tr("Status"), labelOf(status), labelOf(theirs.status)},
            {tr("Reason"), reason.trimmed(), theirs.statusReason}};
}

Status SessionStore::setStatus(const Session &session, qint64 sessionId, SessionStatus status, const QString &reason,
                               std::optional<int> expectedVersion, int *writtenVersion)
{
    auto before = get(session, sessionId);
    if (!before)
        return before.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, before->studentId); !s)
        return s;
    if (status == SessionStatus::Rescheduled)
        return Error::invalid(tr("Reschedule a session by choosing its new day and period."));
    if (status == SessionStatus::Attended && before->date > QDate::currentDate())
        return Error::invalid(tr("A session on %1 cannot be attended yet.").arg(isoDate(before->date)));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // Read again inside the write transaction: a status or reason saved at another desk since the
    // editor read the session is shown with both versions.
    auto stored = getUnchecked(sessionId);
    if (!stored)
        return stored.error();
    if (Status s = checkVersion(*stored, expectedVersion, statusFields(status, reason, *stored)); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = setStatusUnchecked(audit, *stored, status, reason); !s)
        return s;
    if (writtenVersion)
        *writtenVersion = stored->rowVersion + 1;
    return tx.commit();
}

Result<qint64> SessionStore::reschedule(const Session &session, qint64 sessionId, const QString &reason, const QDate &date,
                                        int period)
{
    auto before = get(session, sessionId);
    if (!before)
        return before.error();
    if (Status s = StudentScope::check(m_db, session, Action::ScheduleSessions, before->studentId); !s)
        return s.error();
    if (before->status == SessionStatus::Attended || before->status == SessionStatus::Rescheduled)
        return Error::conflict(tr("This session was already %1; it cannot be rescheduled.").arg(labelOf(before->status).toLower()));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    auto id = rescheduleUnchecked(audit, *before, reason, date, period);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> SessionStore::rescheduleUnchecked(AuditLog &audit, const MentoringSession &before, const QString &reason,
                                                 const QDate &date, int period)
{
    if (Status s = setStatusUnchecked(audit, before, SessionStatus::Rescheduled, reason); !s)
        return s.error();
    NewSession n;
    n.studentId = before.studentId;
    n.mentorId = before.mentorId;
    n.date = date;
    n.period = period;
    n.focus = before.focus;
    n.targetId = before.targetId;
    n.plan = before.text(SessionField::Plan);
    n.interventionId = before.interventionId;
    auto id = planUnchecked(audit, n);
    if (!id)
        return id.error();
    Query link(m_db, QStringLiteral("UPDATE mentoring_sessions SET rescheduled_from_id = ? WHERE id = ?"));
    link.bind(before.id).bind(*id);
    if (Status s = link.exec(); !s)
        return s.error();
    return *id;
}

Status SessionStore::moveUnchecked(AuditLog &audit, qint64 sessionId, const QDate &date, int period, const QString &subject,
                                   const QString &brokenRules)
{
    auto before = getUnchecked(sessionId);
    if (!before)
        return before.error();
    Query q(m_db, QStringLiteral("UPDATE mentoring_sessions SET session_date = ?, period = ?, subject = ?, moved_by_hand = 1, "
                                 "updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    q.bind(date).bind(period).bind(textRef(subject)).bind(isoNow()).bind(sessionId);
    if (Status s = q.exec(); !s)
        return s;
    const QString from = QStringLiteral("%1 period %2").arg(isoDate(before->date)).arg(before->period);
    const QString to = QStringLiteral("%1 period %2").arg(isoDate(date)).arg(period)
        + (brokenRules.isEmpty() ? QString() : QStringLiteral(" (breaks: %1)").arg(brokenRules));
    return audit.changed(QStringLiteral("mentoring_session"), sessionId, QStringLiteral("slot"), from, to);
}

Status SessionStore::saveDrafts(const Session &session, qint64 sessionId, const QHash<SessionField, QString> &texts)
{
    auto studentId = studentOf(sessionId);
    if (!studentId)
        return studentId.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, *studentId); !s)
        return s;
    if (texts.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO session_drafts (session_id, author_id, field, text, saved_at) VALUES (?, ?, ?, ?, ?) "
                                 "ON CONFLICT (session_id, author_id, field) DO UPDATE SET text = excluded.text, "
                                 "saved_at = excluded.saved_at"));
    const QString now = isoNow();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        q.bind(sessionId).bind(session.userId()).bind(codeOf(it.key())).bind(it.value()).bind(now);
        if (Status s = q.exec(); !s)
            return s;
    }
    qCDebug(lcMentoring) << "autosaved" << texts.size() << "fields of session" << sessionId;
    return tx.commit();
}

Result<QHash<SessionField, SessionDraft>> SessionStore::drafts(const Session &session, qint64 sessionId) const
{
    auto studentId = studentOf(sessionId);
    if (!studentId)
        return studentId.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, *studentId); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT field, text, saved_at FROM session_drafts WHERE session_id = ? AND author_id = ?"));
    q.bind(sessionId).bind(session.userId());
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<SessionField, SessionDraft> out;
    while (q.next())
        if (const auto field = fromCode<SessionField>(q.string(0)))
            out.insert(*field, {q.string(1), QDateTime::fromString(q.string(2), Qt::ISODateWithMs)});
    return out;
}

Result<int> SessionStore::commitDrafts(const Session &session, qint64 sessionId, std::optional<int> expectedVersion)
{
    auto pending = drafts(session, sessionId);
    if (!pending)
        return pending.error();
    if (pending->isEmpty())
        return 0;
    auto before = getUnchecked(sessionId);
    if (!before)
        return before.error();
    QHash<SessionField, QString> texts;
    QHash<SessionField, QString> planOnly;
    int changed = 0;
    for (auto it = pending->cbegin(); it != pending->cend(); ++it) {
        if (before->text(it.key()) == it.value().text)
            continue;
        ++changed;
        (it.key() == SessionField::Plan ? planOnly : texts).insert(it.key(), it.value().text);
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (expectedVersion && changed > 0) {
        // Inside the write transaction: the record as stored now, against what the mentor typed.
        auto stored = getUnchecked(sessionId);
        if (!stored)
            return stored.error();
        QList<std::tuple<QString, QString, QString>> fields;
        for (auto it = pending->cbegin(); it != pending->cend(); ++it)
            if (stored->text(it.key()) != it.value().text)
                fields.append({labelOf(it.key()), it.value().text, stored->text(it.key())});
        if (Status s = checkVersion(*stored, expectedVersion, fields); !s)
            return s.error(); // the drafts stay, so nothing typed is lost
        before = stored;
    }
    AuditLog audit(m_db, session.actor());
    if (!texts.isEmpty() || !planOnly.isEmpty()) {
        texts.insert(planOnly);
        if (Status s = saveRecordUnchecked(audit, *before, texts, QDate::currentDate()); !s)
            return s.error();
    }
    Query clear(m_db, QStringLiteral("DELETE FROM session_drafts WHERE session_id = ? AND author_id = ?"));
    clear.bind(sessionId).bind(session.userId());
    if (Status s = clear.exec(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcMentoring) << "committed" << changed << "autosaved fields of session" << sessionId;
    return changed;
}

Status SessionStore::discardDrafts(const Session &session, qint64 sessionId)
{
    auto studentId = studentOf(sessionId);
    if (!studentId)
        return studentId.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, *studentId); !s)
        return s;
    Query clear(m_db, QStringLiteral("DELETE FROM session_drafts WHERE session_id = ? AND author_id = ?"));
    clear.bind(sessionId).bind(session.userId());
    return clear.exec();
}

} // namespace md
