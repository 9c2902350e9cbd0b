// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>

namespace md {

class Database;

// Recomputes the course averages the reports compare against (report_course_weeks, _progress,
// _grades) from the imported rows. Called inside the import's (or the demo's) transaction for the
// courses it touched, so the averages never disagree with the data.
//
// The rules (checked against hand-worked examples in tst_reportfigures):
// - activity: per week, the sum over the course's learners divided by every learner enrolled on the
//   course (a learner without a record that week counts as none);
// - progress: the mean, over learners with work of that kind, of each learner's completion rate;
// - grades: per grading date, the mean of the grades given that day.
class ReportAverages
{
public:
    // Every course when `courseIds` is empty.
    static Status refresh(Database &db, const QList<qint64> &courseIds = {});
};

} // namespace md
