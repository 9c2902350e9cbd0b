// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "importing/StudentImporter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

namespace md {

class Database;
class Session;

// The learning platform's CSV exports, and the MIS's attendance by week.
enum class ReportImportKind
{
    Activity,   // UPN, Course, Week, Minutes[, Messages][, Posts]
    Progress,   // UPN, Course, Task, Type (mandatory/optional), Due, Completed[, Time Online]
    Grades,     // UPN, Course, Date, Grade (9-1, A*-U or a percentage such as 72%)
    Attendance, // UPN, Week, Attendance (%)
};

QString toString(ReportImportKind kind); // "activity", the CLI's word
std::optional<ReportImportKind> reportImportKindFromString(const QString &text);

// Imports one of the course-data files with the same rules as every import (StudentImporter):
// a header row names the columns (any order and case, common alternative names, unknown columns
// ignored); every row is checked first and if any has a problem nothing is written and the error
// lists every bad line with its field and value; otherwise the whole file is written in one
// transaction, a row replacing the one with the same key (student, course and week / task /
// date; student and week for attendance), and the course averages are recomputed in the same
// transaction. A student is found by UPN and must be on the course the row names.
class ReportImporter
{
    Q_DECLARE_TR_FUNCTIONS(md::ReportImporter)
public:
    static Result<ImportSummary> importFile(Database &db, const Session &session, ReportImportKind kind,
                                            const QString &path);
    static Result<ImportSummary> importFile(Database &db, const Session &session, ReportImportKind kind,
                                            QIODevice &device, const QString &fileName);

    // A grade as a place on 0-100: "72%" as written, 9-1 (U is 0) and A*-U spread evenly.
    static std::optional<double> gradePercent(const QString &grade);

    static constexpr int kMaxTaskLength = 200;
    static constexpr int kMaxMinutesPerWeek = 7 * 24 * 60;
    static constexpr int kMaxMessagesPerWeek = 10000;
    static constexpr int kMaxMinutesOnline = 100000;
};

} // namespace md
