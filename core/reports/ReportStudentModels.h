// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportData.h"
#include "reports/ReportImpact.h"

#include <QAbstractTableModel>
#include <QDate>

namespace md {

// The tables beside the student report's charts. Each shows a ReportStudentReport; a course
// without data says so in its row ("No activity recorded for this course") instead of zeros.

// Activity per course: time, the class average, communication and the trend.
class ReportActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CourseColumn,
        MinutesColumn,      // minutes per week (mean over the weeks with a record)
        ClassMinutesColumn, // the course's average learner, per week
        MessagesColumn,     // messages and discussion posts, total
        TrendColumn,        // change in minutes per week, per week
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setReport(const ReportStudentReport &report);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The student's mean minutes per week on a course; nothing without records.
    static std::optional<double> minutesPerWeek(const ReportActivityCourse &course);
    static std::optional<double> classMinutesPerWeek(const ReportActivityCourse &course);

private:
    QList<ReportActivityCourse> m_rows;
};

// Completion of mandatory and optional work per course against the class averages.
class ReportProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CourseColumn,
        MandatoryColumn,
        ClassMandatoryColumn,
        OptionalColumn,
        ClassOptionalColumn,
        OverdueColumn,
        OnlineColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setReport(const ReportStudentReport &report);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReportProgressCourse> m_rows;
};

// Every grade, by course and date, against the course average on that date.
class ReportGradesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CourseColumn,
        DateColumn,
        GradeColumn,
        PercentColumn,
        AverageColumn,
        DifferenceColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setReport(const ReportStudentReport &report);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString course;
        std::optional<ReportGrade> grade; // nothing: the course has no grades
    };
    QList<Row> m_rows;
};

// Before / during / after each intervention, and the change.
class ReportImpactModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        InterventionColumn,
        MeasureColumn,
        BeforeColumn,
        DuringColumn,
        AfterColumn,
        ChangeColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<ReportImpactRow> &rows);
    const QList<ReportImpactRow> &rows() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString format(ReportImpactRow::Measure measure, const std::optional<double> &value,
                          bool signedChange = false);

private:
    QList<ReportImpactRow> m_rows;
};

} // namespace md
