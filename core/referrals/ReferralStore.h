// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "referrals/Referral.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace md {

class AuditLog;
class Database;
class Session;

// What the referral register shows. Filtering and sorting happen in SQL.
struct ReferralFilter
{
    enum class Sort
    {
        Referred,
        Student,
        Year,
        Concern,
        Urgency,
        Status,
        Referrer,
    };

    std::optional<ReferralStatus> status;
    std::optional<Urgency> urgency;
    std::optional<Concern> concern;
    bool openOnly = false; // everything but closed
    bool mineOnly = false; // only referrals the signed-in user made
    qint64 studentId = 0;
    QString text; // words that must appear in the student's name, UPN, tutor group or the referrer
    Sort sort = Sort::Referred;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// A referral as a member of staff makes it.
struct NewReferral
{
    qint64 studentId = 0;
    QDate referredOn = QDate::currentDate();
    Concern concern = Concern::Other;
    QString description;
    QString tried;
    Urgency urgency = Urgency::NonUrgent;
    RequestedBy requestedBy = RequestedBy::Staff;
    qint64 suggestedTypeId = 0;
    QList<qint64> criteriaIds; // the suggested intervention's criteria the referrer ticked
    // Empty: the signed-in user refers. The register's managers may record a referral someone
    // else made (a paper form), naming them here.
    QString referrerName;
    bool restricted = false; // safeguarding: only the referrer, the lead mentor and headteachers read it
};

// Where a non-urgent referral went: onto a meeting's agenda, or waiting for one to be scheduled.
struct HubPlacement
{
    qint64 meetingId = 0;
    QDate proposedOn;
};

// The referral register: any staff user refers; everyone sees the referrals they made; mentors see
// those of their group; the lead mentor and administrators see all and move them through
// new -> initial assessment -> awaiting hub / urgent action -> decided -> closed. The hub's
// decisions are made through HubStore.
class ReferralStore
{
    Q_DECLARE_TR_FUNCTIONS(md::ReferralStore)
public:
    explicit ReferralStore(Database &db) : m_db(db) {}

    Result<qint64> create(const Session &session, const NewReferral &referral);
    Result<Referral> get(const Session &session, qint64 id) const;
    Result<QList<Referral>> list(const Session &session, const ReferralFilter &filter) const;
    Result<QList<HubDecision>> decisions(const Session &session, qint64 referralId) const;
    Result<QStringList> evidence(const Session &session, qint64 referralId) const;
    // Students a referral may be made for (everyone on roll): names, UPN, year and tutor group only.
    Result<QList<Student>> referableStudents(const Session &session) const;

    // new -> initial assessment.
    Status startAssessment(const Session &session, qint64 id, const QString &observations, const QDate &on);
    // Learning support's observations, while the referral waits for a decision.
    // With `expectedVersion` (the rowVersion the editor opened), a referral someone else changed
    // since is refused as a stale write (RecordConflicts::of gives both versions).
    Status recordObservations(const Session &session, qint64 id, const QString &observations,
                              std::optional<int> expectedVersion = std::nullopt);
    // initial assessment -> awaiting hub (non-urgent only): onto the next planned meeting's
    // agenda, or proposed for two weeks from `today` when none is scheduled.
    Result<HubPlacement> sendToHub(const Session &session, qint64 id, const QDate &today);
    // initial assessment -> urgent action (urgent only): discussed at once with the director of
    // learning and an action plan recorded the same day.
    Status recordUrgentAction(const Session &session, qint64 id, const QString &discussedWith,
                              const QString &actionPlan, const QDate &on);
    // decided -> closed.
    Status close(const Session &session, qint64 id, const QString &note, const QDate &on);

    // For the importer and the demo, inside their Transaction; the caller checked permission.
    // `referrerId` 0 with a name records a referrer who is not a user.
    Result<qint64> createUnchecked(AuditLog &audit, const NewReferral &referral, qint64 referrerId,
                                   const QString &referrerName, ReferralSource source = ReferralSource::Desk,
                                   const QString &sourceKey = {});
    // Reads any referral, whatever the session (for the hub and documents).
    Result<Referral> getUnchecked(qint64 id) const;

    static constexpr int kMaxTextLength = 4000;
    static constexpr int kMaxNameLength = 120;
    static constexpr int kHubWithinDays = 14; // "usually within two weeks"

private:
    Result<QList<Referral>> select(const QString &where, const QVariantList &binds, const QString &orderBy) const;
    Result<Referral> getForChange(const Session &session, qint64 id) const;
    Status setStatus(AuditLog &audit, const Referral &r, ReferralStatus to);

    Database &m_db;
};

// "This referral is closed, so it cannot be decided." The one refusal of an illegal transition.
Error illegalTransition(const Referral &referral, const QString &what);

} // namespace md
