// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpReviewStore.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "ilp/IlpLogging.h"
#include "ilp/IlpPlanStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QSet>

namespace md {

namespace {

const QLatin1String kStudentName("COALESCE(NULLIF(s.preferred_forename, ''), s.legal_forename) || ' ' || "
                                 "COALESCE(NULLIF(s.preferred_surname, ''), s.legal_surname)");

QVariant userRef(const Session &session)
{
    return session.userId() > 0 ? QVariant(session.userId()) : QVariant();
}

} // namespace

QStringList IlpReviewStore::cleanScale(const QStringList &scale)
{
    QStringList out;
    for (const QString &s : scale)
        if (!s.trimmed().isEmpty() && !out.contains(s.trimmed()))
            out << s.trimmed();
    return out;
}

Status IlpReviewStore::requireCourse(const Session &session, qint64 courseId) const
{
    if (Status s = Permissions::require(session, Action::ManageMidtermReviews); !s)
        return s;
    Query c(m_db, QStringLiteral("SELECT COUNT(*) FROM courses WHERE id = ?"));
    c.bind(courseId);
    auto exists = c.scalar();
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return Error::notFound(tr("That course no longer exists."));
    if (Permissions::scopes(session, Action::ManageMidtermReviews).testFlag(ScopeKind::Organisation))
        return {};
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM course_teachers WHERE course_id = ? AND user_id = ?"));
    q.bind(courseId).bind(session.userId());
    auto n = q.scalar();
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error::forbidden(tr("Only the course's teachers make and assess its midterm reviews."));
    return {};
}

Result<qint64> IlpReviewStore::courseOf(qint64 reviewId) const
{
    Query q(m_db, QStringLiteral("SELECT course_id FROM ilp_reviews WHERE id = ?"));
    q.bind(reviewId);
    auto v = q.scalar();
    if (!v)
        return v.error();
    if (v->isNull())
        return Error::notFound(tr("That midterm review no longer exists."));
    return v->toLongLong();
}

Result<QList<IlpCourse>> IlpReviewStore::courses(const Session &session) const
{
    if (Status s = Permissions::require(session, Action::ManageMidtermReviews); !s)
        return s.error();
    const bool all = Permissions::scopes(session, Action::ManageMidtermReviews).testFlag(ScopeKind::Organisation);
    Query q(m_db,
            QStringLiteral("SELECT c.id, c.name, (SELECT COUNT(*) FROM course_students cs WHERE cs.course_id = c.id) "
                           "FROM courses c ") +
                (all ? QString()
                     : QStringLiteral("WHERE c.id IN (SELECT course_id FROM course_teachers WHERE user_id = ?) ")) +
                QStringLiteral("ORDER BY c.year_group, c.name"));
    if (!all)
        q.bind(session.userId());
    if (Status s = q.exec(); !s)
        return s.error();
    QList<IlpCourse> out;
    while (q.next())
        out.append({q.id(0), q.string(1), q.integer(2)});
    return out;
}

Result<QList<IlpReview>> IlpReviewStore::select(const QString &where, const QVariantList &binds) const
{
    Query q(m_db, QStringLiteral("SELECT r.id, r.course_id, c.name, r.name, r.review_date, r.scale, r.row_version, "
                                 "(SELECT COUNT(*) FROM ilp_review_entries e WHERE e.review_id = r.id "
                                 "AND (e.assessment <> '' OR e.comment <> '')) "
                                 "FROM ilp_reviews r JOIN courses c ON c.id = r.course_id ") +
                      where + QStringLiteral(" ORDER BY r.review_date, r.id"));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<IlpReview> out;
    while (q.next()) {
        IlpReview r;
        r.id = q.id(0);
        r.courseId = q.id(1);
        r.courseName = q.string(2);
        r.name = q.string(3);
        r.date = q.date(4);
        r.scale = q.string(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        r.rowVersion = q.integer(6);
        r.assessed = q.integer(7);
        r.locked = r.assessed > 0;
        out.append(r);
    }
    return out;
}

Result<QList<IlpReview>> IlpReviewStore::reviews(const Session &session, qint64 courseId) const
{
    if (Status s = requireCourse(session, courseId); !s)
        return s.error();
    return select(QStringLiteral("WHERE r.course_id = ?"), {courseId});
}

Result<IlpReview> IlpReviewStore::get(const Session &session, qint64 reviewId) const
{
    auto course = courseOf(reviewId);
    if (!course)
        return course.error();
    if (Status s = requireCourse(session, *course); !s)
        return s.error();
    auto rows = select(QStringLiteral("WHERE r.id = ?"), {reviewId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(tr("That midterm review no longer exists."));
    return rows->first();
}

Result<qint64> IlpReviewStore::create(const Session &session, qint64 courseId, const QString &name, const QDate &date,
                                      const QStringList &scale)
{
    if (Status s = requireCourse(session, courseId); !s)
        return s.error();
    if (name.trimmed().isEmpty())
        return Error::invalid(tr("Give the midterm review a name."));
    if (name.trimmed().size() > kIlpMaxName)
        return Error::invalid(tr("The review's name is longer than %1 characters.").arg(kIlpMaxName));
    if (!date.isValid())
        return Error::invalid(tr("Give the midterm review a date."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db,
            QStringLiteral("INSERT INTO ilp_reviews (course_id, name, review_date, scale, created_by, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString scaleText = cleanScale(scale).join(QLatin1Char('\n'));
    q.bind(courseId).bind(name.trimmed()).bind(date).bind(ilpText(scaleText)).bind(userRef(session)).bind(isoNow());
    auto id = q.scalar();
    if (!id)
        return id.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(
            QStringLiteral("ilp_review"), id->toLongLong(),
            QStringLiteral("%1 on %2, course %3, scale: %4")
                .arg(name.trimmed(), isoDate(date))
                .arg(courseId)
                .arg(scaleText.isEmpty() ? QStringLiteral("none") : cleanScale(scale).join(QStringLiteral(", "))));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Status IlpReviewStore::update(const Session &session, qint64 reviewId, const QString &name, const QDate &date,
                              const QStringList &scale, std::optional<int> expectedVersion)
{
    auto before = get(session, reviewId);
    if (!before)
        return before.error();
    const auto changedElsewhere = [&] {
        return Error::conflict(tr("'%1' was changed at another desk while you were editing it, so your changes to "
                                  "its name, date and scale were not saved. It now shows theirs; make yours again "
                                  "to keep them.")
                                   .arg(before->name));
    };
    if (expectedVersion && before->rowVersion != *expectedVersion)
        return changedElsewhere();
    if (name.trimmed().isEmpty())
        return Error::invalid(tr("Give the midterm review a name."));
    if (!date.isValid())
        return Error::invalid(tr("Give the midterm review a date."));
    const QStringList newScale = cleanScale(scale);
    if (newScale != before->scale && before->locked)
        return Error::conflict(
            tr("The scale of '%1' is locked: %n student(s) have been assessed on it.", nullptr, before->assessed)
                .arg(before->name));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // Checked again inside the transaction: a colleague may have assessed someone a moment ago.
    if (newScale != before->scale) {
        Query locked(m_db, QStringLiteral("SELECT COUNT(*) FROM ilp_review_entries WHERE review_id = ? "
                                          "AND (assessment <> '' OR comment <> '')"));
        locked.bind(reviewId);
        auto n = locked.scalar();
        if (!n)
            return n.error();
        if (n->toInt() > 0)
            return Error::conflict(
                tr("The scale of '%1' is locked: a student has been assessed on it.").arg(before->name));
    }
    Query q(m_db,
            QStringLiteral("UPDATE ilp_reviews SET name = ?, review_date = ?, scale = ?, row_version = row_version + 1 "
                           "WHERE id = ? AND row_version = ?"));
    q.bind(name.trimmed()).bind(date).bind(ilpText(newScale.join(QLatin1Char('\n')))).bind(reviewId).bind(
        before->rowVersion);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0) { // saved elsewhere between our read and this write
        tx.rollback();
        return changedElsewhere();
    }
    AuditLog audit(m_db, session.actor());
    const std::tuple<const char *, QString, QString> fields[] = {
        {"name", before->name, name.trimmed()},
        {"review_date", isoDate(before->date), isoDate(date)},
        {"scale", before->scale.join(QStringLiteral(", ")), newScale.join(QStringLiteral(", "))},
    };
    for (const auto &[field, oldValue, newValue] : fields)
        if (oldValue != newValue)
            if (Status s =
                    audit.changed(QStringLiteral("ilp_review"), reviewId, QLatin1String(field), oldValue, newValue);
                !s)
                return s;
    return tx.commit();
}

Result<QList<IlpReviewEntry>> IlpReviewStore::entries(const Session &session, qint64 reviewId) const
{
    auto review = get(session, reviewId);
    if (!review)
        return review.error();
    Query q(m_db,
            QStringLiteral("SELECT s.id, ") + kStudentName +
                QStringLiteral(", COALESCE(s.tutor_group, ''), COALESCE(e.assessment, ''), COALESCE(e.comment, ''), "
                               "COALESCE(e.self_assessment, ''), COALESCE(e.version, 0), e.updated_at "
                               "FROM course_students cs JOIN students s ON s.id = cs.student_id "
                               "LEFT JOIN ilp_review_entries e ON e.review_id = ? AND e.student_id = s.id "
                               "WHERE cs.course_id = ? AND s.date_left IS NULL "
                               "ORDER BY s.tutor_group, s.legal_surname, s.legal_forename, s.id"));
    q.bind(reviewId).bind(review->courseId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<IlpReviewEntry> out;
    while (q.next()) {
        IlpReviewEntry e;
        e.reviewId = reviewId;
        e.studentId = q.id(0);
        e.studentName = q.string(1);
        e.tutorGroup = q.string(2);
        e.assessment = q.string(3);
        e.comment = q.string(4);
        e.selfAssessment = q.string(5);
        e.version = q.integer(6);
        e.updatedAt = QDateTime::fromString(q.string(7), Qt::ISODate);
        out.append(e);
    }
    return out;
}

Result<QList<int>> IlpReviewStore::assess(const Session &session, qint64 reviewId, const QList<IlpReviewEntry> &entries)
{
    auto review = get(session, reviewId);
    if (!review)
        return review.error();
    if (entries.isEmpty())
        return QList<int>();
    QStringList problems;
    Query onCourse(m_db, QStringLiteral("SELECT COUNT(*) FROM course_students WHERE course_id = ? AND student_id = ?"));
    for (int i = 0; i < entries.size(); ++i) {
        const IlpReviewEntry &e = entries.at(i);
        onCourse.bind(review->courseId).bind(e.studentId);
        auto n = onCourse.scalar();
        if (!n)
            return n.error();
        onCourse.finish();
        if (n->toInt() == 0)
            problems << tr("Line %1: student %2 is not on %3").arg(i + 1).arg(e.studentId).arg(review->courseName);
        if (!e.assessment.isEmpty() && !review->scale.contains(e.assessment))
            problems << (review->scale.isEmpty()
                             ? tr("Line %1: '%2' is a grade, but this review has no scale").arg(i + 1).arg(e.assessment)
                             : tr("Line %1: '%2' is not on the scale (%3)")
                                   .arg(i + 1)
                                   .arg(e.assessment, review->scale.join(QStringLiteral(", "))));
        if (e.comment.size() > kIlpMaxText)
            problems << tr("Line %1: the comment is longer than %2 characters").arg(i + 1).arg(kIlpMaxText);
    }
    if (!problems.isEmpty())
        return Error::invalid(tr("Nothing was saved: %1.").arg(problems.join(QStringLiteral("; "))), problems);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query cur(m_db, QStringLiteral("SELECT assessment, comment, version FROM ilp_review_entries "
                                   "WHERE review_id = ? AND student_id = ?"));
    Query ins(m_db,
              QStringLiteral("INSERT INTO ilp_review_entries (review_id, student_id, assessment, comment, version, "
                             "updated_by, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)"));
    Query upd(m_db,
              QStringLiteral("UPDATE ilp_review_entries SET assessment = ?, comment = ?, version = version + 1, "
                             "updated_by = ?, updated_at = ? WHERE review_id = ? AND student_id = ? AND version = ?"));
    AuditLog audit(m_db, session.actor());
    QList<int> versions;
    const QString now = isoNow();
    for (const IlpReviewEntry &e : entries) {
        cur.bind(reviewId).bind(e.studentId);
        if (Status s = cur.exec(); !s)
            return s.error();
        const bool exists = cur.next();
        const QString oldAssessment = exists ? cur.string(0) : QString();
        const QString oldComment = exists ? cur.string(1) : QString();
        const int version = exists ? cur.integer(2) : 0;
        cur.finish();
        const auto savedMeanwhile = [&] {
            return Error::conflict(
                tr("Someone else saved %1's assessment while you were editing it; nothing was saved. "
                   "Reload the review to see theirs.")
                    .arg(e.studentName.isEmpty() ? tr("a student") : e.studentName));
        };
        if (version != e.version)
            return savedMeanwhile();
        if (oldAssessment == e.assessment && oldComment == e.comment) {
            versions << version;
            continue;
        }
        if (!exists) {
            ins.bind(reviewId)
                .bind(e.studentId)
                .bind(ilpText(e.assessment))
                .bind(ilpText(e.comment))
                .bind(userRef(session))
                .bind(now);
            if (Status s = ins.exec(); !s)
                return s.error();
        } else {
            upd.bind(ilpText(e.assessment))
                .bind(ilpText(e.comment))
                .bind(userRef(session))
                .bind(now)
                .bind(reviewId)
                .bind(e.studentId)
                .bind(version);
            if (Status s = upd.exec(); !s)
                return s.error();
            if (upd.numRowsAffected() == 0) { // saved elsewhere between our read and this write
                tx.rollback();
                return savedMeanwhile();
            }
        }
        const QString key = QString::number(reviewId) + QLatin1Char('/') + QString::number(e.studentId);
        if (oldAssessment != e.assessment)
            if (Status s = audit.record(QStringLiteral("update"), QStringLiteral("ilp_review_entry"), reviewId,
                                        QStringLiteral("assessment ") + key, oldAssessment, e.assessment);
                !s)
                return s.error();
        if (oldComment != e.comment)
            if (Status s = audit.record(QStringLiteral("update"), QStringLiteral("ilp_review_entry"), reviewId,
                                        QStringLiteral("comment ") + key, oldComment, e.comment);
                !s)
                return s.error();
        versions << version + 1;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return versions;
}

Result<int> IlpReviewStore::setSelfAssessment(const Session &session, qint64 reviewId, qint64 studentId,
                                              const QString &text, int expectedVersion)
{
    if (Status s = StudentScope::check(m_db, session, Action::ContributeIlps, studentId); !s)
        return s.error();
    auto course = courseOf(reviewId);
    if (!course)
        return course.error();
    if (text.size() > kIlpMaxText)
        return Error::invalid(tr("The self-assessment is longer than %1 characters.").arg(kIlpMaxText));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query onCourse(m_db, QStringLiteral("SELECT COUNT(*) FROM course_students WHERE course_id = ? AND student_id = ?"));
    onCourse.bind(*course).bind(studentId);
    auto n = onCourse.scalar();
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error::invalid(tr("That student is not on the review's course."));
    Query cur(m_db,
              QStringLiteral(
                  "SELECT self_assessment, version FROM ilp_review_entries WHERE review_id = ? AND student_id = ?"));
    cur.bind(reviewId).bind(studentId);
    if (Status s = cur.exec(); !s)
        return s.error();
    const bool exists = cur.next();
    const QString old = exists ? cur.string(0) : QString();
    const int version = exists ? cur.integer(1) : 0;
    cur.finish();
    if (version != expectedVersion)
        return Error::conflict(
            tr("Someone else saved this line of the review while you were editing it; reload to see it."));
    if (old == text)
        return version;
    Query w(m_db,
            exists ? QStringLiteral("UPDATE ilp_review_entries SET self_assessment = ?, version = version + 1, "
                                    "updated_by = ?, updated_at = ? WHERE review_id = ? AND student_id = ? "
                                    "AND version = ?")
                   : QStringLiteral("INSERT INTO ilp_review_entries (self_assessment, version, updated_by, updated_at, "
                                    "review_id, student_id) VALUES (?, 1, ?, ?, ?, ?)"));
    w.bind(ilpText(text)).bind(userRef(session)).bind(isoNow()).bind(reviewId).bind(studentId);
    if (exists)
        w.bind(version);
    if (Status s = w.exec(); !s)
        return s.error();
    if (exists && w.numRowsAffected() == 0) { // saved elsewhere between our read and this write
        tx.rollback();
        return Error::conflict(
            tr("Someone else saved this line of the review while you were editing it; reload to see it."));
    }
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.record(QStringLiteral("update"), QStringLiteral("ilp_review_entry"), reviewId,
                                QStringLiteral("self_assessment %1/%2").arg(reviewId).arg(studentId), old, text);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return version + 1;
}

Result<QList<IlpPlanReview>> IlpReviewStore::forPlan(const Session &session, const IlpPlan &plan) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewIlps, plan.studentId); !s)
        return s.error();
    Query q(m_db,
            QStringLiteral("SELECT r.id, r.course_id, c.name, r.name, r.review_date, r.scale, "
                           "COALESCE(e.assessment, ''), COALESCE(e.comment, ''), COALESCE(e.self_assessment, ''), "
                           "COALESCE(e.version, 0), e.updated_at "
                           "FROM ilp_reviews r JOIN courses c ON c.id = r.course_id "
                           "JOIN course_students cs ON cs.course_id = r.course_id AND cs.student_id = ? "
                           "LEFT JOIN ilp_review_entries e ON e.review_id = r.id AND e.student_id = ? "
                           "WHERE r.review_date >= ? AND r.review_date <= ? "
                           "ORDER BY r.review_date, c.name, r.id"));
    q.bind(plan.studentId).bind(plan.studentId).bind(plan.validFrom).bind(plan.validTo);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<IlpPlanReview> out;
    while (q.next()) {
        IlpPlanReview pr;
        pr.review.id = q.id(0);
        pr.review.courseId = q.id(1);
        pr.review.courseName = q.string(2);
        pr.review.name = q.string(3);
        pr.review.date = q.date(4);
        pr.review.scale = q.string(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        pr.entry.reviewId = pr.review.id;
        pr.entry.studentId = plan.studentId;
        pr.entry.studentName = plan.studentName;
        pr.entry.assessment = q.string(6);
        pr.entry.comment = q.string(7);
        pr.entry.selfAssessment = q.string(8);
        pr.entry.version = q.integer(9);
        pr.entry.updatedAt = QDateTime::fromString(q.string(10), Qt::ISODate);
        out.append(pr);
    }
    return out;
}

} // namespace md
