// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentors/MentorStore.h"

#include <QAbstractTableModel>
#include <QDate>

namespace md {

class Database;
class Session;

// The lead mentor's team view: every mentor with their grade, caseload against capacity, status
// (reference 002: "whether a mentor is already assigned"), overdue items, last supervision and
// CPD hours this school year. Removed mentors are listed when asked for.
class MentorTeamModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        GradeColumn,
        CaseloadColumn,
        StatusColumn,
        OverdueColumn,
        LastSupervisionColumn,
        CpdHoursColumn,
        ColumnCount
    };
    enum DataRole
    {
        MentorIdRole = Qt::UserRole + 1,
        RemovedRole,
        SortRole,
    };
    // Supervision is due every half term.
    static constexpr int kSupervisionDueDays = 42;

    struct Row
    {
        MentorProfile mentor;
        QDate lastSupervision;
        double cpdHours = 0;
        QStringList overdue;
    };

    explicit MentorTeamModel(QObject *parent = nullptr);

    Status load(Database &db, const Session &session, const QDate &today, bool includeRemoved = false);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfMentor(qint64 userId) const;

    // "Assigned to 6 of 8 students", "Not assigned to any students", "Full", "Over capacity by 1"...
    static QString statusText(const MentorProfile &mentor);
    static QString caseloadText(const MentorProfile &mentor);
    // The overdue items from what Mentor Desk records about the mentor.
    static QStringList overdueItems(const MentorProfile &mentor, const QDate &lastSupervision, const QDate &today);

private:
    QList<Row> m_rows;
};

} // namespace md
