// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QAbstractTableModel>

namespace md {

class Database;
class Session;

// "Your students": the learners whose 360° report the user may open (a mentor's group, a
// teacher's courses, the organisation), filtered in SQL by name, UPN or tutor group. The list is
// capped (kLimit) so a headteacher's school-wide view pages through a search rather than
// loading thousands of rows; the report itself is always one student.
class ReportStudentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        YearColumn,
        GroupColumn,
        ColumnCount
    };
    static constexpr int kLimit = 500;

    using QAbstractTableModel::QAbstractTableModel;
    Status load(const Database &db, const Session &session, const QString &filter = {});
    qint64 studentIdAt(int row) const { return m_rows.at(row).id; }
    int rowOf(qint64 studentId) const;
    // More students match than the list shows.
    bool truncated() const { return m_truncated; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        int year = 0;
        QString group;
    };
    QList<Row> m_rows;
    bool m_truncated = false;
};

} // namespace md
