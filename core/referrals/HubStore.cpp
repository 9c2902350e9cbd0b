// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/HubStore.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "interventions/AllocationService.h"
#include "interventions/InterventionStore.h"
#include "interventions/ProvisionMap.h"
#include "referrals/ReferralsLogging.h"
#include "referrals/ReferralStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QLocale>

namespace md {

namespace {
constexpr int kMaxAttendeeText = 120;
} // namespace

QString HubMeeting::title() const
{
    return QCoreApplication::translate("md::HubStore", "Assessment hub, %1")
        .arg(QLocale().toString(heldOn, QLocale::LongFormat));
}

QList<HubAttendee> HubStore::defaultAttendees()
{
    // Reference 004: "AP Behaviour and AP Inclusion, Directors of Learning, Senior Behaviour
    // Manager and Lead Learning Mentor".
    return {
        {QString(), tr("AP Behaviour")},         {QString(), tr("AP Inclusion")},
        {QString(), tr("Director of Learning")}, {QString(), tr("Senior Behaviour Manager")},
        {QString(), tr("Lead Learning Mentor")},
    };
}

Result<QList<HubMeeting>> HubStore::selectMeetings(const QString &where, const QVariantList &binds) const
{
    Query q(m_db, QStringLiteral("SELECT m.id, m.held_on, m.status, "
                                 "(SELECT n.notes FROM hub_meeting_notes n WHERE n.meeting_id = m.id), "
                                 "(SELECT COUNT(*) FROM hub_agenda a WHERE a.meeting_id = m.id), "
                                 "(SELECT COUNT(*) FROM hub_decisions d WHERE d.meeting_id = m.id), "
                                 "(SELECT COUNT(*) FROM intervention_reviews v WHERE v.meeting_id = m.id), "
                                 "m.row_version FROM hub_meetings m ") +
                      where + QStringLiteral(" ORDER BY m.held_on DESC, m.id DESC"));
    for (const QVariant &v : binds)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<HubMeeting> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        HubMeeting m;
        m.id = q.id(0);
        m.heldOn = q.date(1);
        m.status = enumFromCode<MeetingStatus>(q.string(2)).value_or(MeetingStatus::Planned);
        m.notes = q.string(3);
        m.agendaCount = q.integer(4);
        m.decidedCount = q.integer(5);
        m.reviewCount = q.integer(6);
        m.rowVersion = q.integer(7);
        index.insert(m.id, out.size());
        out.append(m);
    }
    q.finish();
    if (out.isEmpty())
        return out;
    Query a(m_db, QStringLiteral("SELECT meeting_id, name, role FROM hub_attendees ORDER BY meeting_id, position"));
    if (Status s = a.exec(); !s)
        return s.error();
    while (a.next()) {
        const auto it = index.constFind(a.id(0));
        if (it != index.constEnd())
            out[*it].attendees.append({a.string(1), a.string(2)});
    }
    return out;
}

Result<HubMeeting> HubStore::meetingUnchecked(qint64 id) const
{
    auto list = selectMeetings(QStringLiteral("WHERE m.id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(tr("That hub meeting no longer exists."));
    return list->first();
}

Result<QList<HubMeeting>> HubStore::meetings(const Session &session) const
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s.error();
    return selectMeetings(QString(), {});
}

Result<HubMeeting> HubStore::meeting(const Session &session, qint64 id) const
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s.error();
    return meetingUnchecked(id);
}

Result<std::pair<qint64, QDate>> HubStore::nextPlannedMeeting(Database &db, const QDate &from)
{
    Query q(db, QStringLiteral("SELECT id, held_on FROM hub_meetings WHERE status = 'planned' AND held_on >= ? "
                               "ORDER BY held_on, id LIMIT 1"));
    q.bind(from);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::pair<qint64, QDate>{0, QDate()};
    return std::pair<qint64, QDate>{q.id(0), q.date(1)};
}

