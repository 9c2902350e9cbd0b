// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpPlanStore.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "ilp/IlpLogging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QLocale>

namespace md {

namespace {

const QLatin1String kStudentName("COALESCE(NULLIF(s.preferred_forename, ''), s.legal_forename) || ' ' || "
                                 "COALESCE(NULLIF(s.preferred_surname, ''), s.legal_surname)");

QVariant userRef(const Session &session)
{
    return session.userId() > 0 ? QVariant(session.userId()) : QVariant();
}

QString planSummary(const IlpPlan &p)
{
    return QStringLiteral("%1 (%2 to %3), student %4, %5 of %6 fields filled, %7")
        .arg(p.templateName, isoDate(p.validFrom), isoDate(p.validTo))
        .arg(p.studentId)
        .arg(p.filledFields())
        .arg(p.fields.size())
        .arg(ilpPlanStateCode(p.state));
}

} // namespace

bool IlpPlanStore::mayView(const IlpPlan &plan, IlpRole role, const QDate &today)
{
    switch (role) {
    case IlpRole::Mentor:
    case IlpRole::Teacher:
        return true;
    case IlpRole::Student:
        return plan.state == IlpPlanState::Published;
    case IlpRole::Parent:
        return plan.state == IlpPlanState::Published && plan.isCurrent(today);
    }
    return false;
}

QList<IlpPlan> IlpPlanStore::asSeenBy(const QList<IlpPlan> &plans, IlpRole role, const QDate &today)
{
    QList<IlpPlan> out;
    for (const IlpPlan &p : plans)
        if (mayView(p, role, today))
            out.append(p.visibleTo(role));
    return out;
}

Result<qint64> IlpPlanStore::studentOfPlan(qint64 planId) const
{
    Query q(m_db, QStringLiteral("SELECT student_id FROM ilp_plans WHERE id = ?"));
    q.bind(planId);
    auto v = q.scalar();
    if (!v)
        return v.error();
    if (v->isNull())
        return Error::notFound(tr("That learning plan no longer exists."));
    return v->toLongLong();
}

bool IlpPlanStore::isPlanMentor(const Session &session, qint64 planId) const
{
    if (!session.has(Role::Mentor) || session.userId() <= 0)
        return false;
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM ilp_plan_mentors WHERE plan_id = ? AND user_id = ?"));
    q.bind(planId).bind(session.userId());
    auto n = q.scalar();
    return n && n->toInt() > 0;
}

Status IlpPlanStore::checkPlan(const Session &session, Action action, qint64 planId, qint64 studentId) const
{
    Status s = StudentScope::check(m_db, session, action, studentId);
    if (s || s.error().kind != Error::Kind::Forbidden)
        return s;
    if ((action == Action::ViewIlps || action == Action::ContributeIlps) && isPlanMentor(session, planId))
        return {};
    return s;
}

Result<QList<IlpPlan>> IlpPlanStore::select(const QString &where, const QVariantList &binds) const
{
    Query q(m_db, QStringLiteral("SELECT p.id, p.student_id, ") + kStudentName +
                      QStringLiteral(", s.upn, COALESCE(p.template_id, 0), p.template_name, p.valid_from, p.valid_to, "
                                     "p.state, p.created_at, p.row_version "
                                     "FROM ilp_plans p JOIN students s ON s.id = p.student_id ") +
                      where + QStringLiteral(" ORDER BY p.valid_from, p.id"));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<IlpPlan> out;
    QHash<qint64, int> index;
    while (q.next()) {
        IlpPlan p;
        p.id = q.id(0);
        p.studentId = q.id(1);
        p.studentName = q.string(2);
        p.upn = q.string(3);
        p.templateId = q.id(4);
        p.templateName = q.string(5);
        p.validFrom = q.date(6);
        p.validTo = q.date(7);
        p.state = ilpPlanStateFromCode(q.string(8)).value_or(IlpPlanState::Unpublished);
        p.createdAt = QDateTime::fromString(q.string(9), Qt::ISODate);
        p.rowVersion = q.integer(10);
        index.insert(p.id, int(out.size()));
        out.append(p);
    }
    q.finish();
    if (out.isEmpty())
        return out;
    // Fields of all the plans at once: the student's plans are few, a whole list is one query.
    QStringList marks;
    QVariantList ids;
    for (const IlpPlan &p : std::as_const(out)) {
        marks << QStringLiteral("?");
        ids << p.id;
    }
    Query f(m_db, QStringLiteral("SELECT id, plan_id, position, label, COALESCE(guidance, ''), see_roles, edit_roles, "
                                 "value, version, COALESCE(updated_by_name, ''), updated_at "
                                 "FROM ilp_plan_fields WHERE plan_id IN (") +
                      marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY plan_id, position, id"));
    for (const QVariant &id : std::as_const(ids))
        f.bind(id);
    if (Status s = f.exec(); !s)
        return s.error();
    while (f.next()) {
        IlpPlanField field;
        field.id = f.id(0);
        field.position = f.integer(2);
        field.label = f.string(3);
        field.guidance = f.string(4);
        field.seeBy = ilpRolesFromCodes(f.string(5));
        field.editBy = ilpRolesFromCodes(f.string(6));
        field.value = f.string(7);
        field.version = f.integer(8);
        field.updatedBy = f.string(9);
        field.updatedAt = QDateTime::fromString(f.string(10), Qt::ISODate);
        out[index.value(f.id(1))].fields.append(field);
    }
    f.finish();
    Query m(m_db, QStringLiteral("SELECT pm.plan_id, pm.user_id, u.display_name FROM ilp_plan_mentors pm "
                                 "JOIN users u ON u.id = pm.user_id WHERE pm.plan_id IN (") +
                      marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY u.display_name"));
    for (const QVariant &id : std::as_const(ids))
        m.bind(id);
    if (Status s = m.exec(); !s)
        return s.error();
    while (m.next())
        out[index.value(m.id(0))].mentors.append({m.id(1), m.string(2)});
    return out;
}

Result<IlpPlan> IlpPlanStore::get(const Session &session, qint64 planId) const
{
    auto student = studentOfPlan(planId);
    if (!student)
        return student.error();
    if (Status s = checkPlan(session, Action::ViewIlps, planId, *student); !s)
        return s.error();
    auto rows = select(QStringLiteral("WHERE p.id = ?"), {planId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(tr("That learning plan no longer exists."));
    return rows->first();
}

Result<QList<IlpPlan>> IlpPlanStore::forStudent(const Session &session, qint64 studentId) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewIlps, studentId); !s) {
        // A mentor added to some of the student's plans sees those.
        if (s.error().kind != Error::Kind::Forbidden || !session.has(Role::Mentor))
            return s.error();
        auto mine = select(QStringLiteral("WHERE p.student_id = ? AND p.id IN (SELECT plan_id FROM ilp_plan_mentors "
                                          "WHERE user_id = ?)"),
                           {studentId, session.userId()});
        if (!mine || mine->isEmpty())
            return s.error();
        return mine;
    }
    return select(QStringLiteral("WHERE p.student_id = ?"), {studentId});
}

Result<QList<IlpStudentRow>> IlpPlanStore::studentList(const Session &session, const QDate &today,
                                                       bool ownGroupOnly) const
{
    if (Status s = Permissions::require(session, Action::ViewIlps); !s)
        return s.error();
    StudentScope scope = StudentScope::of(session, Action::ViewIlps);
    if (ownGroupOnly && session.has(Role::Mentor)) {
        // Narrower than any scope a mentor holds, so never more than they may see.
        scope.condition = QStringLiteral("s.id IN (SELECT mg.student_id FROM mentoring_groups mg "
                                         "WHERE mg.mentor_id = ? AND mg.ended_on IS NULL)");
        scope.binds = {session.userId()};
    }
    // Students in scope with all their current plans, and the plans the user was added to.
    const QString coMentored = QStringLiteral("(SELECT plan_id FROM ilp_plan_mentors WHERE user_id = ?)");
    const QString inScope = QStringLiteral("(") + scope.condition + QStringLiteral(")");
    Query q(m_db, QStringLiteral("SELECT s.id, s.upn, ") + kStudentName +
                      QStringLiteral(
                          ", COALESCE(NULLIF(s.preferred_surname, ''), s.legal_surname) || ' ' || "
                          "COALESCE(NULLIF(s.preferred_forename, ''), s.legal_forename), "
                          "COALESCE(s.tutor_group, ''), COALESCE(s.year_group, 0), p.id, p.template_name, "
                          "p.valid_from, p.valid_to, p.state, "
                          "(SELECT COUNT(*) FROM ilp_plan_fields f WHERE f.plan_id = p.id AND TRIM(f.value) <> ''), "
                          "(SELECT COUNT(*) FROM ilp_plan_fields f WHERE f.plan_id = p.id) "
                          "FROM students s LEFT JOIN ilp_plans p ON p.student_id = s.id "
                          "AND p.state <> 'archived' AND p.valid_to >= ? AND (") +
                      inScope + QStringLiteral(" OR p.id IN ") + coMentored +
                      QStringLiteral(") WHERE s.date_left IS NULL AND (") + inScope +
                      QStringLiteral(" OR s.id IN (SELECT p2.student_id FROM ilp_plans p2 WHERE p2.state <> 'archived' "
                                     "AND p2.valid_to >= ? AND p2.id IN ") +
                      coMentored + QStringLiteral("))") +
                      QStringLiteral(" ORDER BY COALESCE(s.year_group, 0), COALESCE(s.tutor_group, ''), "
                                     "4, s.id, p.valid_from, p.id"));
    q.bind(today);
    for (const QVariant &b : scope.binds)
        q.bind(b);
    q.bind(session.userId());
    for (const QVariant &b : scope.binds)
        q.bind(b);
    q.bind(today).bind(session.userId());
    if (Status s = q.exec(); !s)
        return s.error();
    QList<IlpStudentRow> out;
    while (q.next()) {
        IlpStudentRow r;
        r.studentId = q.id(0);
        r.upn = q.string(1);
        r.name = q.string(2);
        r.sortName = q.string(3);
        r.tutorGroup = q.string(4);
        r.yearGroup = q.integer(5);
        if (!q.value(6).isNull()) {
            r.planId = q.id(6);
            r.templateName = q.string(7);
            r.validFrom = q.date(8);
            r.validTo = q.date(9);
            r.state = ilpPlanStateFromCode(q.string(10)).value_or(IlpPlanState::Unpublished);
            r.filled = q.integer(11);
            r.fields = q.integer(12);
        }
        out.append(r);
    }
    return out;
}

Result<QList<qint64>> IlpPlanStore::create(const Session &session, qint64 templateId, const QList<qint64> &studentIds,
                                           const QDate &validFrom, const QDate &validTo)
{
    if (Status s = Permissions::require(session, Action::ManageIlps); !s)
        return s.error();
    if (studentIds.isEmpty())
        return Error::invalid(tr("Choose at least one student to make a plan for."));
    if (!validFrom.isValid() || !validTo.isValid())
        return Error::invalid(tr("A plan needs the date it is valid from and the date it is valid to."));
    if (validTo < validFrom)
        return Error::invalid(
            tr("The plan cannot end (%1) before it starts (%2).").arg(isoDate(validTo), isoDate(validFrom)));
    for (qint64 id : studentIds)
        if (Status s = StudentScope::check(m_db, session, Action::ManageIlps, id); !s)
            return s.error();

    Query t(m_db, QStringLiteral("SELECT name, state FROM ilp_templates WHERE id = ?"));
    t.bind(templateId);
    if (Status s = t.exec(); !s)
        return s.error();
    if (!t.next())
        return Error::notFound(tr("That ILP template no longer exists."));
    const QString templateName = t.string(0);
    if (t.string(1) != QLatin1String("published"))
        return Error::conflict(
            tr("'%1' is not published: only published templates can be used for new plans.").arg(templateName));
    t.finish();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = isoNow();
    Query plan(m_db,
               QStringLiteral("INSERT INTO ilp_plans (student_id, template_id, template_name, valid_from, valid_to, "
                              "state, created_by, created_at, updated_at) "
                              "VALUES (?, ?, ?, ?, ?, 'unpublished', ?, ?, ?) RETURNING id"));
    // The snapshot: the template's fields and rights as they are now, copied into the plan.
    Query copy(m_db,
               QStringLiteral("INSERT INTO ilp_plan_fields (plan_id, position, label, guidance, see_roles, edit_roles) "
                              "SELECT ?, position, label, guidance, see_roles, edit_roles FROM ilp_template_fields "
                              "WHERE template_id = ? ORDER BY position, id"));
    AuditLog audit(m_db, session.actor());
    QList<qint64> ids;
    for (qint64 studentId : studentIds) {
        plan.bind(studentId)
            .bind(templateId)
            .bind(templateName)
            .bind(validFrom)
            .bind(validTo)
            .bind(userRef(session))
            .bind(now)
            .bind(now);
        auto id = plan.scalar();
        if (!id)
            return id.error();
        plan.finish();
        copy.bind(id->toLongLong()).bind(templateId);
        if (Status s = copy.exec(); !s)
            return s.error();
        if (Status s = audit.created(QStringLiteral("ilp_plan"), id->toLongLong(),
                                     QStringLiteral("%1 (%2 to %3) for student %4")
                                         .arg(templateName, isoDate(validFrom), isoDate(validTo))
                                         .arg(studentId));
            !s)
            return s.error();
        ids.append(id->toLongLong());
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcIlp) << "created" << ids.size() << "plans from template" << templateId;
    return ids;
}

Status IlpPlanStore::setDates(const Session &session, qint64 planId, const QDate &validFrom, const QDate &validTo,
                              std::optional<int> expectedVersion)
{
    auto student = studentOfPlan(planId);
    if (!student)
        return student.error();
    if (Status s = StudentScope::check(m_db, session, Action::ManageIlps, *student); !s)
        return s;
    if (!validFrom.isValid() || !validTo.isValid())
        return Error::invalid(tr("A plan needs the date it is valid from and the date it is valid to."));
    if (validTo < validFrom)
        return Error::invalid(
            tr("The plan cannot end (%1) before it starts (%2).").arg(isoDate(validTo), isoDate(validFrom)));
    auto before = get(session, planId);
    if (!before)
        return before.error();
    const auto changedElsewhere = [&](const IlpPlan &stored) {
        return Error::conflict(tr("The plan's dates were changed at another desk to %1 \u2013 %2 while you were "
                                  "editing them, so yours (%3 \u2013 %4) were not saved. Set them again to keep yours.")
                                   .arg(isoDate(stored.validFrom), isoDate(stored.validTo), isoDate(validFrom),
                                        isoDate(validTo)));
    };
    if (expectedVersion && before->rowVersion != *expectedVersion)
        return changedElsewhere(*before);
    if (before->validFrom == validFrom && before->validTo == validTo)
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE ilp_plans SET valid_from = ?, valid_to = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.bind(validFrom).bind(validTo).bind(isoNow()).bind(planId).bind(before->rowVersion);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0) { // saved elsewhere between our read and this write
        tx.rollback();
        auto now = get(session, planId);
        return now ? changedElsewhere(*now) : now.error();
    }
    AuditLog audit(m_db, session.actor());
    if (before->validFrom != validFrom)
        if (Status s = audit.changed(QStringLiteral("ilp_plan"), planId, QStringLiteral("valid_from"),
                                     isoDate(before->validFrom), isoDate(validFrom));
            !s)
            return s;
    if (before->validTo != validTo)
        if (Status s = audit.changed(QStringLiteral("ilp_plan"), planId, QStringLiteral("valid_to"),
                                     isoDate(before->validTo), isoDate(validTo));
            !s)
            return s;
    return tx.commit();
}

Status IlpPlanStore::setState(const Session &session, const QList<qint64> &planIds, IlpPlanState state)
{
    if (Status s = Permissions::require(session, Action::ManageIlps); !s)
        return s;
    if (planIds.isEmpty())
        return Error::invalid(tr("Choose at least one plan."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE ilp_plans SET state = ?, published_at = CASE WHEN ? = 'published' THEN ? "
                                 "ELSE published_at END, archived_at = CASE WHEN ? = 'archived' THEN ? ELSE NULL END, "
                                 "updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    AuditLog audit(m_db, session.actor());
    const QString code = ilpPlanStateCode(state);
    const QString now = isoNow();
    for (qint64 id : planIds) {
        auto student = studentOfPlan(id);
        if (!student)
            return student.error();
        if (Status s = StudentScope::check(m_db, session, Action::ManageIlps, *student); !s)
            return s;
        Query before(m_db, QStringLiteral("SELECT state FROM ilp_plans WHERE id = ?"));
        before.bind(id);
        auto old = before.scalar();
        if (!old)
            return old.error();
        if (old->toString() == code)
            continue;
        q.bind(code).bind(code).bind(now).bind(code).bind(now).bind(now).bind(id);
        if (Status s = q.exec(); !s)
            return s;
        if (Status s = audit.changed(QStringLiteral("ilp_plan"), id, QStringLiteral("state"), old->toString(), code);
            !s)
            return s;
    }
    return tx.commit();
}

Status IlpPlanStore::remove(const Session &session, const QList<qint64> &planIds)
{
    if (Status s = Permissions::require(session, Action::ManageIlps); !s)
        return s;
    if (planIds.isEmpty())
        return Error::invalid(tr("Choose at least one plan."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query del(m_db, QStringLiteral("DELETE FROM ilp_plans WHERE id = ?"));
    AuditLog audit(m_db, session.actor());
    for (qint64 id : planIds) {
        auto plan = get(session, id);
        if (!plan)
            return plan.error();
        if (Status s = StudentScope::check(m_db, session, Action::ManageIlps, plan->studentId); !s)
            return s;
        del.bind(id);
        if (Status s = del.exec(); !s)
            return s;
        if (Status s = audit.deleted(QStringLiteral("ilp_plan"), id, planSummary(*plan)); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcIlp) << "deleted" << planIds.size() << "plans";
    return {};
}

Result<QList<IlpPlanMentor>> IlpPlanStore::mentorCandidates(const Session &session) const
{
    if (Status s = Permissions::require(session, Action::ManageIlps); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT u.id, u.display_name FROM users u JOIN user_roles r ON r.user_id = u.id "
                                 "WHERE r.role = 'mentor' AND u.active = 1 ORDER BY u.display_name, u.id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<IlpPlanMentor> out;
    while (q.next())
        out.append({q.id(0), q.string(1)});
    return out;
}

Status IlpPlanStore::addMentor(const Session &session, qint64 planId, qint64 userId)
{
    auto student = studentOfPlan(planId);
    if (!student)
        return student.error();
    if (Status s = StudentScope::check(m_db, session, Action::ManageIlps, *student); !s)
        return s;
    Query role(m_db, QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE user_id = ? AND role = 'mentor'"));
    role.bind(userId);
    auto n = role.scalar();
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error::invalid(tr("Only members of staff with the Mentor role can be added to a plan."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO ilp_plan_mentors (plan_id, user_id, added_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT DO NOTHING"));
    q.bind(planId).bind(userId).bind(isoNow());
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return {};
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("ilp_plan"), planId, QStringLiteral("mentor added"), QString(),
                                 QString::number(userId));
        !s)
        return s;
    return tx.commit();
}

Status IlpPlanStore::removeMentor(const Session &session, qint64 planId, qint64 userId)
{
    auto student = studentOfPlan(planId);
    if (!student)
        return student.error();
    if (Status s = StudentScope::check(m_db, session, Action::ManageIlps, *student); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("DELETE FROM ilp_plan_mentors WHERE plan_id = ? AND user_id = ?"));
    q.bind(planId).bind(userId);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return {};
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("ilp_plan"), planId, QStringLiteral("mentor removed"),
                                 QString::number(userId), QString());
        !s)
        return s;
    return tx.commit();
}

Result<int> IlpPlanStore::saveField(const Session &session, qint64 fieldId, const QString &value, int expectedVersion,
                                    IlpFieldConflict *conflict, std::optional<IlpRole> onBehalfOf)
{
    Query f(m_db,
            QStringLiteral("SELECT f.plan_id, p.student_id, p.state, f.label, f.see_roles, f.edit_roles, f.value, "
                           "f.version, COALESCE(f.updated_by_name, ''), f.updated_at "
                           "FROM ilp_plan_fields f JOIN ilp_plans p ON p.id = f.plan_id WHERE f.id = ?"));
    f.bind(fieldId);
    if (Status s = f.exec(); !s)
        return s.error();
    if (!f.next())
        return Error::notFound(tr("That field of the plan no longer exists: the plan may have been deleted."));
    IlpField field;
    const qint64 planId = f.id(0);
    const qint64 studentId = f.id(1);
    const QString state = f.string(2);
    field.label = f.string(3);
    field.seeBy = ilpRolesFromCodes(f.string(4));
    field.editBy = ilpRolesFromCodes(f.string(5));
    const QString current = f.string(6);
    const int version = f.integer(7);
    IlpFieldConflict now{fieldId, field.label, current, f.string(8), QDateTime::fromString(f.string(9), Qt::ISODate),
                         version};
    f.finish();

    if (onBehalfOf) {
        if (*onBehalfOf != IlpRole::Student && *onBehalfOf != IlpRole::Parent)
            return Error::invalid(tr("Only a student's or a parent's words are recorded on their behalf."));
        if (Status s = StudentScope::check(m_db, session, Action::ManageIlps, studentId); !s)
            return s.error();
        if (!field.editableBy(*onBehalfOf))
            return Error::forbidden(tr("The plan's template does not let the %1 write in '%2'.")
                                        .arg(ilpRoleLabel(*onBehalfOf).toLower(), field.label));
    } else {
        if (Status s = checkPlan(session, Action::ContributeIlps, planId, studentId); !s)
            return s.error();
        if (!field.editableBy(ilpRolesOf(session)))
            return Error::forbidden(tr("The plan's template does not let your role edit '%1'.").arg(field.label));
    }
    if (state == QLatin1String("archived"))
        return Error::conflict(tr("This plan is archived and can no longer be changed."));
    if (value.size() > kIlpMaxText)
        return Error::invalid(tr("'%1' is longer than %2 characters.").arg(field.label).arg(kIlpMaxText));
    if (version != expectedVersion) {
        if (conflict)
            *conflict = now;
        qCInfo(lcIlp) << "concurrent edit of plan field" << fieldId << "expected version" << expectedVersion << "found"
                      << version;
        RecordConflict c;
        c.entity = QStringLiteral("ilp_plan_field");
        c.id = fieldId;
        c.yourVersion = expectedVersion;
        c.storedVersion = version;
        c.recordLabel = tr("'%1' in the plan").arg(field.label);
        c.changedBy = now.theirName;
        c.changedAt = now.theirTime;
        c.add(field.label, value, current);
        return RecordConflicts::staleWrite(
            m_db, c,
            tr("%1 saved '%2' at %3 while you were editing it. Your text has not been saved: "
               "compare the two and choose which to keep.")
                .arg(now.theirName.isEmpty() ? tr("Someone else") : now.theirName, field.label,
                     QLocale().toString(now.theirTime.toLocalTime(), QLocale::ShortFormat)));
    }
    if (value == current)
        return version;

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QString who = session.displayName().isEmpty() ? session.username() : session.displayName();
    if (onBehalfOf)
        who = tr("%1 for the %2").arg(who, ilpRoleLabel(*onBehalfOf).toLower());
    Query q(m_db, QStringLiteral("UPDATE ilp_plan_fields SET value = ?, version = version + 1, updated_by = ?, "
                                 "updated_by_name = ?, updated_at = ? WHERE id = ? AND version = ?"));
    q.bind(ilpText(value))
        .bind(userRef(session))
        .bind(who)
        .bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(fieldId)
        .bind(expectedVersion);
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.numRowsAffected() == 0)
        return Error::conflict(
            tr("Someone else saved '%1' at the same moment. Reopen the plan to see their text.").arg(field.label));
    Query touch(
        m_db, QStringLiteral(
                  "UPDATE ilp_plans SET updated_at = ? WHERE id = (SELECT plan_id FROM ilp_plan_fields WHERE id = ?)"));
    touch.bind(isoNow()).bind(fieldId);
    if (Status s = touch.exec(); !s)
        return s.error();
    AuditLog audit(m_db, session.actor());
    const QString fieldName =
        onBehalfOf ? field.label + QStringLiteral(" (") + ilpRoleCode(*onBehalfOf) + QLatin1Char(')') : field.label;
    if (Status s = audit.changed(QStringLiteral("ilp_plan_field"), fieldId, fieldName, current, value); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return version + 1;
}

} // namespace md
