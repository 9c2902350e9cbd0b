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

struct TimetableImportSummary
{
    int rows = 0;     // lessons read
    int students = 0; // students whose timetable was replaced
};

// Imports students' lesson timetables from the MIS's CSV export: one row per lesson with the
// columns "UPN, Day, Period, Subject" (any order and case; "Student UPN", "Lesson", "Class" are
// understood too). Each student in the file gets exactly the lessons the file lists; students not
// in the file keep theirs. All or nothing: every row is checked first, and if any has a problem
// nothing is written and the error lists every bad line.
class TimetableImporter
{
    Q_DECLARE_TR_FUNCTIONS(md::TimetableImporter)
public:
    static Result<TimetableImportSummary> importFile(Database &db, const Session &session, const QString &path);
    static Result<TimetableImportSummary> importFile(Database &db, const Session &session, QIODevice &device,
                                                     const QString &fileName);

    static constexpr int kMaxSubjectLength = 60;
};

} // namespace md
