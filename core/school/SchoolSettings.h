// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace md {

class Database;
class Session;

enum class SchoolPhase
{
    Primary,
    Secondary,
};

// Settings that belong to the school's database rather than to one desk: its name, phase,
// address and whether it is the generated demo school. Stored as key/value rows.
class SchoolSettings
{
public:
    explicit SchoolSettings(Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    // Administrators change settings; `session` is checked.
    Status setValue(const Session &session, const QString &key, const QString &value);
    // For the demo generator and the first run, inside their own transaction.
    Status setValueUnchecked(const QString &key, const QString &value);

    QString schoolName() const;
    SchoolPhase phase() const;
    bool isDemo() const;

    static inline const QString kName = QStringLiteral("school.name");
    static inline const QString kPhase = QStringLiteral("school.phase"); // "primary" | "secondary"
    static inline const QString kAddress = QStringLiteral("school.address");
    static inline const QString kDemo = QStringLiteral("school.demo");     // "1" for the demo school
    static inline const QString kDemoUser = QStringLiteral("demo.user");   // who the demo signs in as

private:
    Database &m_db;
};

} // namespace md