Status HubStore::addToAgendaUnchecked(Database &db, AuditLog &audit, qint64 meetingId, qint64 referralId)
{
    Query exists(db, QStringLiteral("SELECT COUNT(*) FROM hub_agenda WHERE meeting_id = ? AND referral_id = ?"));
    exists.bind(meetingId).bind(referralId);
    auto n = exists.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return {};
    Query add(db, QStringLiteral("INSERT INTO hub_agenda (meeting_id, referral_id, position) "
                                 "SELECT ?, ?, COALESCE(MAX(position), 0) + 1 FROM hub_agenda WHERE meeting_id = ?"));
    add.bind(meetingId).bind(referralId).bind(meetingId);
    if (Status s = add.exec(); !s)
        return s;
    return audit.record(QStringLiteral("agenda"), QStringLiteral("referral"), referralId, QStringLiteral("hub_meeting"),
                        QString(), QString::number(meetingId));
}

namespace {

Status checkAttendees(const QList<HubAttendee> &attendees)
{
    if (attendees.size() > HubStore::kMaxAttendees)
        return Error::invalid(HubStore::tr("A hub meeting lists at most %1 attendees.").arg(HubStore::kMaxAttendees));
    for (const HubAttendee &a : attendees) {
        if (a.name.simplified().isEmpty() && a.role.simplified().isEmpty())
            return Error::invalid(HubStore::tr("Each attendee needs a name or a role."));
        if (a.name.size() > kMaxAttendeeText || a.role.size() > kMaxAttendeeText)
            return Error::invalid(HubStore::tr("An attendee's name and role may each be at most %1 characters long.")
                                      .arg(kMaxAttendeeText));
    }
    return {};
}

Status writeAttendees(Database &db, qint64 meetingId, const QList<HubAttendee> &attendees)
{
    Query clear(db, QStringLiteral("DELETE FROM hub_attendees WHERE meeting_id = ?"));
    clear.bind(meetingId);
    if (Status s = clear.exec(); !s)
        return s;
    Query add(db, QStringLiteral("INSERT INTO hub_attendees (meeting_id, position, name, role) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < attendees.size(); ++i) {
        add.bind(meetingId).bind(i + 1).bind(attendees.at(i).name.simplified()).bind(attendees.at(i).role.simplified());
        if (Status s = add.exec(); !s)
            return s;
    }
    return {};
}

QString attendeeText(const QList<HubAttendee> &attendees)
{
    QStringList parts;
    for (const HubAttendee &a : attendees)
        parts << (a.role.isEmpty()   ? a.name
                  : a.name.isEmpty() ? a.role
                                     : a.name + QStringLiteral(" (") + a.role + QLatin1Char(')'));
    return parts.join(QStringLiteral("; "));
}

} // namespace

Result<qint64> HubStore::scheduleMeeting(const Session &session, const QDate &on, const QList<HubAttendee> &attendees)
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s.error();
    if (!on.isValid())
        return Error::invalid(tr("Give the date of the hub meeting."));
    if (Status s = checkAttendees(attendees); !s)
        return s.error();
    Query same(m_db, QStringLiteral("SELECT COUNT(*) FROM hub_meetings WHERE held_on = ?"));
    same.bind(on);
    auto n = same.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::conflict(
            tr("There is already a hub meeting on %1.").arg(QLocale().toString(on, QLocale::LongFormat)));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    Query ins(
        m_db,
        QStringLiteral("INSERT INTO hub_meetings (held_on, status, created_at) VALUES (?, 'planned', ?) RETURNING id"));
    ins.bind(on).bind(isoNow());
    auto id = ins.scalar();
    if (!id)
        return id.error();
    const qint64 meetingId = id->toLongLong();
    if (Status s = writeAttendees(m_db, meetingId, attendees); !s)
        return s.error();
    if (Status s = audit.created(QStringLiteral("hub_meeting"), meetingId, isoDate(on)); !s)
        return s.error();

