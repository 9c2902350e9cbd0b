// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCourseModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace md {

void ReportCourseModel::setReport(const ReportCourseReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int ReportCourseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.learners.size());
}

int ReportCourseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> ReportCourseModel::value(const ReportCourseLearner &l, int column) const
{
    switch (column) {
    case MinutesColumn:
        return l.minutesPerWeek;
    case MessagesColumn:
        return l.messagesPerWeek;
    case MandatoryColumn:
        return l.mandatoryRate;
    case OptionalColumn:
        return l.optionalRate;
    case GradeColumn:
        return l.gradeAverage;
    default:
        return std::nullopt;
    }
}

std::optional<double> ReportCourseModel::average(int column) const
{
    switch (column) {
    case MinutesColumn:
        return m_report.minutesPerWeek;
    case MessagesColumn:
        return m_report.messagesPerWeek;
    case MandatoryColumn:
        return m_report.mandatoryRate;
    case OptionalColumn:
        return m_report.optionalRate;
    case GradeColumn:
        return m_report.gradeAverage;
    default:
        return std::nullopt;
    }
}

bool ReportCourseModel::below(const ReportCourseLearner &l, int column) const
{
    const auto v = value(l, column);
    const auto a = average(column);
    // Rounded as shown, so a learner never looks highlighted at the average itself.
    return v && a && std::round(*v * 10) < std::round(*a * 10);
}

int ReportCourseModel::belowAverageCount(int row) const
{
    const ReportCourseLearner &l = m_report.learners.at(row);
    int n = 0;
    for (int c : {MinutesColumn, MessagesColumn, MandatoryColumn, OptionalColumn, GradeColumn})
        n += below(l, c) ? 1 : 0;
    return n;
}

bool ReportCourseModel::isBelowAverage(int row) const
{
    const ReportCourseLearner &l = m_report.learners.at(row);
    int figures = 0;
    for (int c : {MinutesColumn, MessagesColumn, MandatoryColumn, OptionalColumn, GradeColumn})
        figures += value(l, c) && average(c) ? 1 : 0;
    return figures > 0 && belowAverageCount(row) * 2 > figures;
}

QVariant ReportCourseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.learners.size())
        return {};
    const ReportCourseLearner &l = m_report.learners.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        if (column == NameColumn)
            return l.name;
        if (column == GroupColumn)
            return l.tutorGroup;
        if (column == LatestGradeColumn)
            return l.latestGrade;
        const auto v = value(l, column);
        if (!v)
            return QString();
        const bool rate = column == MandatoryColumn || column == OptionalColumn || column == GradeColumn;
        return QString(QLocale().toString(*v, 'f', column == MessagesColumn ? 1 : 0) +
                       (rate ? QStringLiteral("%") : QString()));
    }
    case Qt::BackgroundRole:
        if (below(l, column))
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        return {};
    case Qt::FontRole:
        if (column == NameColumn && isBelowAverage(index.row())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn && belowAverageCount(index.row()) > 0)
            return tr("%n figure(s) below the course average", nullptr, belowAverageCount(index.row()));
        if (column != NameColumn && below(l, column))
            return tr("Below the course average");
        return {};
    case Qt::TextAlignmentRole:
        if (column >= MinutesColumn && column <= GradeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StudentIdRole:
        return l.studentId;
    case BelowAverageRole:
        return column == NameColumn ? QVariant(isBelowAverage(index.row())) : QVariant(below(l, column));
    case SortRole:
        if (column == NameColumn)
            return l.name;
        if (column == GroupColumn)
            return l.tutorGroup;
        if (column == LatestGradeColumn)
            return l.gradeAverage ? QVariant(*l.gradeAverage) : QVariant();
        if (const auto v = value(l, column))
            return *v;
        return {};
    default:
        return {};
    }
}

QVariant ReportCourseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (const auto a = average(section))
            return tr("Course average: %1").arg(QLocale().toString(*a, 'f', 1));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Student");
    case GroupColumn:
        return tr("Tutor group");
    case MinutesColumn:
        return tr("Minutes a week");
    case MessagesColumn:
        return tr("Messages a week");
    case MandatoryColumn:
        return tr("Mandatory done");
    case OptionalColumn:
        return tr("Optional done");
    case GradeColumn:
        return tr("Grade average");
    case LatestGradeColumn:
        return tr("Latest grade");
    default:
        return {};
    }
}

void ReportCourseModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids.append(m_report.learners.at(i.row()).studentId);
    auto key = [&](const ReportCourseLearner &l) -> QVariant {
        if (column == NameColumn)
            return l.name;
        if (column == GroupColumn)
            return l.tutorGroup;
        if (column == LatestGradeColumn)
            return l.gradeAverage ? QVariant(*l.gradeAverage) : QVariant();
        if (const auto v = value(l, column))
            return *v;
        return {};
    };
    std::stable_sort(m_report.learners.begin(), m_report.learners.end(),
                     [&](const ReportCourseLearner &a, const ReportCourseLearner &b) {
                         const QVariant ka = key(a), kb = key(b);
                         // Learners without a figure go last whichever way.
                         if (ka.isNull() != kb.isNull())
                             return kb.isNull();
                         if (ka.isNull())
                             return false;
                         const bool less = ka.typeId() == QMetaType::Double
                                               ? ka.toDouble() < kb.toDouble()
                                               : QString::localeAwareCompare(ka.toString(), kb.toString()) < 0;
                         const bool greater = ka.typeId() == QMetaType::Double
                                                  ? kb.toDouble() < ka.toDouble()
                                                  : QString::localeAwareCompare(kb.toString(), ka.toString()) < 0;
                         return order == Qt::AscendingOrder ? less : greater;
                     });
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        int row = 0;
        for (; row < m_report.learners.size(); ++row)
            if (m_report.learners.at(row).studentId == ids.at(i))
                break;
        after.append(index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace md
