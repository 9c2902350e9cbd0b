// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace md {

// A numbered schema migration, kept as a resource file ":/migrations/NNNN_name.sql".
// Capability folders own ranges of numbers so parallel work never collides:
// 1-9 foundation, 10-19 referrals/hub, 20-29 mentoring log, 30-39 mentors, 40-49 behaviour and
// assessments, 50-59 letters, 60-69 ILPs, 70-79 reports, 80-89 reliability/privacy, 90+ later.
// A migration whose first line is "-- engine: postgresql" (or "-- engine: sqlite") runs its
// statements on that engine only; it is recorded as applied on both, so schema versions stay in step.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    QString engine; // from the "-- engine:" first line; empty: every engine

    bool runsOn(Engine e) const;
};

class Migrations
{
public:
    // Every migration this build knows, in ascending order.
    static QList<Migration> all();
    static int latestVersion();
    // Splits a migration into statements: at a line ending in ';', except inside
    // CREATE TRIGGER ... END; blocks and $$-quoted bodies (PostgreSQL functions and DO blocks).
    static QStringList statements(const QString &sql);
    // The statements `m` runs on this engine, placeholders expanded: the one place that decides
    // which migrations apply to which engine.
    static QStringList statementsFor(const Migration &m, const Dialect &dialect);
};

} // namespace md
