// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessments/AssessmentService.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "school/SchoolSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"
#include "students/StudentNames.h"

#include <QHash>
#include <QLocale>
#include <QMap>

#include <tuple>

namespace md {

namespace {

const QLatin1String kStageEntity("course_assessment_stage");

AssessmentTerm termFrom(const Query &q)
{
    AssessmentTerm t;
    t.id = q.id(0);
    t.name = q.string(1);
    t.startsOn = QDate::fromString(q.string(2), Qt::ISODate);
    t.endsOn = QDate::fromString(q.string(3), Qt::ISODate);
    t.completedAt = q.string(4);
    return t;
}

const char *const kTermColumns = "SELECT id, name, starts_on, ends_on, completed_at FROM terms ";

} // namespace

// --- terms -------------------------------------------------------------------------------------

Result<QList<AssessmentTerm>> AssessmentService::terms() const
{
    Query q(m_db, QString::fromLatin1(kTermColumns) + QStringLiteral("ORDER BY starts_on DESC"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<AssessmentTerm> out;
    while (q.next())
        out.append(termFrom(q));
    return out;
}

Result<AssessmentTerm> AssessmentService::term(qint64 id) const
{
    Query q(m_db, QString::fromLatin1(kTermColumns) + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("That term no longer exists."));
    return termFrom(q);
}

Result<AssessmentTerm> AssessmentService::findTerm(const QString &name) const
{
    Query q(m_db, QString::fromLatin1(kTermColumns) + QStringLiteral("WHERE LOWER(name) = LOWER(?)"));
    q.bind(name.simplified());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no term called \"%1\".").arg(name.simplified()));
    return termFrom(q);
}

Result<std::optional<AssessmentTerm>> AssessmentService::currentTerm(const QDate &date) const
{
    // An administrator's or headteacher's choice wins over the calendar.
    if (const qint64 chosen = chosenCurrentTerm(); chosen > 0)
        if (auto t = term(chosen))
            return std::optional<AssessmentTerm>(*t);
    Query q(m_db,
            QString::fromLatin1(kTermColumns) + QStringLiteral("WHERE starts_on <= ? ORDER BY starts_on DESC LIMIT 1"));
    q.bind(isoDate(date));
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.next())
        return std::optional<AssessmentTerm>(termFrom(q));
    // Before the first term: the earliest one.
    Query first(m_db, QString::fromLatin1(kTermColumns) + QStringLiteral("ORDER BY starts_on LIMIT 1"));
    if (Status s = first.exec(); !s)
        return s.error();
    if (first.next())
        return std::optional<AssessmentTerm>(termFrom(first));
    return std::optional<AssessmentTerm>();
}

qint64 AssessmentService::chosenCurrentTerm() const
{
    return SchoolSettings(m_db).value(kCurrentTerm).toLongLong();
}

Status AssessmentService::checkTerm(qint64 termId, const QString &name, const QDate &startsOn,
                                    const QDate &endsOn) const
{
    const QString n = name.simplified();
    if (n.isEmpty() || n.size() > 60)
        return Error::invalid(tr("A term needs a name of at most 60 characters."));
    if (!startsOn.isValid() || !endsOn.isValid() || endsOn < startsOn)
        return Error::invalid(tr("A term needs a start date on or before its end date."));
    Query same(m_db, QStringLiteral("SELECT COUNT(*) FROM terms WHERE LOWER(name) = LOWER(?) AND id <> ?"));
    same.bind(n).bind(termId);
    auto named = same.scalar();
    if (!named)
        return named.error();
    if (named->toInt() > 0)
        return Error::conflict(tr("There is already a term called \"%1\".").arg(n));
    Query overlap(m_db,
                  QString::fromLatin1(kTermColumns) +
                      QStringLiteral("WHERE id <> ? AND starts_on <= ? AND ends_on >= ? ORDER BY starts_on LIMIT 1"));
    overlap.bind(termId).bind(isoDate(endsOn)).bind(isoDate(startsOn));
    if (Status s = overlap.exec(); !s)
        return s;
    if (overlap.next()) {
        const AssessmentTerm other = termFrom(overlap);
        return Error::conflict(tr("%1 would overlap %2 (%3 to %4): terms may not overlap.")
                                   .arg(n, other.name, QLocale().toString(other.startsOn, QLocale::ShortFormat),
                                        QLocale().toString(other.endsOn, QLocale::ShortFormat)));
    }
    return {};
}

