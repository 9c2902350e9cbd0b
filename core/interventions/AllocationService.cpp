// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/AllocationService.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "interventions/InterventionsLogging.h"
#include "interventions/StudentBrief.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/MentoringGroupStore.h"

namespace md {

namespace {

const QLatin1String kLeadGrade("lead_learning_mentor");
const QLatin1String kAdvancedGrade("advanced_learning_mentor");
const QLatin1String kMentorGrade("learning_mentor");

// Reference 004: learning and advanced learning mentors manage 6 to 8 students plus one high-needs
// SEN keyworker case; the lead learning mentor up to 3 students with complex needs.
constexpr int kLeadCapacity = 3;
constexpr int kMentorCapacity = 8;
constexpr int kMentorSenSlots = 1;

} // namespace

QString MentorLoad::summary() const
{
    QString text =
        QCoreApplication::translate("md::AllocationService", "%1 of %2 students").arg(regularCases()).arg(capacity);
    if (senSlots > 0 || senCases > 0)
        text += QCoreApplication::translate("md::AllocationService", " · SEN keyworker %1 of %2")
                    .arg(senCases)
                    .arg(senSlots);
    if (over())
        text += QCoreApplication::translate("md::AllocationService", " · over capacity");
    else if (full())
        text += QCoreApplication::translate("md::AllocationService", " · caseload full");
    return text;
}

int AllocationService::defaultCapacity(const QString &grade)
{
    return grade == kLeadGrade ? kLeadCapacity : kMentorCapacity;
}

int AllocationService::defaultSenSlots(const QString &grade)
{
    return grade == kLeadGrade ? 0 : kMentorSenSlots;
}

int AllocationService::priorityLevel(const Student &s)
{
    if (s.lookedAfter)
        return 4;
    if (s.ehcPlan || s.senStatus == SenStatus::EhcPlan)
        return 3;
    if (s.semh && s.senStatus != SenStatus::None)
        return 2;
    if (!s.priorityFlags.isEmpty())
        return 1;
    return 0;
}

QString AllocationService::priorityReason(const Student &s)
{
    switch (priorityLevel(s)) {
    case 4:
        return tr("Looked-after child");
    case 3:
        return tr("EHC plan objectives");
    case 2:
        return tr("SEMH on the SEN register");
    case 1:
        return tr("Priority flag: %1")
            .arg((s.priorityFlagLabels.isEmpty() ? s.priorityFlags : s.priorityFlagLabels).join(QStringLiteral(", ")));
    }
    return tr("Date referred");
}

Result<QList<MentorLoad>> AllocationService::selectLoads(const QString &where, const QVariantList &binds) const
{
    QString sql =
        QStringLiteral("SELECT u.id, u.display_name, COALESCE(mp.grade, ''), mp.capacity, kc.sen_slots, "
                       "(SELECT COUNT(*) FROM mentoring_groups mg WHERE mg.mentor_id = u.id AND mg.ended_on IS NULL), "
                       "(SELECT COUNT(DISTINCT i.student_id) FROM interventions i JOIN mentoring_groups mg "
                       "   ON mg.student_id = i.student_id AND mg.mentor_id = i.keyworker_id AND mg.ended_on IS NULL "
                       "   WHERE i.keyworker_id = u.id AND i.sen_keyworker = 1 AND i.status IN ('planned', 'active')), "
                       "(SELECT COUNT(*) FROM user_roles lr WHERE lr.user_id = u.id AND lr.role = 'lead_mentor') "
                       "FROM users u LEFT JOIN mentor_profiles mp ON mp.user_id = u.id "
                       "LEFT JOIN keyworker_capacity kc ON kc.user_id = u.id "
                       "WHERE u.active = 1 AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id "
                       "AND r.role IN ('mentor', 'lead_mentor'))");
    if (!where.isEmpty())
        sql += QStringLiteral(" AND ") + where;
    sql += QStringLiteral(" ORDER BY CASE COALESCE(mp.grade, '') WHEN 'lead_learning_mentor' THEN 0 "
                          "WHEN 'advanced_learning_mentor' THEN 1 WHEN 'learning_mentor' THEN 2 ELSE 3 END, "
                          "LOWER(u.display_name), u.id");
    Query q(m_db, sql);
    for (const QVariant &v : binds)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<MentorLoad> out;
    while (q.next()) {
        MentorLoad m;
        m.mentorId = q.id(0);
        m.name = q.string(1);
        m.grade = q.string(2);
        m.hasProfile = !m.grade.isEmpty();
        // Without a profile the policy's figures for the user's role apply.
        const QString effectiveGrade =
            m.hasProfile ? m.grade : (q.integer(7) > 0 ? QString(kLeadGrade) : QString(kMentorGrade));
        m.capacity = q.value(3).isNull() ? defaultCapacity(effectiveGrade) : q.integer(3);
        m.senSlots = q.value(4).isNull() ? defaultSenSlots(effectiveGrade) : q.integer(4);
        m.caseload = q.integer(5);
        m.senCases = q.integer(6);
        if (m.grade == kLeadGrade)
            m.gradeLabel = tr("Lead learning mentor");
        else if (m.grade == kAdvancedGrade)
            m.gradeLabel = tr("Advanced learning mentor");
        else if (m.grade == kMentorGrade)
            m.gradeLabel = tr("Learning mentor");
        else
            m.gradeLabel = q.integer(7) > 0 ? tr("Lead mentor (no mentor profile)") : tr("Mentor (no mentor profile)");
        out.append(m);
    }
    return out;
}

Result<QList<MentorLoad>> AllocationService::loads(const Session &session) const
{
    if (Status s = Permissions::require(session, Action::ManageInterventions); !s)
        return s.error();
    return selectLoads(QString(), {});
}

Result<MentorLoad> AllocationService::loadOf(qint64 mentorId) const
{
    auto list = selectLoads(QStringLiteral("u.id = ?"), {mentorId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::invalid(tr("Only an active mentor or the lead mentor can be a keyworker."));
    return list->first();
}

Result<QList<WaitingStudent>> AllocationService::waiting(const Session &session) const
{
    if (Status s = Permissions::require(session, Action::ManageInterventions); !s)
        return s.error();
    // The policy's order (reference 004, "Resource allocation"), then the longest wait first.
    Query q(
        m_db,
        QStringLiteral("SELECT i.id, COALESCE(i.referral_id, 0), pt.name, i.stage, "
                       "COALESCE(r.referred_on, i.planned_on), ") +
            StudentBrief::columns() +
            QStringLiteral(
                " FROM interventions i JOIN students s ON s.id = i.student_id "
                "JOIN provision_types pt ON pt.id = i.provision_type_id "
                "LEFT JOIN referrals r ON r.id = i.referral_id "
                "WHERE i.status = 'planned' AND i.keyworker_id IS NULL AND s.date_left IS NULL "
                "ORDER BY s.looked_after DESC, "
                "CASE WHEN s.ehc_plan = 1 OR s.sen_status = 'E' THEN 1 ELSE 0 END DESC, "
                "CASE WHEN s.semh = 1 AND s.sen_status <> 'N' THEN 1 ELSE 0 END DESC, "
                "CASE WHEN EXISTS (SELECT 1 FROM student_flags sf WHERE sf.student_id = s.id) THEN 1 ELSE 0 END DESC, "
                "COALESCE(r.referred_on, i.planned_on), i.id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<WaitingStudent> out;
    while (q.next()) {
        WaitingStudent w;
        w.rank = int(out.size()) + 1;
        w.interventionId = q.id(0);
        w.referralId = q.id(1);
        w.provisionName = q.string(2);
        w.stage = q.integer(3);
        w.referredOn = q.date(4);
        w.student = StudentBrief::read(q, 5);
        out.append(w);
    }
    q.finish();
    QList<Student *> students;
    for (WaitingStudent &w : out)
        students.append(&w.student);
    if (Status s = StudentBrief::attachFlags(m_db, students); !s)
        return s.error();
    for (WaitingStudent &w : out) {
        w.priorityLevel = priorityLevel(w.student);
        w.priorityReason = priorityReason(w.student);
    }
    return out;
}

Result<AllocationDone> AllocationService::assign(const Session &session, const AllocationRequest &request)
{
    if (Status s = Permissions::require(session, Action::ManageInterventions); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    auto done = assignUnchecked(audit, request, session.userId());
    if (!done)
        return done.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<AllocationDone> AllocationService::assignUnchecked(AuditLog &audit, const AllocationRequest &request,
                                                          qint64 actorId)
{
    Query q(m_db, QStringLiteral("SELECT i.student_id, COALESCE(i.keyworker_id, 0), i.sen_keyworker, i.status, "
                                 "s.sen_status, s.ehc_plan, s.legal_forename, s.legal_surname, s.preferred_forename, "
                                 "s.preferred_surname FROM interventions i JOIN students s ON s.id = i.student_id "
                                 "WHERE i.id = ?"));
    q.bind(request.interventionId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("That intervention no longer exists."));
    const qint64 studentId = q.id(0);
    const qint64 previous = q.id(1);
    const bool wasSen = q.flag(2);
    const QString status = q.string(3);
    const bool onSenRegister = q.string(4) != QLatin1String("N") || q.flag(5);
    Student named;
    named.legalForename = q.string(6);
    named.legalSurname = q.string(7);
    named.preferredForename = q.string(8);
    named.preferredSurname = q.string(9);
    q.finish();

    if (status == QLatin1String("concluded"))
        return Error::conflict(tr("This intervention has concluded, so it no longer needs a keyworker."));
    if (request.senKeyworker && !onSenRegister)
        return Error::invalid(tr("Only a student on the SEN register can be a high-needs SEN keyworker case."));
    if (!request.on.isValid())
        return Error::invalid(tr("Give the date the keyworker is allocated."));
    auto load = loadOf(request.mentorId);
    if (!load)
        return load.error();
    AllocationDone done;
    if (previous == request.mentorId && wasSen == request.senKeyworker) {
        done.unchanged = true;
        return done;
    }

    Query member(m_db, QStringLiteral("SELECT COUNT(*) FROM mentoring_groups WHERE student_id = ? AND mentor_id = ? "
                                      "AND ended_on IS NULL"));
    member.bind(studentId).bind(request.mentorId);
    auto inGroup = member.scalar();
    if (!inGroup)
        return inGroup.error();
    // A student already in the mentor's group takes no new place.
    if (inGroup->toInt() == 0) {
        done.overCapacity =
            request.senKeyworker ? load->senCases >= load->senSlots : load->regularCases() >= load->capacity;
    }
    const QString reason = request.overrideReason.simplified();
    if (done.overCapacity && reason.isEmpty()) {
        if (request.senKeyworker)
            return Error::conflict(
                tr("%1 already has %2 of %3 high-needs SEN keyworker places filled. Assigning another "
                   "over capacity needs an override: give the reason.")
                    .arg(load->name)
                    .arg(load->senCases)
                    .arg(load->senSlots));
        return Error::conflict(tr("%1 already has %2 of %3 caseload places filled. Assigning another student over "
                                  "capacity needs an override: give the reason.")
                                   .arg(load->name)
                                   .arg(load->regularCases())
                                   .arg(load->capacity));
    }

    const QString now = isoNow();
    Query up(m_db, QStringLiteral(
                       "UPDATE interventions SET keyworker_id = ?, sen_keyworker = ?, parent_contact_due = 'start', "
                       "parents_contacted_on = NULL, updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    up.bind(request.mentorId).bind(request.senKeyworker).bind(now).bind(request.interventionId);
    if (Status s = up.exec(); !s)
        return s.error();
    Query log(m_db,
              QStringLiteral("INSERT INTO keyworker_allocations (intervention_id, mentor_id, allocated_on, "
                             "over_capacity, override_reason, allocated_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    log.bind(request.interventionId)
        .bind(request.mentorId)
        .bind(request.on)
        .bind(done.overCapacity)
        .bind(done.overCapacity ? QVariant(reason) : QVariant())
        .bind(actorId > 0 ? QVariant(actorId) : QVariant())
        .bind(now);
    if (Status s = log.exec(); !s)
        return s.error();
    const QString entity = QStringLiteral("intervention");
    if (Status s = audit.changed(entity, request.interventionId, QStringLiteral("keyworker"),
                                 previous ? QString::number(previous) : QString(), QString::number(request.mentorId));
        !s)
        return s.error();
    if (wasSen != request.senKeyworker)
        if (Status s = audit.changed(entity, request.interventionId, QStringLiteral("sen_keyworker"),
                                     QString::number(wasSen), QString::number(request.senKeyworker));
            !s)
            return s.error();
    if (done.overCapacity)
        if (Status s = audit.record(QStringLiteral("override"), entity, request.interventionId,
                                    QStringLiteral("capacity"), load->summary(), reason);
            !s)
            return s.error();
    if (inGroup->toInt() == 0)
        if (Status s = MentoringGroupStore(m_db).assignUnchecked(audit, request.mentorId, studentId, request.on); !s)
            return s.error();
    done.prompts
        << tr("%1 is now keyworker for %2 and should contact the parents or carers to explain the intervention.")
               .arg(load->name, named.displayName());
    qCInfo(lcInterventions) << "keyworker" << request.mentorId << "allocated to intervention" << request.interventionId
                            << (done.overCapacity ? "over capacity" : "");
    return done;
}

Status AllocationService::setCapacity(const Session &session, qint64 mentorId, int capacity, int senSlots)
{
    if (Status s = Permissions::require(session, Action::ManageInterventions); !s)
        return s;
    if (capacity < 0 || capacity > kMaxCapacity)
        return Error::invalid(tr("A caseload capacity must be from 0 to %1, not %2.").arg(kMaxCapacity).arg(capacity));
    if (senSlots < 0 || senSlots > kMaxSenSlots)
        return Error::invalid(
            tr("High-needs SEN keyworker places must be from 0 to %1, not %2.").arg(kMaxSenSlots).arg(senSlots));
    auto load = loadOf(mentorId);
    if (!load)
        return load.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query lead(m_db, QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE user_id = ? AND role = 'lead_mentor'"));
    lead.bind(mentorId);
    auto isLead = lead.scalar();
    if (!isLead)
        return isLead.error();
    Query profile(m_db, QStringLiteral("INSERT INTO mentor_profiles (user_id, grade, capacity) VALUES (?, ?, ?) "
                                       "ON CONFLICT (user_id) DO UPDATE SET capacity = excluded.capacity"));
    profile.bind(mentorId).bind(isLead->toInt() > 0 ? QString(kLeadGrade) : QString(kMentorGrade)).bind(capacity);
    if (Status s = profile.exec(); !s)
        return s;
    Query slots(m_db, QStringLiteral("INSERT INTO keyworker_capacity (user_id, sen_slots) VALUES (?, ?) "
                                     "ON CONFLICT (user_id) DO UPDATE SET sen_slots = excluded.sen_slots"));
    slots.bind(mentorId).bind(senSlots);
    if (Status s = slots.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (load->capacity != capacity)
        if (Status s = audit.changed(QStringLiteral("mentor_profile"), mentorId, QStringLiteral("capacity"),
                                     QString::number(load->capacity), QString::number(capacity));
            !s)
            return s;
    if (load->senSlots != senSlots)
        if (Status s = audit.changed(QStringLiteral("mentor_profile"), mentorId, QStringLiteral("sen_keyworker_places"),
                                     QString::number(load->senSlots), QString::number(senSlots));
            !s)
            return s;
    return tx.commit();
}

} // namespace md
