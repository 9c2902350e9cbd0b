// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace md {

class Database;
class Session;

// What to generate. The same options (seed and today included) always give the same school.
struct DemoOptions
{
    int students = 720;                 // on roll, shaped like reference 004 (3/4 in KS3, 1/4 in KS4)
    quint32 seed = 20261123;            // every name, UPN and flag follows from it
    QDate today = QDate::currentDate(); // reference date for ages, year groups and start dates
};

// What was generated, for the command line and the first-run screen.
struct DemoSummary
{
    int students = 0;
    int parents = 0;  // parent and carer contacts
    int staff = 0;    // staff users of every role
    int mentors = 0;  // the learning-mentor team (users with a mentor profile)
    QString signInAs; // username of the lead mentor, also kept in the demo.user setting
};

// Fills an empty database with a synthetic secondary school shaped like reference 004: its
// cohort (SEN register, pupil premium, looked-after children), parents and carers, staff of
// every role, the learning-mentor team with its caseloads, and courses for teachers' scope.
// Everything is made up; no real person's name appears. One transaction: it all lands or none.
//
// The work is a list of steps over a DemoContext (see DemoContext.h); a capability that needs
// demo data of its own (referrals, sessions, behaviour, letters...) adds a step to steps().
class DemoSchool
{
public:
    static Result<DemoSummary> generate(Database &db, const DemoOptions &options = {});
    // The same, for a signed-in user: refused unless they may generate the demo school.
    static Result<DemoSummary> generate(Database &db, const Session &session, const DemoOptions &options = {});

    // The password every demo user shares (the demo normally signs in automatically as demo.user).
    static QString password();

    static constexpr int kMinStudents = 1;
    static constexpr int kMaxStudents = 200000;
};

} // namespace md
