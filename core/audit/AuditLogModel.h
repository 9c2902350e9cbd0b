// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace md {

class Database;
class Session;

// Which audit entries to show: all of them, or narrowed by student (UPN), user and dates.
struct AuditFilter
{
    QString upn;      // entries about this student and their parents/carers
    QString username; // entries made by this user
    QDate from;       // inclusive
    QDate to;         // inclusive
};

// The audit log, read-only, newest first, filtered in SQL and fetched a page at a time so a
// log of millions of rows opens at once. Only roles allowed to read the audit log can load it.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        ActionColumn,
        RecordColumn,
        FieldColumn,
        OldColumn,
        NewColumn,
        ColumnCount
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    Status load(Database &db, const Session &session, const AuditFilter &filter);
    // Every matching entry (not only the fetched pages) as CSV, for an export.
    Result<qint64> exportCsv(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 500;

private:
    struct Row
    {
        qint64 id;
        QString at;
        QString username;
        QString action;
        QString entity;
        qint64 entityId;
        QString field;
        QString oldValue;
        QString newValue;
    };
    Result<QList<Row>> page(qint64 beforeId, int limit) const;
    QString whereClause(QVariantList *binds) const;

    Database *m_db = nullptr;
    AuditFilter m_filter;
    qint64 m_studentId = -1;
    QList<Row> m_rows;
    bool m_more = false;
    bool m_fetching = false; // views may ask again while rows are being inserted
};

} // namespace md
