// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "importing/StudentImporter.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace md {

class Database;
class Session;

// Imports behaviour events from the CSV a school's MIS or behaviour system exports: one row per
// event, a header row naming the columns (any order and case, the usual alternative names;
// unknown columns ignored). Required: UPN, Date, Category. Optional: Time (or a time in the Date
// cell), Points (the category's default when blank), Course, Place, Description, Action taken,
// Recorded by (a username or email; the importing user when blank). All or nothing, like every
// import: every row is checked first and each bad line is listed as "line N: <column> '<value>'
// <problem>". Fast enough for a whole school's history (500,000 rows in a few seconds): one
// prepared statement in one transaction, and one audit row for the import (file and row count).
class BehaviourImporter
{
    Q_DECLARE_TR_FUNCTIONS(md::BehaviourImporter)
public:
    static Result<ImportSummary> importFile(Database &db, const Session &session, const QString &path);
    static Result<ImportSummary> importFile(Database &db, const Session &session, QIODevice &device,
                                            const QString &fileName);

    // Bad lines listed in full; the rest are counted.
    static constexpr int kMaxListedProblems = 200;
};

} // namespace md
