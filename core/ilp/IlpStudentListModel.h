// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "ilp/IlpPlanStore.h"

#include <QAbstractTableModel>
#include <QDate>

namespace md {

class Database;
class Session;

// The ILP student list (reference 001, 4) as a table: students in the user's scope sorted by group,
// one row per current plan, a row without a plan for a student who has none.
class IlpStudentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        GroupColumn,
        StudentColumn,
        UpnColumn,
        PlanColumn,
        ValidFromColumn,
        ValidToColumn,
        StateColumn,
        FilledColumn,
        ColumnCount
    };
    enum RoleExtra
    {
        StudentIdRole = Qt::UserRole + 1,
        PlanIdRole,
    };

    explicit IlpStudentListModel(QObject *parent = nullptr);

    Status reload(Database &db, const Session &session, const QDate &today, bool ownGroupOnly = false);
    const QList<IlpStudentRow> &rows() const { return m_rows; }
    const IlpStudentRow &row(int i) const { return m_rows.at(i); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IlpStudentRow> m_rows;
};

} // namespace md
