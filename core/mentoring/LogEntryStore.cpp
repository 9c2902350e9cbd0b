// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/LogEntryStore.h"

#include "access/StudentScope.h"
#include "mentoring/StoreSupport.h"
#include "privacy/Restricted.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"

#include <QLocale>

namespace md {

using namespace mentoring;

namespace {

const QLatin1String kColumns(
    "SELECT e.id, e.student_id, e.intervention_id, e.kind, e.occurred_on, e.title, e.body, e.action, e.party, e.method, "
    "e.purpose, e.consent, e.outcome, e.follow_up, e.follow_up_on, e.follow_up_done, e.author_id, "
    "COALESCE(u.display_name, ''), e.row_version, e.restricted FROM mentoring_entries e LEFT JOIN users u ON u.id = e.author_id ");

LogEntry readEntry(const Query &q)
{
    LogEntry e;
    e.id = q.id(0);
    e.studentId = q.id(1);
    e.interventionId = optionalIdOf(q.value(2));
    e.kind = fromCode<EntryKind>(q.string(3)).value_or(EntryKind::Note);
    e.occurredOn = q.date(4);
    e.title = q.string(5);
    e.body = q.string(6);
    e.action = q.string(7);
    e.party = fromCode<ContactParty>(q.string(8));
    e.method = fromCode<ContactMethod>(q.string(9));
    e.purpose = fromCode<ContactPurpose>(q.string(10));
    e.consent = fromCode<Consent>(q.string(11));
    e.outcome = fromCode<EntryOutcome>(q.string(12));
    e.followUp = q.string(13);
    e.followUpOn = q.date(14);
    e.followUpDone = q.flag(15);
    e.authorId = q.id(16);
    e.authorName = q.string(17);
    e.rowVersion = q.integer(18);
    e.restricted = q.flag(19);
    return e;
}

// Blanks a restricted entry the session may not read.
void mask(const Session &session, LogEntry &e)
{
    if (!e.restricted || Restricted::canRead(session, e.authorId))
        return;
    e.hidden = true;
    e.title.clear();
    e.body.clear();
    e.action.clear();
    e.followUp.clear();
    e.consent.reset();
    e.outcome.reset();
}

bool isProgressOutcome(EntryOutcome o)
{
    return o == EntryOutcome::OnTrack || o == EntryOutcome::SomeConcerns || o == EntryOutcome::NotOnTrack;
}

} // namespace

QStringList LogEntryStore::problems(const LogEntry &e, const QDate &today)
{
    QStringList out;
    const QString kind = labelOf(e.kind);
    if (!e.occurredOn.isValid())
        out << tr("the date is missing");
    else if (today.isValid() && e.occurredOn > today)
        out << tr("the date %1 is in the future (the log records what has happened)").arg(isoDate(e.occurredOn));
    if (e.body.trimmed().isEmpty())
        out << (e.kind == EntryKind::Contact ? tr("the summary of the contact is blank") : tr("what happened is blank"));
    if (e.body.size() > kMaxText || e.action.size() > kMaxText || e.followUp.size() > kMaxText)
        out << tr("a text is longer than %1 characters").arg(kMaxText);
    if (e.title.size() > kMaxTitle)
        out << tr("the title is longer than %1 characters").arg(kMaxTitle);

    const bool contact = e.kind == EntryKind::Contact;
    if (contact) {
        if (!e.party)
            out << tr("say who was contacted: a parent or carer, a teacher or an external agency");
        if (!e.method)
            out << tr("say how: phone, email, meeting, letter, video call or text message");
        if (!e.purpose)
            out << tr("say what the contact was for");
        if (e.title.trimmed().isEmpty())
            out << tr("name the person or agency contacted");
        if (e.consent && e.party != ContactParty::ParentCarer)
            out << tr("only a parent or carer gives consent");
    } else {
        if (e.party || e.method || e.purpose || e.consent)
            out << tr("who, how and consent are only recorded for a contact, not a %1").arg(kind.toLower());
    }
    if (e.kind == EntryKind::Observation && e.title.trimmed().isEmpty())
        out << tr("name the lesson observed");
    if (e.kind == EntryKind::ProgressUpdate && !(e.outcome && isProgressOutcome(*e.outcome)))
        out << tr("say whether the student is on track, has some concerns or is not on track");
    if (e.kind == EntryKind::Review && !(e.outcome && !isProgressOutcome(*e.outcome)))
        out << tr("say what the review decided: continue, form a new plan or begin ending mentoring");
    if (e.outcome && e.kind != EntryKind::ProgressUpdate && e.kind != EntryKind::Review)
        out << tr("an outcome is only recorded for a progress update or a review");
    if (e.followUpOn.isValid() && e.occurredOn.isValid() && e.followUpOn < e.occurredOn)
        out << tr("the follow-up date is before the entry's date");
    return out;
}

Result<qint64> LogEntryStore::studentOf(qint64 entryId) const
{
    Query q(m_db, QStringLiteral("SELECT student_id FROM mentoring_entries WHERE id = ?"));
    q.bind(entryId);
    auto v = q.scalar();
    if (!v)
        return v.error();
    if (v->isNull())
        return Error::notFound(tr("That log entry no longer exists."));
    return v->toLongLong();
}

Result<qint64> LogEntryStore::addUnchecked(AuditLog &audit, const LogEntry &e, qint64 authorId, const QDate &today)
{
    if (const QStringList p = problems(e, today); !p.isEmpty())
        return Error::invalid(tr("This %1 cannot be saved: %2.").arg(labelOf(e.kind).toLower(), p.join(QStringLiteral("; "))), p);
    const QString now = isoNow();
    Query q(m_db, QStringLiteral("INSERT INTO mentoring_entries (student_id, intervention_id, kind, occurred_on, title, body, "
                                 "action, party, method, purpose, consent, outcome, follow_up, follow_up_on, follow_up_done, "
                                 "author_id, created_at, updated_at, restricted) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(e.studentId).bind(optionalId(e.interventionId)).bind(codeOf(e.kind)).bind(e.occurredOn)
        .bind(textRef(e.title.trimmed())).bind(e.body.trimmed()).bind(textRef(e.action.trimmed())).bind(codeRef(e.party))
        .bind(codeRef(e.method)).bind(codeRef(e.purpose)).bind(codeRef(e.consent)).bind(codeRef(e.outcome))
        .bind(textRef(e.followUp.trimmed())).bind(dateRef(e.followUpOn)).bind(e.followUpDone).bind(idRef(authorId))
        .bind(now).bind(now).bind(e.restricted);
    auto id = q.scalar();
    if (!id)
        return id.error();
    // A restricted entry's content stays out of the audit log, which administrators read.
    if (Status s = audit.created(QStringLiteral("mentoring_entry"), id->toLongLong(),
                                 codeOf(e.kind) + QLatin1Char(' ') + isoDate(e.occurredOn) + QLatin1Char(' ')
                                     + (e.restricted ? QStringLiteral("(restricted)") : e.body.trimmed()));
        !s)
        return s.error();
    return id->toLongLong();
}

Result<qint64> LogEntryStore::add(const Session &session, const LogEntry &e)
{
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, e.studentId); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    auto id = addUnchecked(audit, e, session.userId(), QDate::currentDate());
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Error LogEntryStore::staleEntry(const Session &session, const LogEntry &mine) const
{
    RecordConflict c;
    c.entity = QStringLiteral("mentoring_entry");
    c.id = mine.id;
    c.yourVersion = mine.rowVersion;
    c.recordLabel = tr("This %1 of %2").arg(labelOf(mine.kind).toLower(), QLocale().toString(mine.occurredOn, QLocale::ShortFormat));
    auto theirs = get(session, mine.id);
    if (!theirs || theirs->hidden) {
        c.deleted = !theirs && theirs.error().kind == Error::Kind::NotFound;
        if (!c.deleted)
            return theirs ? Error::forbidden(Restricted::refusal()) : theirs.error();
        return RecordConflicts::staleWrite(m_db, c);
    }
    c.storedVersion = theirs->rowVersion;
    auto label = [](const auto &v) { return v ? labelOf(*v) : QString(); };
    auto date = [](const QDate &d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); };
    auto yesNo = [](bool b) { return b ? tr("Yes") : tr("No"); };
    c.add(tr("Date"), date(mine.occurredOn), date(theirs->occurredOn));
    c.add(tr("Title"), mine.title.trimmed(), theirs->title);
    c.add(tr("What happened"), mine.body.trimmed(), theirs->body);
    c.add(tr("Action taken"), mine.action.trimmed(), theirs->action);
    if (mine.party || theirs->party)
        c.add(tr("Who"), label(mine.party), label(theirs->party));
    if (mine.method || theirs->method)
        c.add(tr("Method"), label(mine.method), label(theirs->method));
    if (mine.purpose || theirs->purpose)
        c.add(tr("Purpose"), label(mine.purpose), label(theirs->purpose));
    if (mine.consent || theirs->consent)
        c.add(tr("Consent"), label(mine.consent), label(theirs->consent));
    if (mine.outcome || theirs->outcome)
        c.add(tr("Outcome"), label(mine.outcome), label(theirs->outcome));
    c.add(tr("Follow-up"), mine.followUp.trimmed(), theirs->followUp);
    c.add(tr("Follow up by"), date(mine.followUpOn), date(theirs->followUpOn));
    c.add(tr("Follow-up done"), yesNo(mine.followUpDone), yesNo(theirs->followUpDone));
    c.add(tr("Restricted"), yesNo(mine.restricted), yesNo(theirs->restricted));
    return RecordConflicts::staleWrite(m_db, c);
}

Status LogEntryStore::update(const Session &session, const LogEntry &e)
{
    auto before = get(session, e.id);
    if (!before)
        return before.error().kind == Error::Kind::NotFound ? staleEntry(session, e) : before.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, before->studentId); !s)
        return s;
    if (before->hidden)
        return Error::forbidden(Restricted::refusal());
    LogEntry next = e;
    next.kind = before->kind;
    next.studentId = before->studentId;
    if (const QStringList p = problems(next, QDate::currentDate()); !p.isEmpty())
        return Error::invalid(tr("This %1 cannot be saved: %2.").arg(labelOf(next.kind).toLower(), p.join(QStringLiteral("; "))), p);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE mentoring_entries SET occurred_on = ?, title = ?, body = ?, action = ?, party = ?, "
                                 "method = ?, purpose = ?, consent = ?, outcome = ?, follow_up = ?, follow_up_on = ?, "
                                 "follow_up_done = ?, restricted = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ?"));
    q.bind(next.occurredOn).bind(textRef(next.title.trimmed())).bind(next.body.trimmed()).bind(textRef(next.action.trimmed()))
        .bind(codeRef(next.party)).bind(codeRef(next.method)).bind(codeRef(next.purpose)).bind(codeRef(next.consent))
        .bind(codeRef(next.outcome)).bind(textRef(next.followUp.trimmed())).bind(dateRef(next.followUpOn))
        .bind(next.followUpDone).bind(next.restricted).bind(isoNow()).bind(next.id).bind(next.rowVersion);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0) {
        tx.rollback();
        return staleEntry(session, next);
    }
    AuditLog audit(m_db, session.actor());
    auto code = [](const auto &v) { return v ? codeOf(*v) : QString(); };
    const std::tuple<const char *, QString, QString> fields[] = {
        {"occurred_on", isoDate(before->occurredOn), isoDate(next.occurredOn)},
        {"title", before->title, next.title.trimmed()},
        {"body", before->body, next.body.trimmed()},
        {"action", before->action, next.action.trimmed()},
        {"party", code(before->party), code(next.party)},
        {"method", code(before->method), code(next.method)},
        {"purpose", code(before->purpose), code(next.purpose)},
        {"consent", code(before->consent), code(next.consent)},
        {"outcome", code(before->outcome), code(next.outcome)},
        {"follow_up", before->followUp, next.followUp.trimmed()},
        {"follow_up_on", isoDate(before->followUpOn), isoDate(next.followUpOn)},
        {"follow_up_done", QString::number(before->followUpDone), QString::number(next.followUpDone)},
        {"restricted", QString::number(before->restricted), QString::number(next.restricted)},
    };
    const bool quiet = before->restricted || next.restricted;
    const QString hiddenValue = QStringLiteral("(restricted)");
    for (const auto &[field, oldValue, newValue] : fields)
        if (oldValue != newValue) {
            const bool content = qstrcmp(field, "restricted") != 0 && qstrcmp(field, "occurred_on") != 0;
            if (Status s = audit.changed(QStringLiteral("mentoring_entry"), next.id, QLatin1String(field),
                                         quiet && content ? hiddenValue : oldValue, quiet && content ? hiddenValue : newValue);
                !s)
                return s;
        }
    return tx.commit();
}

