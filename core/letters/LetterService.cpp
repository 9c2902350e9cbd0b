// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterService.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "letters/Letterhead.h"
#include "letters/LetterMerger.h"
#include "letters/LettersLogging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"
#include "students/StudentStore.h"

#include <QHash>
#include <QSet>

namespace md {

namespace {

// QtSql binds a null QString as NULL: text columns that are NOT NULL get '' instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QLatin1String kLetterColumns(
    "SELECT l.id, l.template_id, l.template_name, l.letter_type, l.student_id, "
    "COALESCE(s.preferred_forename, s.legal_forename), COALESCE(s.preferred_surname, s.legal_surname), s.upn, "
    "l.course_id, l.recipient_kind, l.addressee, l.address, l.body_html, l.state, l.letterhead_id, l.issued_via, "
    "l.issued_at, l.issued_by, l.acknowledged_how, l.acknowledged_on, l.acknowledged_note, l.created_by, "
    "l.created_by_name, l.created_at, l.updated_at, l.row_version "
    "FROM letters l JOIN students s ON s.id = l.student_id ");

Letter readLetter(Query &q)
{
    Letter l;
    l.id = q.id(0);
    l.templateId = q.id(1);
    l.templateName = q.string(2);
    l.type = LetterTerms::typeFromString(q.string(3)).value_or(LetterType::Attendance);
    l.studentId = q.id(4);
    l.studentName = q.string(5) + QLatin1Char(' ') + q.string(6);
    l.studentUpn = q.string(7);
    l.courseId = q.id(8);
    l.recipientKind = LetterTerms::recipientKindFromString(q.string(9)).value_or(RecipientKind::Parent);
    l.addressee = q.string(10);
    l.address = q.string(11);
    l.bodyHtml = q.string(12);
    l.state = LetterTerms::stateFromString(q.string(13)).value_or(LetterState::Draft);
    l.letterheadId = q.id(14);
    l.issuedVia = LetterTerms::issueMethodFromString(q.string(15));
    l.issuedAt = q.string(16);
    l.issuedBy = q.id(17);
    l.acknowledgedHow = LetterTerms::ackMethodFromString(q.string(18));
    l.acknowledgedOn = q.date(19);
    l.acknowledgedNote = q.string(20);
    l.createdBy = q.id(21);
    l.createdByName = q.string(22);
    l.createdAt = q.string(23);
    l.updatedAt = q.string(24);
    l.rowVersion = q.integer(25);
    return l;
}

// Who may see a letter: whoever wrote it, and whoever tracks the student's letters.
struct Visibility
{
    QString condition;
    QVariantList binds;
};

Visibility visibilityOf(const Session &session)
{
    const StudentScope scope = StudentScope::of(session, Action::TrackLetters);
    Visibility v;
    if (scope.everyone) {
        v.condition = QStringLiteral("1 = 1");
        return v;
    }
    v.condition = QStringLiteral("(l.created_by = ? OR ") + scope.condition + QLatin1Char(')');
    v.binds << session.userId();
    v.binds += scope.binds;
    return v;
}

QString likePattern(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    t.replace(QLatin1String("%"), QLatin1String("\\%"));
    t.replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}

} // namespace

int LetterPlan::incomplete() const
{
    int n = 0;
    for (const PlannedLetter &p : letters)
        if (!p.missing.isEmpty())
            ++n;
    return n;
}

QList<LetterType> LetterService::creatableTypes(const Session &session)
{
    QList<LetterType> out;
    for (LetterType t : LetterTerms::allTypes())
        if (Permissions::allows(session, LetterTerms::createAction(t)))
            out.append(t);
    return out;
}