Result<qint64> AssessmentService::createTerm(const Session &session, const QString &name, const QDate &startsOn,
                                             const QDate &endsOn)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s.error();
    if (Status s = checkTerm(0, name, startsOn, endsOn); !s)
        return s.error();
    const QString n = name.simplified();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO terms (name, starts_on, ends_on) VALUES (?, ?, ?) RETURNING id"));
    q.bind(n).bind(startsOn).bind(endsOn);
    auto id = q.scalar();
    if (!id)
        return id.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(QStringLiteral("term"), id->toLongLong(),
                                 QStringLiteral("%1, %2 to %3").arg(n, isoDate(startsOn), isoDate(endsOn)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Status AssessmentService::updateTerm(const Session &session, qint64 termId, const QString &name, const QDate &startsOn,
                                     const QDate &endsOn)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s;
    auto old = term(termId);
    if (!old)
        return old.error();
    if (old->isComplete())
        return Error::conflict(tr("%1 is complete: the term and its assessments are locked.").arg(old->name));
    if (Status s = checkTerm(termId, name, startsOn, endsOn); !s)
        return s;
    const QString n = name.simplified();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE terms SET name = ?, starts_on = ?, ends_on = ? WHERE id = ?"));
    q.bind(n).bind(startsOn).bind(endsOn).bind(termId);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    const QString entity = QStringLiteral("term");
    if (old->name != n)
        if (Status s = audit.changed(entity, termId, QStringLiteral("name"), old->name, n); !s)
            return s;
    if (old->startsOn != startsOn)
        if (Status s =
                audit.changed(entity, termId, QStringLiteral("starts_on"), isoDate(old->startsOn), isoDate(startsOn));
            !s)
            return s;
    if (old->endsOn != endsOn)
        if (Status s = audit.changed(entity, termId, QStringLiteral("ends_on"), isoDate(old->endsOn), isoDate(endsOn));
            !s)
            return s;
    return tx.commit();
}

Status AssessmentService::deleteTerm(const Session &session, qint64 termId)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s;
    auto old = term(termId);
    if (!old)
        return old.error();
    if (old->isComplete())
        return Error::conflict(tr("%1 is complete: a completed term stays on record.").arg(old->name));
    Query courses(m_db, QStringLiteral("SELECT COUNT(*) FROM courses WHERE term_id = ?"));
    courses.bind(termId);
    auto n = courses.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::conflict(
            tr("%1 has %n course(s): move them to another term before deleting it.", nullptr, n->toInt())
                .arg(old->name));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("DELETE FROM terms WHERE id = ?"));
    q.bind(termId);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.deleted(QStringLiteral("term"), termId, old->name); !s)
        return s;
    if (chosenCurrentTerm() == termId)
        if (Status s = SchoolSettings(m_db).setValueUnchecked(kCurrentTerm, QString()); !s)
            return s;
    return tx.commit();
}

Status AssessmentService::setCurrentTerm(const Session &session, qint64 termId)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s;
    if (termId > 0)
        if (auto t = term(termId); !t)
            return t.error();
    const qint64 old = chosenCurrentTerm();
    if (old == termId)
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s =
            SchoolSettings(m_db).setValueUnchecked(kCurrentTerm, termId > 0 ? QString::number(termId) : QString());
        !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("setting"), 0, kCurrentTerm, old > 0 ? QString::number(old) : QString(),
                                 termId > 0 ? QString::number(termId) : QString());
        !s)
        return s;
    return tx.commit();
}

Result<QHash<qint64, int>> AssessmentService::courseCounts() const
{
    Query q(m_db, QStringLiteral("SELECT term_id, COUNT(*) FROM courses WHERE term_id IS NOT NULL GROUP BY term_id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.id(0), q.integer(1));
    return out;
}

Status AssessmentService::setCourseTerm(const Session &session, qint64 courseId, qint64 termId)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s;
    auto t = term(termId);
    if (!t)
        return t.error();
    if (t->isComplete())
        return Error::conflict(tr("%1 is complete: no course can be added to it.").arg(t->name));
    auto state = courseState(courseId);
    if (!state)
        return state.error();
    if (state->termComplete)
        return Error::conflict(tr("%1 is complete: its courses stay in it.").arg(state->termName));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE courses SET term_id = ? WHERE id = ?"));
    q.bind(termId).bind(courseId);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("course"), courseId, QStringLiteral("term_id"),
                                 state->termId ? QString::number(state->termId) : QString(), QString::number(termId));
        !s)
        return s;
    return tx.commit();
}

