// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportBehaviourSource.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QMap>
#include <QSqlDatabase>

#include <cmath>

namespace md {

bool ReportBehaviourSource::available() const
{
    const QStringList tables = m_db.connection().tables();
    return tables.contains(QStringLiteral("behaviour_events")) &&
           tables.contains(QStringLiteral("behaviour_categories"));
}

Result<ReportBehaviourSource::Weeks> ReportBehaviourSource::weekly(qint64 studentId, const QDate &from,
                                                                   const QDate &to) const
{
    Weeks out;
    if (!available())
        return out;
    out.available = true;
    // occurred_at is 'YYYY-MM-DDTHH:MM': its first ten characters are the date.
    Query q(m_db, QStringLiteral("SELECT SUBSTR(e.occurred_at, 1, 10), e.points, c.kind FROM behaviour_events e "
                                 "LEFT JOIN behaviour_categories c ON c.id = e.category_id "
                                 "WHERE e.student_id = ? AND e.occurred_at >= ? AND e.occurred_at < ? "
                                 "ORDER BY e.occurred_at"));
    q.bind(studentId).bind(isoDate(from)).bind(isoDate(to.addDays(1)));
    if (Status s = q.exec(); !s)
        return s.error();
    QMap<QDate, ReportBehaviourWeek> byWeek;
    while (q.next()) {
        const QDate day = QDate::fromString(q.string(0), Qt::ISODate);
        if (!day.isValid())
            continue;
        const int points = q.integer(1);
        const QString kind = q.string(2);
        ReportBehaviourWeek &w = byWeek[reportWeekStart(day)];
        w.week = reportWeekStart(day);
        const bool positive = kind == QLatin1String("positive") || (kind.isEmpty() && points > 0);
        if (positive)
            w.positive += std::abs(points);
        else
            w.negative += std::abs(points);
    }
    out.weeks = byWeek.values();
    return out;
}

} // namespace md