    // Waiting referrals that no planned meeting has on its agenda yet (undecided ones come off a
    // meeting's agenda when it is marked held), and monitored ones whose recommendation no later
    // planned meeting has yet.
    Query waiting(m_db, QStringLiteral(
                            "SELECT r.id FROM referrals r WHERE (r.status = 'awaiting_hub' "
                            "  OR (r.status = 'decided' AND r.decision = 'monitor_and_review' AND r.decided_on < ?)) "
                            "AND NOT EXISTS (SELECT 1 FROM hub_agenda ha JOIN hub_meetings hm ON hm.id = ha.meeting_id "
                            "  WHERE ha.referral_id = r.id AND hm.status = 'planned' AND hm.id <> ? "
                            "  AND (r.status = 'awaiting_hub' OR hm.held_on > r.decided_on)) "
                            "ORDER BY r.referred_on, r.id"));
    waiting.bind(on).bind(meetingId);
    if (Status s = waiting.exec(); !s)
        return s.error();
    QList<qint64> carried;
    while (waiting.next())
        carried << waiting.id(0);
    waiting.finish();
    Query proposed(m_db,
                   QStringLiteral("UPDATE referrals SET hub_proposed_on = ? WHERE id = ? AND status = 'awaiting_hub'"));
    for (qint64 referralId : std::as_const(carried)) {
        if (Status s = addToAgendaUnchecked(m_db, audit, meetingId, referralId); !s)
            return s.error();
        proposed.bind(on).bind(referralId);
        if (Status s = proposed.exec(); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcReferrals) << "hub meeting" << meetingId << "scheduled with" << carried.size() << "referrals carried";
    return meetingId;
}

Error HubStore::staleMeeting(qint64 id, const QList<HubAttendee> &attendees, const QString &notes, int version) const
{
    RecordConflict c;
    c.entity = QStringLiteral("hub_meeting");
    c.id = id;
    c.yourVersion = version;
    auto theirs = meetingUnchecked(id);
    if (!theirs) {
        if (theirs.error().kind != Error::Kind::NotFound)
            return theirs.error();
        c.deleted = true;
        c.recordLabel = tr("This hub meeting");
        return RecordConflicts::staleWrite(m_db, c);
    }
    c.recordLabel = theirs->title();
    c.storedVersion = theirs->rowVersion;
    QList<HubAttendee> mine;
    for (const HubAttendee &a : attendees)
        mine.append({a.name.simplified(), a.role.simplified()});
    c.add(tr("Attendees"), attendeeText(mine), attendeeText(theirs->attendees));
    c.add(tr("Notes"), notes.trimmed(), theirs->notes);
    return RecordConflicts::staleWrite(m_db, c);
}

Status HubStore::updateMeeting(const Session &session, qint64 id, const QList<HubAttendee> &attendees,
                               const QString &notes, int expectedVersion)
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s;
    if (Status s = checkAttendees(attendees); !s)
        return s;
    if (notes.size() > ReferralStore::kMaxTextLength)
        return Error::invalid(
            tr("The meeting's notes may be at most %1 characters long.").arg(ReferralStore::kMaxTextLength));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // The version first: one save writes both the attendees and the notes, so a desk holding
    // stale notes must not write them over another desk's (a stale write shows both).
    Query bump(m_db, QStringLiteral("UPDATE hub_meetings SET row_version = row_version + 1 "
                                    "WHERE id = ? AND row_version = ?"));
    bump.bind(id).bind(expectedVersion);
    if (Status s = bump.exec(); !s)
        return s;
    if (bump.numRowsAffected() == 0) {
        tx.rollback();
        return staleMeeting(id, attendees, notes, expectedVersion);
    }
    auto m = meetingUnchecked(id);
    if (!m)
        return m.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = writeAttendees(m_db, id, attendees); !s)
        return s;
    // Kept apart from hub_meetings (migration 0097): on a server only the roles that manage the hub
    // read them.
    Query up(m_db, QStringLiteral("INSERT INTO hub_meeting_notes (meeting_id, notes) VALUES (?, ?) "
                                  "ON CONFLICT (meeting_id) DO UPDATE SET notes = excluded.notes"));
    const QString text = notes.trimmed();
    up.bind(id).bind(text.isNull() ? QStringLiteral("") : text); // a null QString binds as NULL
    if (Status s = up.exec(); !s)
        return s;
    const QString before = attendeeText(m->attendees);
    const QString after = attendeeText(attendees);
    if (before != after)
        if (Status s = audit.changed(QStringLiteral("hub_meeting"), id, QStringLiteral("attendees"), before, after); !s)
            return s;
    if (m->notes != notes.trimmed())
        if (Status s =
                audit.changed(QStringLiteral("hub_meeting"), id, QStringLiteral("notes"), m->notes, notes.trimmed());
            !s)
            return s;
    return tx.commit();
}