Result<QStringList> AssessmentService::gradingScale(qint64 courseId) const
{
    Query q(m_db, QStringLiteral("SELECT grading_scale FROM courses WHERE id = ?"));
    q.bind(courseId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("That course no longer exists."));
    return q.string(0).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

Status AssessmentService::setGradingScale(const Session &session, qint64 courseId, const QStringList &grades)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s;
    QStringList clean;
    for (const QString &g : grades) {
        const QString t = g.simplified();
        if (t.isEmpty() || t.contains(QLatin1Char('|')) || t.size() > 20)
            return Error::invalid(tr("Grade '%1' is not allowed: grades are 1 to 20 characters, without '|'.").arg(t));
        if (clean.contains(t))
            return Error::invalid(tr("Grade '%1' appears twice in the scale.").arg(t));
        clean << t;
    }
    if (clean.isEmpty() || clean.size() > kMaxGrades)
        return Error::invalid(tr("A grading scale has from 1 to %1 grades.").arg(kMaxGrades));
    auto state = courseState(courseId);
    if (!state)
        return state.error();
    Query used(m_db,
               QStringLiteral("SELECT COUNT(*) FROM course_assessments WHERE course_id = ? AND grade IS NOT NULL"));
    used.bind(courseId);
    auto n = used.scalar();
    if (!n)
        return n.error();
    // Like an ILP review scale, it locks once anyone is assessed on it.
    if (n->toInt() > 0)
        return Error::conflict(tr("The course's grading scale is locked: students have already been assessed on it."));
    auto old = gradingScale(courseId);
    if (!old)
        return old.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE courses SET grading_scale = ? WHERE id = ?"));
    q.bind(clean.join(QLatin1Char('|'))).bind(courseId);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("course"), courseId, QStringLiteral("grading_scale"),
                                 old->join(QLatin1Char('|')), clean.join(QLatin1Char('|')));
        !s)
        return s;
    return tx.commit();
}

// --- assessing ---------------------------------------------------------------------------------

Result<AssessmentService::CourseState> AssessmentService::courseState(qint64 courseId) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT c.term_id, t.name, t.completed_at, a.stage, a.row_version, "
                      "(SELECT COUNT(*) FROM course_assessments ca WHERE ca.course_id = c.id AND ca.grade IS NOT NULL) "
                      "FROM courses c LEFT JOIN terms t ON t.id = c.term_id "
                      "LEFT JOIN course_approvals a ON a.course_id = c.id WHERE c.id = ?"));
    q.bind(courseId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("That course no longer exists."));
    CourseState st;
    st.termId = q.id(0);
    st.termName = q.string(1);
    st.termComplete = !q.value(2).isNull();
    st.rowVersion = q.integer(4);
    const QString stored = q.string(3);
    if (stored == QLatin1String("complete"))
        st.stage = AssessmentStage::Complete;
    else if (stored == QLatin1String("approved"))
        st.stage = AssessmentStage::Approved;
    else if (stored == QLatin1String("returned"))
        st.stage = AssessmentStage::Returned;
    else
        st.stage = q.integer(5) > 0 ? AssessmentStage::InProgress : AssessmentStage::NotStarted;
    return st;
}

Result<AssessmentStage> AssessmentService::stage(qint64 courseId) const
{
    auto st = courseState(courseId);
    if (!st)
        return st.error();
    return st->stage;
}

Result<QString> AssessmentService::returnComment(const Session &session, qint64 courseId) const
{
    if (Status s = Permissions::require(session, Action::ViewAssessments); !s)
        return s.error();
    Query q(m_db,
            QStringLiteral("SELECT return_comment FROM course_approvals WHERE course_id = ? AND stage = 'returned'"));
    q.bind(courseId);
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toString();
}

