// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "interventions/Intervention.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace md {

class AuditLog;
class Database;
class Session;

// What the mentoring register shows. Filtering and sorting happen in SQL.
struct RegisterFilter
{
    enum class Sort
    {
        Student,
        Year,
        Intervention,
        Stage,
        Keyworker,
        Started,
        Review,
        Status,
    };

    bool includeConcluded = false;
    bool concludedOnly = false;
    qint64 keyworkerId = 0; // 0: anyone; kUnallocated: only those waiting for a keyworker
    int stage = 0;          // 0: every stage
    int yearGroup = 0;      // 0: every year
    QString flag;           // "lac", "ehc", "sen", "semh", "pp", or "flag:<code>" (a school-defined flag)
    qint64 studentId = 0;   // 0: every student
    bool overdueOnly = false;
    QString text; // words that must appear in the student's name or UPN
    QDate today = QDate::currentDate();
    Sort sort = Sort::Student;
    Qt::SortOrder order = Qt::AscendingOrder;

    static constexpr qint64 kUnallocated = -1;
};

// A new intervention, as the hub decides it or learning support takes a direct request.
struct NewIntervention
{
    qint64 studentId = 0;
    qint64 referralId = 0;
    qint64 provisionTypeId = 0;
    RequestedVia via = RequestedVia::Hub;
    QString timescale;
    QString externalSupport;
    QStringList objectives;
    QDate plannedOn;
    QDate reviewOn;            // invalid: the provision type's default
    QList<qint64> criteriaIds; // criteria ticked as evidence
};

// A termly review at the hub (or by the lead mentor): progress and impact, then continue,
// change or conclude.
struct ReviewInput
{
    qint64 interventionId = 0;
    qint64 meetingId = 0; // 0: reviewed outside a hub meeting
    QDate reviewedOn;
    QString progress;
    QString impact;
    ReviewResult result = ReviewResult::Continue;
    QDate nextReviewOn; // Continue and Change
    // Change: any of these.
    qint64 newProvisionTypeId = 0;
    qint64 newKeyworkerId = 0;
    QString overrideReason; // when the new keyworker is at capacity
    std::optional<QStringList> newObjectives;
    // Conclude.
    QString conclusionReport;
    std::optional<InterventionOutcome> outcome;
    // The intervention as the reviewer opened it: with a version, a change saved meanwhile (say the
    // keyworker's objectives) is a stale write (a RecordConflict showing both), never overwritten.
    std::optional<int> expectedVersion;
    QStringList openedObjectives; // "yours" in a conflict when this review leaves the objectives alone
};

struct ReviewDone
{
    qint64 reviewId = 0;
    QStringList prompts; // what someone must now do (contact the parents...)
};

// Interventions and the mentoring register. The read API (get, forStudent, activeForKeyworker,
// list) is what other capabilities call; it filters through the session's scope, so a mentor sees
// only the interventions of their own group. Changes need ManageInterventions, except what a
// keyworker does for their own cases (objectives, parent contact).
class InterventionStore
{
    Q_DECLARE_TR_FUNCTIONS(md::InterventionStore)
public:
    explicit InterventionStore(Database &db) : m_db(db) {}

    Result<Intervention> get(const Session &session, qint64 id) const;
    // Every intervention of the student, newest first.
    Result<QList<Intervention>> forStudent(const Session &session, qint64 studentId) const;
    // The planned and active interventions the user is keyworker for (a mentor may only ask for
    // their own; the lead mentor for anyone).
    Result<QList<Intervention>> activeForKeyworker(const Session &session, qint64 keyworkerId) const;
    // The mentoring register.
    Result<QList<Intervention>> list(const Session &session, const RegisterFilter &filter) const;
    // Active interventions whose review falls due on or before `by` (the hub's review list).
    Result<QList<Intervention>> dueForReview(const Session &session, const QDate &by) const;
    Result<QList<InterventionReview>> reviews(const Session &session, qint64 interventionId) const;
    // The criteria ticked as evidence when the intervention was chosen.
    Result<QStringList> evidence(const Session &session, qint64 interventionId) const;

    // A stage 1 intervention asked for through contact with learning support, without a
    // referral. Stage 2 and 3 are refused with the reason.
    Result<qint64> requestDirect(const Session &session, const NewIntervention &request);
    // Planned -> active. Needs a keyworker.
    Status start(const Session &session, qint64 id, const QDate &on);
    // With `expectedVersion` (the rowVersion the editor opened), an intervention someone else
    // changed since is refused as a stale write (RecordConflicts::of gives both versions).
    Status setObjectives(const Session &session, qint64 id, const QStringList &objectives,
                         std::optional<int> expectedVersion = std::nullopt);
    Status markParentsContacted(const Session &session, qint64 id, const QDate &on);
    Result<ReviewDone> review(const Session &session, const ReviewInput &input);

    // For the hub and the demo, inside their Transaction; the caller has checked permission and
    // the stage rule. Returns the new intervention's id.
    Result<qint64> createUnchecked(AuditLog &audit, const NewIntervention &request);
    Result<ReviewDone> reviewUnchecked(AuditLog &audit, const Session &session, const ReviewInput &input);

    static constexpr int kMaxTextLength = 4000;

private:
    Result<QList<Intervention>> select(const QString &where, const QVariantList &binds, const QString &orderBy) const;
    Result<Intervention> getUnchecked(qint64 id) const;
    Status requireKeyworkerOrManager(const Session &session, const Intervention &i) const;
    static Result<QStringList> cleanObjectives(const QStringList &objectives);

    Database &m_db;
};

} // namespace md
