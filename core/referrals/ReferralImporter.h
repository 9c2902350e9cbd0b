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

// Imports referrals from the CSV a school's online referral form exports (one row per response,
// a header row naming the columns; any order and case, the usual alternative names; unknown
// columns ignored). Like the student import it is all or nothing: every row is checked first and
// every bad line is listed as "line N: <column> '<value>' <problem>". A response already imported
// (same timestamp, student and referrer) is skipped, so exporting the whole form again is safe.
// Summary: `created` new referrals, `unchanged` responses already imported.
class ReferralImporter
{
    Q_DECLARE_TR_FUNCTIONS(md::ReferralImporter)
public:
    static Result<ImportSummary> importFile(Database &db, const Session &session, const QString &path);
    static Result<ImportSummary> importFile(Database &db, const Session &session, QIODevice &device,
                                            const QString &fileName);
};

} // namespace md