Result<bool> AssessmentService::teaches(const Session &session, qint64 courseId) const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM course_teachers WHERE course_id = ? AND user_id = ?"));
    q.bind(courseId).bind(session.userId());
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<QList<std::pair<qint64, QString>>> AssessmentService::taughtCourses(const Session &session, qint64 termId) const
{
    Query q(m_db, QStringLiteral("SELECT c.id, c.name FROM courses c JOIN course_teachers ct ON ct.course_id = c.id "
                                 "WHERE ct.user_id = ? AND c.term_id = ? ORDER BY c.year_group, c.name"));
    q.bind(session.userId()).bind(termId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, QString>> out;
    while (q.next())
        out.append({q.id(0), q.string(1)});
    return out;
}

Result<QList<CourseAssessment>> AssessmentService::roster(const Session &session, qint64 courseId) const
{
    if (Status s = Permissions::require(session, Action::ViewAssessments); !s)
        return s.error();
    const Scopes scopes = Permissions::scopes(session, Action::ViewAssessments);
    const StudentScope scope = StudentScope::of(session, Action::ViewAssessments);
    QString condition = QStringLiteral("1 = 1");
    QVariantList binds;
    if (!scope.everyone) {
        auto t = teaches(session, courseId);
        if (!t)
            return t.error();
        if (*t && scopes.testFlag(ScopeKind::OwnCourses)) {
            // Their own course: every student on it.
        } else if (scopes.testFlag(ScopeKind::AssignedLearners)) {
            condition = scope.condition;
            binds = scope.binds;
        } else {
            return Error::forbidden(tr("You may only see the assessments of the courses you teach."));
        }
    }
    Query q(m_db,
            QStringLiteral("SELECT s.id, s.upn, s.legal_surname, s.legal_forename, s.preferred_forename, "
                           "ca.grade, ca.comment, c.name, ca.row_version FROM course_students cs "
                           "JOIN students s ON s.id = cs.student_id JOIN courses c ON c.id = cs.course_id "
                           "LEFT JOIN course_assessments ca ON ca.course_id = cs.course_id AND ca.student_id = s.id "
                           "WHERE cs.course_id = ? AND s.date_left IS NULL AND ") +
                condition + QStringLiteral(" ORDER BY s.legal_surname, s.legal_forename, s.id"));
    q.bind(courseId);
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CourseAssessment> out;
    while (q.next()) {
        CourseAssessment a;
        a.courseId = courseId;
        a.studentId = q.id(0);
        a.studentUpn = q.string(1);
        a.studentName = listName(q.string(2), q.string(3), q.string(4));
        a.grade = q.string(5);
        a.comment = q.string(6);
        a.courseName = q.string(7);
        a.rowVersion = q.value(8).isNull() ? 0 : q.integer(8);
        out.append(a);
    }
    return out;
}

Result<int> AssessmentService::assessmentVersion(qint64 courseId, qint64 studentId) const
{
    Query q(m_db, QStringLiteral("SELECT row_version FROM course_assessments WHERE course_id = ? AND student_id = ?"));
    q.bind(courseId).bind(studentId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.integer(0) : 0;
}

Error AssessmentService::staleAssessment(qint64 courseId, qint64 studentId, const QString &grade, const QString &comment,
                                         int version) const
{
    RecordConflict c;
    c.entity = QStringLiteral("course_assessment");
    c.id = courseId;
    c.yourVersion = version;
    QString courseName;
    QString studentName;
    Query q(m_db, QStringLiteral("SELECT c.name, s.legal_surname, s.legal_forename, s.preferred_forename, ca.grade, "
                                 "ca.comment, ca.row_version FROM courses c JOIN students s ON s.id = ? "
                                 "LEFT JOIN course_assessments ca ON ca.course_id = c.id AND ca.student_id = s.id "
                                 "WHERE c.id = ?"));
    q.bind(studentId).bind(courseId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("That course or student no longer exists."));
    c.recordLabel = tr("The assessment of %1 in %2").arg(listName(q.string(1), q.string(2), q.string(3)), q.string(0));
    c.storedVersion = q.value(6).isNull() ? 0 : q.integer(6);
    c.add(tr("Grade"), grade, q.string(4));
    c.add(tr("Comment"), comment, q.string(5));
    q.finish();
    return RecordConflicts::staleWrite(m_db, c);
}

Status AssessmentService::setAssessment(const Session &session, qint64 courseId, qint64 studentId, const QString &grade,
                                        const QString &comment, std::optional<int> expectedVersion)
{
    if (Status s = Permissions::require(session, Action::EditAssessments); !s)
        return s;
    auto st = courseState(courseId);
    if (!st)
        return st.error();
    if (st->termComplete)
        return Error::conflict(
            tr("%1 is complete: its assessments are locked and nobody may change them.").arg(st->termName));
    auto t = teaches(session, courseId);
    if (!t)
        return t.error();
    if (!*t)
        return Error::forbidden(tr("You may only assess students on the courses you teach."));
    if (st->stage == AssessmentStage::Complete)
        return Error::conflict(tr("The course's assessments are marked complete and wait for the headteacher's "
                                  "approval: they can be changed again only if the course is returned to you."));
    if (st->stage == AssessmentStage::Approved)
        return Error::conflict(tr("The course's assessments are approved: they can no longer be changed."));
    const QString g = grade.trimmed();
    auto scale = gradingScale(courseId);
    if (!scale)
        return scale.error();
    if (!g.isEmpty() && !scale->contains(g))
        return Error::invalid(
            tr("Grade '%1' is not on the course's scale (%2).").arg(g, scale->join(QStringLiteral(", "))));
    const QString c = comment.trimmed();
    if (c.size() > kMaxCommentLength)
        return Error::invalid(
            tr("The comment is %1 characters long; the most is %2.").arg(c.size()).arg(kMaxCommentLength));
    Query enrolled(m_db, QStringLiteral("SELECT COUNT(*) FROM course_students WHERE course_id = ? AND student_id = ?"));
    enrolled.bind(courseId).bind(studentId);
    auto n = enrolled.scalar();
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error::invalid(tr("That student is not enrolled on the course."));
    Query old(m_db,
              QStringLiteral("SELECT grade, comment FROM course_assessments WHERE course_id = ? AND student_id = ?"));
    old.bind(courseId).bind(studentId);
    if (Status s = old.exec(); !s)
        return s;
    const bool existed = old.next();
    const QString oldGrade = existed ? old.string(0) : QString();
    const QString oldComment = existed ? old.string(1) : QString();
    old.finish();
    if (existed && oldGrade == g && oldComment == c)
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // Checked: an update of the version read, or (none read) an insert that finds no row. A
    // co-teacher's save meanwhile makes either touch nothing: a stale write, both versions shown.
    const QString text = c.isNull() ? QStringLiteral("") : c; // null binds as NULL
    Query q(m_db, !expectedVersion
                      ? QStringLiteral("INSERT INTO course_assessments (course_id, student_id, grade, comment, "
                                       "assessed_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (course_id, "
                                       "student_id) DO UPDATE SET grade = excluded.grade, comment = excluded.comment, "
                                       "assessed_by = excluded.assessed_by, updated_at = excluded.updated_at, "
                                       "row_version = course_assessments.row_version + 1")
                  : *expectedVersion == 0
                      ? QStringLiteral("INSERT INTO course_assessments (course_id, student_id, grade, comment, "
                                       "assessed_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (course_id, "
                                       "student_id) DO NOTHING")
                      : QStringLiteral("UPDATE course_assessments SET grade = ?, comment = ?, assessed_by = ?, "
                                       "updated_at = ?, row_version = row_version + 1 "
                                       "WHERE course_id = ? AND student_id = ? AND row_version = ?"));
    if (expectedVersion && *expectedVersion > 0)
        q.bindNullable(g).bind(text).bind(session.userId()).bind(isoNow()).bind(courseId).bind(studentId).bind(
            *expectedVersion);
    else
        q.bind(courseId).bind(studentId).bindNullable(g).bind(text).bind(session.userId()).bind(isoNow());
    if (Status s = q.exec(); !s)
        return s;
    if (expectedVersion && q.numRowsAffected() == 0) {
        tx.rollback();
        return staleAssessment(courseId, studentId, g, c, *expectedVersion);
    }
    AuditLog audit(m_db, session.actor());
    const QString who = QStringLiteral("student %1").arg(studentId);
    if (oldGrade != g)
        if (Status s = audit.changed(QStringLiteral("course_assessment"), courseId, who + QStringLiteral(" grade"),
                                     oldGrade, g);
            !s)
            return s;
    if (oldComment != c)
        if (Status s = audit.changed(QStringLiteral("course_assessment"), courseId, who + QStringLiteral(" comment"),
                                     oldComment, c);
            !s)
            return s;
    return tx.commit();
}

Status AssessmentService::setStage(const Session &session, qint64 courseId, AssessmentStage from, AssessmentStage to,
                                   const QString &comment)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = isoNow();
    QString sql;
    switch (to) {
    case AssessmentStage::Complete:
        sql = QStringLiteral("INSERT INTO course_approvals (course_id, stage, completed_at, completed_by) VALUES (?, "
                             "'complete', ?, ?) ON CONFLICT (course_id) DO UPDATE SET stage = 'complete', completed_at "
                             "= excluded.completed_at, completed_by = excluded.completed_by, row_version = "
                             "course_approvals.row_version + 1");
        break;
    case AssessmentStage::Approved:
        sql = QStringLiteral("INSERT INTO course_approvals (course_id, stage, approved_at, approved_by) VALUES (?, "
                             "'approved', ?, ?) ON CONFLICT (course_id) DO UPDATE SET stage = 'approved', approved_at "
                             "= excluded.approved_at, approved_by = excluded.approved_by, row_version = "
                             "course_approvals.row_version + 1");
        break;
    case AssessmentStage::Returned:
        sql =
            QStringLiteral("INSERT INTO course_approvals (course_id, stage, returned_at, returned_by, return_comment) "
                           "VALUES (?, 'returned', ?, ?, ?) ON CONFLICT (course_id) DO UPDATE SET stage = 'returned', "
                           "returned_at = excluded.returned_at, returned_by = excluded.returned_by, return_comment = "
                           "excluded.return_comment, row_version = course_approvals.row_version + 1");
        break;
    default:
        return Error::invalid(tr("A course cannot be moved back to that stage."));
    }
    Query q(m_db, sql);
    q.bind(courseId).bind(now).bind(session.userId());
    if (to == AssessmentStage::Returned)
        q.bind(comment);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(kStageEntity, courseId, QStringLiteral("stage"), toCode(from), toCode(to)); !s)
        return s;
    if (to == AssessmentStage::Returned)
        if (Status s = audit.changed(kStageEntity, courseId, QStringLiteral("return_comment"), QString(), comment); !s)
            return s;
    return tx.commit();
}

