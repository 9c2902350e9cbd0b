// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "students/Student.h"

#include <QList>
#include <QString>

namespace md {

class Database;
class Query;

// The part of a student that registers and agendas show beside each row (names, UPN, year,
// tutor group and flags), read in the same query as the row. Columns of a `students s`.
struct StudentBrief
{
    // The select list, in the order read() expects.
    static QString columns();
    static constexpr int kColumnCount = 13;
    // Reads the columns starting at `first` into a Student (priority flags are added by attachFlags).
    static Student read(const Query &q, int first);
    // Fills in the school-defined priority flags (codes and labels) of the students, in one query.
    static Status attachFlags(Database &db, QList<Student *> students);
};

} // namespace md