Status HubStore::markHeld(const Session &session, qint64 id, const QDate &today)
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s;
    auto m = meetingUnchecked(id);
    if (!m)
        return m.error();
    if (m->status == MeetingStatus::Held)
        return Error::conflict(tr("The hub meeting on %1 is already marked as held.")
                                   .arg(QLocale().toString(m->heldOn, QLocale::LongFormat)));
    if (today.isValid() && m->heldOn > today)
        return Error::conflict(
            tr("The hub meeting on %1 has not happened yet.").arg(QLocale().toString(m->heldOn, QLocale::LongFormat)));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query up(m_db, QStringLiteral("UPDATE hub_meetings SET status = 'held', row_version = row_version + 1 WHERE id = ?"));
    up.bind(id);
    if (Status s = up.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("hub_meeting"), id, QStringLiteral("status"), QStringLiteral("planned"),
                                 QStringLiteral("held"));
        !s)
        return s;
    return tx.commit();
}

Status HubStore::addToAgenda(const Session &session, qint64 meetingId, qint64 referralId)
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s;
    auto m = meetingUnchecked(meetingId);
    if (!m)
        return m.error();
    auto r = ReferralStore(m_db).getUnchecked(referralId);
    if (!r)
        return r.error();
    const bool monitored = r->status == ReferralStatus::Decided && r->decision == HubDecisionKind::MonitorAndReview;
    if (r->status != ReferralStatus::AwaitingHub && r->status != ReferralStatus::UrgentAction && !monitored)
        return illegalTransition(*r, tr("go on a hub agenda"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = addToAgendaUnchecked(m_db, audit, meetingId, referralId); !s)
        return s;
    return tx.commit();
}

Result<QList<HubDecision>> HubStore::selectDecisions(Database &db, const QString &where, const QVariantList &binds)
{
    Query q(db,
            QStringLiteral("SELECT hd.id, hd.referral_id, hd.meeting_id, hm.held_on, hd.decided_on, hd.decision, "
                           "hd.intervention_id, pt.name, i.stage, u.display_name, i.timescale, i.external_support, "
                           "i.objective_1, i.objective_2, i.objective_3, i.review_on, hd.monitor_by, hd.monitor_name, "
                           "hd.notes FROM hub_decisions hd "
                           "LEFT JOIN hub_meetings hm ON hm.id = hd.meeting_id "
                           "LEFT JOIN interventions i ON i.id = hd.intervention_id "
                           "LEFT JOIN provision_types pt ON pt.id = i.provision_type_id "
                           "LEFT JOIN users u ON u.id = i.keyworker_id WHERE ") +
                where + QStringLiteral(" ORDER BY hd.decided_on, hd.id"));
    for (const QVariant &v : binds)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<HubDecision> out;
    while (q.next()) {
        HubDecision d;
        d.id = q.id(0);
        d.referralId = q.id(1);
        d.meetingId = q.id(2);
        d.meetingOn = q.date(3);
        d.decidedOn = q.date(4);
        d.kind = enumFromCode<HubDecisionKind>(q.string(5)).value_or(HubDecisionKind::NoIntervention);
        d.interventionId = q.id(6);
        d.provisionName = q.string(7);
        d.stage = q.integer(8);
        d.keyworkerName = q.string(9);
        d.timescale = q.string(10);
        d.externalSupport = q.string(11);
        for (int c = 12; c <= 14; ++c)
            if (!q.string(c).isEmpty())
                d.objectives << q.string(c);
        d.reviewOn = q.date(15);
        if (!q.value(16).isNull())
            d.monitorBy = enumFromCode<MonitorBy>(q.string(16));
        d.monitorName = q.string(17);
        d.notes = q.string(18);
        out.append(d);
    }
    return out;
}