Status AssessmentService::markComplete(const Session &session, qint64 courseId)
{
    if (Status s = Permissions::require(session, Action::EditAssessments); !s)
        return s;
    auto st = courseState(courseId);
    if (!st)
        return st.error();
    if (st->termComplete)
        return Error::conflict(tr("%1 is complete: its assessments are locked.").arg(st->termName));
    auto t = teaches(session, courseId);
    if (!t)
        return t.error();
    if (!*t)
        return Error::forbidden(tr("Only a teacher of the course may mark its assessments complete."));
    if (st->stage == AssessmentStage::Complete)
        return Error::conflict(tr("The course's assessments are already marked complete."));
    if (st->stage == AssessmentStage::Approved)
        return Error::conflict(tr("The course's assessments are already approved."));
    Query missing(m_db,
                  QStringLiteral("SELECT COUNT(*) FROM course_students cs JOIN students s ON s.id = cs.student_id "
                                 "LEFT JOIN course_assessments ca ON ca.course_id = cs.course_id AND "
                                 "ca.student_id = cs.student_id WHERE cs.course_id = ? AND s.date_left IS NULL "
                                 "AND (ca.grade IS NULL OR ca.grade = '')"));
    missing.bind(courseId);
    auto n = missing.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::invalid(tr("%n student(s) on the course have no grade yet: give every student a grade before "
                                 "marking the assessments complete.",
                                 nullptr, n->toInt()));
    return setStage(session, courseId, st->stage, AssessmentStage::Complete);
}

