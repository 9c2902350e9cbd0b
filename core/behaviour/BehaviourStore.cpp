// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviour/BehaviourStore.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "behaviour/BehaviourCategories.h"
#include "behaviour/BehaviourLogging.h"
#include "storage/AuditLog.h"
#include "storage/BatchInsert.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "students/StudentNames.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace md {

namespace {

const QLatin1String kEntity("behaviour_event");

const char *const kSelect =
    "SELECT e.id, e.student_id, s.upn, s.legal_surname, s.legal_forename, s.preferred_forename, "
    "s.tutor_group, s.year_group, e.occurred_at, e.course_id, c.name, e.place, e.category_id, "
    "cat.name, cat.kind, e.points, e.description, e.action_taken, e.recorded_by, u.display_name "
    "FROM behaviour_events e JOIN students s ON s.id = e.student_id "
    "JOIN behaviour_categories cat ON cat.id = e.category_id "
    "LEFT JOIN courses c ON c.id = e.course_id LEFT JOIN users u ON u.id = e.recorded_by ";

BehaviourEvent eventFrom(const Query &q)
{
    BehaviourEvent e;
    e.id = q.id(0);
    e.studentId = q.id(1);
    e.studentUpn = q.string(2);
    e.studentName = listName(q.string(3), q.string(4), q.string(5));
    e.tutorGroup = q.string(6);
    e.yearGroup = q.integer(7);
    e.occurredAt = behaviourTimeFromCode(q.string(8));
    e.courseId = q.id(9);
    e.courseName = q.string(10);
    e.place = q.string(11);
    e.categoryId = q.id(12);
    e.categoryName = q.string(13);
    e.kind = behaviourKindFromCode(q.string(14)).value_or(BehaviourKind::Negative);
    e.points = q.integer(15);
    e.description = q.string(16);
    e.actionTaken = q.string(17);
    e.recordedBy = q.id(18);
    e.recordedByName = q.string(19);
    return e;
}

QString dayAfter(const QDate &d)
{
    return isoDate(d.addDays(1));
}

} // namespace

QString BehaviourStore::checkPoints(const BehaviourCategory &category, int points)
{
    if (points > kMaxPoints || points < -kMaxPoints)
        return tr("points %1 are out of range (from -%2 to %2)").arg(points).arg(kMaxPoints);
    if (category.kind == BehaviourKind::Positive && points < 0)
        return tr("points %1 are below zero, but \"%2\" is a positive category").arg(points).arg(category.name);
    if (category.kind == BehaviourKind::Negative && points > 0)
        return tr("points %1 are above zero, but \"%2\" is a negative category (write them as -%1)")
            .arg(points)
            .arg(category.name);
    return {};
}

