// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/CaseloadModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace md {

namespace {
// Red enough to stand out, dark enough to read on white; the text always says "Overdue" too.
const QColor kOverdueText(0xA3, 0x00, 0x00);
const QColor kOverdueBack(0xFD, 0xE7, 0xE7);
const QColor kDueText(0x7A, 0x4A, 0x00);
const QColor kQuietText(0x5F, 0x63, 0x68);
} // namespace

CaseloadModel::CaseloadModel(QObject *parent) : QAbstractTableModel(parent) {}

Status CaseloadModel::load(Database &db, const Session &session, std::optional<qint64> mentorId, const QDate &today)
{
    auto rows = CaseloadDashboard(db).load(session, mentorId, today);
    if (!rows) {
        setRows({});
        return rows.error();
    }
    setRows(std::move(*rows));
    return {};
}

void CaseloadModel::setRows(QList<CaseloadRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CaseloadModel::overdueTotal() const
{
    int n = 0;
    for (const CaseloadRow &r : m_rows)
        n += r.overdueCount();
    return n;
}

int CaseloadModel::columnOf(Expectation e)
{
    return FirstExpectationColumn + int(allExpectations().indexOf(e));
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstExpectationColumn + int(allExpectations().size());
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseloadRow &r = m_rows.at(index.row());
    const int c = index.column();
    if (role == StudentIdRole)
        return r.facts.studentId;
    if (role == MentorIdRole)
        return r.facts.mentorId;
    if (c >= FirstExpectationColumn) {
        const ExpectationStatus &s = r.statuses.at(c - FirstExpectationColumn);
        switch (role) {
        case Qt::DisplayRole:
            return s.text;
        case Qt::ToolTipRole:
            return s.detail.isEmpty() ? s.text : QString(s.text + QLatin1Char('\n') + s.detail);
        case Qt::AccessibleTextRole:
            return QString(CaseloadPolicy::title(s.what) + QStringLiteral(": ") + s.text);
        case StateRole:
            return int(s.state);
        case OverdueDaysRole:
        case SortRole:
            return s.isOverdue() ? s.overdue : (s.state == ExpectationState::Due ? 0 : -1);
        case Qt::ForegroundRole:
            if (s.isOverdue())
                return QBrush(kOverdueText);
            if (s.state == ExpectationState::Due)
                return QBrush(kDueText);
            if (s.state == ExpectationState::NotYet)
                return QBrush(kQuietText);
            return {};
        case Qt::BackgroundRole:
            return s.isOverdue() ? QVariant(QBrush(kOverdueBack)) : QVariant();
        case Qt::FontRole:
            if (s.isOverdue()) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case StudentColumn:
            return r.facts.studentName;
        case MentorColumn:
            return r.facts.mentorName;
        case StepColumn:
            return r.steps.complete() ? tr("All 5 done") : FiveSteps::shortTitle(r.steps.currentStep().step);
        case OverdueColumn: {
            const int n = r.overdueCount();
            return n == 0 ? tr("None overdue") : tr("%1 overdue").arg(n);
        }
        }
        return {};
    case Qt::ToolTipRole:
        return c == StepColumn ? r.steps.summary : QVariant();
    case SortRole:
        switch (c) {
        case StudentColumn:
            return r.facts.studentName;
        case MentorColumn:
            return r.facts.mentorName;
        case StepColumn:
            return r.steps.current;
        case OverdueColumn:
            return r.overdueCount();
        }
        return {};
    case Qt::ForegroundRole:
        return c == OverdueColumn && r.overdueCount() > 0 ? QVariant(QBrush(kOverdueText)) : QVariant();
    default:
        return {};
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case MentorColumn:
        return tr("Mentor");
    case StepColumn:
        return tr("Five steps");
    case OverdueColumn:
        return tr("Overdue");
    default:
        break;
    }
    const QList<Expectation> all = allExpectations();
    const int i = section - FirstExpectationColumn;
    return i >= 0 && i < all.size() ? QVariant(CaseloadPolicy::title(all.at(i))) : QVariant();
}

TeamDashboardModel::TeamDashboardModel(QObject *parent) : QAbstractTableModel(parent) {}

void TeamDashboardModel::setRows(const QList<CaseloadRow> &rows)
{
    beginResetModel();
    m_mentors = CaseloadDashboard::summarise(rows);
    m_team = MentorSummary();
    m_team.mentorName = tr("Whole team");
    for (const MentorSummary &m : std::as_const(m_mentors)) {
        m_team.students += m.students;
        m_team.studentsWithOverdue += m.studentsWithOverdue;
        m_team.overdueTotal += m.overdueTotal;
        for (std::size_t i = 0; i < m.overdueBy.size(); ++i)
            m_team.overdueBy[i] += m.overdueBy[i];
    }
    endResetModel();
}

int TeamDashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_mentors.isEmpty() ? 0 : int(m_mentors.size()) + 1;
}

int TeamDashboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstExpectationColumn + int(allExpectations().size());
}

QVariant TeamDashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool teamRow = index.row() == m_mentors.size();
    const MentorSummary &m = teamRow ? m_team : m_mentors.at(index.row());
    const int c = index.column();
    auto number = [&]() -> int {
        switch (c) {
        case StudentsColumn:
            return m.students;
        case StudentsOverdueColumn:
            return m.studentsWithOverdue;
        case OverdueColumn:
            return m.overdueTotal;
        default:
            return c >= FirstExpectationColumn ? m.overdueBy.at(std::size_t(c - FirstExpectationColumn)) : 0;
        }
    };
    switch (role) {
    case MentorIdRole:
        return m.mentorId;
    case Qt::DisplayRole:
        if (c == MentorColumn)
            return m.mentorName;
        if (c >= FirstExpectationColumn || c == OverdueColumn)
            return number() == 0 ? tr("none") : tr("%1 overdue").arg(number());
        return number();
    case SortRole:
        return c == MentorColumn ? QVariant(teamRow ? QStringLiteral("\uffff") : m.mentorName) : QVariant(number());
    case Qt::ForegroundRole:
        return (c == OverdueColumn || c >= FirstExpectationColumn) && number() > 0 ? QVariant(QBrush(kOverdueText)) : QVariant();
    case Qt::FontRole:
        if (teamRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant TeamDashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case MentorColumn:
        return tr("Mentor");
    case StudentsColumn:
        return tr("Students");
    case StudentsOverdueColumn:
        return tr("Students with overdue items");
    case OverdueColumn:
        return tr("Overdue items");
    default:
        break;
    }
    const QList<Expectation> all = allExpectations();
    const int i = section - FirstExpectationColumn;
    return i >= 0 && i < all.size() ? QVariant(CaseloadPolicy::title(all.at(i))) : QVariant();
}

} // namespace md
