// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportStore.h"

#include <QAbstractTableModel>

namespace md {

// The course-centric view: one row per learner the user may see, their activity, progress and
// grades, sortable; a figure below the course average is shaded, and the name of a learner below
// it in most of their figures is bold.
class ReportCourseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        GroupColumn,
        MinutesColumn,
        MessagesColumn,
        MandatoryColumn,
        OptionalColumn,
        GradeColumn,
        LatestGradeColumn,
        ColumnCount
    };
    enum Roles
    {
        StudentIdRole = Qt::UserRole + 1,
        BelowAverageRole, // bool on a figure cell; on the name, whether the learner is below overall
        SortRole,
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const ReportCourseReport &report);
    const ReportCourseReport &report() const { return m_report; }
    const ReportCourseLearner &learnerAt(int row) const { return m_report.learners.at(row); }
    // How many of the learner's figures are below the course average.
    int belowAverageCount(int row) const;
    // Below the course average in most of the figures the learner has: the learners to look at.
    bool isBelowAverage(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    std::optional<double> value(const ReportCourseLearner &l, int column) const;
    std::optional<double> average(int column) const;
    bool below(const ReportCourseLearner &l, int column) const;

    ReportCourseReport m_report;
};

} // namespace md