Status LogEntryStore::setFollowUpDone(const Session &session, qint64 entryId, bool done)
{
    auto e = get(session, entryId);
    if (!e)
        return e.error();
    e->followUpDone = done;
    return update(session, *e);
}

Status LogEntryStore::remove(const Session &session, qint64 entryId)
{
    auto studentId = studentOf(entryId);
    if (!studentId)
        return studentId.error();
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, *studentId); !s)
        return s;
    auto before = get(session, entryId);
    if (!before)
        return before.error();
    if (before->hidden)
        return Error::forbidden(Restricted::refusal());
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("DELETE FROM mentoring_entries WHERE id = ?"));
    q.bind(entryId);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.deleted(QStringLiteral("mentoring_entry"), entryId,
                                 codeOf(before->kind) + QLatin1Char(' ') + isoDate(before->occurredOn) + QLatin1Char(' ')
                                     + (before->restricted ? QStringLiteral("(restricted)") : before->body));
        !s)
        return s;
    return tx.commit();
}

Result<LogEntry> LogEntryStore::get(const Session &session, qint64 entryId) const
{
    auto studentId = studentOf(entryId);
    if (!studentId)
        return studentId.error();
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, *studentId); !s)
        return s.error();
    Query q(m_db, kColumns + QStringLiteral("WHERE e.id = ?"));
    q.bind(entryId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("That log entry no longer exists."));
    LogEntry e = readEntry(q);
    mask(session, e);
    return e;
}

