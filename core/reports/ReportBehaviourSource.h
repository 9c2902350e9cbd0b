// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/ReportData.h"

#include <QDate>
#include <QList>

namespace md {

class Database;

// Behaviour points per week for the Pastoral tab, read from the behaviour log (issue 5:
// behaviour_events with their behaviour_categories). The behaviour log is a separate capability:
// in a database without its table this reports "no behaviour data" rather than failing, so the
// reports work before it exists and light up once it does.
class ReportBehaviourSource
{
public:
    struct Weeks
    {
        bool available = false;           // the behaviour log exists in this database
        QList<ReportBehaviourWeek> weeks; // weeks with any points, in order
    };

    explicit ReportBehaviourSource(const Database &db) : m_db(db) {}

    bool available() const;
    // Positive and negative points per week for the student, events from `from` to `to` inclusive.
    // A positive category's points count as positive and a negative one's as negative whatever
    // their sign in the file; an event without a category goes by the sign of its points.
    Result<Weeks> weekly(qint64 studentId, const QDate &from, const QDate &to) const;

private:
    const Database &m_db;
};

} // namespace md
