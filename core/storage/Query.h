// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace md {

class Database;

// A prepared statement that always binds its values (never pastes them into SQL) and reports
// failures as an Error naming the statement, never the bound values (they may be pupil data).
// Prepare once, then bind/exec many times in a loop for batch work.
class Query
{
public:
    explicit Query(const Database &db);
    Query(const Database &db, const QString &sql);

    Status prepare(const QString &sql);
    bool isPrepared() const { return m_prepared; }

    Query &bind(const QVariant &value);
    Query &bind(const QString &value) { return bind(QVariant(value)); }
    Query &bind(qint64 value) { return bind(QVariant(value)); }
    Query &bind(int value) { return bind(QVariant(value)); }
    Query &bind(bool value) { return bind(QVariant(value ? 1 : 0)); }
    Query &bind(double value) { return bind(QVariant(value)); }
    Query &bind(const QDate &value);
    Query &bindNullable(const QString &value); // empty string is stored as NULL
    Query &bind(const char *) = delete;

    // Runs the statement with the values bound since the last exec().
    Status exec();
    // prepare + exec of a statement with no results needed.
    Status exec(const QString &sql);

    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QString string(int i) const { return m_query.value(i).toString(); }
    qint64 id(int i) const { return m_query.value(i).toLongLong(); }
    int integer(int i) const { return m_query.value(i).toInt(); }
    bool flag(int i) const { return m_query.value(i).toInt() != 0; }
    QDate date(int i) const;
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

    // Convenience: exec, then the first column of the first row (for RETURNING id, COUNT(*)...).
    Result<QVariant> scalar();

    QSqlQuery &raw() { return m_query; }

private:
    QString statementName() const;

    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// Dates and times are stored as ISO text in both engines, so a file stays readable.
QString isoDate(const QDate &date);
QString isoNow();

} // namespace md
