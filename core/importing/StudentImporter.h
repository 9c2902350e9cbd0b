// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace md {

class Database;
class Session;

// What an import did: rows read (the header and blank lines not counted), and what became of them.
struct ImportSummary
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int rows = 0;
};

// Imports students from the CSV file a school's MIS exports, one row per student with a header
// row naming the columns (any order, any case, common alternative names; unknown columns are
// ignored). A row creates the student or updates the one with the same UPN, field by field in the
// audit log. The file is all or nothing: every row is checked first, and if any has a problem
// nothing is written and the error lists every bad line. A column the file does not have leaves
// that field of an existing student as it was; a blank cell in a column it has clears the field.
class StudentImporter
{
    Q_DECLARE_TR_FUNCTIONS(md::StudentImporter)
public:
    static Result<ImportSummary> importFile(Database &db, const Session &session, const QString &path);
    // `fileName` names the data in messages ("students.csv: 3 rows have problems; ...").
    static Result<ImportSummary> importFile(Database &db, const Session &session, QIODevice &device,
                                            const QString &fileName);

    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxGroupLength = 30;
    static constexpr int kMaxGenderLength = 20;
    static constexpr int kMinAge = 2;
    static constexpr int kMaxAge = 25;
    static constexpr int kMinYearGroup = 1;
    static constexpr int kMaxYearGroup = 13;
};

} // namespace md
