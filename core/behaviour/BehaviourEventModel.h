// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "behaviour/BehaviourStore.h"

#include <QAbstractTableModel>

namespace md {

class Database;

// The behaviour log, newest first, read a page at a time: a filter change reads only the first
// page (so it shows at once however large the log), and scrolling fetches the next pages.
class BehaviourEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        StudentColumn,
        GroupColumn,
        WhereColumn,
        CategoryColumn,
        PointsColumn,
        ActionColumn,
        RecordedByColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum DataRole
    {
        EventIdRole = Qt::UserRole + 1,
        StudentIdRole,
        PointsRole,
    };

    explicit BehaviourEventModel(QObject *parent = nullptr);

    void setSource(Database &db, const Session &session);
    void setFilter(const BehaviourFilter &filter) { m_filter = filter; }
    const BehaviourFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Reads the first page for the current filter.
    Status load();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const BehaviourEvent &eventAt(int row) const { return m_rows.at(row); }
    const Error &lastError() const { return m_error; }

    static constexpr int kDefaultPageSize = 200;

private:
    Database *m_db = nullptr;
    Session m_session;
    BehaviourFilter m_filter;
    QList<BehaviourEvent> m_rows;
    bool m_more = false;
    int m_pageSize = kDefaultPageSize;
    Error m_error;
};

// Points per student and week for the current filter, the lowest net first, so the students who
// stand out are at the top.
class BehaviourTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WeekColumn,
        StudentColumn,
        GroupColumn,
        EventsColumn,
        PositiveColumn,
        NegativeColumn,
        NetColumn,
        ColumnCount
    };
    enum DataRole
    {
        StudentIdRole = Qt::UserRole + 1,
    };

    explicit BehaviourTotalsModel(QObject *parent = nullptr);
    void setSource(Database &db, const Session &session);
    Status load(const BehaviourFilter &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const BehaviourWeekTotal &totalAt(int row) const { return m_rows.at(row); }

private:
    Database *m_db = nullptr;
    Session m_session;
    QList<BehaviourWeekTotal> m_rows;
};

} // namespace md
