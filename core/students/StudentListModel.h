// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "students/StudentStore.h"

#include <QAbstractTableModel>

namespace md {

class Database;
class Session;

// The students a session may see (a mentor's caseload or the whole school), one row each.
// All rows are held in memory (10,000 students is a few MB) so sorting and filtering as you
// type never wait on the database.
class StudentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UpnColumn,
        YearColumn,
        TutorGroupColumn,
        FlagsColumn,
        AttendanceColumn,
        MentorColumn,
        ColumnCount
    };
    enum DataRole
    {
        StudentIdRole = Qt::UserRole + 1,
        BadgesRole,     // QStringList of readable flag badges
        SearchTextRole, // lower-case text that filtering matches against
        SortRole,
    };

    explicit StudentListModel(QObject *parent = nullptr);

    Status load(Database &db, const Session &session, bool includeLeavers = false);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const StudentRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOfStudent(qint64 id) const;
    // What the filter searches (SearchTextRole), without a QVariant per row.
    const QString &searchTextAt(int row) const { return m_search.at(row); }

private:
    QList<StudentRow> m_rows;
    QStringList m_search;
};

} // namespace md
