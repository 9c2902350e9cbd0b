// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QMap>
#include <QString>

namespace md {

class Database;

// Counts of every kind of record, for `mentordesk-cli stats` and the status bar: one entry per
// table, plus the figures a school checks (on roll, SEN register, pupil premium, looked-after...).
class SchoolStats
{
public:
    static Result<QMap<QString, qint64>> tableCounts(Database &db);
    static Result<QMap<QString, qint64>> cohort(Database &db);
};

} // namespace md
