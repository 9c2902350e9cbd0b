// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "interventions/Intervention.h"
#include "referrals/Referral.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>
#include <utility>

namespace md {

class AuditLog;
class Database;
class Session;

struct HubAttendee
{
    QString name;
    QString role; // "Director of learning, KS3"
};

// An assessment hub meeting (about once per half term, reference 004).
struct HubMeeting
{
    qint64 id = 0;
    QDate heldOn;
    MeetingStatus status = MeetingStatus::Planned;
    QString notes;
    QList<HubAttendee> attendees;
    int agendaCount = 0;
    int decidedCount = 0;
    int reviewCount = 0; // interventions reviewed at it
    int rowVersion = 1;  // bumped by every change of the meeting, its attendees or its notes

    // "Assessment hub, 12 March 2026"
    QString title() const;
};

// A referral on a meeting's agenda and, once made, the decision taken on it at that meeting.
struct AgendaItem
{
    int position = 0;
    Referral referral;
    std::optional<HubDecision> decision;
};

// An intervention due for review at a meeting, or reviewed at it.
struct ReviewItem
{
    Intervention intervention;
    std::optional<InterventionReview> review;
};

// What the hub decides on one referral. Fields beyond the kind apply to the decision they name.
struct HubDecisionInput
{
    qint64 referralId = 0;
    qint64 meetingId = 0; // 0: an urgent referral decided at once, outside a meeting
    QDate decidedOn;
    HubDecisionKind kind = HubDecisionKind::NoIntervention;
    QString notes;
    // Planned intervention.
    qint64 provisionTypeId = 0;
    QList<qint64> criteriaIds; // the type's criteria the student meets, ticked as evidence
    qint64 keyworkerId = 0;    // 0: the student joins the allocation queue
    bool senKeyworker = false;
    QString overrideReason; // when the keyworker has no place left
    QString timescale;      // empty: the provision map's length
    QDate reviewOn;         // invalid: termly, or when a shorter programme ends
    QString externalSupport;
    QStringList objectives; // up to three
    // Monitor and review: who, by name (the role follows from the student's SEN status).
    QString monitorName;
};

struct DecisionDone
{
    qint64 decisionId = 0;
    qint64 interventionId = 0;
    QStringList prompts; // what someone must now do: contact parents, inform the tutor...
};

// The assessment hub (reference 004): meetings with attendees and an agenda of referrals, the
// four decisions, and the interventions due for review. Only the lead mentor and administrators
// use it.
class HubStore
{
    Q_DECLARE_TR_FUNCTIONS(md::HubStore)
public:
    explicit HubStore(Database &db) : m_db(db) {}

    // Plans a meeting. Referrals waiting for the hub (and those the hub chose to monitor) that are
    // on no planned meeting's agenda go onto this one's.
    Result<qint64> scheduleMeeting(const Session &session, const QDate &on, const QList<HubAttendee> &attendees);
    Result<QList<HubMeeting>> meetings(const Session &session) const; // newest first
    Result<HubMeeting> meeting(const Session &session, qint64 id) const;
    // Saves the attendees and notes over the meeting as read at `expectedVersion` (its
    // rowVersion); a meeting changed meanwhile is a stale write (a RecordConflict, both versions).
    Status updateMeeting(const Session &session, qint64 id, const QList<HubAttendee> &attendees, const QString &notes,
                         int expectedVersion);
    // Planned -> held, on or after the meeting's date. Undecided referrals go onto the next
    // meeting scheduled.
    Status markHeld(const Session &session, qint64 id, const QDate &today);

    Result<QList<AgendaItem>> agenda(const Session &session, qint64 meetingId) const;
    Status addToAgenda(const Session &session, qint64 meetingId, qint64 referralId);
    // Interventions reviewed at the meeting and, while it is planned, those whose review falls due
    // by its date.
    Result<QList<ReviewItem>> reviews(const Session &session, qint64 meetingId) const;

    // Records one of the four decisions; a planned intervention goes onto the mentoring register.
    Result<DecisionDone> decide(const Session &session, const HubDecisionInput &input);

    // The people reference 004 names for the pastoral assessment team, by role.
    static QList<HubAttendee> defaultAttendees();

    // Shared with the referral store and documents.
    static Result<std::pair<qint64, QDate>> nextPlannedMeeting(Database &db, const QDate &from);
    static Status addToAgendaUnchecked(Database &db, AuditLog &audit, qint64 meetingId, qint64 referralId);
    static Result<QList<HubDecision>> selectDecisions(Database &db, const QString &where, const QVariantList &binds);
    Result<HubMeeting> meetingUnchecked(qint64 id) const;

    static constexpr int kMaxAttendees = 30;

private:
    Error staleMeeting(qint64 id, const QList<HubAttendee> &attendees, const QString &notes, int version) const;
    Result<QList<HubMeeting>> selectMeetings(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace md
