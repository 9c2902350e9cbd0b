// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interventions/InterventionEnums.h"
#include "students/Student.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

// An intervention from the provision map for one student: a row of the mentoring register
// (reference 004). `student` carries the names and flags lists show; `keyworkerId` is a users.id.
struct Intervention
{
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 referralId = 0; // 0 when asked for directly
    qint64 provisionTypeId = 0;
    QString provisionName;
    int stage = 1;
    RequestedVia requestedVia = RequestedVia::Hub;
    qint64 keyworkerId = 0; // 0 while waiting for allocation
    QString keyworkerName;
    bool senKeyworker = false; // a high-needs SEN keyworker case (outside the 1:1 caseload)
    InterventionStatus status = InterventionStatus::Planned;
    QString timescale;
    QString externalSupport;
    QStringList objectives; // up to three
    QDate plannedOn;
    QDate startedOn;
    QDate reviewOn;
    ParentContact parentContactDue = ParentContact::None;
    QDate parentsContactedOn;
    std::optional<InterventionOutcome> outcome;
    QString impact;
    QString conclusionReport;
    QDate concludedOn;
    int rowVersion = 1;
    Student student;

    bool isLive() const { return status != InterventionStatus::Concluded; }
    bool reviewOverdue(const QDate &today) const
    {
        return status == InterventionStatus::Active && reviewOn.isValid() && reviewOn < today;
    }
    // "Active", "Active · review overdue", "Planned · waiting for a keyworker"...
    QString statusText(const QDate &today) const;
};

// One termly (or earlier) review of an intervention.
struct InterventionReview
{
    qint64 id = 0;
    qint64 interventionId = 0;
    qint64 meetingId = 0;
    QDate reviewedOn;
    QString progress;
    QString impact;
    ReviewResult result = ReviewResult::Continue;
    QDate nextReviewOn;
    QString changes;
};

} // namespace md
