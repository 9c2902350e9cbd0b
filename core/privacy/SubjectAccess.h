// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Dialect.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace md {

class Database;
class Session;

// One kind of record in a subject access export: the JSON key it goes under, a heading for the
// readable copy, the audit log's entity name for its rows (so the audit entries about them come
// too), and the query that lists one student's rows (every '?' is bound to the student's id).
struct SubjectAccessSection
{
    QString key;         // "referrals"
    const char *heading; // untranslated, context "md::SubjectAccess"
    QString auditEntity; // "referral", or empty
    QString sql;
    QString requiresTable; // the section is empty (not an error) when this table does not exist yet

    // `sql` for the engine: written for SQLite, its GROUP_CONCAT(x) becomes the dialect's (string_agg
    // on PostgreSQL). Every reader of a section runs this, not `sql`.
    QString sqlFor(const Dialect &dialect) const;
};

// Everything held on one student, for a subject access request under UK GDPR: the record,
// parents, referrals, hub decisions, interventions, log entries, sessions, targets, contacts,
// ILPs, behaviour, assessments, letters, course data and the audit entries about them. Restricted
// entries are included and marked ("restricted": true). The export itself is audited.
//
// EXTENSION POINT: a capability that holds pupil data adds its section to sections() in
// SubjectAccess.cpp; the completeness test fails when a table with a student_id column is in no
// section.
class SubjectAccess
{
    Q_DECLARE_TR_FUNCTIONS(md::SubjectAccess)
public:
    static const QList<SubjectAccessSection> &sections();

    // The export as JSON (top-level keys: "export" describing it, then one per section, then
    // "audit"). Needs Action::ExportSubjectAccess; records the export in the audit log.
    static Result<QJsonObject> exportStudent(Database &db, const Session &session, qint64 studentId);
    // The same data as a readable HTML document (headings and tables), for the PDF.
    static QString toHtml(const QJsonObject &exported);
    // Writes the JSON and/or PDF (an empty path skips it). With a passphrase each file is sealed.
    static Status writeFiles(Database &db, const QJsonObject &exported, const QString &jsonPath, const QString &pdfPath,
                             const QString &passphrase = {});
};

} // namespace md
