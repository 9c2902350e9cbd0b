// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "letters/LetterTerms.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md {

class AuditLog;
class Database;
class Session;

// An administrator's letter template: a name, a type and a rich-text body (QTextDocument HTML)
// with merge fields written {{student.forename}}.
struct LetterTemplate
{
    qint64 id = 0;
    QString name;
    LetterType type = LetterType::Attendance;
    QString description;
    QString bodyHtml;
    bool archived = false;
    int rowVersion = 0;
    QString updatedAt;
};

// Templates: administrators write them; anyone who may create letters of a type reads that
// type's templates. Saving checks every merge field: an unknown or broken field is refused.
class LetterTemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(md::LetterTemplateStore)
public:
    explicit LetterTemplateStore(Database &db) : m_db(db) {}

    // The templates the session may use (all of them for an administrator), by type then name.
    Result<QList<LetterTemplate>> list(const Session &session, bool includeArchived = false) const;
    Result<LetterTemplate> get(const Session &session, qint64 id) const;
    Result<LetterTemplate> getByName(const Session &session, const QString &name) const;

    // Inserts (id 0) or updates the template; refuses unknown merge fields, a duplicate name and
    // a stale row version (someone else saved it meanwhile). Returns the id.
    Result<qint64> save(const Session &session, const LetterTemplate &letterTemplate);
    // Deletes a template no letter was made from (true); one that was used is archived instead
    // (false), because its letters name it.
    Result<bool> remove(const Session &session, qint64 id);
    Status setArchived(const Session &session, qint64 id, bool archived);

    // For the demo school (inside its transaction, with its audit log).
    Result<qint64> insertUnchecked(AuditLog &audit, const LetterTemplate &letterTemplate, qint64 userId);

    // Every reason the template cannot be saved (name, body, merge fields); empty when it can.
    QStringList problems(const LetterTemplate &t) const;

private:
    bool mayRead(const Session &session, LetterType type) const;
    Result<QList<LetterTemplate>> select(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace md
