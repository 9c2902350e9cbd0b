// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentoring/CaseloadDashboard.h"

#include <QAbstractTableModel>

namespace md {

// The caseload expectations dashboard as a table: one row per student, a column per expectation
// saying what is done, due or overdue (and by how much: the text, never the colour alone).
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StudentColumn,
        MentorColumn,
        StepColumn,
        OverdueColumn,
        FirstExpectationColumn, // then one per expectation, in allExpectations() order
    };
    enum DataRole
    {
        StudentIdRole = Qt::UserRole + 1,
        MentorIdRole,
        StateRole,       // ExpectationState as int, on expectation columns
        OverdueDaysRole, // on expectation columns
        SortRole,
    };

    explicit CaseloadModel(QObject *parent = nullptr);

    Status load(Database &db, const Session &session, std::optional<qint64> mentorId, const QDate &today);
    void setRows(QList<CaseloadRow> rows);
    const QList<CaseloadRow> &rows() const { return m_rows; }
    int overdueTotal() const;

    static int columnOf(Expectation e);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseloadRow> m_rows;
};

// The lead mentor's view of the team: one row per mentor with their caseload and how many items
// are overdue, in total and per expectation, and a last row for the whole team.
class TeamDashboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MentorColumn,
        StudentsColumn,
        StudentsOverdueColumn,
        OverdueColumn,
        FirstExpectationColumn,
    };
    enum DataRole
    {
        MentorIdRole = Qt::UserRole + 1, // 0 on the whole team's row
        SortRole,
    };

    explicit TeamDashboardModel(QObject *parent = nullptr);

    void setRows(const QList<CaseloadRow> &rows);
    const QList<MentorSummary> &mentors() const { return m_mentors; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MentorSummary> m_mentors;
    MentorSummary m_team;
};

} // namespace md
