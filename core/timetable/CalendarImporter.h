// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "timetable/SchoolCalendar.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace md {

// Reads a school calendar from CSV: a header row naming the columns Kind (term, half_term,
// holiday, assessment_week), Name, Start and End, then one period a row. Every row is checked;
// a file with any bad row is refused with every bad line listed, and nothing is returned to write.
class CalendarImporter
{
    Q_DECLARE_TR_FUNCTIONS(md::CalendarImporter)
public:
    // `fileName` names the data in messages.
    static Result<QList<CalendarPeriod>> read(QIODevice &device, const QString &fileName);
};

} // namespace md
