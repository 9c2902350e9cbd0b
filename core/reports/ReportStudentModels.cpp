// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportStudentModels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace md {

namespace {

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(const std::optional<double> &value)
{
    return value ? number(*value) + QLatin1Char('%') : QString();
}

const QColor kBelow(0xf8, 0xd7, 0xda); // a soft red behind figures below the class average
const QColor kGood(0x1b, 0x7a, 0x3d);
const QColor kBad(0xb0, 0x24, 0x18);

} // namespace

// --- activity --------------------------------------------------------------------------------

void ReportActivityModel::setReport(const ReportStudentReport &report)
{
    beginResetModel();
    m_rows = report.activity;
    endResetModel();
}

int ReportActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> ReportActivityModel::minutesPerWeek(const ReportActivityCourse &course)
{
    if (course.weeks.isEmpty())
        return std::nullopt;
    return double(course.totalMinutes()) / double(course.weeks.size());
}

std::optional<double> ReportActivityModel::classMinutesPerWeek(const ReportActivityCourse &course)
{
    if (course.courseWeeks.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (const ReportCourseWeek &w : course.courseWeeks)
        sum += w.minutes;
    return sum / double(course.courseWeeks.size());
}

QVariant ReportActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReportActivityCourse &c = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CourseColumn:
            return c.course;
        case MinutesColumn:
            if (!c.hasData())
                return tr("No activity recorded for this course");
            return number(*minutesPerWeek(c));
        case ClassMinutesColumn:
            if (const auto avg = classMinutesPerWeek(c))
                return number(*avg);
            return QString();
        case MessagesColumn:
            return c.hasData() ? QVariant(c.totalMessages()) : QVariant();
        case TrendColumn: {
            if (!c.hasData())
                return {};
            ReportSeries s;
            for (const ReportActivityWeek &w : c.weeks)
                s.points.append({w.week, double(w.minutes)});
            const auto slope = s.slopePerWeek();
            if (!slope)
                return QString();
            return QString((*slope >= 0 ? QStringLiteral("+") : QString()) + number(*slope, 1));
        }
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole && index.column() == MinutesColumn && c.hasData()) {
        const auto mine = minutesPerWeek(c);
        const auto avg = classMinutesPerWeek(c);
        if (mine && avg && *mine < *avg)
            return QBrush(kBelow);
    }
    if (role == Qt::TextAlignmentRole && index.column() != CourseColumn && c.hasData())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return c.courseId;
    return {};
}

QVariant ReportActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CourseColumn:
        return tr("Course");
    case MinutesColumn:
        return tr("Minutes a week");
    case ClassMinutesColumn:
        return tr("Class average");
    case MessagesColumn:
        return tr("Messages and posts");
    case TrendColumn:
        return tr("Trend (minutes/week)");
    default:
        return {};
    }
}

// --- progress --------------------------------------------------------------------------------

void ReportProgressModel::setReport(const ReportStudentReport &report)
{
    beginResetModel();
    m_rows = report.progress;
    endResetModel();
}

int ReportProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReportProgressCourse &p = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        auto doneOf = [](int done, int total) {
            return total > 0 ? tr("%1 of %2 (%3%)").arg(done).arg(total).arg(qRound(100.0 * done / total)) : QString();
        };
        switch (index.column()) {
        case CourseColumn:
            return p.course;
        case MandatoryColumn:
            if (!p.hasData())
                return tr("No work recorded for this course");
            return p.mandatoryTotal > 0 ? doneOf(p.mandatoryDone, p.mandatoryTotal) : tr("none set");
        case ClassMandatoryColumn:
            return percent(p.classMandatoryRate);
        case OptionalColumn:
            if (!p.hasData())
                return {};
            return p.optionalTotal > 0 ? doneOf(p.optionalDone, p.optionalTotal) : tr("none set");
        case ClassOptionalColumn:
            return percent(p.classOptionalRate);
        case OverdueColumn:
            return p.hasData() ? QVariant(p.overdue) : QVariant();
        case OnlineColumn:
            if (!p.hasData())
                return {};
            return p.classMinutesOnline
                       ? tr("%1 min (class %2)").arg(p.minutesOnline).arg(number(*p.classMinutesOnline))
                       : tr("%1 min").arg(p.minutesOnline);
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole) {
        if (index.column() == MandatoryColumn && p.mandatoryRate() && p.classMandatoryRate &&
            *p.mandatoryRate() < *p.classMandatoryRate)
            return QBrush(kBelow);
        if (index.column() == OptionalColumn && p.optionalRate() && p.classOptionalRate &&
            *p.optionalRate() < *p.classOptionalRate)
            return QBrush(kBelow);
    }
    if (role == Qt::UserRole)
        return p.courseId;
    return {};
}