// --- approval ----------------------------------------------------------------------------------

Result<QList<CourseApproval>> AssessmentService::queue(const Session &session, qint64 termId) const
{
    if (Status s = Permissions::require(session, Action::ApproveAssessments); !s)
        return s.error();
    Query q(m_db,
            QStringLiteral(
                "SELECT c.id, c.name, c.subject, c.year_group, a.stage, a.return_comment, "
                "(SELECT COUNT(*) FROM course_students cs JOIN students s ON s.id = cs.student_id "
                " WHERE cs.course_id = c.id AND s.date_left IS NULL), "
                "(SELECT COUNT(*) FROM course_assessments ca WHERE ca.course_id = c.id AND ca.grade IS NOT NULL), "
                "(SELECT MAX(r.sent_at) FROM assessment_reminders r WHERE r.course_id = c.id) "
                "FROM courses c LEFT JOIN course_approvals a ON a.course_id = c.id WHERE c.term_id = ? "
                "ORDER BY c.year_group, c.name, c.id"));
    q.bind(termId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CourseApproval> out;
    QHash<qint64, qsizetype> rowOf;
    while (q.next()) {
        CourseApproval c;
        c.courseId = q.id(0);
        c.courseName = q.string(1);
        c.subject = q.string(2);
        c.yearGroup = q.integer(3);
        const QString stored = q.string(4);
        c.returnComment = q.string(5);
        c.enrolled = q.integer(6);
        c.assessed = q.integer(7);
        c.lastReminderAt = q.string(8);
        if (stored == QLatin1String("complete"))
            c.stage = AssessmentStage::Complete;
        else if (stored == QLatin1String("approved"))
            c.stage = AssessmentStage::Approved;
        else if (stored == QLatin1String("returned"))
            c.stage = AssessmentStage::Returned;
        else
            c.stage = c.assessed > 0 ? AssessmentStage::InProgress : AssessmentStage::NotStarted;
        rowOf.insert(c.courseId, out.size());
        out.append(c);
    }
    Query t(m_db, QStringLiteral("SELECT ct.course_id, u.id, u.display_name FROM course_teachers ct "
                                 "JOIN courses c ON c.id = ct.course_id JOIN users u ON u.id = ct.user_id "
                                 "WHERE c.term_id = ? ORDER BY u.display_name"));
    t.bind(termId);
    if (Status s = t.exec(); !s)
        return s.error();
    while (t.next()) {
        const auto it = rowOf.constFind(t.id(0));
        if (it == rowOf.constEnd())
            continue;
        out[*it].teacherIds.append(t.id(1));
        out[*it].teacherNames.append(t.string(2));
    }
    return out;
}

Status AssessmentService::approve(const Session &session, qint64 courseId)
{
    if (Status s = Permissions::require(session, Action::ApproveAssessments); !s)
        return s;
    auto st = courseState(courseId);
    if (!st)
        return st.error();
    if (st->termComplete)
        return Error::conflict(tr("%1 is complete: its assessments are locked.").arg(st->termName));
    switch (st->stage) {
    case AssessmentStage::Approved:
        return Error::conflict(tr("The course's assessments are already approved."));
    case AssessmentStage::Complete:
        break;
    case AssessmentStage::NotStarted:
        return Error::conflict(tr("The course has no assessments yet: there is nothing to approve."));
    case AssessmentStage::InProgress:
    case AssessmentStage::Returned:
        if (workflow().requireTeacherCompletion)
            return Error::conflict(tr("The teacher has not marked the course's assessments complete yet: approve them "
                                      "once they are complete, or send a reminder."));
        break;
    }
    return setStage(session, courseId, st->stage, AssessmentStage::Approved);
}

Status AssessmentService::returnCourse(const Session &session, qint64 courseId, const QString &comment)
{
    if (Status s = Permissions::require(session, Action::ApproveAssessments); !s)
        return s;
    const QString c = comment.trimmed();
    if (c.isEmpty())
        return Error::invalid(tr("Say why the course goes back to the teacher: the comment is what they will read."));
    if (c.size() > kMaxCommentLength)
        return Error::invalid(
            tr("The comment is %1 characters long; the most is %2.").arg(c.size()).arg(kMaxCommentLength));
    auto st = courseState(courseId);
    if (!st)
        return st.error();
    if (st->termComplete)
        return Error::conflict(tr("%1 is complete: its assessments are locked.").arg(st->termName));
    switch (st->stage) {
    case AssessmentStage::Approved:
        return Error::conflict(tr("The course's assessments are already approved: an approved course cannot be "
                                  "returned to the teacher."));
    case AssessmentStage::Returned:
        return Error::conflict(tr("The course is already back with the teacher."));
    case AssessmentStage::Complete:
        break;
    case AssessmentStage::NotStarted:
    case AssessmentStage::InProgress:
        if (workflow().requireTeacherCompletion)
            return Error::conflict(tr("The course is still with the teacher: only assessments marked complete can be "
                                      "returned."));
        break;
    }
    return setStage(session, courseId, st->stage, AssessmentStage::Returned, c);
}

QString AssessmentService::reminderText(const QString &termName, const QStringList &courses)
{
    return tr("Dear colleague,\n\nThe assessments for %1 are not yet marked complete for: %2.\n\nPlease give every "
              "student a grade and mark the course's assessments complete in Mentor Desk, so that they can be "
              "approved before the term is closed.\n\nThank you.")
        .arg(termName, courses.join(QStringLiteral(", ")));
}

Result<QList<AssessmentReminder>> AssessmentService::remindersDue(const Session &session, qint64 termId) const
{
    auto t = term(termId);
    if (!t)
        return t.error();
    auto courses = queue(session, termId);
    if (!courses)
        return courses.error();
    QMap<QString, AssessmentReminder> byTeacher; // sorted by name
    for (const CourseApproval &c : std::as_const(*courses)) {
        if (!c.needsReminder())
            continue;
        for (int i = 0; i < c.teacherIds.size(); ++i) {
            const QString key = c.teacherNames.at(i) + QLatin1Char('\x1f') + QString::number(c.teacherIds.at(i));
            AssessmentReminder &r = byTeacher[key];
            r.teacherId = c.teacherIds.at(i);
            r.teacherName = c.teacherNames.at(i);
            r.courses.append(c.courseName);
        }
    }
    if (!byTeacher.isEmpty()) {
        Query e(m_db, QStringLiteral("SELECT email FROM users WHERE id = ?"));
        for (AssessmentReminder &r : byTeacher) {
            e.bind(r.teacherId);
            auto email = e.scalar();
            if (!email)
                return email.error();
            r.teacherEmail = email->toString();
            r.message = reminderText(t->name, r.courses);
        }
    }
    return byTeacher.values();
}

Result<QList<AssessmentReminder>> AssessmentService::sendReminders(const Session &session, qint64 termId,
                                                                   const QString &message)
{
    auto t = term(termId);
    if (!t)
        return t.error();
    if (t->isComplete())
        return Error::conflict(tr("%1 is complete: there is nothing left to remind anyone about.").arg(t->name));
    auto due = remindersDue(session, termId);
    if (!due)
        return due.error();
    if (due->isEmpty())
        return Error::conflict(tr("Every course of %1 is complete: nobody needs a reminder.").arg(t->name));
    auto courses = queue(session, termId);
    if (!courses)
        return courses.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = isoNow();
    Query q(m_db, QStringLiteral("INSERT INTO assessment_reminders (term_id, course_id, teacher_id, message, sent_at, "
                                 "sent_by) VALUES (?, ?, ?, ?, ?, ?)"));
    AuditLog audit(m_db, session.actor());
    int rows = 0;
    for (AssessmentReminder &r : *due) {
        if (!message.trimmed().isEmpty())
            r.message = message.trimmed();
        r.sentAt = now;
        for (const CourseApproval &c : std::as_const(*courses)) {
            if (!c.needsReminder() || !c.teacherIds.contains(r.teacherId))
                continue;
            q.bind(termId).bind(c.courseId).bind(r.teacherId).bind(r.message).bind(now).bind(session.userId());
            if (Status s = q.exec(); !s)
                return s.error();
            ++rows;
        }
    }
    if (Status s = audit.record(QStringLiteral("remind"), QStringLiteral("term"), termId, QStringLiteral("teachers"),
                                QString(), QString::number(due->size()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *due;
}

Result<QList<AssessmentReminder>> AssessmentService::sentReminders(const Session &session, qint64 termId) const
{
    if (Status s = Permissions::require(session, Action::ApproveAssessments); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT r.teacher_id, u.display_name, u.email, c.name, r.message, r.sent_at "
                                 "FROM assessment_reminders r JOIN users u ON u.id = r.teacher_id "
                                 "JOIN courses c ON c.id = r.course_id WHERE r.term_id = ? "
                                 "ORDER BY r.sent_at DESC, u.display_name, c.name"));
    q.bind(termId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<AssessmentReminder> out;
    while (q.next()) {
        if (!out.isEmpty() && out.last().teacherId == q.id(0) && out.last().sentAt == q.string(5)) {
            out.last().courses.append(q.string(3));
            continue;
        }
        AssessmentReminder r;
        r.teacherId = q.id(0);
        r.teacherName = q.string(1);
        r.teacherEmail = q.string(2);
        r.courses << q.string(3);
        r.message = q.string(4);
        r.sentAt = q.string(5);
        out.append(r);
    }
    return out;
}

Status AssessmentService::completeTerm(const Session &session, qint64 termId)
{
    if (Status s = Permissions::require(session, Action::ApproveAssessments); !s)
        return s;
    auto t = term(termId);
    if (!t)
        return t.error();
    if (t->isComplete())
        return Error::conflict(tr("%1 is already complete.").arg(t->name));
    // The workflow setting says which stages every course must have reached: approval (the
    // default, reference 000's three stages), the teacher's completion only, or neither.
    const AssessmentWorkflow flow = workflow();
    if (flow.requireApproval || flow.requireTeacherCompletion) {
        auto courses = queue(session, termId);
        if (!courses)
            return courses.error();
        int waiting = 0;
        for (const CourseApproval &c : std::as_const(*courses)) {
            const bool done = flow.requireApproval
                                  ? c.stage == AssessmentStage::Approved
                                  : c.stage == AssessmentStage::Approved || c.stage == AssessmentStage::Complete;
            if (!done)
                ++waiting;
        }
        if (waiting > 0 && flow.requireApproval)
            return Error::conflict(tr("%n course(s) of %1 are not approved yet: approve every course before "
                                      "completing the term.",
                                      nullptr, waiting)
                                       .arg(t->name));
        if (waiting > 0)
            return Error::conflict(tr("%n course(s) of %1 are not marked complete by their teachers yet: the "
                                      "workflow needs every course complete before the term is.",
                                      nullptr, waiting)
                                       .arg(t->name));
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral(
                      "UPDATE terms SET completed_at = ?, completed_by = ? WHERE id = ? AND completed_at IS NULL"));
    q.bind(isoNow()).bind(session.userId()).bind(termId);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("term"), termId, QStringLiteral("completed"), QStringLiteral("no"),
                                 QStringLiteral("yes"));
        !s)
        return s;
    return tx.commit();
}

Result<QList<CourseAssessment>> AssessmentService::studentGrades(const Session &session, qint64 studentId,
                                                                 qint64 termId) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewAssessments, studentId); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT c.id, c.name, ca.grade, ca.comment FROM course_students cs "
                                 "JOIN courses c ON c.id = cs.course_id LEFT JOIN course_assessments ca "
                                 "ON ca.course_id = c.id AND ca.student_id = cs.student_id "
                                 "WHERE cs.student_id = ? AND c.term_id = ? ORDER BY c.subject, c.name"));
    q.bind(studentId).bind(termId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CourseAssessment> out;
    while (q.next()) {
        CourseAssessment a;
        a.courseId = q.id(0);
        a.courseName = q.string(1);
        a.studentId = studentId;
        a.grade = q.string(2);
        a.comment = q.string(3);
        out.append(a);
    }
    return out;
}