Result<qint64> LetterService::checkCreate(const Session &session, LetterType type, qint64 studentId,
                                          qint64 courseId) const
{
    const Action action = LetterTerms::createAction(type);
    if (Status s = Permissions::require(session, action); !s)
        return s.error();
    const Scopes scopes = Permissions::scopes(session, action);
    if (courseId > 0) {
        Query enrolled(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM course_students WHERE course_id = ? AND student_id = ?"));
        enrolled.bind(courseId).bind(studentId);
        auto n = enrolled.scalar();
        if (!n)
            return n.error();
        if (n->toInt() == 0)
            return Error::invalid(tr("The student is not on the course the letter is meant to come from."));
    }
    if (scopes.testFlag(ScopeKind::Organisation))
        return courseId;
    if (scopes.testFlag(ScopeKind::AssignedLearners)) {
        Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM mentoring_groups WHERE mentor_id = ? AND student_id = ? "
                                     "AND ended_on IS NULL"));
        q.bind(session.userId()).bind(studentId);
        auto n = q.scalar();
        if (!n)
            return n.error();
        if (n->toInt() > 0)
            return courseId;
    }
    if (scopes.testFlag(ScopeKind::OwnCourses)) {
        // A teacher writes from one of their courses (reference 000): the letter records which.
        Query q(m_db, QStringLiteral("SELECT ct.course_id FROM course_teachers ct "
                                     "JOIN course_students cs ON cs.course_id = ct.course_id "
                                     "WHERE ct.user_id = ? AND cs.student_id = ? AND (? = 0 OR ct.course_id = ?) "
                                     "ORDER BY ct.course_id LIMIT 1"));
        q.bind(session.userId()).bind(studentId).bind(courseId).bind(courseId);
        auto found = q.scalar();
        if (!found)
            return found.error();
        if (!found->isNull())
            return found->toLongLong();
        if (courseId > 0)
            return Error::forbidden(tr("You may only write letters from a course you teach."));
    }
    return Error::forbidden(tr("You may not %1 for this student: they are not in your group or on your courses.")
                                .arg(Permissions::describe(action)));
}

Result<std::optional<QSet<qint64>>> LetterService::writableStudents(const Session &session, LetterType type) const
{
    const StudentScope scope = StudentScope::of(session, LetterTerms::createAction(type));
    if (scope.everyone)
        return std::optional<QSet<qint64>>();
    QSet<qint64> ids;
    if (!scope.nobody) {
        Query q(m_db, QStringLiteral("SELECT s.id FROM students s WHERE ") + scope.condition);
        for (const QVariant &b : scope.binds)
            q.bind(b);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            ids.insert(q.id(0));
    }
    return std::optional<QSet<qint64>>(ids);
}