QVariant ReportProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CourseColumn:
        return tr("Course");
    case MandatoryColumn:
        return tr("Mandatory done");
    case ClassMandatoryColumn:
        return tr("Class");
    case OptionalColumn:
        return tr("Optional done");
    case ClassOptionalColumn:
        return tr("Class");
    case OverdueColumn:
        return tr("Overdue");
    case OnlineColumn:
        return tr("Time online");
    default:
        return {};
    }
}

// --- grades ----------------------------------------------------------------------------------

void ReportGradesModel::setReport(const ReportStudentReport &report)
{
    beginResetModel();
    m_rows.clear();
    for (const ReportGradesCourse &c : report.grades) {
        if (c.grades.isEmpty())
            m_rows.append({c.course, std::nullopt});
        for (const ReportGrade &g : c.grades)
            m_rows.append({c.course, g});
    }
    endResetModel();
}

int ReportGradesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportGradesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportGradesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        if (index.column() == CourseColumn)
            return r.course;
        if (!r.grade)
            return index.column() == DateColumn ? QVariant(tr("No grades recorded for this course")) : QVariant();
        const ReportGrade &g = *r.grade;
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(g.date, QLocale::ShortFormat);
        case GradeColumn:
            return g.grade;
        case PercentColumn:
            return QString(number(g.percent) + QLatin1Char('%'));
        case AverageColumn:
            return percent(g.courseAverage);
        case DifferenceColumn:
            if (!g.courseAverage)
                return QString();
            return QString((g.percent >= *g.courseAverage ? QStringLiteral("+") : QString()) +
                           number(g.percent - *g.courseAverage));
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole && r.grade && r.grade->courseAverage && index.column() == PercentColumn &&
        r.grade->percent < *r.grade->courseAverage)
        return QBrush(kBelow);
    return {};
}

QVariant ReportGradesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CourseColumn:
        return tr("Course");
    case DateColumn:
        return tr("Date");
    case GradeColumn:
        return tr("Grade");
    case PercentColumn:
        return tr("% of scale");
    case AverageColumn:
        return tr("Course average");
    case DifferenceColumn:
        return tr("Difference");
    default:
        return {};
    }
}

// --- impact ----------------------------------------------------------------------------------

void ReportImpactModel::setRows(const QList<ReportImpactRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ReportImpactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportImpactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportImpactModel::format(ReportImpactRow::Measure measure, const std::optional<double> &value,
                                  bool signedChange)
{
    if (!value)
        return QStringLiteral("\u2014");
    const int decimals = measure == ReportImpactRow::Measure::SessionRating ||
                                 measure == ReportImpactRow::Measure::PositivePoints ||
                                 measure == ReportImpactRow::Measure::NegativePoints
                             ? 1
                             : 0;
    QString text = number(*value, decimals);
    if (signedChange && *value > 0)
        text.prepend(QLatin1Char('+'));
    if (measure == ReportImpactRow::Measure::Attendance || measure == ReportImpactRow::Measure::GradePercent)
        text += signedChange ? tr(" points") : QStringLiteral("%");
    return text;
}

QVariant ReportImpactModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReportImpactRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case InterventionColumn:
            return r.intervention;
        case MeasureColumn:
            return ReportImpact::measureName(r.measure);
        case BeforeColumn:
            return format(r.measure, r.before);
        case DuringColumn:
            return format(r.measure, r.during);
        case AfterColumn:
            return format(r.measure, r.after);
        case ChangeColumn:
            return format(r.measure, r.change(), true);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn) {
        const auto c = r.change();
        if (c && qAbs(*c) > 1e-9)
            return QBrush((*c > 0) == r.higherIsBetter() ? kGood : kBad);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= BeforeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReportImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InterventionColumn:
        return tr("Intervention");
    case MeasureColumn:
        return tr("Measure");
    case BeforeColumn:
        return tr("Before");
    case DuringColumn:
        return tr("During");
    case AfterColumn:
        return tr("After");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace md
