// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace md {

class Database;
struct Actor;

// One field of a record in a stale write: what this user tried to save ("yours") and what is
// stored now ("theirs"), both as the user reads them (labels, not codes).
struct ConflictField
{
    QString label;
    QString yours;
    QString theirs;

    bool differs() const { return yours != theirs; }
};

// A stale write: someone else saved (or deleted) a record after this user opened it. A store returns
// it as an Error of Kind::Conflict made by RecordConflicts::staleWrite(); RecordConflicts::of(error)
// gives it back, so an editor can show both versions side by side and let the user keep theirs,
// overwrite with mine, or go back to editing. Never holds anything the signed-in user may not read.
struct RecordConflict
{
    QString entity;      // the audit log's name for the record ("mentoring_entry")
    qint64 id = 0;
    QString recordLabel; // what the user calls it ("Contact with parent/carer of 3 Dec 2026")
    int yourVersion = 0;   // the version the editor opened
    int storedVersion = 0; // the version stored now: save on top of it to overwrite
    bool deleted = false;  // removed meanwhile: there is nothing to overwrite
    QString changedBy;     // who saved last, from the audit log (empty when unknown)
    QDateTime changedAt;   // when (UTC), from the audit log
    QList<ConflictField> fields;

    void add(const QString &label, const QString &yours, const QString &theirs) { fields.append({label, yours, theirs}); }
    int differenceCount() const;
    // "Alex Smith at 14:05 on 4 Dec 2026" or "someone else".
    QString changedByText() const;
};

class RecordConflicts
{
    Q_DECLARE_TR_FUNCTIONS(md::RecordConflicts)
public:
    // Fills changedBy/changedAt from the newest audit entry about the record.
    static void fillLastChange(const Database &db, RecordConflict &conflict);
    // The Error a store returns for a stale write: Kind::Conflict and a message naming who changed
    // the record and when (or `message` when given). The conflict itself stays with this thread
    // for of(): the caller asks about the error it has just been given.
    static Error staleWrite(const Database &db, RecordConflict conflict, const QString &message = {});
    // The conflict behind a stale-write error just returned on this thread; null for any other
    // error. (Kept beside the Error rather than in it so common/Result.h stays unchanged; it can
    // move into Error as a field when that header next changes.)
    static std::shared_ptr<const RecordConflict> of(const Error &error);
    // "Overwrite with mine": runs `save` (a store's save at conflict.storedVersion) and notes in the
    // audit log, in the same transaction, that this user saved over someone else's change.
    static Status overwrite(Database &db, const Actor &actor, const RecordConflict &conflict,
                            const std::function<Status()> &save);
    // The words of a rich-text (HTML) body, one paragraph a line, for comparing letters.
    static QString htmlText(const QString &html);
};

} // namespace md