Result<QList<LogEntry>> LogEntryStore::forStudent(const Session &session, qint64 studentId, std::optional<EntryKind> kind) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, studentId); !s)
        return s.error();
    Query q(m_db, kColumns + QStringLiteral("WHERE e.student_id = ?") + (kind ? QStringLiteral(" AND e.kind = ?") : QString())
                      + QStringLiteral(" ORDER BY e.occurred_on DESC, e.id DESC"));
    q.bind(studentId);
    if (kind)
        q.bind(codeOf(*kind));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<LogEntry> out;
    while (q.next()) {
        out.append(readEntry(q));
        mask(session, out.last());
    }
    return out;
}

Result<bool> LogEntryStore::checkIn(const Session &session, qint64 studentId, const QDate &on, const QString &note)
{
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, studentId); !s)
        return s.error();
    if (!on.isValid())
        return Error::invalid(tr("A check-in needs a date."));
    if (on > QDate::currentDate())
        return Error::invalid(tr("A check-in cannot be recorded for a day still to come (%1).").arg(isoDate(on)));
    if (note.size() > kMaxTitle * 5)
        return Error::invalid(tr("The check-in note is longer than %1 characters.").arg(kMaxTitle * 5));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO mentoring_checkins (student_id, checked_on, checked_at, mentor_id, note) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (student_id, checked_on) DO NOTHING RETURNING id"));
    q.bind(studentId).bind(on).bind(isoNow()).bind(userRef(session)).bind(textRef(note.trimmed()));
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (id->isNull())
        return false;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(QStringLiteral("mentoring_checkin"), id->toLongLong(),
                                 QStringLiteral("student %1 on %2").arg(studentId).arg(isoDate(on)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

Status LogEntryStore::undoCheckIn(const Session &session, qint64 studentId, const QDate &on)
{
    if (Status s = StudentScope::check(m_db, session, Action::EditMentoringLog, studentId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("DELETE FROM mentoring_checkins WHERE student_id = ? AND checked_on = ? RETURNING id"));
    q.bind(studentId).bind(on);
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (id->isNull())
        return Error::notFound(tr("There is no check-in on %1 to undo.").arg(isoDate(on)));
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.deleted(QStringLiteral("mentoring_checkin"), id->toLongLong(),
                                 QStringLiteral("student %1 on %2").arg(studentId).arg(isoDate(on)));
        !s)
        return s;
    return tx.commit();
}

Result<bool> LogEntryStore::isCheckedIn(const Session &session, qint64 studentId, const QDate &on) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, studentId); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM mentoring_checkins WHERE student_id = ? AND checked_on = ?"));
    q.bind(studentId).bind(on);
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<QList<CheckIn>> LogEntryStore::checkIns(const Session &session, qint64 studentId, const QDate &from,
                                               const QDate &to) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, studentId); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT id, student_id, checked_on, checked_at, mentor_id, note FROM mentoring_checkins "
                                 "WHERE student_id = ? AND checked_on >= ? AND checked_on <= ? ORDER BY checked_on"));
    q.bind(studentId).bind(from).bind(to);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CheckIn> out;
    while (q.next())
        out.append({q.id(0), q.id(1), q.date(2), QDateTime::fromString(q.string(3), Qt::ISODateWithMs), q.id(4), q.string(5)});
    return out;
}

} // namespace md
