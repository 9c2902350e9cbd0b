// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace md {

class Database;
class Session;

// What a retention period is counted from.
enum class RetentionBasis
{
    Birth, // the student's date of birth ("until their 25th birthday")
    Left,  // the day the student left the school
};

struct RetentionRule
{
    QString kind; // "mentoring", "referrals", "letters", "student"...
    int years = 25;
    RetentionBasis basis = RetentionBasis::Birth;
};

// One student's records of one kind that are past their retention period.
struct RetentionDue
{
    QString kind;
    qint64 studentId = 0;
    QString upn;
    QString studentName;
    int records = 0;
    QDate dueSince; // the day the period ended
};

struct ErasureSummary
{
    int records = 0;        // rows erased (cascaded rows not counted)
    int auditRedacted = 0;  // audit entries whose values were blanked
    qint64 bytesBefore = 0; // the file's size before and after VACUUM
    qint64 bytesAfter = 0;
};

// Retention and erasure (UK GDPR storage limitation). Each kind of record has a rule (defaults
// below, changed by those with Action::ReviewRetention); review() lists what is past it;
// erase() deletes it in one transaction, blanks the audit entries about it (keeping that they
// happened), records the erasure (by whom, under which rule, how many, never the data), then
// VACUUMs and checkpoints so nothing remains in free pages or the write-ahead log. Backups made
// before the erasure still hold the data until they age out.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(md::Retention)
public:
    // The kinds and their default rules, in display order.
    static QList<RetentionRule> defaults();
    static QString label(const QString &kind);
    static QString describe(const RetentionRule &rule);

    static Result<QList<RetentionRule>> rules(Database &db);
    static Status setRule(Database &db, const Session &session, const RetentionRule &rule);
    static Result<QList<RetentionDue>> review(Database &db, const Session &session, const QDate &today);
    static Result<ErasureSummary> erase(Database &db, const Session &session, const QList<RetentionDue> &items,
                                        const QDate &today);
};

} // namespace md