Result<QList<Parent>> LetterService::parentsOf(qint64 studentId) const
{
    // Names and addresses only: what a letter needs, read here because a teacher writing an
    // attendance letter may address the parents without seeing their other contact details.
    Query q(m_db, QStringLiteral("SELECT id, title, forename, surname, relationship, parental_responsibility, address, "
                                 "priority FROM parents WHERE student_id = ? ORDER BY priority, id"));
    q.bind(studentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Parent> out;
    while (q.next()) {
        Parent p;
        p.id = q.id(0);
        p.studentId = studentId;
        p.title = q.string(1);
        p.forename = q.string(2);
        p.surname = q.string(3);
        p.relationship = q.string(4);
        p.parentalResponsibility = q.flag(5);
        p.address = q.string(6);
        p.priority = q.integer(7);
        out.append(p);
    }
    return out;
}

Result<LetterPlan> LetterService::plan(const Session &session, const LetterRequest &request) const
{
    LetterPlan plan;
    auto t = LetterTemplateStore(m_db).get(session, request.templateId);
    if (!t)
        return t.error();
    plan.letterTemplate = *t;
    if (t->archived)
        return Error::invalid(tr("The template \u201c%1\u201d is archived: choose another.").arg(t->name));
    if (const QStringList p = LetterMerger::checkMessages(t->bodyHtml, t->type); !p.isEmpty())
        return Error::invalid(tr("The template \u201c%1\u201d has merge field problems; an administrator must fix "
                                 "them before letters can be made from it.")
                                  .arg(t->name),
                              p);
    if (Status s = Permissions::require(session, LetterTerms::createAction(t->type)); !s)
        return s.error();
    if (request.studentIds.isEmpty())
        return Error::invalid(tr("Choose at least one student."));
    if (!request.recipients.toParents && !request.recipients.toStudent)
        return Error::invalid(tr("Choose who the letters are to: the parents and carers, the student, or both."));

    auto letterhead = LetterheadStore(m_db).current();
    if (!letterhead)
        return letterhead.error();
    const QDate date = request.date.isValid() ? request.date : QDate::currentDate();
    MergeCache cache;
    StudentStore students(m_db);
    QSet<qint64> seen;
    for (qint64 studentId : request.studentIds) {
        if (seen.contains(studentId))
            continue;
        seen.insert(studentId);
        auto course = checkCreate(session, t->type, studentId, request.courseId);
        if (!course)
            return course.error();
        auto student = students.get(session, studentId);
        if (!student)
            return student.error();
        auto parents = parentsOf(studentId);
        if (!parents)
            return parents.error();
        const QList<Recipient> recipients =
            Recipients::forStudent(*student, *parents, request.recipients, &plan.problems);
        for (const Recipient &r : recipients) {
            const MergeContext ctx{m_db, session, *student, r, t->type, date, QString(), *letterhead, cache};
            auto merged = LetterMerger::merge(t->bodyHtml, ctx);
            if (!merged)
                return merged.error();
            PlannedLetter p;
            p.studentId = studentId;
            p.studentName = student->displayName();
            p.courseId = *course;
            p.recipient = r;
            p.bodyHtml = merged->html;
            p.missing = merged->missing;
            if (!p.missing.isEmpty())
                plan.problems << tr("%1, letter to %2: no %3.")
                                     .arg(p.studentName, r.addressee, p.missing.join(QStringLiteral(", ")));
            plan.letters.append(p);
        }
    }
    return plan;
}

Result<qint64> LetterService::insertDraft(const Session &session, const LetterTemplate &t, const PlannedLetter &p)
{
    const QString now = isoNow();
    Query q(m_db, QStringLiteral("INSERT INTO letters (template_id, template_name, letter_type, student_id, course_id, "
                                 "recipient_kind, addressee, address, body_html, state, created_by, created_by_name, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?) "
                                 "RETURNING id"));
    q.bind(t.id)
        .bind(t.name)
        .bind(LetterTerms::toString(t.type))
        .bind(p.studentId)
        .bind(p.courseId > 0 ? QVariant(p.courseId) : QVariant())
        .bind(LetterTerms::toString(p.recipient.kind))
        .bind(notNull(p.recipient.addressee))
        .bind(notNull(p.recipient.addressLines.join(QLatin1Char('\n'))))
        .bind(p.bodyHtml)
        .bind(session.userId() > 0 ? QVariant(session.userId()) : QVariant())
        .bind(notNull(session.displayName()))
        .bind(now)
        .bind(now);
    auto id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<qint64>> LetterService::createDrafts(const Session &session, const LetterRequest &request,
                                                  bool allowIncomplete)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // Planned inside the transaction, so what is checked is what is written.
    auto planned = plan(session, request);
    if (!planned)
        return planned.error();
    if (planned->letters.isEmpty())
        return Error::invalid(tr("There is no one to write to."), planned->problems);
    if (!allowIncomplete && planned->incomplete() > 0)
        return Error::invalid(tr("%n letter(s) would have gaps where data is missing. Add the missing data, or "
                                 "create the letters anyway and fill the gaps in each draft.",
                                 nullptr, planned->incomplete()),
                              planned->problems);
    auto letterhead = LetterheadStore(m_db).current();
    if (!letterhead)
        return letterhead.error();
    const LetterTemplate &t = planned->letterTemplate;
    const QDate date = request.date.isValid() ? request.date : QDate::currentDate();
    StudentStore students(m_db);
    MergeCache cache;
    Query body(m_db, QStringLiteral("UPDATE letters SET body_html = ? WHERE id = ?"));
    Query recipient(m_db, QStringLiteral("INSERT INTO letter_recipients (letter_id, parent_id) VALUES (?, ?)"));
    AuditLog audit(m_db, session.actor());
    QList<qint64> ids;
    Student student;
    for (const PlannedLetter &p : std::as_const(planned->letters)) {
        auto id = insertDraft(session, t, p);
        if (!id)
            return id.error();
        // Merged again now that the letter has its reference (printed for the reply slip).
        if (student.id != p.studentId) {
            auto s = students.get(session, p.studentId);
            if (!s)
                return s.error();
            student = *s;
        }
        const MergeContext ctx{m_db,        session, student, p.recipient, t.type, date, LetterTerms::reference(*id),
                               *letterhead, cache};
        auto merged = LetterMerger::merge(t.bodyHtml, ctx);
        if (!merged)
            return merged.error();
        body.bind(merged->html).bind(*id);
        if (Status s = body.exec(); !s)
            return s.error();
        for (qint64 parentId : p.recipient.parentIds) {
            recipient.bind(*id).bind(parentId);
            if (Status s = recipient.exec(); !s)
                return s.error();
        }
        if (Status s = audit.created(QStringLiteral("letter"), *id,
                                     t.name + QStringLiteral(" / ") + LetterTerms::toString(p.recipient.kind));
            !s)
            return s.error();
        ids.append(*id);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcLetters) << "created" << ids.size() << "draft letters from template" << t.id;
    return ids;
}

Result<PlannedLetter> LetterService::previewTemplate(const Session &session, const LetterTemplate &t, qint64 studentId,
                                                     bool toStudent) const
{
    if (!Permissions::allows(session, Action::ManageLetterTemplates))
        if (Status s = Permissions::require(session, LetterTerms::createAction(t.type)); !s)
            return s.error();
    if (const QStringList p = LetterMerger::checkMessages(t.bodyHtml, t.type); !p.isEmpty())
        return Error::invalid(tr("Fix the template's merge fields first:"), p);
    auto student = StudentStore(m_db).get(session, studentId);
    if (!student)
        return student.error();
    auto parents = parentsOf(studentId);
    if (!parents)
        return parents.error();
    auto letterhead = LetterheadStore(m_db).current();
    if (!letterhead)
        return letterhead.error();
    Recipients::Choice choice;
    choice.toParents = !toStudent;
    choice.toStudent = toStudent;
    QList<Recipient> recipients = Recipients::forStudent(*student, *parents, choice, nullptr);
    if (recipients.isEmpty())
        recipients.append(Recipients::student(*student, *parents));
    MergeCache cache;
    const MergeContext ctx{m_db,      session,     *student, recipients.first(), t.type, QDate::currentDate(),
                           QString(), *letterhead, cache};
    auto merged = LetterMerger::merge(t.bodyHtml, ctx);
    if (!merged)
        return merged.error();
    PlannedLetter p;
    p.studentId = studentId;
    p.studentName = student->displayName();
    p.recipient = recipients.first();
    p.bodyHtml = merged->html;
    p.missing = merged->missing;
    return p;
}

Result<Letter> LetterService::get(const Session &session, qint64 id) const
{
    const Visibility v = visibilityOf(session);
    Query q(m_db, kLetterColumns + QStringLiteral("WHERE l.id = ? AND ") + v.condition);
    q.bind(id);
    for (const QVariant &b : v.binds)
        q.bind(b);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(
            tr("Letter %1 does not exist, or is not one you may see.").arg(LetterTerms::reference(id)));
    Letter l = readLetter(q);
    q.finish();
    Query r(m_db, QStringLiteral("SELECT parent_id FROM letter_recipients WHERE letter_id = ? ORDER BY parent_id"));
    r.bind(id);
    if (Status s = r.exec(); !s)
        return s.error();
    while (r.next())
        l.parentIds.append(r.id(0));
    return l;
}

Result<QList<LetterSummary>> LetterService::list(const Session &session, const LetterFilter &filter, int sortColumn,
                                                 Qt::SortOrder order) const
{
    if (!Permissions::allows(session, Action::TrackLetters) && creatableTypes(session).isEmpty())
        return Error::forbidden(tr("You may not see letters: that needs a role that writes or tracks them."));
    const Visibility v = visibilityOf(session);
    QString sql =
        QStringLiteral(
            "SELECT l.id, l.letter_type, l.template_name, l.student_id, "
            "COALESCE(s.preferred_forename, s.legal_forename), COALESCE(s.preferred_surname, s.legal_surname), "
            "s.tutor_group, l.recipient_kind, l.addressee, l.state, l.issued_via, l.issued_at, l.acknowledged_how, "
            "l.acknowledged_on, l.created_by_name, l.created_at "
            "FROM letters l JOIN students s ON s.id = l.student_id WHERE ") +
        v.condition;
    QVariantList binds = v.binds;
    if (filter.state) {
        sql += QStringLiteral(" AND l.state = ?");
        binds << LetterTerms::toString(*filter.state);
    }
    if (filter.type) {
        sql += QStringLiteral(" AND l.letter_type = ?");
        binds << LetterTerms::toString(*filter.type);
    }
    if (filter.studentId != 0) { // negative: nobody (a record with no student open)
        sql += QStringLiteral(" AND l.student_id = ?");
        binds << filter.studentId;
    }
    if (!filter.text.trimmed().isEmpty()) {
        const QString like = likePattern(filter.text);
        QStringList parts;
        for (const char *column : {"s.legal_surname", "s.legal_forename", "s.preferred_forename", "s.preferred_surname",
                                   "s.upn", "s.tutor_group", "l.addressee", "l.template_name"}) {
            parts << QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            binds << like;
        }
        if (const qint64 ref = LetterTerms::idFromReference(filter.text); ref > 0) {
            parts << QStringLiteral("l.id = ?");
            binds << ref;
        }
        sql += QStringLiteral(" AND (") + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    static const char *const kSort[SortCount] = {
        "l.id",
        "COALESCE(s.preferred_surname, s.legal_surname) %1, COALESCE(s.preferred_forename, s.legal_forename) %1",
        "l.addressee %1",
        "l.letter_type %1",
        "l.template_name %1",
        "l.state %1",
        "l.issued_at %1",
        "l.created_by_name %1",
    };
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const int column = sortColumn >= 0 && sortColumn < SortCount ? sortColumn : SortReference;
    sql += QStringLiteral(" ORDER BY ");
    if (column != SortReference)
        sql += QString::fromLatin1(kSort[column]).arg(dir) + QStringLiteral(", ");
    sql += QStringLiteral("l.id ") + dir;
    Query q(m_db, sql);
    for (const QVariant &b : std::as_const(binds))
        q.bind(b);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<LetterSummary> out;
    while (q.next()) {
        LetterSummary l;
        l.id = q.id(0);
        l.type = LetterTerms::typeFromString(q.string(1)).value_or(LetterType::Attendance);
        l.templateName = q.string(2);
        l.studentId = q.id(3);
        l.studentName = q.string(4) + QLatin1Char(' ') + q.string(5);
        l.tutorGroup = q.string(6);
        l.recipientKind = LetterTerms::recipientKindFromString(q.string(7)).value_or(RecipientKind::Parent);
        l.addressee = q.string(8);
        l.state = LetterTerms::stateFromString(q.string(9)).value_or(LetterState::Draft);
        l.issuedVia = LetterTerms::issueMethodFromString(q.string(10));
        l.issuedAt = q.string(11);
        l.acknowledgedHow = LetterTerms::ackMethodFromString(q.string(12));
        l.acknowledgedOn = q.date(13);
        l.createdByName = q.string(14);
        l.createdAt = q.string(15);
        out.append(l);
    }
    return out;
}

Status LetterService::checkTrack(const Session &session, qint64 studentId) const
{
    return StudentScope::check(m_db, session, Action::TrackLetters, studentId);
}

Status LetterService::checkManage(const Session &session, const Letter &letter) const
{
    if (letter.state != LetterState::Draft)
        return Error::conflict(tr("%1 has been issued: an issued letter is kept exactly as it was sent and cannot be "
                                  "changed or deleted.")
                                   .arg(letter.reference()));
    auto course = checkCreate(session, letter.type, letter.studentId, letter.courseId);
    if (!course)
        return course.error();
    if (session.userId() > 0 && letter.createdBy == session.userId())
        return {};
    if (Permissions::allows(session, Action::TrackLetters) && checkTrack(session, letter.studentId))
        return {};
    return Error::forbidden(
        tr("Only the letter's author, or a mentor or headteacher who tracks this student's letters, "
           "may change this draft."));
}

Status LetterService::updateDraft(const Session &session, qint64 id, const QString &bodyHtml, int rowVersion)
{
    auto letter = get(session, id);
    if (!letter) {
        if (letter.error().kind != Error::Kind::NotFound)
            return letter.error();
        RecordConflict c;
        c.entity = QStringLiteral("letter");
        c.id = id;
        c.yourVersion = rowVersion;
        c.recordLabel = tr("Letter %1").arg(LetterTerms::reference(id));
        c.deleted = true;
        return RecordConflicts::staleWrite(m_db, c);
    }
    if (Status s = checkManage(session, *letter); !s)
        return s;
    if (letter->rowVersion != rowVersion) {
        RecordConflict c;
        c.entity = QStringLiteral("letter");
        c.id = id;
        c.yourVersion = rowVersion;
        c.storedVersion = letter->rowVersion;
        c.recordLabel = tr("Letter %1").arg(letter->reference());
        c.add(tr("Letter text"), RecordConflicts::htmlText(bodyHtml), RecordConflicts::htmlText(letter->bodyHtml));
        return RecordConflicts::staleWrite(m_db, c);
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE letters SET body_html = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ? AND state = 'draft'"));
    q.bind(bodyHtml).bind(isoNow()).bind(id).bind(rowVersion);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::conflict(tr("Someone else changed or issued %1 while you were editing it; reopen it to see "
                                  "their version.")
                                   .arg(letter->reference()));
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("letter"), id, QStringLiteral("body_html"), letter->bodyHtml, bodyHtml);
        !s)
        return s;
    return tx.commit();
}

Status LetterService::deleteDrafts(const Session &session, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Error::invalid(tr("Choose the drafts to delete."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("DELETE FROM letters WHERE id = ? AND state = 'draft'"));
    AuditLog audit(m_db, session.actor());
    for (qint64 id : ids) {
        auto letter = get(session, id);
        if (!letter)
            return letter.error();
        if (Status s = checkManage(session, *letter); !s)
            return s;
        q.bind(id);
        if (Status s = q.exec(); !s)
            return s;
        if (q.numRowsAffected() == 0)
            return Error::conflict(tr("%1 was issued meanwhile and is kept.").arg(letter->reference()));
        if (Status s = audit.deleted(QStringLiteral("letter"), id, letter->templateName); !s)
            return s;
    }
    return tx.commit();
}

Status LetterService::checkIssue(const Session &session, const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return Error::invalid(tr("Choose the letters to issue."));
    QStringList problems;
    for (qint64 id : ids) {
        auto letter = get(session, id);
        if (!letter)
            return letter.error();
        if (Status s = checkManage(session, *letter); !s)
            return s;
        const QStringList blockers = LetterMerger::issueBlockers(letter->bodyHtml);
        for (const QString &b : blockers)
            problems << tr("%1 (to %2): %3").arg(letter->reference(), letter->addressee, b);
    }
    if (!problems.isEmpty())
        return Error::invalid(tr("Some letters cannot be issued yet; edit the drafts first:"), problems);
    return {};
}

Status LetterService::issue(const Session &session, const QList<qint64> &ids, IssueMethod method)
{
    if (ids.isEmpty())
        return Error::invalid(tr("Choose the letters to issue."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    LetterheadStore letterheads(m_db);
    auto letterhead = letterheads.current();
    if (!letterhead)
        return letterhead.error();
    qint64 letterheadId = letterhead->id;
    if (letterheadId == 0) {
        // Never set by an administrator: keep the one made from the school settings, so the
        // letter can always be printed again exactly as sent.
        auto saved = letterheads.saveUnchecked(*letterhead, session.userId());
        if (!saved)
            return saved.error();
        letterheadId = *saved;
    }
    if (Status s = checkIssue(session, ids); !s)
        return s;
    QList<Letter> letters;
    for (qint64 id : ids) {
        auto letter = get(session, id);
        if (!letter)
            return letter.error();
        letters.append(*letter);
    }
    Query q(m_db, QStringLiteral("UPDATE letters SET state = 'issued', issued_via = ?, issued_at = ?, issued_by = ?, "
                                 "letterhead_id = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND state = 'draft'"));
    AuditLog audit(m_db, session.actor());
    const QString now = isoNow();
    for (const Letter &l : std::as_const(letters)) {
        q.bind(LetterTerms::toString(method))
            .bind(now)
            .bind(session.userId() > 0 ? QVariant(session.userId()) : QVariant())
            .bind(letterheadId)
            .bind(now)
            .bind(l.id);
        if (Status s = q.exec(); !s)
            return s;
        if (q.numRowsAffected() == 0)
            return Error::conflict(tr("%1 was issued or deleted meanwhile.").arg(l.reference()));
        if (Status s = audit.changed(QStringLiteral("letter"), l.id, QStringLiteral("state"), QStringLiteral("draft"),
                                     QStringLiteral("issued (%1)").arg(LetterTerms::toString(method)));
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcLetters) << "issued" << letters.size() << "letters via" << LetterTerms::toString(method);
    return {};
}

Status LetterService::acknowledge(const Session &session, qint64 id, AckMethod how, const QDate &on,
                                  const QString &note)
{
    auto letter = get(session, id);
    if (!letter)
        return letter.error();
    if (Status s = Permissions::require(session, Action::TrackLetters); !s)
        return s;
    if (Status s = checkTrack(session, letter->studentId); !s)
        return s;
    if (letter->state == LetterState::Draft)
        return Error::conflict(
            tr("%1 is still a draft: it can be acknowledged once it has been issued.").arg(letter->reference()));
    if (letter->state == LetterState::Acknowledged)
        return Error::conflict(
            tr("%1 was already recorded as %2 on %3.")
                .arg(letter->reference(),
                     LetterTerms::label(letter->acknowledgedHow.value_or(AckMethod::ReplySlip)).toLower(),
                     letter->acknowledgedOn.toString(Qt::ISODate)));
    const QDate when = on.isValid() ? on : QDate::currentDate();
    const QDate issued = QDate::fromString(letter->issuedAt.left(10), Qt::ISODate);
    if (when > QDate::currentDate())
        return Error::invalid(tr("The date %1 is in the future.").arg(when.toString(Qt::ISODate)));
    if (issued.isValid() && when < issued)
        return Error::invalid(tr("The date %1 is before the letter was issued (%2).")
                                  .arg(when.toString(Qt::ISODate), issued.toString(Qt::ISODate)));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db,
            QStringLiteral("UPDATE letters SET state = 'acknowledged', acknowledged_how = ?, acknowledged_on = ?, "
                           "acknowledged_note = ?, updated_at = ?, row_version = row_version + 1 "
                           "WHERE id = ? AND state = 'issued'"));
    q.bind(LetterTerms::toString(how)).bind(when).bindNullable(note.trimmed()).bind(isoNow()).bind(id);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::conflict(tr("%1 changed meanwhile; reload the list.").arg(letter->reference()));
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("letter"), id, QStringLiteral("state"), QStringLiteral("issued"),
                                 QStringLiteral("acknowledged (%1)").arg(LetterTerms::toString(how)));
        !s)
        return s;
    return tx.commit();
}

Result<QList<std::pair<qint64, QString>>> LetterService::taughtCourses(const Session &session) const
{
    Query q(m_db, QStringLiteral("SELECT c.id, c.name FROM courses c JOIN course_teachers ct ON ct.course_id = c.id "
                                 "WHERE ct.user_id = ? ORDER BY c.name, c.id"));
    q.bind(session.userId());
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, QString>> out;
    while (q.next())
        out.append({q.id(0), q.string(1)});
    return out;
}

Result<qint64> LetterService::findCourse(const QString &name) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM courses WHERE LOWER(name) = LOWER(?) ORDER BY id LIMIT 1"));
    q.bind(name.trimmed());
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (id->isNull())
        return Error::notFound(tr("There is no course called \u201c%1\u201d.").arg(name.trimmed()));
    return id->toLongLong();
}

Result<QList<RenderLetter>> LetterService::renderable(const Session &session, const QList<qint64> &ids) const
{
    LetterheadStore letterheads(m_db);
    QHash<qint64, std::shared_ptr<const Letterhead>> byId;
    std::shared_ptr<const Letterhead> current;
    QList<RenderLetter> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        auto letter = get(session, id);
        if (!letter)
            return letter.error();
        RenderLetter r;
        r.bodyHtml = letter->bodyHtml;
        r.reference = letter->reference();
        if (letter->state == LetterState::Draft || letter->letterheadId == 0) {
            if (!current) {
                auto l = letterheads.current();
                if (!l)
                    return l.error();
                current = std::make_shared<const Letterhead>(*l);
            }
            r.letterhead = current;
        } else {
            auto it = byId.constFind(letter->letterheadId);
            if (it == byId.constEnd()) {
                auto l = letterheads.get(letter->letterheadId);
                if (!l)
                    return l.error();
                it = byId.insert(letter->letterheadId, std::make_shared<const Letterhead>(*l));
            }
            r.letterhead = *it;
        }
        out.append(r);
    }
    return out;
}

} // namespace md