Result<QList<BehaviourCategory>> BehaviourStore::categories(bool activeOnly) const
{
    Query q(m_db, QStringLiteral("SELECT id, name, kind, default_points, active FROM behaviour_categories ") +
                      (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) +
                      QStringLiteral("ORDER BY kind DESC, name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<BehaviourCategory> out;
    while (q.next()) {
        BehaviourCategory c;
        c.id = q.id(0);
        c.name = q.string(1);
        c.kind = behaviourKindFromCode(q.string(2)).value_or(BehaviourKind::Negative);
        c.defaultPoints = q.integer(3);
        c.active = q.flag(4);
        out.append(c);
    }
    return out;
}

Result<qint64> BehaviourStore::addCategory(const Session &session, const BehaviourCategory &category)
{
    if (Status s = Permissions::require(session, Action::ManageBehaviourCategories); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    auto id = addCategoryUnchecked(audit, category);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> BehaviourStore::addCategoryUnchecked(AuditLog &audit, const BehaviourCategory &category)
{
    if (QString problem = BehaviourCategoryService::problemWith(category); !problem.isEmpty())
        return Error::invalid(problem);
    const QString name = category.name.simplified();
    Query exists(m_db, QStringLiteral("SELECT COUNT(*) FROM behaviour_categories WHERE LOWER(name) = LOWER(?)"));
    exists.bind(name);
    auto n = exists.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::conflict(tr("There is already a behaviour category called \"%1\".").arg(name));
    Query q(m_db, QStringLiteral("INSERT INTO behaviour_categories (name, kind, default_points, active) "
                                 "VALUES (?, ?, ?, ?) RETURNING id"));
    q.bind(name).bind(toCode(category.kind)).bind(category.defaultPoints).bind(category.active);
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (Status s = audit.created(QStringLiteral("behaviour_category"), id->toLongLong(), name); !s)
        return s.error();
    return id->toLongLong();
}

Result<QList<qint64>> BehaviourStore::record(const Session &session, const NewBehaviourEvent &event)
{
    if (Status s = Permissions::require(session, Action::RecordBehaviour); !s)
        return s.error();
    if (event.studentIds.isEmpty())
        return Error::invalid(tr("Choose at least one student involved."));
    if (!event.occurredAt.isValid())
        return Error::invalid(tr("Give the date and time the incident happened."));
    if (event.occurredAt.date() > QDate::currentDate())
        return Error::invalid(tr("The date %1 is in the future.").arg(event.occurredAt.date().toString(Qt::ISODate)));
    const QString description = event.description.trimmed();
    if (description.size() > kMaxDescriptionLength)
        return Error::invalid(tr("The description is %1 characters long; the most is %2.")
                                  .arg(description.size())
                                  .arg(kMaxDescriptionLength));
    const QString place = event.place.simplified();
    const QString action = event.actionTaken.simplified();
    if (place.size() > kMaxShortLength || action.size() > kMaxShortLength)
        return Error::invalid(
            tr("The place and the action taken may be at most %1 characters long.").arg(kMaxShortLength));
    auto cats = categories();
    if (!cats)
        return cats.error();
    const auto cat = std::find_if(cats->cbegin(), cats->cend(),
                                  [&](const BehaviourCategory &c) { return c.id == event.categoryId; });
    if (cat == cats->cend())
        return Error::invalid(tr("Choose a behaviour category."));
    if (!cat->active)
        return Error::invalid(tr("The category \"%1\" is no longer in use.").arg(cat->name));
    const int points = event.points.value_or(cat->defaultPoints);
    if (QString problem = checkPoints(*cat, points); !problem.isEmpty())
        return Error::invalid(tr("The %1.").arg(problem));
    if (event.courseId > 0) {
        Query c(m_db, QStringLiteral("SELECT COUNT(*) FROM courses WHERE id = ?"));
        c.bind(event.courseId);
        auto n = c.scalar();
        if (!n)
            return n.error();
        if (n->toInt() == 0)
            return Error::notFound(tr("The course chosen no longer exists."));
    }
    QList<qint64> unique;
    for (qint64 id : event.studentIds)
        if (!unique.contains(id))
            unique.append(id);
    for (qint64 studentId : std::as_const(unique))
        if (Status s = StudentScope::check(m_db, session, Action::RecordBehaviour, studentId); !s)
            return s.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    BehaviourWriter writer(m_db);
    if (Status s = writer.prepare(); !s)
        return s.error();
    Query last(m_db, QStringLiteral("SELECT MAX(id) FROM behaviour_events"));
    QList<qint64> ids;
    const QString when = behaviourTimeCode(event.occurredAt);
    for (qint64 studentId : std::as_const(unique)) {
        if (Status s = writer.add(studentId, when, event.courseId, place, event.categoryId, points, description, action,
                                  session.userId());
            !s)
            return s.error();
        auto id = last.scalar();
        if (!id)
            return id.error();
        const qint64 newId = id->toLongLong();
        ids.append(newId);
        // Ids and codes only: the description may be about the pupil.
        if (Status s = audit.created(kEntity, newId,
                                     QStringLiteral("student %1, category %2, %3 points, %4")
                                         .arg(studentId)
                                         .arg(event.categoryId)
                                         .arg(points)
                                         .arg(when));
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcBehaviour) << "recorded behaviour events:" << ids.size();
    return ids;
}

Status BehaviourStore::where(const Session &session, const BehaviourFilter &filter, QString *sql,
                             QVariantList *binds) const
{
    const StudentScope scope = StudentScope::of(session, Action::ViewBehaviour);
    QStringList parts;
    if (!scope.everyone) {
        // How the newest rows are found depends on how many students are in reach: a mentor's
        // group is read student by student through the index, but a teacher's whole year group
        // (thousands) is faster walked newest first, testing each row (the '+' keeps SQLite from
        // choosing the per-student index). Measured on 614,000 events: 2.1 s -> 0.06 s.
        Query size(m_db, QStringLiteral("SELECT COUNT(*) FROM students s WHERE ") + scope.condition);
        for (const QVariant &v : scope.binds)
            size.bind(v);
        auto n = size.scalar();
        if (!n)
            return n.error();
        constexpr int kWalkAbove = 400;
        parts << (n->toInt() > kWalkAbove ? QStringLiteral("+e.student_id IN (SELECT s.id FROM students s WHERE ")
                                          : QStringLiteral("e.student_id IN (SELECT s.id FROM students s WHERE ")) +
                     scope.condition + QLatin1Char(')');
        *binds += scope.binds;
    }
    if (filter.studentId != 0) { // negative: nobody (an unknown student was asked for)
        parts << QStringLiteral("e.student_id = ?");
        *binds << filter.studentId;
    }
    if (!filter.tutorGroup.isEmpty()) {
        // Written as a list of students so SQLite reads each one's events by index.
        parts << QStringLiteral("e.student_id IN (SELECT id FROM students WHERE tutor_group = ?)");
        *binds << filter.tutorGroup;
    }
    if (filter.from.isValid()) {
        parts << QStringLiteral("e.occurred_at >= ?");
        *binds << isoDate(filter.from);
    }
    if (filter.to.isValid()) {
        parts << QStringLiteral("e.occurred_at < ?");
        *binds << dayAfter(filter.to);
    }
    if (filter.categoryId > 0) {
        // "+": not by the category index (0041, for the categories screen's counts). Without
        // statistics SQLite takes an equality on an index as a handful of rows and read all 60,000
        // events of a common category to sort them (40 ms); newest first by occurred_at it is 2.5 ms.
        parts << QStringLiteral("+e.category_id = ?");
        *binds << filter.categoryId;
    }
    if (filter.kind) {
        parts << (*filter.kind == BehaviourKind::Positive ? QStringLiteral("e.points > 0")
                                                          : QStringLiteral("e.points < 0"));
    }
    if (filter.recordedBy > 0) {
        parts << QStringLiteral("e.recorded_by = ?");
        *binds << filter.recordedBy;
    }
    if (filter.courseId > 0) {
        parts << QStringLiteral("e.course_id = ?");
        *binds << filter.courseId;
    }
    *sql = parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
    return {};
}

Result<QList<BehaviourEvent>> BehaviourStore::list(const Session &session, const BehaviourFilter &filter, int limit,
                                                   const BehaviourCursor &after) const
{
    if (Status s = Permissions::require(session, Action::ViewBehaviour); !s)
        return s.error();
    QString condition;
    QVariantList binds;
    if (Status s = where(session, filter, &condition, &binds); !s)
        return s.error();
    if (after.isValid()) {
        condition += QStringLiteral(" AND (e.occurred_at < ? OR (e.occurred_at = ? AND e.id < ?))");
        binds << after.occurredAt << after.occurredAt << after.id;
    }
    Query q(m_db, QString::fromLatin1(kSelect) + QStringLiteral("WHERE ") + condition +
                      QStringLiteral(" ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?"));
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    q.bind(std::max(1, limit));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<BehaviourEvent> out;
    out.reserve(limit);
    while (q.next())
        out.append(eventFrom(q));
    return out;
}

Result<int> BehaviourStore::count(const Session &session, const BehaviourFilter &filter) const
{
    if (Status s = Permissions::require(session, Action::ViewBehaviour); !s)
        return s.error();
    QString condition;
    QVariantList binds;
    if (Status s = where(session, filter, &condition, &binds); !s)
        return s.error();
    Query q(m_db,
            QStringLiteral("SELECT COUNT(*) FROM behaviour_events e JOIN students s ON s.id = e.student_id WHERE ") +
                condition);
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<BehaviourWeekTotal>> BehaviourStore::weeklyTotals(const Session &session,
                                                               const BehaviourFilter &filter) const
{
    if (Status s = Permissions::require(session, Action::ViewBehaviour); !s)
        return s.error();
    QString condition;
    QVariantList binds;
    if (Status s = where(session, filter, &condition, &binds); !s)
        return s.error();
    // Grouped by student and day in SQL (portable), folded into Monday-to-Sunday weeks here; the
    // student's name comes with each group so no second query per student is needed.
    Query q(m_db, QStringLiteral("SELECT e.student_id, SUBSTR(e.occurred_at, 1, 10), COUNT(*), "
                                 "SUM(CASE WHEN e.points > 0 THEN e.points ELSE 0 END), "
                                 "SUM(CASE WHEN e.points < 0 THEN e.points ELSE 0 END), "
                                 "MIN(s.upn), MIN(s.legal_surname), MIN(s.legal_forename), MIN(s.preferred_forename), "
                                 "MIN(s.tutor_group) "
                                 "FROM behaviour_events e JOIN students s ON s.id = e.student_id WHERE ") +
                      condition + QStringLiteral(" GROUP BY e.student_id, SUBSTR(e.occurred_at, 1, 10)"));
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QMap<std::pair<qint64, QDate>, BehaviourWeekTotal> weeks;
    while (q.next()) {
        const QDate day = QDate::fromString(q.string(1), Qt::ISODate);
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        BehaviourWeekTotal &w = weeks[{q.id(0), monday}];
        if (w.studentId == 0) {
            w.studentId = q.id(0);
            w.weekStart = monday;
            w.studentUpn = q.string(5);
            w.studentName = listName(q.string(6), q.string(7), q.string(8));
            w.tutorGroup = q.string(9);
        }
        w.events += q.integer(2);
        w.positive += q.integer(3);
        w.negative += q.integer(4);
    }
    QList<BehaviourWeekTotal> out;
    out.reserve(weeks.size());
    for (const BehaviourWeekTotal &w : std::as_const(weeks))
        out.append(w);
    std::stable_sort(out.begin(), out.end(), [](const BehaviourWeekTotal &a, const BehaviourWeekTotal &b) {
        if (a.net() != b.net())
            return a.net() < b.net();
        if (a.weekStart != b.weekStart)
            return a.weekStart > b.weekStart;
        return a.studentName < b.studentName;
    });
    return out;
}

Result<BehaviourSummary> BehaviourStore::summary(const Session &session, qint64 studentId, const QDate &from,
                                                 const QDate &to) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewBehaviour, studentId); !s)
        return s.error();
    QString sql = QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN points > 0 THEN 1 ELSE 0 END), "
                                 "SUM(CASE WHEN points < 0 THEN 1 ELSE 0 END), "
                                 "SUM(CASE WHEN points > 0 THEN points ELSE 0 END), "
                                 "SUM(CASE WHEN points < 0 THEN points ELSE 0 END) "
                                 "FROM behaviour_events WHERE student_id = ?");
    QVariantList binds{studentId};
    if (from.isValid()) {
        sql += QStringLiteral(" AND occurred_at >= ?");
        binds << isoDate(from);
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND occurred_at < ?");
        binds << dayAfter(to);
    }
    Query q(m_db, sql);
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    BehaviourSummary out;
    if (q.next()) {
        out.events = q.integer(0);
        out.positiveEvents = q.integer(1);
        out.negativeEvents = q.integer(2);
        out.positive = q.integer(3);
        out.negative = q.integer(4);
    }
    return out;
}

Status BehaviourStore::deleteEvent(const Session &session, qint64 id, BehaviourDeletion *deleted)
{
    if (Status s = Permissions::require(session, Action::RecordBehaviour); !s)
        return s;
    Query q(m_db, QString::fromLatin1(kSelect) + QStringLiteral("WHERE e.id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return Error::notFound(tr("That behaviour event no longer exists."));
    BehaviourDeletion taken;
    taken.event = eventFrom(q);
    q.finish();
    Query at(m_db, QStringLiteral("SELECT recorded_at FROM behaviour_events WHERE id = ?"));
    at.bind(id);
    auto recordedAt = at.scalar();
    if (!recordedAt)
        return recordedAt.error();
    taken.recordedAt = recordedAt->toString();
    const BehaviourEvent &e = taken.event;
    const QString summaryText = QStringLiteral("student %1, category %2, %3 points, %4")
                                    .arg(e.studentId)
                                    .arg(e.categoryId)
                                    .arg(e.points)
                                    .arg(behaviourTimeCode(e.occurredAt));
    if (Status s = StudentScope::check(m_db, session, Action::RecordBehaviour, e.studentId); !s)
        return s;
    // Only whoever recorded it, or someone with the whole school in reach, takes it back.
    if (e.recordedBy != session.userId() &&
        !Permissions::scopes(session, Action::RecordBehaviour).testFlag(ScopeKind::Organisation))
        return Error::forbidden(tr("Only the person who recorded an event, the headteacher or the lead mentor may "
                                   "delete it."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query del(m_db, QStringLiteral("DELETE FROM behaviour_events WHERE id = ?"));
    del.bind(id);
    if (Status s = del.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.deleted(kEntity, id, summaryText); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcBehaviour) << "deleted behaviour event" << id;
    if (deleted)
        *deleted = taken;
    return {};
}

Result<qint64> BehaviourStore::restoreEvent(const Session &session, const BehaviourDeletion &deleted)
{
    if (Status s = Permissions::require(session, Action::RecordBehaviour); !s)
        return s.error();
    const BehaviourEvent &e = deleted.event;
    // Undo puts back exactly what its user deleted: the latest entry about the event must be
    // their own deletion of it.
    Query last(m_db, QStringLiteral("SELECT action, user_id FROM audit_log WHERE entity = ? AND entity_id = ? "
                                    "ORDER BY id DESC LIMIT 1"));
    last.bind(QString(kEntity)).bind(e.id);
    if (Status s = last.exec(); !s)
        return s.error();
    if (!last.next() || last.string(0) != QLatin1String("delete"))
        return Error::conflict(tr("That behaviour event was not deleted: there is nothing to undo."));
    if (last.id(1) != session.userId())
        return Error::forbidden(tr("Only the person who deleted a behaviour event may undo the deletion."));
    last.finish();
    if (Status s = StudentScope::check(m_db, session, Action::RecordBehaviour, e.studentId); !s)
        return s.error();
    Query category(m_db, QStringLiteral("SELECT COUNT(*) FROM behaviour_categories WHERE id = ?"));
    category.bind(e.categoryId);
    auto n = category.scalar();
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error::conflict(tr("The event's category \"%1\" has been deleted since: the event cannot be put back.")
                                   .arg(e.categoryName));
    qint64 courseId = 0;
    if (e.courseId > 0) {
        Query c(m_db, QStringLiteral("SELECT COUNT(*) FROM courses WHERE id = ?"));
        c.bind(e.courseId);
        auto exists = c.scalar();
        if (!exists)
            return exists.error();
        courseId = exists->toInt() > 0 ? e.courseId : 0;
    }
    Query taken(m_db, QStringLiteral("SELECT COUNT(*) FROM behaviour_events WHERE id = ?"));
    taken.bind(e.id);
    auto used = taken.scalar();
    if (!used)
        return used.error();
    // SQLite may have given the id to a newer event: the restored one then takes a new id.
    const bool sameId = used->toInt() == 0;

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO behaviour_events (") + (sameId ? QStringLiteral("id, ") : QString()) +
                      QStringLiteral("student_id, occurred_at, course_id, place, category_id, points, description, "
                                     "action_taken, recorded_by, recorded_at) VALUES (") +
                      (sameId ? QStringLiteral("?, ") : QString()) +
                      QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (sameId)
        q.bind(e.id);
    q.bind(e.studentId).bind(behaviourTimeCode(e.occurredAt));
    q.bind(courseId > 0 ? QVariant(courseId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindNullable(e.place).bind(e.categoryId).bind(e.points);
    q.bind(e.description.isNull() ? QStringLiteral("") : e.description);
    q.bindNullable(e.actionTaken);
    q.bind(e.recordedBy > 0 ? QVariant(e.recordedBy) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bind(deleted.recordedAt.isEmpty() ? isoNow() : deleted.recordedAt);
    auto id = q.scalar();
    if (!id)
        return id.error();
    const qint64 newId = id->toLongLong();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.record(QStringLiteral("restore"), kEntity, newId, QString(), QString(),
                                QStringLiteral("student %1, category %2, %3 points, %4 (event %5 put back)")
                                    .arg(e.studentId)
                                    .arg(e.categoryId)
                                    .arg(e.points)
                                    .arg(behaviourTimeCode(e.occurredAt))
                                    .arg(e.id));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return newId;
}

Result<bool> BehaviourStore::mayDelete(const Session &session, const BehaviourEvent &event) const
{
    if (!Permissions::allows(session, Action::RecordBehaviour))
        return false;
    if (event.recordedBy != session.userId() &&
        !Permissions::scopes(session, Action::RecordBehaviour).testFlag(ScopeKind::Organisation))
        return false;
    Status s = StudentScope::check(m_db, session, Action::RecordBehaviour, event.studentId);
    if (!s && s.error().kind != Error::Kind::Forbidden)
        return s.error();
    return s.ok();
}

Result<QList<std::pair<qint64, QString>>> BehaviourStore::recorders(const Session &session) const
{
    if (Status s = Permissions::require(session, Action::ViewBehaviour); !s)
        return s.error();
    // Staff who record behaviour: the users with a role that may (cheap, no scan of the events).
    Query q(m_db,
            QStringLiteral("SELECT DISTINCT u.id, u.display_name FROM users u JOIN user_roles r ON r.user_id = u.id "
                           "WHERE r.role IN ('teacher', 'mentor', 'lead_mentor', 'headteacher') "
                           "ORDER BY u.display_name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, QString>> out;
    while (q.next())
        out.append({q.id(0), q.string(1)});
    return out;
}

Result<QList<std::pair<qint64, QString>>> BehaviourStore::courses(const Session &session) const
{
    Query q(m_db,
            QStringLiteral("SELECT c.id, c.name FROM courses c ORDER BY "
                           "(SELECT COUNT(*) FROM course_teachers ct WHERE ct.course_id = c.id AND ct.user_id = ?) "
                           "DESC, c.year_group, c.name"));
    q.bind(session.userId());
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, QString>> out;
    while (q.next())
        out.append({q.id(0), q.string(1)});
    return out;
}

Result<QStringList> BehaviourStore::tutorGroups(const Session &session) const
{
    if (Status s = Permissions::require(session, Action::ViewBehaviour); !s)
        return s.error();
    const StudentScope scope = StudentScope::of(session, Action::ViewBehaviour);
    Query q(m_db, QStringLiteral(
                      "SELECT s.tutor_group, MIN(s.year_group) FROM students s WHERE s.tutor_group IS NOT NULL AND "
                      "s.tutor_group <> '' AND s.date_left IS NULL AND ") +
                      scope.condition + QStringLiteral(" GROUP BY s.tutor_group ORDER BY 2, 1"));
    for (const QVariant &v : scope.binds)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out.append(q.string(0));
    return out;
}

BehaviourWriter::BehaviourWriter(Database &db) : m_db(db), m_insert(db), m_now(isoNow()) {}

BehaviourWriter::~BehaviourWriter()
{
    if (m_oldCacheSize.isValid()) {
        Query restore(m_db);
        if (!restore.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_oldCacheSize.toLongLong())))
            qCWarning(lcBehaviour) << "could not restore the page cache size";
    }
    if (m_oldTempStore.isValid()) {
        Query restore(m_db);
        if (!restore.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_oldTempStore.toInt())))
            qCWarning(lcBehaviour) << "could not restore the temp store";
    }
}

QStringList BehaviourWriter::indexDefinitions()
{
    return rebuiltIndexDefinitions() << QStringLiteral("CREATE INDEX behaviour_events_category ON behaviour_events (category_id)");
}

QStringList BehaviourWriter::rebuiltIndexDefinitions()
{
    return {QStringLiteral("CREATE INDEX behaviour_events_when ON behaviour_events (occurred_at)"),
            QStringLiteral("CREATE INDEX behaviour_events_student ON behaviour_events (student_id, occurred_at)"),
            QStringLiteral("CREATE INDEX behaviour_events_recorder ON behaviour_events (recorded_by, occurred_at)")};
}

namespace {
// Appends `text` as a JSON string (or null when empty and `nullWhenEmpty`).
void appendJson(QString &out, const QString &text, bool nullWhenEmpty)
{
    if (text.isEmpty() && nullWhenEmpty) {
        out += QLatin1String("null");
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

void appendId(QString &out, qint64 id)
{
    if (id > 0)
        out += QString::number(id);
    else
        out += QLatin1String("null");
}

constexpr int kBatchRows = 4000;
} // namespace

Status BehaviourWriter::flush()
{
    if (m_batchRows == 0)
        return {};
    m_batch += QLatin1Char(']');
    m_insert.bind(m_now).bind(m_batch);
    Status s = m_insert.exec();
    m_batch = QStringLiteral("[");
    m_batchRows = 0;
    return s;
}

Status BehaviourWriter::finish()
{
    if (m_batched)
        if (Status s = flush(); !s)
            return s;
    if (m_serverInsert)
        if (Status s = m_serverInsert->flush(); !s)
            return s;
    if (!m_indexesDropped)
        return {};
    m_insert.finish();
    m_fastInsert.reset();
    QElapsedTimer timer;
    timer.start();
    Query create(m_db);
    for (const QString &sql : rebuiltIndexDefinitions())
        if (Status s = create.exec(sql); !s)
            return s;
    m_indexesDropped = false;
    qCInfo(lcBehaviour) << "behaviour indexes rebuilt in" << timer.elapsed() << "ms";
    return {};
}

Status BehaviourWriter::prepare(qint64 expectedRows)
{
    constexpr qint64 kBulkRows = 20000;
    const bool bulk = expectedRows >= kBulkRows;
    if (bulk && m_db.engine() == Engine::SQLite && !m_oldCacheSize.isValid()) {
        Query size(m_db, QStringLiteral("PRAGMA cache_size"));
        auto old = size.scalar();
        if (!old)
            return old.error();
        size.finish();
        Query grow(m_db);
        // Negative: KiB. SQLite allocates pages only as it needs them.
        if (Status s = grow.exec(QStringLiteral("PRAGMA cache_size = -262144")); !s)
            return s;
        m_oldCacheSize = *old;
        // Rebuilding an index sorts in temporary storage: memory, not a temporary file.
        Query temp(m_db, QStringLiteral("PRAGMA temp_store"));
        auto oldTemp = temp.scalar();
        if (!oldTemp)
            return oldTemp.error();
        temp.finish();
        Query memory(m_db);
        if (Status s = memory.exec(QStringLiteral("PRAGMA temp_store = MEMORY")); !s)
            return s;
        m_oldTempStore = *oldTemp;
        Query count(m_db, QStringLiteral("SELECT COUNT(*) FROM behaviour_events"));
        auto existing = count.scalar();
        if (!existing)
            return existing.error();
        count.finish();
        // Rebuilding sorts every row of the table once; inserting costs a B-tree search per row
        // and index: worth it when the batch is at least half the size of what is there.
        if (expectedRows * 2 >= existing->toLongLong()) {
            Query drop(m_db);
            for (const QString &definition : rebuiltIndexDefinitions()) // "CREATE INDEX name ON ..."
                if (Status s = drop.exec(QStringLiteral("DROP INDEX IF EXISTS ") + definition.section(QLatin1Char(' '), 2, 2)); !s)
                    return s;
            m_indexesDropped = true;
        }
        if (!sqliteHandle(m_db)) {
            m_batched = true;
            m_batch = QStringLiteral("[");
            m_batch.reserve(kBatchRows * 120);
            return m_insert.prepare(QStringLiteral(
                "INSERT INTO behaviour_events (recorded_at, student_id, occurred_at, course_id, place, "
                "category_id, points, "
                "description, action_taken, recorded_by) SELECT ?, json_extract(value, '$[0]'), "
                "json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'), "
                "json_extract(value, '$[4]'), json_extract(value, '$[5]'), json_extract(value, '$[6]'), "
                "json_extract(value, '$[7]'), json_extract(value, '$[8]') FROM json_each(?) ORDER BY key"));
        }
    }
    const QString insert = QStringLiteral(
        "INSERT INTO behaviour_events (student_id, occurred_at, course_id, place, category_id, points, description, "
        "action_taken, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (sqlite3 *handle = sqliteHandle(m_db))
        return m_fastInsert.prepare(handle, insert);
    if (m_db.engine() == Engine::PostgreSQL && expectedRows > 1) {
        m_serverInsert = std::make_unique<BatchInsert>(
            m_db, QStringLiteral("behaviour_events"),
            QStringList{QStringLiteral("student_id"), QStringLiteral("occurred_at"), QStringLiteral("course_id"),
                        QStringLiteral("place"), QStringLiteral("category_id"), QStringLiteral("points"),
                        QStringLiteral("description"), QStringLiteral("action_taken"), QStringLiteral("recorded_by"),
                        QStringLiteral("recorded_at")});
        return {};
    }
    return m_insert.prepare(insert);
}

Status BehaviourWriter::add(qint64 studentId, const QString &occurredAt, qint64 courseId, const QString &place,
                            qint64 categoryId, int points, const QString &description, const QString &actionTaken,
                            qint64 recordedBy)
{
    if (m_batched) {
        if (m_batchRows > 0)
            m_batch += QLatin1Char(',');
        m_batch += QLatin1Char('[');
        m_batch += QString::number(studentId) + QLatin1Char(',');
        appendJson(m_batch, occurredAt, false);
        m_batch += QLatin1Char(',');
        appendId(m_batch, courseId);
        m_batch += QLatin1Char(',');
        appendJson(m_batch, place, true);
        m_batch += QLatin1Char(',') + QString::number(categoryId) + QLatin1Char(',') + QString::number(points) +
                   QLatin1Char(',');
        appendJson(m_batch, description, false);
        m_batch += QLatin1Char(',');
        appendJson(m_batch, actionTaken, true);
        m_batch += QLatin1Char(',');
        appendId(m_batch, recordedBy);
        m_batch += QLatin1Char(']');
        if (++m_batchRows >= kBatchRows)
            return flush();
        return {};
    }
    if (m_fastInsert.isPrepared()) {
        m_fastInsert.bind(1, studentId);
        m_fastInsert.bind(2, occurredAt);
        if (courseId > 0)
            m_fastInsert.bind(3, courseId);
        else
            m_fastInsert.bindNull(3);
        m_fastInsert.bindNullable(4, place);
        m_fastInsert.bind(5, categoryId);
        m_fastInsert.bind(6, points);
        // A null description is stored as '' (the column holds '' for none).
        m_fastInsert.bind(7, description.isNull() ? QStringView(u"") : QStringView(description));
        m_fastInsert.bindNullable(8, actionTaken);
        if (recordedBy > 0)
            m_fastInsert.bind(9, recordedBy);
        else
            m_fastInsert.bindNull(9);
        m_fastInsert.bind(10, m_now);
        return m_fastInsert.exec();
    }
    if (m_serverInsert) {
        const QVariant noId(QMetaType(QMetaType::LongLong));
        return m_serverInsert->add({studentId, occurredAt, courseId > 0 ? QVariant(courseId) : noId,
                                    place.isEmpty() ? QVariant() : QVariant(place), categoryId, points,
                                    description.isNull() ? QStringLiteral("") : description,
                                    actionTaken.isEmpty() ? QVariant() : QVariant(actionTaken),
                                    recordedBy > 0 ? QVariant(recordedBy) : noId, m_now});
    }
    m_insert.bind(studentId).bind(occurredAt);
    m_insert.bind(courseId > 0 ? QVariant(courseId) : QVariant(QMetaType(QMetaType::LongLong)));
    // A null QString binds as NULL; the column holds '' for no description.
    m_insert.bindNullable(place)
        .bind(categoryId)
        .bind(points)
        .bind(description.isNull() ? QStringLiteral("") : description);
    m_insert.bindNullable(actionTaken);
    m_insert.bind(recordedBy > 0 ? QVariant(recordedBy) : QVariant(QMetaType(QMetaType::LongLong)));
    m_insert.bind(m_now);
    return m_insert.exec();
}

} // namespace md