AssessmentWorkflow AssessmentService::workflow() const
{
    SchoolSettings settings(m_db);
    AssessmentWorkflow w;
    w.requireTeacherCompletion = settings.value(kRequireCompletion, QStringLiteral("1")) != QLatin1String("0");
    w.requireApproval = settings.value(kRequireApproval, QStringLiteral("1")) != QLatin1String("0");
    return w;
}

Status AssessmentService::setWorkflow(const Session &session, const AssessmentWorkflow &workflow)
{
    if (Status s = Permissions::require(session, Action::ConfigureAssessmentWorkflow); !s)
        return s;
    const AssessmentWorkflow old = this->workflow();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SchoolSettings settings(m_db);
    AuditLog audit(m_db, session.actor());
    const auto flag = [](bool b) { return b ? QStringLiteral("1") : QStringLiteral("0"); };
    const std::tuple<QString, bool, bool> values[] = {
        {kRequireCompletion, old.requireTeacherCompletion, workflow.requireTeacherCompletion},
        {kRequireApproval, old.requireApproval, workflow.requireApproval},
    };
    for (const auto &[key, before, after] : values) {
        if (Status s = settings.setValueUnchecked(key, flag(after)); !s)
            return s;
        if (before != after)
            if (Status s = audit.changed(QStringLiteral("setting"), 0, key, flag(before), flag(after)); !s)
                return s;
    }
    return tx.commit();
}

} // namespace md
