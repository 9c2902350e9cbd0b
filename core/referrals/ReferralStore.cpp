// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/ReferralStore.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "privacy/Restricted.h"
#include "interventions/ProvisionMap.h"
#include "interventions/StudentBrief.h"
#include "referrals/HubStore.h"
#include "referrals/ReferralsLogging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"

namespace md {

namespace {

const QLatin1String
    kSelect("SELECT r.id, r.student_id, r.referred_on, r.referrer_id, r.referrer_name, r.requested_by, r.concern, "
            "r.description, r.tried, r.urgency, r.suggested_type_id, pt.name, r.status, r.observations, r.assessed_on, "
            "r.hub_proposed_on, "
            "(SELECT hm.id FROM hub_agenda ha JOIN hub_meetings hm ON hm.id = ha.meeting_id "
            "  WHERE ha.referral_id = r.id AND hm.status = 'planned' ORDER BY hm.held_on LIMIT 1), "
            "(SELECT hm.held_on FROM hub_agenda ha JOIN hub_meetings hm ON hm.id = ha.meeting_id "
            "  WHERE ha.referral_id = r.id AND hm.status = 'planned' ORDER BY hm.held_on LIMIT 1), "
            "r.discussed_with, r.action_plan, r.action_plan_on, r.decision, r.decided_on, r.closed_on, r.closing_note, "
            "r.source, r.row_version, r.restricted, ");
constexpr int kStudentFirst = 28;
const QLatin1String kFrom(" FROM referrals r JOIN students s ON s.id = r.student_id "
                          "LEFT JOIN provision_types pt ON pt.id = r.suggested_type_id ");

Referral readReferral(const Query &q)
{
    Referral r;
    r.id = q.id(0);
    r.studentId = q.id(1);
    r.referredOn = q.date(2);
    r.referrerId = q.id(3);
    r.referrerName = q.string(4);
    r.requestedBy = enumFromCode<RequestedBy>(q.string(5)).value_or(RequestedBy::Staff);
    r.concern = enumFromCode<Concern>(q.string(6)).value_or(Concern::Other);
    r.description = q.string(7);
    r.tried = q.string(8);
    r.urgency = enumFromCode<Urgency>(q.string(9)).value_or(Urgency::NonUrgent);
    r.suggestedTypeId = q.id(10);
    r.suggestedTypeName = q.string(11);
    r.status = enumFromCode<ReferralStatus>(q.string(12)).value_or(ReferralStatus::New);
    r.observations = q.string(13);
    r.assessedOn = q.date(14);
    r.hubProposedOn = q.date(15);
    r.nextMeetingId = q.id(16);
    r.nextMeetingOn = q.date(17);
    r.discussedWith = q.string(18);
    r.actionPlan = q.string(19);
    r.actionPlanOn = q.date(20);
    if (!q.value(21).isNull())
        r.decision = enumFromCode<HubDecisionKind>(q.string(21));
    r.decidedOn = q.date(22);
    r.closedOn = q.date(23);
    r.closingNote = q.string(24);
    r.source = enumFromCode<ReferralSource>(q.string(25)).value_or(ReferralSource::Desk);
    r.rowVersion = q.integer(26);
    r.restricted = q.flag(27);
    r.student = StudentBrief::read(q, kStudentFirst);
    return r;
}

// Blanks a restricted referral the session may not read.
void mask(const Session &session, Referral &r)
{
    if (!r.restricted || Restricted::canRead(session, r.referrerId))
        return;
    r.hidden = true;
    r.description.clear();
    r.tried.clear();
    r.observations.clear();
    r.actionPlan.clear();
    r.closingNote.clear();
    r.discussedWith.clear();
}

QString likePattern(const QString &word)
{
    QString w = word.toLower();
    w.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    w.replace(QLatin1String("%"), QLatin1String("\\%"));
    w.replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + w + QLatin1Char('%');
}

// How a status reads in "This referral is ..., so it cannot ...".
QString statusPhrase(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::New:
        return QCoreApplication::translate("md::ReferralStore", "new and not yet assessed");
    case ReferralStatus::InitialAssessment:
        return QCoreApplication::translate("md::ReferralStore", "in its initial assessment");
    case ReferralStatus::AwaitingHub:
        return QCoreApplication::translate("md::ReferralStore", "awaiting the assessment hub");
    case ReferralStatus::UrgentAction:
        return QCoreApplication::translate("md::ReferralStore", "being acted on urgently");
    case ReferralStatus::Decided:
        return QCoreApplication::translate("md::ReferralStore", "already decided");
    case ReferralStatus::Closed:
        return QCoreApplication::translate("md::ReferralStore", "closed");
    }
    return {};
}

} // namespace