Result<QList<AgendaItem>> HubStore::agenda(const Session &session, qint64 meetingId) const
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s.error();
    Query q(m_db,
            QStringLiteral("SELECT referral_id, position FROM hub_agenda WHERE meeting_id = ? ORDER BY position"));
    q.bind(meetingId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, int>> ids;
    while (q.next())
        ids.append({q.id(0), q.integer(1)});
    q.finish();
    auto decisions = selectDecisions(m_db, QStringLiteral("hd.meeting_id = ?"), {meetingId});
    if (!decisions)
        return decisions.error();
    QHash<qint64, HubDecision> byReferral;
    for (const HubDecision &d : std::as_const(*decisions))
        byReferral.insert(d.referralId, d);
    ReferralStore referrals(m_db);
    QList<AgendaItem> out;
    for (const auto &[referralId, position] : std::as_const(ids)) {
        auto r = referrals.getUnchecked(referralId);
        if (!r)
            return r.error();
        AgendaItem item;
        item.position = position;
        item.referral = *r;
        if (byReferral.contains(referralId))
            item.decision = byReferral.value(referralId);
        out.append(item);
    }
    return out;
}

Result<QList<ReviewItem>> HubStore::reviews(const Session &session, qint64 meetingId) const
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s.error();
    auto m = meetingUnchecked(meetingId);
    if (!m)
        return m.error();
    InterventionStore store(m_db);
    QList<ReviewItem> out;
    Query q(m_db, QStringLiteral("SELECT intervention_id FROM intervention_reviews WHERE meeting_id = ? ORDER BY id"));
    q.bind(meetingId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> reviewed;
    while (q.next())
        reviewed << q.id(0);
    q.finish();
    for (qint64 id : std::as_const(reviewed)) {
        auto i = store.get(session, id);
        if (!i)
            return i.error();
        auto rs = store.reviews(session, id);
        if (!rs)
            return rs.error();
        ReviewItem item;
        item.intervention = *i;
        for (const InterventionReview &r : std::as_const(*rs))
            if (r.meetingId == meetingId)
                item.review = r;
        out.append(item);
    }
    if (m->status == MeetingStatus::Planned) {
        auto due = store.dueForReview(session, m->heldOn);
        if (!due)
            return due.error();
        for (const Intervention &i : std::as_const(*due))
            if (!reviewed.contains(i.id))
                out.append({i, std::nullopt});
    }
    return out;
}

