// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records that the live-update suites open in editors at one desk and change at another
// (tests/ui/live, tests/ui/server): a note in the mentoring log, a SMART target, a referral in
// its initial assessment. Header only; the records are synthetic.

#include "access/Session.h"
#include "mentoring/MentoringRecords.h"
#include "referrals/ReferralStore.h"

#include <QDate>

namespace md::test {

inline LogEntry noteEntry(qint64 studentId, const QString &body)
{
    LogEntry e;
    e.studentId = studentId;
    e.kind = EntryKind::Note;
    e.occurredOn = QDate::currentDate();
    e.body = body;
    return e;
}

inline SmartTarget readingTarget(qint64 studentId)
{
    SmartTarget target;
    target.studentId = studentId;
    target.title = QStringLiteral("Read every evening");
    target.specific = QStringLiteral("Twenty minutes of a reading book");
    target.measurable = QStringLiteral("The reading log");
    target.achievable = QStringLiteral("Library book chosen");
    target.relevant = QStringLiteral("Reading age");
    target.timeBound = QStringLiteral("Four weeks");
    target.setOn = QDate::currentDate();
    target.dueOn = QDate::currentDate().addDays(28);
    return target;
}

// A referral of `studentId` in its initial assessment, where learning support record
// observations; 0 when it could not be made.
inline qint64 referralInAssessment(Database &db, const Session &lead, qint64 studentId)
{
    NewReferral n;
    n.studentId = studentId;
    n.description = QStringLiteral("Finds lessons hard to settle into.");
    auto id = ReferralStore(db).create(lead, n);
    if (!id || !ReferralStore(db).startAssessment(lead, *id, QStringLiteral("Seen in lessons."), QDate::currentDate()))
        return 0;
    return *id;
}

} // namespace md::test