Error illegalTransition(const Referral &referral, const QString &what)
{
    QString text = ReferralStore::tr("This referral is %1, so it cannot %2.").arg(statusPhrase(referral.status), what);
    if (referral.status == ReferralStatus::Closed && referral.closedOn.isValid())
        text =
            ReferralStore::tr("This referral was closed on %1, so it cannot %2.").arg(isoDate(referral.closedOn), what);
    return Error::conflict(text);
}

Result<QList<Referral>> ReferralStore::select(const QString &where, const QVariantList &binds,
                                              const QString &orderBy) const
{
    Query q(m_db, kSelect + StudentBrief::columns() + kFrom + QStringLiteral("WHERE ") + where +
                      QStringLiteral(" ORDER BY ") + orderBy);
    for (const QVariant &v : binds)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Referral> out;
    while (q.next())
        out.append(readReferral(q));
    q.finish();
    QList<Student *> students;
    students.reserve(out.size());
    for (Referral &r : out)
        students.append(&r.student);
    if (Status s = StudentBrief::attachFlags(m_db, students); !s)
        return s.error();
    return out;
}

Result<Referral> ReferralStore::getUnchecked(qint64 id) const
{
    auto rows = select(QStringLiteral("r.id = ?"), {id}, QStringLiteral("r.id"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(tr("That referral no longer exists."));
    return rows->first();
}

Result<Referral> ReferralStore::get(const Session &session, qint64 id) const
{
    if (!Permissions::allows(session, Action::ViewReferrals))
        if (Status s = Permissions::require(session, Action::MakeReferral); !s)
            return s.error();
    // The same visibility as the register, for one row.
    const StudentScope scope = StudentScope::of(session, Action::ViewReferrals);
    QVariantList binds{id, session.userId()};
    binds += scope.binds;
    auto one = select(QStringLiteral("r.id = ? AND (r.referrer_id = ? OR ") + scope.condition + QLatin1Char(')'), binds,
                      QStringLiteral("r.id"));
    if (!one)
        return one.error();
    if (one->isEmpty())
        return Error::notFound(tr("That referral is not one you made or one for a student in your group, or it no "
                                  "longer exists."));
    Referral r = one->first();
    mask(session, r);
    return r;
}

Result<QList<Referral>> ReferralStore::list(const Session &session, const ReferralFilter &filter) const
{
    // Everyone who may refer sees their own referrals; ViewReferrals reaches further.
    if (!Permissions::allows(session, Action::ViewReferrals))
        if (Status s = Permissions::require(session, Action::MakeReferral); !s)
            return s.error();
    const StudentScope scope = StudentScope::of(session, Action::ViewReferrals);
    QStringList where;
    QVariantList binds;
    if (filter.mineOnly) {
        where << QStringLiteral("r.referrer_id = ?");
        binds << session.userId();
    } else {
        where << QStringLiteral("(r.referrer_id = ? OR ") + scope.condition + QLatin1Char(')');
        binds << session.userId();
        binds += scope.binds;
    }
    if (filter.status) {
        where << QStringLiteral("r.status = ?");
        binds << toCode(*filter.status);
    } else if (filter.openOnly) {
        where << QStringLiteral("r.status <> 'closed'");
    }
    if (filter.urgency) {
        where << QStringLiteral("r.urgency = ?");
        binds << toCode(*filter.urgency);
    }
    if (filter.concern) {
        where << QStringLiteral("r.concern = ?");
        binds << toCode(*filter.concern);
    }
    if (filter.studentId > 0) {
        where << QStringLiteral("r.student_id = ?");
        binds << filter.studentId;
    }
    const QStringList words = filter.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        where << QStringLiteral(
            "(LOWER(s.legal_surname) LIKE ? ESCAPE '\\' OR LOWER(s.legal_forename) LIKE ? ESCAPE '\\' "
            "OR LOWER(COALESCE(s.preferred_forename, '')) LIKE ? ESCAPE '\\' "
            "OR LOWER(COALESCE(s.preferred_surname, '')) LIKE ? ESCAPE '\\' "
            "OR LOWER(s.upn) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(s.tutor_group, '')) LIKE ? ESCAPE '\\' "
            "OR LOWER(r.referrer_name) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(word);
        for (int k = 0; k < 7; ++k)
            binds << pattern;
    }
    const QString dir = filter.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString byName = QStringLiteral("LOWER(COALESCE(NULLIF(s.preferred_surname, ''), s.legal_surname))") + dir +
                           QStringLiteral(", LOWER(COALESCE(NULLIF(s.preferred_forename, ''), s.legal_forename))") +
                           dir;
    QString order;
    switch (filter.sort) {
    case ReferralFilter::Sort::Referred:
        order = QStringLiteral("r.referred_on") + dir;
        break;
    case ReferralFilter::Sort::Student:
        order = byName;
        break;
    case ReferralFilter::Sort::Year:
        order = QStringLiteral("s.year_group") + dir + QStringLiteral(", s.tutor_group") + dir + QStringLiteral(", ") +
                byName;
        break;
    case ReferralFilter::Sort::Concern:
        order = QStringLiteral("r.concern") + dir + QStringLiteral(", r.referred_on DESC");
        break;
    case ReferralFilter::Sort::Urgency:
        order =
            QStringLiteral("CASE r.urgency WHEN 'urgent' THEN 0 ELSE 1 END") + dir + QStringLiteral(", r.referred_on");
        break;
    case ReferralFilter::Sort::Status:
        // The order of the referral's life, not of the words.
        order = QStringLiteral("CASE r.status WHEN 'new' THEN 0 WHEN 'initial_assessment' THEN 1 WHEN 'urgent_action' "
                               "THEN 2 WHEN 'awaiting_hub' THEN 3 WHEN 'decided' THEN 4 ELSE 5 END") +
                dir + QStringLiteral(", r.referred_on");
        break;
    case ReferralFilter::Sort::Referrer:
        order = QStringLiteral("LOWER(r.referrer_name)") + dir + QStringLiteral(", r.referred_on DESC");
        break;
    }
    auto rows = select(where.join(QStringLiteral(" AND ")), binds, order + QStringLiteral(", r.id") + dir);
    if (rows)
        for (Referral &r : *rows)
            mask(session, r);
    return rows;
}

Result<QList<HubDecision>> ReferralStore::decisions(const Session &session, qint64 referralId) const
{
    if (auto r = get(session, referralId); !r)
        return r.error();
    return HubStore::selectDecisions(m_db, QStringLiteral("hd.referral_id = ?"), {referralId});
}

Result<QStringList> ReferralStore::evidence(const Session &session, qint64 referralId) const
{
    if (auto r = get(session, referralId); !r)
        return r.error();
    Query q(m_db, QStringLiteral("SELECT criterion FROM criteria_evidence WHERE referral_id = ? ORDER BY id"));
    q.bind(referralId);
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.string(0);
    return out;
}

Result<QList<Student>> ReferralStore::referableStudents(const Session &session) const
{
    if (Status s = Permissions::require(session, Action::MakeReferral); !s)
        return s.error();
    Query q(m_db,
            QStringLiteral("SELECT id, upn, legal_surname, legal_forename, preferred_forename, preferred_surname, "
                           "year_group, tutor_group FROM students WHERE date_left IS NULL "
                           "ORDER BY legal_surname, legal_forename, id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Student> out;
    while (q.next()) {
        Student st;
        st.id = q.id(0);
        st.upn = q.string(1);
        st.legalSurname = q.string(2);
        st.legalForename = q.string(3);
        st.preferredForename = q.string(4);
        st.preferredSurname = q.string(5);
        st.yearGroup = q.integer(6);
        st.tutorGroup = q.string(7);
        out.append(st);
    }
    return out;
}

Result<qint64> ReferralStore::create(const Session &session, const NewReferral &referral)
{
    if (Status s = Permissions::require(session, Action::MakeReferral); !s)
        return s.error();
    qint64 referrerId = session.userId();
    QString referrerName = session.displayName().isEmpty() ? session.username() : session.displayName();
    const QString onBehalf = referral.referrerName.simplified();
    if (!onBehalf.isEmpty() && onBehalf != referrerName) {
        if (!Permissions::allows(session, Action::ManageReferrals))
            return Error::forbidden(tr("Only the lead mentor or an administrator may record a referral someone else "
                                       "made; your referrals are made in your own name."));
        referrerId = 0;
        referrerName = onBehalf;
    }
    if (referral.referredOn > QDate::currentDate())
        return Error::invalid(tr("The referral date %1 is in the future.").arg(isoDate(referral.referredOn)));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    auto id = createUnchecked(audit, referral, referrerId, referrerName);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> ReferralStore::createUnchecked(AuditLog &audit, const NewReferral &referral, qint64 referrerId,
                                              const QString &referrerName, ReferralSource source,
                                              const QString &sourceKey)
{
    Query student(m_db, QStringLiteral("SELECT date_left FROM students WHERE id = ?"));
    student.bind(referral.studentId);
    if (Status s = student.exec(); !s)
        return s.error();
    if (!student.next())
        return Error::notFound(tr("That student is not on the school's roll."));
    if (!student.value(0).isNull())
        return Error::invalid(tr("That student has left the school, so they cannot be referred."));
    student.finish();
    if (!referral.referredOn.isValid())
        return Error::invalid(tr("Give the date of the referral."));
    const QString description = referral.description.trimmed();
    const QString tried = referral.tried.trimmed();
    if (description.isEmpty())
        return Error::invalid(tr("Describe the concern: what has happened and why you are referring the student."));
    if (description.size() > kMaxTextLength || tried.size() > kMaxTextLength)
        return Error::invalid(
            tr("The description and what has been tried may each be at most %1 characters long.").arg(kMaxTextLength));
    const QString name = referrerName.simplified();
    if (name.isEmpty())
        return Error::invalid(tr("Name the member of staff who made the referral."));
    if (name.size() > kMaxNameLength)
        return Error::invalid(tr("The referrer's name may be at most %1 characters long.").arg(kMaxNameLength));
    QStringList criteria;
    if (referral.suggestedTypeId != 0) {
        auto type = ProvisionMap(m_db).type(referral.suggestedTypeId);
        if (!type)
            return type.error();
        for (qint64 cid : referral.criteriaIds) {
            auto it = std::find_if(type->criteria.cbegin(), type->criteria.cend(),
                                   [cid](const ProvisionCriterion &c) { return c.id == cid; });
            if (it == type->criteria.cend())
                return Error::invalid(tr("A ticked criterion is not one of the criteria for %1.").arg(type->name));
            criteria << it->text;
        }
    } else if (!referral.criteriaIds.isEmpty()) {
        return Error::invalid(
            tr("Criteria can only be ticked for the intervention you have in mind: choose it first."));
    }

    const QString now = isoNow();
    Query ins(m_db, QStringLiteral(
                        "INSERT INTO referrals (student_id, referred_on, referrer_id, referrer_name, requested_by, "
                        "concern, description, tried, urgency, suggested_type_id, status, source, source_key, "
                        "created_at, updated_at, restricted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?) "
                        "RETURNING id"));
    ins.bind(referral.studentId)
        .bind(referral.referredOn)
        .bind(referrerId > 0 ? QVariant(referrerId) : QVariant())
        .bind(name)
        .bind(toCode(referral.requestedBy))
        .bind(toCode(referral.concern))
        .bind(description)
        .bind(tried)
        .bind(toCode(referral.urgency))
        .bind(referral.suggestedTypeId > 0 ? QVariant(referral.suggestedTypeId) : QVariant())
        .bind(toCode(source))
        .bindNullable(sourceKey)
        .bind(now)
        .bind(now)
        .bind(referral.restricted);
    auto id = ins.scalar();
    if (!id)
        return id.error();
    const qint64 referralId = id->toLongLong();
    Query ev(m_db,
             QStringLiteral("INSERT INTO criteria_evidence (referral_id, criterion_id, criterion) VALUES (?, ?, ?)"));
    for (int k = 0; k < referral.criteriaIds.size(); ++k) {
        ev.bind(referralId).bind(referral.criteriaIds.at(k)).bind(criteria.at(k));
        if (Status s = ev.exec(); !s)
            return s.error();
    }
    if (Status s = audit.created(QStringLiteral("referral"), referralId,
                                 QStringLiteral("student %1, %2, %3")
                                     .arg(referral.studentId)
                                     .arg(toCode(referral.concern), toCode(referral.urgency)));
        !s)
        return s.error();
    qCInfo(lcReferrals) << "referral" << referralId << "created";
    return referralId;
}

Result<Referral> ReferralStore::getForChange(const Session &session, qint64 id) const
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s.error();
    return getUnchecked(id);
}

Status ReferralStore::setStatus(AuditLog &audit, const Referral &r, ReferralStatus to)
{
    Query up(m_db, QStringLiteral("UPDATE referrals SET status = ?, updated_at = ?, row_version = row_version + 1 "
                                  "WHERE id = ? AND status = ?"));
    up.bind(toCode(to)).bind(isoNow()).bind(r.id).bind(toCode(r.status));
    if (Status s = up.exec(); !s)
        return s;
    if (up.numRowsAffected() != 1)
        return Error::conflict(tr("Someone else changed this referral meanwhile; reload and try again."));
    return audit.changed(QStringLiteral("referral"), r.id, QStringLiteral("status"), toCode(r.status), toCode(to));
}

Status ReferralStore::startAssessment(const Session &session, qint64 id, const QString &observations, const QDate &on)
{
    auto r = getForChange(session, id);
    if (!r)
        return r.error();
    if (r->status != ReferralStatus::New)
        return illegalTransition(*r, tr("start an initial assessment"));
    if (!on.isValid() || on < r->referredOn)
        return Error::invalid(
            tr("The initial assessment cannot start before the referral was made (%1).").arg(isoDate(r->referredOn)));
    const QString text = observations.trimmed();
    if (text.size() > kMaxTextLength)
        return Error::invalid(tr("Observations may be at most %1 characters long.").arg(kMaxTextLength));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = setStatus(audit, *r, ReferralStatus::InitialAssessment); !s)
        return s;
    Query up(m_db, QStringLiteral("UPDATE referrals SET observations = ?, assessed_on = ? WHERE id = ?"));
    up.bind(text).bind(on).bind(id);
    if (Status s = up.exec(); !s)
        return s;
    if (!text.isEmpty())
        if (Status s = audit.changed(QStringLiteral("referral"), id, QStringLiteral("observations"), QString(), text);
            !s)
            return s;
    return tx.commit();
}

Status ReferralStore::recordObservations(const Session &session, qint64 id, const QString &observations,
                                         std::optional<int> expectedVersion)
{
    auto r = getForChange(session, id);
    if (!r)
        return r.error();
    auto stale = [&](const Referral &theirs) {
        RecordConflict c;
        c.entity = QStringLiteral("referral");
        c.id = id;
        c.yourVersion = expectedVersion.value_or(r->rowVersion);
        c.storedVersion = theirs.rowVersion;
        c.recordLabel = tr("This referral");
        c.add(tr("Observations"), observations.trimmed(), theirs.observations);
        c.add(tr("Stage"), labelOf(theirs.status), labelOf(theirs.status));
        return RecordConflicts::staleWrite(m_db, c);
    };
    if (expectedVersion && r->rowVersion != *expectedVersion)
        return stale(*r);
    if (r->status != ReferralStatus::InitialAssessment && r->status != ReferralStatus::AwaitingHub &&
        r->status != ReferralStatus::UrgentAction)
        return illegalTransition(*r, tr("take new observations"));
    const QString text = observations.trimmed();
    if (text.size() > kMaxTextLength)
        return Error::invalid(tr("Observations may be at most %1 characters long.").arg(kMaxTextLength));
    if (text == r->observations)
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query up(m_db,
             QStringLiteral("UPDATE referrals SET observations = ?, updated_at = ?, row_version = row_version + 1 "
                            "WHERE id = ? AND row_version = ?"));
    up.bind(text).bind(isoNow()).bind(id).bind(r->rowVersion);
    if (Status s = up.exec(); !s)
        return s;
    if (up.numRowsAffected() == 0) {
        tx.rollback();
        auto theirs = getUnchecked(id);
        return theirs ? stale(*theirs) : theirs.error();
    }
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("referral"), id, QStringLiteral("observations"), r->observations, text);
        !s)
        return s;
    return tx.commit();
}

Result<HubPlacement> ReferralStore::sendToHub(const Session &session, qint64 id, const QDate &today)
{
    auto r = getForChange(session, id);
    if (!r)
        return r.error();
    if (r->status != ReferralStatus::InitialAssessment)
        return illegalTransition(*r, tr("be sent to the hub"));
    if (r->urgency == Urgency::Urgent)
        return Error::conflict(tr("This referral is urgent: learning support discuss it at once with the director of "
                                  "learning and record an action plan the same day, rather than waiting for the hub."));
    if (r->observations.trimmed().isEmpty())
        return Error::invalid(tr("Record learning support's observations from the initial assessment before sending "
                                 "the referral to the hub."));
    if (!today.isValid())
        return Error::invalid(tr("Give today's date."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    HubPlacement placement;
    auto next = HubStore::nextPlannedMeeting(m_db, today);
    if (!next)
        return next.error();
    if (next->first != 0) {
        placement.meetingId = next->first;
        placement.proposedOn = next->second;
        if (Status s = HubStore::addToAgendaUnchecked(m_db, audit, placement.meetingId, id); !s)
            return s.error();
    } else {
        placement.proposedOn = today.addDays(kHubWithinDays);
    }
    if (Status s = setStatus(audit, *r, ReferralStatus::AwaitingHub); !s)
        return s.error();
    Query up(m_db, QStringLiteral("UPDATE referrals SET hub_proposed_on = ? WHERE id = ?"));
    up.bind(placement.proposedOn).bind(id);
    if (Status s = up.exec(); !s)
        return s.error();
    if (Status s = audit.changed(QStringLiteral("referral"), id, QStringLiteral("hub_proposed_on"), QString(),
                                 isoDate(placement.proposedOn));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return placement;
}

Status ReferralStore::recordUrgentAction(const Session &session, qint64 id, const QString &discussedWith,
                                         const QString &actionPlan, const QDate &on)
{
    auto r = getForChange(session, id);
    if (!r)
        return r.error();
    if (r->status != ReferralStatus::New && r->status != ReferralStatus::InitialAssessment)
        return illegalTransition(*r, tr("be acted on as urgent"));
    if (r->urgency != Urgency::Urgent)
        return Error::conflict(tr("Only an urgent referral is acted on at once; this one is non-urgent, so it goes to "
                                  "the next assessment hub meeting."));
    const QString who = discussedWith.simplified();
    const QString plan = actionPlan.trimmed();
    if (who.isEmpty())
        return Error::invalid(tr("Name the director of learning the urgent referral was discussed with."));
    if (plan.isEmpty())
        return Error::invalid(tr("Record the action plan agreed with the director of learning."));
    if (who.size() > kMaxNameLength || plan.size() > kMaxTextLength)
        return Error::invalid(tr("The name may be at most %1 characters and the action plan %2.")
                                  .arg(kMaxNameLength)
                                  .arg(kMaxTextLength));
    if (!on.isValid() || on < r->referredOn)
        return Error::invalid(
            tr("The action plan cannot be dated before the referral (%1).").arg(isoDate(r->referredOn)));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = setStatus(audit, *r, ReferralStatus::UrgentAction); !s)
        return s;
    Query up(m_db, QStringLiteral("UPDATE referrals SET discussed_with = ?, action_plan = ?, action_plan_on = ?, "
                                  "assessed_on = COALESCE(assessed_on, ?) WHERE id = ?"));
    up.bind(who).bind(plan).bind(on).bind(on).bind(id);
    if (Status s = up.exec(); !s)
        return s;
    if (Status s = audit.changed(QStringLiteral("referral"), id, QStringLiteral("discussed_with"), QString(), who); !s)
        return s;
    if (Status s = audit.changed(QStringLiteral("referral"), id, QStringLiteral("action_plan"), QString(), plan); !s)
        return s;
    return tx.commit();
}

Status ReferralStore::close(const Session &session, qint64 id, const QString &note, const QDate &on)
{
    auto r = getForChange(session, id);
    if (!r)
        return r.error();
    if (r->status != ReferralStatus::Decided)
        return illegalTransition(*r, tr("be closed (only a decided referral is closed)"));
    if (r->decision && *r->decision == HubDecisionKind::MonitorAndReview)
        return Error::conflict(tr("The hub is monitoring this referral until its next meeting, where the "
                                  "recommendation is decided; it cannot be closed before then."));
    Query live(m_db, QStringLiteral("SELECT COUNT(*) FROM interventions WHERE referral_id = ? "
                                    "AND status IN ('planned', 'active')"));
    live.bind(id);
    auto n = live.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::conflict(tr("The intervention this referral led to is still live. It closes when the "
                                  "intervention is concluded at a hub review."));
    if (!on.isValid() || on < r->referredOn)
        return Error::invalid(tr("A referral cannot be closed before it was made (%1).").arg(isoDate(r->referredOn)));
    const QString text = note.trimmed();
    if (text.size() > kMaxTextLength)
        return Error::invalid(tr("The note may be at most %1 characters long.").arg(kMaxTextLength));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = setStatus(audit, *r, ReferralStatus::Closed); !s)
        return s;
    Query up(m_db, QStringLiteral("UPDATE referrals SET closed_on = ?, closing_note = ? WHERE id = ?"));
    up.bind(on).bind(text).bind(id);
    if (Status s = up.exec(); !s)
        return s;
    return tx.commit();
}

} // namespace md
