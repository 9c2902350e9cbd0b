// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/InterventionStore.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "interventions/AllocationService.h"
#include "interventions/InterventionsLogging.h"
#include "interventions/ProvisionMap.h"
#include "interventions/StudentBrief.h"
#include "referrals/ReferralEnums.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"
#include "students/MentoringGroupStore.h"

namespace md {

namespace {

const QLatin1String kSelect(
    "SELECT i.id, i.student_id, i.referral_id, i.provision_type_id, pt.name, i.stage, i.requested_via, i.keyworker_id, "
    "u.display_name, i.sen_keyworker, i.status, i.timescale, i.external_support, i.objective_1, i.objective_2, "
    "i.objective_3, i.planned_on, i.started_on, i.review_on, i.parent_contact_due, i.parents_contacted_on, i.outcome, "
    "i.impact, i.conclusion_report, i.concluded_on, i.row_version, ");
constexpr int kStudentFirst = 26;
const QLatin1String kFrom(" FROM interventions i JOIN students s ON s.id = i.student_id "
                          "JOIN provision_types pt ON pt.id = i.provision_type_id "
                          "LEFT JOIN users u ON u.id = i.keyworker_id ");

constexpr int kMaxObjectiveLength = 500;

Intervention readIntervention(const Query &q)
{
    Intervention i;
    i.id = q.id(0);
    i.studentId = q.id(1);
    i.referralId = q.id(2);
    i.provisionTypeId = q.id(3);
    i.provisionName = q.string(4);
    i.stage = q.integer(5);
    i.requestedVia = enumFromCode<RequestedVia>(q.string(6)).value_or(RequestedVia::Hub);
    i.keyworkerId = q.id(7);
    i.keyworkerName = q.string(8);
    i.senKeyworker = q.flag(9);
    i.status = enumFromCode<InterventionStatus>(q.string(10)).value_or(InterventionStatus::Planned);
    i.timescale = q.string(11);
    i.externalSupport = q.string(12);
    for (int c = 13; c <= 15; ++c)
        if (!q.string(c).isEmpty())
            i.objectives << q.string(c);
    i.plannedOn = q.date(16);
    i.startedOn = q.date(17);
    i.reviewOn = q.date(18);
    i.parentContactDue = enumFromCode<ParentContact>(q.string(19)).value_or(ParentContact::None);
    i.parentsContactedOn = q.date(20);
    if (!q.value(21).isNull())
        i.outcome = enumFromCode<InterventionOutcome>(q.string(21));
    i.impact = q.string(22);
    i.conclusionReport = q.string(23);
    i.concludedOn = q.date(24);
    i.rowVersion = q.integer(25);
    i.student = StudentBrief::read(q, kStudentFirst);
    return i;
}

QString likePattern(const QString &word)
{
    QString w = word.toLower();
    w.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    w.replace(QLatin1String("%"), QLatin1String("\\%"));
    w.replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + w + QLatin1Char('%');
}

QVariant objectiveAt(const QStringList &objectives, int i)
{
    return i < objectives.size() ? QVariant(objectives.at(i)) : QVariant();
}

} // namespace

Result<QList<Intervention>> InterventionStore::select(const QString &where, const QVariantList &binds,
                                                      const QString &orderBy) const
{
    Query q(m_db, kSelect + StudentBrief::columns() + kFrom + QStringLiteral("WHERE ") + where +
                      QStringLiteral(" ORDER BY ") + orderBy);
    for (const QVariant &v : binds)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Intervention> out;
    while (q.next())
        out.append(readIntervention(q));
    q.finish();
    QList<Student *> students;
    students.reserve(out.size());
    for (Intervention &i : out)
        students.append(&i.student);
    if (Status s = StudentBrief::attachFlags(m_db, students); !s)
        return s.error();
    return out;
}

Result<Intervention> InterventionStore::getUnchecked(qint64 id) const
{
    auto rows = select(QStringLiteral("i.id = ?"), {id}, QStringLiteral("i.id"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(tr("That intervention no longer exists."));
    return rows->first();
}

Result<Intervention> InterventionStore::get(const Session &session, qint64 id) const
{
    if (Status s = Permissions::require(session, Action::ViewInterventions); !s)
        return s.error();
    const StudentScope scope = StudentScope::of(session, Action::ViewInterventions);
    QVariantList binds{id};
    binds += scope.binds;
    auto rows = select(QStringLiteral("i.id = ? AND ") + scope.condition, binds, QStringLiteral("i.id"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(tr("That intervention is not for a student in your group, or no longer exists."));
    return rows->first();
}

Result<QList<Intervention>> InterventionStore::forStudent(const Session &session, qint64 studentId) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewInterventions, studentId); !s)
        return s.error();
    return select(QStringLiteral("i.student_id = ?"), {studentId}, QStringLiteral("i.planned_on DESC, i.id DESC"));
}

Result<QList<Intervention>> InterventionStore::activeForKeyworker(const Session &session, qint64 keyworkerId) const
{
    if (Status s = Permissions::require(session, Action::ViewInterventions); !s)
        return s.error();
    const StudentScope scope = StudentScope::of(session, Action::ViewInterventions);
    if (!scope.everyone && keyworkerId != session.userId())
        return Error::forbidden(tr("You may only list the interventions you are keyworker for yourself."));
    QVariantList binds{keyworkerId};
    binds += scope.binds;
    return select(QStringLiteral("i.keyworker_id = ? AND i.status IN ('planned', 'active') AND ") + scope.condition,
                  binds, QStringLiteral("s.legal_surname, s.legal_forename, i.id"));
}

Result<QList<Intervention>> InterventionStore::list(const Session &session, const RegisterFilter &filter) const
{
    if (Status s = Permissions::require(session, Action::ViewInterventions); !s)
        return s.error();
    const StudentScope scope = StudentScope::of(session, Action::ViewInterventions);
    QStringList where{scope.condition};
    QVariantList binds = scope.binds;
    if (filter.concludedOnly)
        where << QStringLiteral("i.status = 'concluded'");
    else if (!filter.includeConcluded)
        where << QStringLiteral("i.status IN ('planned', 'active')");
    if (filter.keyworkerId == RegisterFilter::kUnallocated) {
        where << QStringLiteral("i.keyworker_id IS NULL");
    } else if (filter.keyworkerId > 0) {
        where << QStringLiteral("i.keyworker_id = ?");
        binds << filter.keyworkerId;
    }
    if (filter.stage > 0) {
        where << QStringLiteral("i.stage = ?");
        binds << filter.stage;
    }
    if (filter.yearGroup > 0) {
        where << QStringLiteral("s.year_group = ?");
        binds << filter.yearGroup;
    }
    if (filter.studentId > 0) {
        where << QStringLiteral("i.student_id = ?");
        binds << filter.studentId;
    }
    if (!filter.flag.isEmpty()) {
        if (filter.flag == QLatin1String("lac"))
            where << QStringLiteral("s.looked_after = 1");
        else if (filter.flag == QLatin1String("ehc"))
            where << QStringLiteral("(s.ehc_plan = 1 OR s.sen_status = 'E')");
        else if (filter.flag == QLatin1String("sen"))
            where << QStringLiteral("s.sen_status <> 'N'");
        else if (filter.flag == QLatin1String("semh"))
            where << QStringLiteral("s.semh = 1");
        else if (filter.flag == QLatin1String("pp"))
            where << QStringLiteral("s.pupil_premium = 1");
        else if (filter.flag.startsWith(QLatin1String("flag:"))) {
            where << QStringLiteral(
                "EXISTS (SELECT 1 FROM student_flags sf WHERE sf.student_id = s.id AND sf.flag = ?)");
            binds << filter.flag.mid(5);
        } else {
            return Error::invalid(
                tr("Unknown flag filter '%1': use lac, ehc, sen, semh, pp or flag:CODE.").arg(filter.flag));
        }
    }
    if (filter.overdueOnly) {
        where << QStringLiteral("i.status = 'active' AND i.review_on IS NOT NULL AND i.review_on < ?");
        binds << isoDate(filter.today);
    }
    const QStringList words = filter.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        where << QStringLiteral(
            "(LOWER(s.legal_surname) LIKE ? ESCAPE '\\' OR LOWER(s.legal_forename) LIKE ? ESCAPE '\\' "
            "OR LOWER(COALESCE(s.preferred_forename, '')) LIKE ? ESCAPE '\\' "
            "OR LOWER(COALESCE(s.preferred_surname, '')) LIKE ? ESCAPE '\\' "
            "OR LOWER(s.upn) LIKE ? ESCAPE '\\' OR LOWER(s.tutor_group) LIKE ? ESCAPE '\\' "
            "OR LOWER(pt.name) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(u.display_name, '')) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(word);
        for (int k = 0; k < 8; ++k)
            binds << pattern;
    }

    const QString dir = filter.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString byName = QStringLiteral("LOWER(COALESCE(NULLIF(s.preferred_surname, ''), s.legal_surname))") + dir +
                           QStringLiteral(", LOWER(COALESCE(NULLIF(s.preferred_forename, ''), s.legal_forename))") +
                           dir;
    QString order;
    switch (filter.sort) {
    case RegisterFilter::Sort::Student:
        order = byName;
        break;
    case RegisterFilter::Sort::Year:
        order = QStringLiteral("s.year_group") + dir + QStringLiteral(", s.tutor_group") + dir + QStringLiteral(", ") +
                byName;
        break;
    case RegisterFilter::Sort::Intervention:
        order = QStringLiteral("LOWER(pt.name)") + dir + QStringLiteral(", ") + byName;
        break;
    case RegisterFilter::Sort::Stage:
        order = QStringLiteral("i.stage") + dir + QStringLiteral(", LOWER(pt.name), ") + byName;
        break;
    case RegisterFilter::Sort::Keyworker:
        order = QStringLiteral("LOWER(COALESCE(u.display_name, ''))") + dir + QStringLiteral(", ") + byName;
        break;
    case RegisterFilter::Sort::Started:
        order = QStringLiteral("COALESCE(i.started_on, i.planned_on)") + dir + QStringLiteral(", ") + byName;
        break;
    case RegisterFilter::Sort::Review:
        // Interventions without a review date go last either way, as in both engines' NULL order.
        order = QStringLiteral("CASE WHEN i.review_on IS NULL THEN 1 ELSE 0 END, i.review_on") + dir +
                QStringLiteral(", ") + byName;
        break;
    case RegisterFilter::Sort::Status:
        order = QStringLiteral("i.status") + dir + QStringLiteral(", ") + byName;
        break;
    }
    return select(where.join(QStringLiteral(" AND ")), binds, order + QStringLiteral(", i.id"));
}

Result<QList<Intervention>> InterventionStore::dueForReview(const Session &session, const QDate &by) const
{
    if (Status s = Permissions::require(session, Action::ViewInterventions); !s)
        return s.error();
    const StudentScope scope = StudentScope::of(session, Action::ViewInterventions);
    QVariantList binds{isoDate(by)};
    binds += scope.binds;
    return select(QStringLiteral("i.status = 'active' AND i.review_on IS NOT NULL AND i.review_on <= ? AND ") +
                      scope.condition,
                  binds, QStringLiteral("i.review_on, s.legal_surname, s.legal_forename, i.id"));
}

Result<QList<InterventionReview>> InterventionStore::reviews(const Session &session, qint64 interventionId) const
{
    if (auto i = get(session, interventionId); !i)
        return i.error();
    Query q(m_db, QStringLiteral("SELECT id, intervention_id, meeting_id, reviewed_on, progress, impact, result, "
                                 "next_review_on, changes FROM intervention_reviews WHERE intervention_id = ? "
                                 "ORDER BY reviewed_on, id"));
    q.bind(interventionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<InterventionReview> out;
    while (q.next()) {
        InterventionReview r;
        r.id = q.id(0);
        r.interventionId = q.id(1);
        r.meetingId = q.id(2);
        r.reviewedOn = q.date(3);
        r.progress = q.string(4);
        r.impact = q.string(5);
        r.result = enumFromCode<ReviewResult>(q.string(6)).value_or(ReviewResult::Continue);
        r.nextReviewOn = q.date(7);
        r.changes = q.string(8);
        out.append(r);
    }
    return out;
}

Result<QStringList> InterventionStore::evidence(const Session &session, qint64 interventionId) const
{
    if (auto i = get(session, interventionId); !i)
        return i.error();
    Query q(m_db, QStringLiteral("SELECT criterion FROM criteria_evidence WHERE intervention_id = ? ORDER BY id"));
    q.bind(interventionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.string(0);
    return out;
}

Result<QStringList> InterventionStore::cleanObjectives(const QStringList &objectives)
{
    QStringList out;
    for (const QString &o : objectives) {
        const QString t = o.simplified();
        if (t.isEmpty())
            continue;
        if (t.size() > kMaxObjectiveLength)
            return Error::invalid(tr("An objective may be at most %1 characters long; one is %2.")
                                      .arg(kMaxObjectiveLength)
                                      .arg(t.size()));
        out << t;
    }
    if (out.size() > ProvisionMap::kMaxObjectives)
        return Error::invalid(tr("An intervention has at most three objectives (the mentoring action plan's "
                                 "limit), not %1.")
                                  .arg(out.size()));
    return out;
}

Result<qint64> InterventionStore::createUnchecked(AuditLog &audit, const NewIntervention &request)
{
    auto type = ProvisionMap(m_db).type(request.provisionTypeId);
    if (!type)
        return type.error();
    if (!type->active)
        return Error::invalid(tr("%1 is no longer offered in the provision map.").arg(type->name));
    if (!request.plannedOn.isValid())
        return Error::invalid(tr("The intervention needs the date it was planned."));
    auto objectives = cleanObjectives(request.objectives);
    if (!objectives)
        return objectives.error();
    QDate reviewOn = request.reviewOn;
    if (!reviewOn.isValid())
        reviewOn = type->defaultReviewDate(request.plannedOn);
    else if (reviewOn <= request.plannedOn)
        return Error::invalid(tr("The review date (%1) must be after the date the intervention is planned (%2).")
                                  .arg(isoDate(reviewOn), isoDate(request.plannedOn)));
    QStringList criteria;
    for (qint64 cid : request.criteriaIds) {
        auto it = std::find_if(type->criteria.cbegin(), type->criteria.cend(),
                               [cid](const ProvisionCriterion &c) { return c.id == cid; });
        if (it == type->criteria.cend())
            return Error::invalid(tr("A ticked criterion is not one of the criteria for %1.").arg(type->name));
        criteria << it->text;
    }
    const QString timescale =
        request.timescale.simplified().isEmpty() ? type->duration : request.timescale.simplified();
    if (timescale.size() > kMaxTextLength || request.externalSupport.size() > kMaxTextLength)
        return Error::invalid(
            tr("The timescale and external support may each be at most %1 characters long.").arg(kMaxTextLength));

    const QString now = isoNow();
    Query ins(m_db, QStringLiteral("INSERT INTO interventions (student_id, referral_id, provision_type_id, stage, "
                                   "requested_via, status, timescale, external_support, objective_1, objective_2, "
                                   "objective_3, planned_on, review_on, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, 'planned', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    ins.bind(request.studentId)
        .bind(request.referralId > 0 ? QVariant(request.referralId) : QVariant())
        .bind(type->id)
        .bind(type->stage)
        .bind(toCode(request.via))
        .bind(timescale)
        .bind(request.externalSupport.trimmed())
        .bind(objectiveAt(*objectives, 0))
        .bind(objectiveAt(*objectives, 1))
        .bind(objectiveAt(*objectives, 2))
        .bind(request.plannedOn)
        .bind(reviewOn)
        .bind(now)
        .bind(now);
    auto id = ins.scalar();
    if (!id)
        return id.error();
    const qint64 interventionId = id->toLongLong();
    Query ev(m_db, QStringLiteral(
                       "INSERT INTO criteria_evidence (intervention_id, criterion_id, criterion) VALUES (?, ?, ?)"));
    for (int k = 0; k < request.criteriaIds.size(); ++k) {
        ev.bind(interventionId).bind(request.criteriaIds.at(k)).bind(criteria.at(k));
        if (Status s = ev.exec(); !s)
            return s.error();
    }
    if (Status s = audit.created(QStringLiteral("intervention"), interventionId,
                                 QStringLiteral("student %1, %2, stage %3, %4")
                                     .arg(request.studentId)
                                     .arg(type->code)
                                     .arg(type->stage)
                                     .arg(toCode(request.via)));
        !s)
        return s.error();
    if (!criteria.isEmpty())
        if (Status s = audit.changed(QStringLiteral("intervention"), interventionId, QStringLiteral("evidence"),
                                     QString(), criteria.join(QLatin1Char('\n')));
            !s)
            return s.error();
    qCInfo(lcInterventions) << "intervention" << interventionId << "planned at stage" << type->stage;
    return interventionId;
}

Result<qint64> InterventionStore::requestDirect(const Session &session, const NewIntervention &request)
{
    if (Status s = Permissions::require(session, Action::ManageInterventions); !s)
        return s.error();
    auto type = ProvisionMap(m_db).type(request.provisionTypeId);
    if (!type)
        return type.error();
    if (Status s = ProvisionMap::checkRequest(type->stage, RequestedVia::Direct, RequestedBy::Staff, false); !s)
        return s.error();
    Query exists(m_db, QStringLiteral("SELECT COUNT(*) FROM students WHERE id = ? AND date_left IS NULL"));
    exists.bind(request.studentId);
    auto n = exists.scalar();
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error::notFound(tr("That student is not on roll."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    NewIntervention r = request;
    r.via = RequestedVia::Direct;
    r.referralId = 0;
    auto id = createUnchecked(audit, r);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status InterventionStore::requireKeyworkerOrManager(const Session &session, const Intervention &i) const
{
    if (Permissions::allows(session, Action::ManageInterventions))
        return {};
    if (Status s = Permissions::require(session, Action::UpdateOwnInterventions); !s)
        return s;
    if (i.keyworkerId != session.userId())
        return Error::forbidden(tr("Only the intervention's keyworker or the lead mentor may change it."));
    return {};
}

Status InterventionStore::start(const Session &session, qint64 id, const QDate &on)
{
    if (Status s = Permissions::require(session, Action::ManageInterventions); !s)
        return s;
    auto i = getUnchecked(id);
    if (!i)
        return i.error();
    if (i->status == InterventionStatus::Concluded)
        return Error::conflict(tr("This intervention was concluded on %1; it cannot start again. Plan a new one at "
                                  "the hub if the student needs more support.")
                                   .arg(isoDate(i->concludedOn)));
    if (i->status == InterventionStatus::Active)
        return Error::conflict(tr("This intervention already started on %1.").arg(isoDate(i->startedOn)));
    if (i->keyworkerId == 0)
        return Error::conflict(tr("Allocate a keyworker before starting the intervention: the keyworker delivers or "
                                  "oversees it."));
    if (!on.isValid() || on < i->plannedOn)
        return Error::invalid(
            tr("An intervention cannot start before the date it was planned (%1).").arg(isoDate(i->plannedOn)));
    QDate review = i->reviewOn;
    if (!review.isValid() || review <= on) {
        auto type = ProvisionMap(m_db).type(i->provisionTypeId);
        if (!type)
            return type.error();
        review = type->defaultReviewDate(on);
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query up(m_db, QStringLiteral("UPDATE interventions SET status = 'active', started_on = ?, review_on = ?, "
                                  "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND status = 'planned'"));
    up.bind(on).bind(review).bind(isoNow()).bind(id);
    if (Status s = up.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("intervention"), id, QStringLiteral("status"),
                                 QStringLiteral("planned"), QStringLiteral("active"));
        !s)
        return s;
    if (Status s =
            audit.changed(QStringLiteral("intervention"), id, QStringLiteral("started_on"), QString(), isoDate(on));
        !s)
        return s;
    return tx.commit();
}

Status InterventionStore::setObjectives(const Session &session, qint64 id, const QStringList &objectives,
                                        std::optional<int> expectedVersion)
{
    auto i = getUnchecked(id);
    if (!i)
        return i.error();
    auto stale = [&](const Intervention &theirs) {
        RecordConflict c;
        c.entity = QStringLiteral("intervention");
        c.id = id;
        c.yourVersion = expectedVersion.value_or(i->rowVersion);
        c.storedVersion = theirs.rowVersion;
        c.recordLabel = tr("This intervention");
        for (int k = 0; k < 3; ++k)
            c.add(tr("Objective %1").arg(k + 1), objectives.value(k).trimmed(), theirs.objectives.value(k));
        return RecordConflicts::staleWrite(m_db, c);
    };
    if (Status s = requireKeyworkerOrManager(session, *i); !s)
        return s;
    if (i->status == InterventionStatus::Concluded)
        return Error::conflict(tr("This intervention was concluded on %1; its objectives are part of the record now.")
                                   .arg(isoDate(i->concludedOn)));
    auto clean = cleanObjectives(objectives);
    if (!clean)
        return clean.error();
    if (expectedVersion && i->rowVersion != *expectedVersion)
        return stale(*i);
    if (*clean == i->objectives)
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query up(m_db, QStringLiteral("UPDATE interventions SET objective_1 = ?, objective_2 = ?, objective_3 = ?, "
                                  "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    up.bind(objectiveAt(*clean, 0)).bind(objectiveAt(*clean, 1)).bind(objectiveAt(*clean, 2)).bind(isoNow()).bind(id)
        .bind(i->rowVersion);
    if (Status s = up.exec(); !s)
        return s;
    if (up.numRowsAffected() == 0) {
        tx.rollback();
        auto theirs = getUnchecked(id);
        return theirs ? stale(*theirs) : theirs.error();
    }
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("intervention"), id, QStringLiteral("objectives"),
                                 i->objectives.join(QLatin1Char('\n')), clean->join(QLatin1Char('\n')));
        !s)
        return s;
    return tx.commit();
}

Status InterventionStore::markParentsContacted(const Session &session, qint64 id, const QDate &on)
{
    auto i = getUnchecked(id);
    if (!i)
        return i.error();
    if (Status s = requireKeyworkerOrManager(session, *i); !s)
        return s;
    if (i->parentContactDue == ParentContact::None)
        return Error::conflict(tr("No parent contact is due for this intervention."));
    if (!on.isValid())
        return Error::invalid(tr("Give the date the parents or carers were contacted."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query up(m_db, QStringLiteral("UPDATE interventions SET parent_contact_due = NULL, parents_contacted_on = ?, "
                                  "updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    up.bind(on).bind(isoNow()).bind(id);
    if (Status s = up.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("intervention"), id, QStringLiteral("parents_contacted_on"),
                                 toCode(i->parentContactDue), isoDate(on));
        !s)
        return s;
    return tx.commit();
}

Result<ReviewDone> InterventionStore::review(const Session &session, const ReviewInput &input)
{
    if (Status s = Permissions::require(session, Action::ManageInterventions); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    auto done = reviewUnchecked(audit, session, input);
    if (!done)
        return done.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<ReviewDone> InterventionStore::reviewUnchecked(AuditLog &audit, const Session &session, const ReviewInput &input)
{
    auto found = getUnchecked(input.interventionId);
    if (!found)
        return found.error();
    const Intervention &i = *found;
    if (i.status == InterventionStatus::Concluded)
        return Error::conflict(
            tr("This intervention was concluded on %1; it cannot be reviewed again.").arg(isoDate(i.concludedOn)));
    if (i.status == InterventionStatus::Planned)
        return Error::conflict(tr("This intervention has not started yet: start it before reviewing its progress."));
    if (!input.reviewedOn.isValid())
        return Error::invalid(tr("Give the date of the review."));
    if (i.startedOn.isValid() && input.reviewedOn < i.startedOn)
        return Error::invalid(tr("The review (%1) cannot be before the intervention started (%2).")
                                  .arg(isoDate(input.reviewedOn), isoDate(i.startedOn)));
    const QString progress = input.progress.trimmed();
    const QString impact = input.impact.trimmed();
    if (progress.isEmpty())
        return Error::invalid(tr("Record the progress made since the intervention started or was last reviewed."));
    if (impact.isEmpty())
        return Error::invalid(tr("Record the impact of the intervention (for example on attendance and behaviour)."));
    if (progress.size() > kMaxTextLength || impact.size() > kMaxTextLength ||
        input.conclusionReport.size() > kMaxTextLength)
        return Error::invalid(tr("Progress, impact and the conclusion report may each be at most %1 characters long.")
                                  .arg(kMaxTextLength));
    if (input.meetingId != 0) {
        Query m(m_db, QStringLiteral("SELECT COUNT(*) FROM hub_meetings WHERE id = ?"));
        m.bind(input.meetingId);
        auto n = m.scalar();
        if (!n)
            return n.error();
        if (n->toInt() == 0)
            return Error::notFound(tr("That hub meeting no longer exists."));
    }

    // The review's writes to the intervention all carry the version it was read at (the reviewer's
    // when given), so the keyworker's objectives or another review saved meanwhile are shown to the
    // reviewer (a RecordConflict with both versions), never written over; a race on PostgreSQL too.
    const int version = input.expectedVersion.value_or(i.rowVersion);
    auto stale = [&]() -> Error {
        auto theirs = getUnchecked(i.id);
        if (!theirs)
            return theirs.error();
        RecordConflict c;
        c.entity = QStringLiteral("intervention");
        c.id = i.id;
        c.yourVersion = version;
        c.storedVersion = theirs->rowVersion;
        c.recordLabel = tr("This intervention");
        QString type = input.expectedVersion ? i.provisionName : theirs->provisionName;
        if (input.result == ReviewResult::Change && input.newProvisionTypeId != 0)
            if (auto t = ProvisionMap(m_db).type(input.newProvisionTypeId))
                type = t->name;
        c.add(tr("Intervention"), type, theirs->provisionName);
        QStringList objectives = input.expectedVersion ? input.openedObjectives : theirs->objectives;
        if (input.result == ReviewResult::Change && input.newObjectives)
            if (auto clean = cleanObjectives(*input.newObjectives))
                objectives = *clean;
        for (int k = 0; k < ProvisionMap::kMaxObjectives; ++k)
            c.add(tr("Objective %1").arg(k + 1), objectives.value(k), theirs->objectives.value(k));
        c.add(tr("Status"), labelOf(InterventionStatus::Active), labelOf(theirs->status));
        return RecordConflicts::staleWrite(m_db, c);
    };
    if (i.rowVersion != version)
        return stale();
    // Runs an UPDATE of this intervention guarded by `AND row_version = ?` (bound last).
    auto guarded = [&](Query &up) -> Status {
        up.bind(version);
        if (Status s = up.exec(); !s)
            return s;
        if (up.numRowsAffected() == 0)
            return stale();
        return {};
    };

    ReviewDone done;
    QStringList changes;
    const QString now = isoNow();
    const QString entity = QStringLiteral("intervention");
    switch (input.result) {
    case ReviewResult::Continue:
    case ReviewResult::Change: {
        if (!input.nextReviewOn.isValid() || input.nextReviewOn <= input.reviewedOn)
            return Error::invalid(tr("Give the date of the next review, after %1.").arg(isoDate(input.reviewedOn)));
        if (input.result == ReviewResult::Change) {
            if (input.newProvisionTypeId == 0 && input.newKeyworkerId == 0 && !input.newObjectives)
                return Error::invalid(tr("Say what changes: the intervention, the keyworker or the objectives."));
            if (input.newProvisionTypeId != 0 && input.newProvisionTypeId != i.provisionTypeId) {
                auto type = ProvisionMap(m_db).type(input.newProvisionTypeId);
                if (!type)
                    return type.error();
                if (!type->active)
                    return Error::invalid(tr("%1 is no longer offered in the provision map.").arg(type->name));
                RequestedBy by = RequestedBy::Staff;
                if (i.referralId != 0) {
                    Query r(m_db, QStringLiteral("SELECT requested_by FROM referrals WHERE id = ?"));
                    r.bind(i.referralId);
                    auto code = r.scalar();
                    if (!code)
                        return code.error();
                    by = enumFromCode<RequestedBy>(code->toString()).value_or(RequestedBy::Staff);
                }
                const RequestedVia via =
                    i.requestedVia == RequestedVia::Direct ? RequestedVia::Direct : RequestedVia::Hub;
                if (Status s = ProvisionMap::checkRequest(type->stage, via, by, input.meetingId != 0); !s)
                    return s.error();
                Query up(m_db,
                         QStringLiteral("UPDATE interventions SET provision_type_id = ?, stage = ?, timescale = ? "
                                        "WHERE id = ? AND row_version = ?"));
                up.bind(type->id).bind(type->stage).bind(type->duration).bind(i.id);
                if (Status s = guarded(up); !s)
                    return s.error();
                if (Status s =
                        audit.changed(entity, i.id, QStringLiteral("provision_type"), i.provisionName, type->name);
                    !s)
                    return s.error();
                changes << tr("intervention changed from %1 to %2").arg(i.provisionName, type->name);
            }
            if (input.newObjectives) {
                auto clean = cleanObjectives(*input.newObjectives);
                if (!clean)
                    return clean.error();
                if (*clean != i.objectives) {
                    Query up(m_db, QStringLiteral("UPDATE interventions SET objective_1 = ?, objective_2 = ?, "
                                                  "objective_3 = ? WHERE id = ? AND row_version = ?"));
                    up.bind(objectiveAt(*clean, 0))
                        .bind(objectiveAt(*clean, 1))
                        .bind(objectiveAt(*clean, 2))
                        .bind(i.id);
                    if (Status s = guarded(up); !s)
                        return s.error();
                    if (Status s = audit.changed(entity, i.id, QStringLiteral("objectives"),
                                                 i.objectives.join(QLatin1Char('\n')), clean->join(QLatin1Char('\n')));
                        !s)
                        return s.error();
                    changes << tr("objectives updated");
                }
            }
        }
        Query up(m_db, QStringLiteral("UPDATE interventions SET review_on = ?, updated_at = ?, "
                                      "row_version = row_version + 1 WHERE id = ? AND row_version = ? "
                                      "AND status = 'active'"));
        up.bind(input.nextReviewOn).bind(now).bind(i.id);
        if (Status s = guarded(up); !s)
            return s.error();
        if (Status s = audit.changed(entity, i.id, QStringLiteral("review_on"), isoDate(i.reviewOn),
                                     isoDate(input.nextReviewOn));
            !s)
            return s.error();
        // Last: the allocation writes the (now claimed) intervention itself and bumps its version.
        if (input.result == ReviewResult::Change) {
            if (input.newKeyworkerId != 0 && input.newKeyworkerId != i.keyworkerId) {
                AllocationRequest req;
                req.interventionId = i.id;
                req.mentorId = input.newKeyworkerId;
                req.senKeyworker = i.senKeyworker;
                req.overrideReason = input.overrideReason;
                req.on = input.reviewedOn;
                auto allocated = AllocationService(m_db).assignUnchecked(audit, req, session.userId());
                if (!allocated)
                    return allocated.error();
                done.prompts += allocated->prompts;
                changes << tr("keyworker changed");
            }
        }
        break;
    }
    case ReviewResult::Conclude: {
        if (input.conclusionReport.trimmed().isEmpty())
            return Error::invalid(tr("An intervention is concluded only with the keyworker's conclusion report: write "
                                     "the report before concluding."));
        if (!input.outcome)
            return Error::invalid(tr("Choose the outcome of the intervention before concluding it."));
        Query up(m_db, QStringLiteral("UPDATE interventions SET status = 'concluded', outcome = ?, impact = ?, "
                                      "conclusion_report = ?, concluded_on = ?, parent_contact_due = 'conclusion', "
                                      "parents_contacted_on = NULL, updated_at = ?, row_version = row_version + 1 "
                                      "WHERE id = ? AND row_version = ? AND status = 'active'"));
        up.bind(toCode(*input.outcome))
            .bind(impact)
            .bind(input.conclusionReport.trimmed())
            .bind(input.reviewedOn)
            .bind(now)
            .bind(i.id);
        if (Status s = guarded(up); !s)
            return s.error();
        for (const auto &[field, before, after] :
             {std::tuple{"status", QStringLiteral("active"), QStringLiteral("concluded")},
              std::tuple{"outcome", QString(), toCode(*input.outcome)}, std::tuple{"impact", i.impact, impact},
              std::tuple{"conclusion_report", QString(), input.conclusionReport.trimmed()}})
            if (Status s = audit.changed(entity, i.id, QString::fromLatin1(field), before, after); !s)
                return s.error();
        changes << tr("concluded: %1").arg(labelOf(*input.outcome));

        // The student leaves the keyworker's group when no other live intervention keeps them there.
        if (i.keyworkerId != 0) {
            Query other(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM interventions WHERE student_id = ? AND keyworker_id = ? "
                                       "AND status IN ('planned', 'active') AND id <> ?"));
            other.bind(i.studentId).bind(i.keyworkerId).bind(i.id);
            auto n = other.scalar();
            if (!n)
                return n.error();
            Query group(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM mentoring_groups WHERE student_id = ? AND mentor_id = ? "
                                       "AND ended_on IS NULL"));
            group.bind(i.studentId).bind(i.keyworkerId);
            auto inGroup = group.scalar();
            if (!inGroup)
                return inGroup.error();
            if (n->toInt() == 0 && inGroup->toInt() > 0) {
                Query close(m_db, QStringLiteral("UPDATE mentoring_groups SET ended_on = ? WHERE student_id = ? "
                                                 "AND mentor_id = ? AND ended_on IS NULL"));
                close.bind(input.reviewedOn).bind(i.studentId).bind(i.keyworkerId);
                if (Status s = close.exec(); !s)
                    return s.error();
                if (Status s = audit.changed(QStringLiteral("student"), i.studentId, QStringLiteral("mentor"),
                                             QString::number(i.keyworkerId), QString());
                    !s)
                    return s.error();
            }
        }
        // The referral is done once every intervention it led to has concluded.
        if (i.referralId != 0) {
            Query live(m_db, QStringLiteral("SELECT COUNT(*) FROM interventions WHERE referral_id = ? "
                                            "AND status IN ('planned', 'active')"));
            live.bind(i.referralId);
            auto n = live.scalar();
            if (!n)
                return n.error();
            if (n->toInt() == 0) {
                Query close(m_db,
                            QStringLiteral("UPDATE referrals SET status = 'closed', closed_on = ?, closing_note = ?, "
                                           "updated_at = ?, row_version = row_version + 1 "
                                           "WHERE id = ? AND status = 'decided'"));
                close.bind(input.reviewedOn).bind(tr("The intervention concluded.")).bind(now).bind(i.referralId);
                if (Status s = close.exec(); !s)
                    return s.error();
                if (close.numRowsAffected() > 0)
                    if (Status s = audit.changed(QStringLiteral("referral"), i.referralId, QStringLiteral("status"),
                                                 QStringLiteral("decided"), QStringLiteral("closed"));
                        !s)
                        return s.error();
            }
        }
        done.prompts << tr("Contact the parents or carers of %1 to tell them the intervention has concluded.")
                            .arg(i.student.displayName());
        break;
    }
    }

    Query ins(m_db,
              QStringLiteral("INSERT INTO intervention_reviews (intervention_id, meeting_id, reviewed_on, progress, "
                             "impact, result, next_review_on, changes, reviewed_by, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    ins.bind(i.id)
        .bind(input.meetingId != 0 ? QVariant(input.meetingId) : QVariant())
        .bind(input.reviewedOn)
        .bind(progress)
        .bind(impact)
        .bind(toCode(input.result))
        .bind(input.result == ReviewResult::Conclude ? QDate() : input.nextReviewOn)
        .bind(changes.join(QStringLiteral("; ")))
        .bind(session.userId() > 0 ? QVariant(session.userId()) : QVariant())
        .bind(now);
    auto reviewId = ins.scalar();
    if (!reviewId)
        return reviewId.error();
    done.reviewId = reviewId->toLongLong();
    if (Status s = audit.created(QStringLiteral("intervention_review"), done.reviewId,
                                 QStringLiteral("intervention %1: %2").arg(i.id).arg(toCode(input.result)));
        !s)
        return s.error();
    qCInfo(lcInterventions) << "intervention" << i.id << "reviewed:" << toCode(input.result);
    return done;
}

} // namespace md