Result<DecisionDone> HubStore::decide(const Session &session, const HubDecisionInput &in)
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s.error();
    ReferralStore referrals(m_db);
    auto found = referrals.getUnchecked(in.referralId);
    if (!found)
        return found.error();
    const Referral &r = *found;
    const bool monitored = r.status == ReferralStatus::Decided && r.decision == HubDecisionKind::MonitorAndReview;
    if (r.status == ReferralStatus::Decided && !monitored)
        return Error::conflict(tr("This referral was already decided on %1 (%2). A referral is decided once; change "
                                  "the intervention at a hub review instead.")
                                   .arg(isoDate(r.decidedOn), r.decision ? labelOf(*r.decision) : QString()));
    if (r.status != ReferralStatus::AwaitingHub && r.status != ReferralStatus::UrgentAction && !monitored)
        return illegalTransition(r, tr("be decided"));
    if (in.meetingId == 0 && r.status != ReferralStatus::UrgentAction)
        return Error::invalid(monitored
                                  ? tr("The recommendation after monitoring is decided at the next assessment hub "
                                       "meeting: choose the meeting.")
                                  : tr("A non-urgent referral is decided at an assessment hub meeting: choose the "
                                       "meeting."));
    if (monitored && in.kind != HubDecisionKind::PlannedIntervention && in.kind != HubDecisionKind::NoIntervention)
        return Error::invalid(tr("After monitoring, the director of learning recommends a planned intervention or no "
                                 "intervention: choose one of those."));
    HubMeeting meeting;
    if (in.meetingId != 0) {
        auto m = meetingUnchecked(in.meetingId);
        if (!m)
            return m.error();
        meeting = *m;
        Query on(m_db, QStringLiteral("SELECT COUNT(*) FROM hub_agenda WHERE meeting_id = ? AND referral_id = ?"));
        on.bind(in.meetingId).bind(in.referralId);
        auto n = on.scalar();
        if (!n)
            return n.error();
        if (n->toInt() == 0)
            return Error::conflict(tr("This referral is not on the agenda of the %1: add it to the agenda first.")
                                       .arg(meeting.title().toLower()));
        if (monitored && r.decidedOn >= meeting.heldOn)
            return Error::conflict(
                tr("The hub chose to monitor this referral on %1; the recommendation is decided at a "
                   "later meeting.")
                    .arg(isoDate(r.decidedOn)));
    }
    const QDate decidedOn = in.decidedOn.isValid() ? in.decidedOn : meeting.heldOn;
    if (!decidedOn.isValid())
        return Error::invalid(tr("Give the date of the decision."));
    if (decidedOn < r.referredOn)
        return Error::invalid(tr("A decision cannot be dated before the referral (%1).").arg(isoDate(r.referredOn)));
    const QString notes = in.notes.trimmed();
    if (notes.size() > ReferralStore::kMaxTextLength)
        return Error::invalid(tr("The notes may be at most %1 characters long.").arg(ReferralStore::kMaxTextLength));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    DecisionDone done;
    std::optional<MonitorBy> monitorBy;
    const Student &student = r.student;
    const bool onSenRegister = student.senStatus != SenStatus::None || student.ehcPlan;
    switch (in.kind) {
    case HubDecisionKind::PlannedIntervention: {
        if (Status s = Permissions::require(session, Action::ManageInterventions); !s)
            return s.error();
        if (in.provisionTypeId == 0)
            return Error::invalid(tr("Choose the intervention from the provision map."));
        auto type = ProvisionMap(m_db).type(in.provisionTypeId);
        if (!type)
            return type.error();
        const RequestedVia via = in.meetingId != 0 ? RequestedVia::Hub : RequestedVia::Urgent;
        if (Status s = ProvisionMap::checkRequest(type->stage, via, r.requestedBy, in.meetingId != 0); !s)
            return s.error();
        if (!type->criteria.isEmpty() && in.criteriaIds.isEmpty())
            return Error::invalid(tr("Tick the criteria for %1 that the student meets: the provision map asks for "
                                     "evidence that they do.")
                                      .arg(type->name));
        NewIntervention ni;
        ni.studentId = r.studentId;
        ni.referralId = r.id;
        ni.provisionTypeId = type->id;
        ni.via = via;
        ni.timescale = in.timescale;
        ni.externalSupport = in.externalSupport;
        ni.objectives = in.objectives;
        ni.plannedOn = decidedOn;
        ni.reviewOn = in.reviewOn;
        ni.criteriaIds = in.criteriaIds;
        auto interventionId = InterventionStore(m_db).createUnchecked(audit, ni);
        if (!interventionId)
            return interventionId.error();
        done.interventionId = *interventionId;
        if (in.keyworkerId != 0) {
            AllocationRequest req;
            req.interventionId = done.interventionId;
            req.mentorId = in.keyworkerId;
            req.senKeyworker = in.senKeyworker;
            req.overrideReason = in.overrideReason;
            req.on = decidedOn;
            auto allocated = AllocationService(m_db).assignUnchecked(audit, req, session.userId());
            if (!allocated)
                return allocated.error();
            done.prompts += allocated->prompts;
        } else {
            done.prompts << tr("%1 joins the allocation queue: allocate a keyworker on the allocation board.")
                                .arg(student.displayName());
        }
        done.prompts << tr("Share the action plan with %1's tutor, the referrer (%2) and the parents or carers.")
                            .arg(student.displayName(), r.referrerName);
        break;
    }
    case HubDecisionKind::MonitorAndReview:
        monitorBy = onSenRegister ? MonitorBy::Senco : MonitorBy::DirectorOfLearning;
        if (in.monitorName.size() > kMaxAttendeeText)
            return Error::invalid(tr("The name may be at most %1 characters long.").arg(kMaxAttendeeText));
        done.prompts << (onSenRegister ? tr("The SENCo monitors %1 until the next hub meeting, contacts the parents or "
                                            "carers to explain that the student was referred and invites them to a "
                                            "meeting, then recommends a planned intervention or no intervention.")
                                       : tr("The director of learning monitors %1 until the next hub meeting, contacts "
                                            "the parents or carers to explain that the student was referred and "
                                            "invites them to a meeting, then recommends a planned intervention or no "
                                            "intervention."))
                            .arg(student.displayName());
        break;
    case HubDecisionKind::NoIntervention:
        done.prompts << tr("Send the referral to %1's form tutor (%2) for information: the form tutor decides the "
                           "appropriate action.")
                            .arg(student.displayName(),
                                 student.tutorGroup.isEmpty() ? tr("no tutor group recorded") : student.tutorGroup);
        break;
    case HubDecisionKind::SenAssessment:
        done.prompts << tr("Pass the referral to the SENCo for an SEN assessment, as the Learning Support policy "
                           "defines.");
        break;
    }

    const QString now = isoNow();
    Query ins(m_db, QStringLiteral("INSERT INTO hub_decisions (referral_id, meeting_id, decided_on, decision, "
                                   "intervention_id, monitor_by, monitor_name, notes, decided_by, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    ins.bind(r.id)
        .bind(in.meetingId != 0 ? QVariant(in.meetingId) : QVariant())
        .bind(decidedOn)
        .bind(toCode(in.kind))
        .bind(done.interventionId != 0 ? QVariant(done.interventionId) : QVariant())
        .bind(monitorBy ? QVariant(toCode(*monitorBy)) : QVariant())
        .bind(in.monitorName.simplified())
        .bind(notes)
        .bind(session.userId() > 0 ? QVariant(session.userId()) : QVariant())
        .bind(now);
    auto decisionId = ins.scalar();
    if (!decisionId)
        return decisionId.error();
    done.decisionId = decisionId->toLongLong();
    Query up(m_db,
             QStringLiteral("UPDATE referrals SET status = 'decided', decision = ?, decided_on = ?, updated_at = ?, "
                            "row_version = row_version + 1 WHERE id = ? AND status = ?"));
    up.bind(toCode(in.kind)).bind(decidedOn).bind(now).bind(r.id).bind(toCode(r.status));
    if (Status s = up.exec(); !s)
        return s.error();
    if (up.numRowsAffected() != 1)
        return Error::conflict(tr("Someone else changed this referral meanwhile; reload and try again."));
    if (Status s = audit.created(QStringLiteral("hub_decision"), done.decisionId,
                                 QStringLiteral("referral %1: %2").arg(r.id).arg(toCode(in.kind)));
        !s)
        return s.error();
    if (Status s = audit.changed(QStringLiteral("referral"), r.id, QStringLiteral("decision"),
                                 r.decision ? toCode(*r.decision) : QString(), toCode(in.kind));
        !s)
        return s.error();
    if (r.status != ReferralStatus::Decided)
        if (Status s = audit.changed(QStringLiteral("referral"), r.id, QStringLiteral("status"), toCode(r.status),
                                     QStringLiteral("decided"));
            !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcReferrals) << "referral" << r.id << "decided:" << toCode(in.kind);
    return done;
}

} // namespace md
