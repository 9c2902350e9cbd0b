// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviour/BehaviourEvent.h"
#include "common/Result.h"
#include "storage/Query.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QVariantList>

#include <memory>

namespace md {

class BatchInsert;

class AuditLog;
class Database;
class Session;

// Where a page of the behaviour log ends, so the next page starts after it (keyset paging: the
// next page costs the same however deep the user scrolls).
struct BehaviourCursor
{
    QString occurredAt; // stored form
    qint64 id = 0;
    bool isValid() const { return id > 0; }
};

// What BehaviourStore::deleteEvent() took away, so its user can put it back (undo).
struct BehaviourDeletion
{
    BehaviourEvent event;
    QString recordedAt; // stored form, kept as it was
};

// The behaviour log: the school's categories and the events recorded against students. Scope per
// reference 000's role table: teachers see and record for the students on their courses, mentors
// for their assigned learners, the headteacher and the lead mentor for the whole school.
class BehaviourStore
{
    Q_DECLARE_TR_FUNCTIONS(md::BehaviourStore)
public:
    explicit BehaviourStore(Database &db) : m_db(db) {}

    Result<QList<BehaviourCategory>> categories(bool activeOnly = false) const;
    Result<qint64> addCategory(const Session &session, const BehaviourCategory &category);
    // For the demo and tests: no permission check; the caller's transaction and audit.
    Result<qint64> addCategoryUnchecked(AuditLog &audit, const BehaviourCategory &category);

    // Records one incident for every student involved, in one transaction. Returns the new ids.
    Result<QList<qint64>> record(const Session &session, const NewBehaviourEvent &event);

    // One page of the log, newest first, after `after` (the last row of the previous page).
    Result<QList<BehaviourEvent>> list(const Session &session, const BehaviourFilter &filter, int limit,
                                       const BehaviourCursor &after = {}) const;
    // How many events match (for the count under the filters).
    Result<int> count(const Session &session, const BehaviourFilter &filter) const;
    // Points per student and week for the events matching the filter, the lowest net first.
    Result<QList<BehaviourWeekTotal>> weeklyTotals(const Session &session, const BehaviourFilter &filter) const;
    // A student's totals between two dates (invalid dates: no bound).
    Result<BehaviourSummary> summary(const Session &session, qint64 studentId, const QDate &from = {},
                                     const QDate &to = {}) const;
    // Deletes one event (its recorder, or the headteacher or lead mentor: the whole school in
    // reach); `deleted`, when given, receives what was taken away, for restoreEvent().
    Status deleteEvent(const Session &session, qint64 id, BehaviourDeletion *deleted = nullptr);
    // Undo: puts a deleted event back as it was (its own id when still free). Only the user who
    // deleted it, and only while that deletion is the latest thing that happened to it.
    Result<qint64> restoreEvent(const Session &session, const BehaviourDeletion &deleted);
    // Whether the session may delete the event (for enabling the Delete button; the call checks).
    Result<bool> mayDelete(const Session &session, const BehaviourEvent &event) const;

    // Staff who have recorded events the session may see (id, name), for the "recorded by" filter.
    Result<QList<std::pair<qint64, QString>>> recorders(const Session &session) const;
    // The school's courses (id, name), the session's own first, for "where it happened".
    Result<QList<std::pair<qint64, QString>>> courses(const Session &session) const;
    // The tutor groups of the students in the session's reach, for the group filter.
    Result<QStringList> tutorGroups(const Session &session) const;

    static constexpr int kMaxDescriptionLength = 2000;
    static constexpr int kMaxShortLength = 100; // place, action taken
    static constexpr int kMaxPoints = 100;

    // Checks an incident's fields against the category (shared by record() and the import).
    static QString checkPoints(const BehaviourCategory &category, int points);

private:
    // The WHERE clause (without "WHERE") and its values for the session's scope and the filter,
    // over behaviour_events e JOIN students s.
    Status where(const Session &session, const BehaviourFilter &filter, QString *sql, QVariantList *binds) const;

    Database &m_db;
};

// Inserts events fast for the import and the demo: one prepared statement, no audit rows of its
// own (the caller writes one summary row), inside the caller's transaction.
class BehaviourWriter
{
public:
    explicit BehaviourWriter(Database &db);
    ~BehaviourWriter();
    BehaviourWriter(const BehaviourWriter &) = delete;
    BehaviourWriter &operator=(const BehaviourWriter &) = delete;
    // Prepares the insert for about `expectedRows` rows. For a big batch (SQLite), the page cache
    // grows for the writer's lifetime, so index pages stay in memory instead of spilling to the
    // WAL and being read back; and when the batch is large against the table, the indexes are
    // dropped now and rebuilt by finish() (sorting once beats hundreds of thousands of random
    // B-tree inserts). Measured on 500,000 rows: 82 s with neither. A big batch on SQLite is also
    // sent a few thousand rows at a time as one JSON array (json_each): binding ten values per row
    // through QSqlQuery cost more than SQLite's own work.
    Status prepare(qint64 expectedRows = 1);
    // Writes what is still buffered and rebuilds what prepare() dropped. Call before the
    // transaction commits.
    Status finish();

    // The indexes of behaviour_events, as migrations 0040 and 0041 create them.
    static QStringList indexDefinitions();
    // Those a bulk import drops and builds again after its rows. The category index (0041) is kept
    // and written row by row: its entries land in a few places, so that cost 0.25 s of a
    // 500,000-event import where rebuilding it cost 0.6 s.
    static QStringList rebuiltIndexDefinitions();
    Status add(qint64 studentId, const QString &occurredAt, qint64 courseId, const QString &place, qint64 categoryId,
               int points, const QString &description, const QString &actionTaken, qint64 recordedBy);

private:
    Database &m_db;
    Query m_insert;
    QString m_now;
    Status flush();

    QVariant m_oldCacheSize;
    bool m_indexesDropped = false;
    bool m_batched = false;
    QString m_batch; // a JSON array of rows, being filled
    int m_batchRows = 0;
    // On SQLite, one statement on the C API, bound and stepped per row: no QVariant per value and
    // no JSON to build and take apart. Measured on 500,000 rows: see BehaviourImporter.
    SqliteStatement m_fastInsert;
    QVariant m_oldTempStore;
    // On PostgreSQL, several rows a statement (a round trip each).
    std::unique_ptr<BatchInsert> m_serverInsert;
};

} // namespace md
