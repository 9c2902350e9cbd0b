// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "students/Student.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace md {

class AuditLog;
class Database;
class Session;

// A mentor's caseload against their capacity (reference 004: learning and advanced learning
// mentors 6 to 8 students plus one high-needs SEN keyworker case; the lead up to 3 complex cases).
// The caseload is the mentor's current mentoring group; capacity comes from mentor_profiles.
struct MentorLoad
{
    qint64 mentorId = 0;
    QString name;
    QString grade; // mentor_profiles.grade, empty without a profile
    QString gradeLabel;
    int capacity = 0; // 1:1 caseload places
    int senSlots = 0; // high-needs SEN keyworker places on top
    int caseload = 0; // students in the group, SEN keyworker cases included
    int senCases = 0; // of those, high-needs SEN keyworker cases
    bool hasProfile = false;

    int regularCases() const { return caseload - senCases; }
    bool full() const { return regularCases() >= capacity; }
    bool senFull() const { return senCases >= senSlots; }
    bool over() const { return regularCases() > capacity || senCases > senSlots; }
    // "6 of 8 students · SEN keyworker 1 of 1"
    QString summary() const;
};

// A student waiting for a keyworker: a planned intervention nobody has been allocated to, in the
// policy's priority order.
struct WaitingStudent
{
    int rank = 0;
    qint64 interventionId = 0;
    qint64 referralId = 0;
    Student student;
    QString provisionName;
    int stage = 1;
    QDate referredOn;
    int priorityLevel = 0;  // see AllocationService::priorityLevel
    QString priorityReason; // "Looked-after child", "EHC plan"...
};

struct AllocationRequest
{
    qint64 interventionId = 0;
    qint64 mentorId = 0;
    bool senKeyworker = false; // a high-needs SEN keyworker case rather than a caseload place
    QString overrideReason;    // required when the mentor has no place left
    QDate on = QDate::currentDate();
};

struct AllocationDone
{
    bool overCapacity = false;
    bool unchanged = false;
    QStringList prompts;
};

// Allocation within capacity: the lead mentor assigns keyworkers; a mentor with no place left
// needs an explicit override with a reason. Assigning also puts the student in the mentor's
// mentoring group, so the mentor's scope includes them.
class AllocationService
{
    Q_DECLARE_TR_FUNCTIONS(md::AllocationService)
public:
    explicit AllocationService(Database &db) : m_db(db) {}

    // Every active mentor and lead mentor, lead first.
    Result<QList<MentorLoad>> loads(const Session &session) const;
    Result<MentorLoad> loadOf(qint64 mentorId) const;
    // Students waiting for a keyworker in priority order: looked-after children, EHC plan
    // objectives, SEMH on the SEN register, school-defined priority flags, then date referred.
    Result<QList<WaitingStudent>> waiting(const Session &session) const;

    Result<AllocationDone> assign(const Session &session, const AllocationRequest &request);
    // Inside the caller's Transaction, for the hub's decisions and reviews.
    Result<AllocationDone> assignUnchecked(AuditLog &audit, const AllocationRequest &request, qint64 actorId);

    Status setCapacity(const Session &session, qint64 mentorId, int capacity, int senSlots);

    static int defaultCapacity(const QString &grade);
    static int defaultSenSlots(const QString &grade);
    // 4 looked-after, 3 EHC plan, 2 SEMH on the SEN register, 1 a school-defined priority flag, 0 none.
    static int priorityLevel(const Student &student);
    static QString priorityReason(const Student &student);

    static constexpr int kMaxCapacity = 30;
    static constexpr int kMaxSenSlots = 5;

private:
    Result<QList<MentorLoad>> selectLoads(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace md
