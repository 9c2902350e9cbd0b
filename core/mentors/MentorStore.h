// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/PasswordHasher.h"
#include "common/Result.h"
#include "mentors/MentorDetails.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace md {

class AuditLog;
class Database;
class Session;

// A member of the mentoring team: a staff user with the Mentor role (or a removed one, whose
// profile is kept) and their profile.
struct MentorProfile
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    bool hasProfile = false; // a user with the Mentor role but no profile yet (grade and capacity unset)
    MentorBasicDetails basic;
    MentorAdditionalDetails additional;
    QString grade;    // MentorCatalogue grade code; empty without a profile
    int capacity = 0; // 0 without a profile: no limit set
    bool removed = false;
    bool leadMentor = false; // holds the Lead mentor role
    int caseload = 0;        // current students who have not left
    int rowVersion = 0;      // the profile's row version; 0 without a profile
    // The open removal, when removed.
    QDate removedOn;
    QString removalReason;
    QString removalNote;
    QString removedBy;

    // Places left (negative when over capacity); nullopt when no capacity is set.
    std::optional<int> placesLeft() const;
};

// A current student of a mentor, for reallocation.
struct CaseloadStudent
{
    qint64 studentId = 0;
    QString name;
    int yearGroup = 0;
    QString tutorGroup;
};

struct Reallocation
{
    qint64 studentId = 0;
    qint64 newMentorId = 0;
};

// Removing a mentor (reference 002): why, and who takes each of their students.
struct MentorRemoval
{
    QString reason; // MentorCatalogue::removalReasons code
    QString note;   // required for "other"
    QDate on;
    QList<Reallocation> reallocations;
};

// What adding a mentor made.
struct AddedMentor
{
    qint64 userId = 0;
    QString username;
    // The first password of a new account, shown once (the account must change it at the first
    // sign-in); empty when an existing staff user became a mentor.
    QString firstPassword;
    qint64 messageId = 0; // the confirmation message in the outbox
};

// The mentoring team: adding mentors (reference 002's flow), their basic and additional
// details, grade and capacity, removal with reallocation of their students, and reinstatement.
// Every change is checked against the session, made in one Transaction and audited.
class MentorStore
{
    Q_DECLARE_TR_FUNCTIONS(md::MentorStore)
public:
    // `passwordCost` is for first passwords of new accounts (tests use the minimum).
    explicit MentorStore(Database &db, PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive)
        : m_db(db), m_passwordCost(passwordCost)
    {
    }

    Result<QList<MentorProfile>> list(const Session &session, bool includeRemoved = false) const;
    // Anyone may read their own profile; the team's viewers read everyone's.
    Result<MentorProfile> find(const Session &session, qint64 userId) const;

    // Adds a mentor from the flow's answers: a new staff user with the Mentor role (or, when a
    // staff user already has that email address, that user), a profile, and the confirmation
    // message in the outbox.
    Result<AddedMentor> add(const Session &session, const MentorBasicDetails &details);
    // With `expectedVersion` (MentorProfile::rowVersion as the editor read it), a profile changed
    // at another desk meanwhile is a conflict naming who changed it and both versions of what this
    // save would change (RecordConflicts), never overwritten.
    Status updateBasic(const Session &session, qint64 userId, const MentorBasicDetails &details,
                       std::optional<int> expectedVersion = std::nullopt);
    Status updateAdditional(const Session &session, qint64 userId, const MentorAdditionalDetails &details,
                            const QDate &today, std::optional<int> expectedVersion = std::nullopt);
    Status setGradeAndCapacity(const Session &session, qint64 userId, const QString &grade, int capacity,
                               std::optional<int> expectedVersion = std::nullopt);

    // The mentor's current students (who have not left), for reallocation.
    Result<QList<CaseloadStudent>> caseloadStudents(const Session &session, qint64 userId) const;
    // Removes a mentor: every current student must be reallocated to another active mentor
    // within their capacity (nothing is orphaned); the Mentor and Lead mentor roles are taken
    // away, the profile kept, and the removal message goes to the outbox.
    Status remove(const Session &session, qint64 userId, const MentorRemoval &removal);
    // Undoes the open removal: the roles come back and the reinstatement message goes to the outbox.
    Status reinstate(const Session &session, qint64 userId, const QDate &on);

    // "a.lovelace", then "a.lovelace2"...: free in the users table.
    Result<QString> freeUsername(const QString &firstName, const QString &lastName) const;
    static QString usernameBase(const QString &firstName, const QString &lastName);

private:
    Result<MentorProfile> load(qint64 userId) const;
    // What a save would change: (label, yours, theirs as stored in `theirs`).
    using ChangedFields = std::function<QList<std::tuple<QString, QString, QString>>(const MentorProfile &theirs)>;
    // In a save's transaction, after ensureProfile: checks the version an editor read against the
    // stored profile `mentor` (read in the same transaction) and moves the row version on. A profile
    // changed at another desk, before the read or between it and this write (PostgreSQL reads
    // committed data), is a RecordConflict showing `fields`.
    Status takeVersion(const MentorProfile &mentor, std::optional<int> expectedVersion, const ChangedFields &fields);
    Status checkTrnFree(const QString &trn, qint64 exceptUserId) const;
    // Makes sure the user has a profile row (a Mentor-role user may have none yet).
    Status ensureProfile(AuditLog &audit, const MentorProfile &mentor);
    QString schoolName() const;

    Database &m_db;
    PasswordHasher::Cost m_passwordCost;
};

} // namespace md
