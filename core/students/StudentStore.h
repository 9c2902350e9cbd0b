// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/AuditLog.h"
#include "storage/BulkAuditLog.h"
#include "storage/Query.h"
#include "storage/SqliteStatement.h"
#include "students/Student.h"

#include <QHash>
#include <QList>

namespace md {

class Database;
class Session;

// A row of the students list: the student plus their current mentor, read in one query.
struct StudentRow
{
    Student student;
    qint64 mentorId = 0;
    QString mentorName;
};

// Reads students and their parents/carers, always through the session's scope.
class StudentStore
{
public:
    explicit StudentStore(Database &db) : m_db(db) {}

    Result<QList<StudentRow>> list(const Session &session, bool includeLeavers = false) const;
    Result<Student> get(const Session &session, qint64 id) const;
    Result<Student> getByUpn(const Session &session, const QString &upn) const;
    Result<QList<Parent>> parents(const Session &session, qint64 studentId) const;
    // Changes a student's record, matched by UPN (EditStudents: lead mentors, headteachers and
    // administrators). Returns the student's id.
    Result<qint64> save(const Session &session, const Student &student);
    // The school-defined priority flags: code -> label.
    Result<QHash<QString, QString>> priorityFlags() const;

private:
    Result<QList<StudentRow>> select(const Session &session, const QString &where, const QVariantList &binds,
                                     bool includeLeavers) const;

    Database &m_db;
};

// Writes students and parents in bulk for the importer and the demo school. The caller checks
// permission and holds the Transaction; every change goes to the audit log field by field.
class StudentWriter
{
public:
    enum class Outcome
    {
        Created,
        Updated,
        Unchanged,
    };

    // What the caller knows of the UPN: nothing, or that no stored student had it when it looked
    // (inside its transaction). A hint only: a student stored meanwhile is still found and updated.
    enum class Upn
    {
        MayExist,
        New,
    };

    StudentWriter(Database &db, const Actor &actor);

    // Inserts the student or updates the one with the same UPN; returns its id in `id`.
    Result<Outcome> upsertByUpn(const Student &student, qint64 *id = nullptr, Upn upn = Upn::MayExist);
    Result<qint64> addParent(const Parent &parent);
    Status ensurePriorityFlag(const QString &code, const QString &label);

private:
    Status writeFlags(qint64 id, const QStringList &flags);
    Status prepareStatements();

    Database &m_db;
    BulkAuditLog m_audit;
    Query m_find;
    Query m_insert;
    Query m_update;
    Query m_parent;
    // On SQLite the same statements on the C API: an import of 10,000 students spent most of its
    // time binding QVariants through QSqlQuery.
    bool m_fast = false;
    SqliteStatement m_fastFind;
    SqliteStatement m_fastInsert;
    SqliteStatement m_fastUpdate;
};

} // namespace md
