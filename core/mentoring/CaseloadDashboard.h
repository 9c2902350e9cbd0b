// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentoring/CaseloadPolicy.h"
#include "mentoring/FiveSteps.h"

#include <QCoreApplication>
#include <QList>

#include <array>
#include <optional>

namespace md {

class Database;
class Session;

// One student of a caseload: the facts, each expectation's status and the five-step progress.
struct CaseloadRow
{
    CaseFacts facts;
    QList<ExpectationStatus> statuses; // in allExpectations() order
    FiveStepProgress steps;

    int overdueCount() const;
};

// One mentor's line on the team dashboard.
struct MentorSummary
{
    qint64 mentorId = 0;
    QString mentorName;
    int students = 0;
    int studentsWithOverdue = 0;
    int overdueTotal = 0;
    std::array<int, 8> overdueBy{}; // per expectation, in allExpectations() order
};

// The caseload expectations dashboard: reads what the log holds for every student on a caseload
// (a handful of queries for a whole team) and evaluates the CaseloadPolicy and the five steps.
// A mentor sees their own caseload; the lead mentor and headteacher any mentor's or the team's.
class CaseloadDashboard
{
    Q_DECLARE_TR_FUNCTIONS(md::CaseloadDashboard)
public:
    explicit CaseloadDashboard(Database &db) : m_db(db) {}

    // One mentor's caseload, or the whole team's when mentorId is empty (a mentor gets their own).
    Result<QList<CaseloadRow>> load(const Session &session, std::optional<qint64> mentorId, const QDate &today) const;
    Result<QList<CaseFacts>> facts(const Session &session, std::optional<qint64> mentorId) const;
    // One student's facts (for the log's five-step header).
    Result<CaseFacts> factsFor(const Session &session, qint64 studentId) const;

    static QList<MentorSummary> summarise(const QList<CaseloadRow> &rows);

private:
    Result<QList<CaseFacts>> read(const QString &condition, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace md
