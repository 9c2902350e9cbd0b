// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessments/ApprovalQueueModel.h"

#include "assessments/AssessmentService.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace md {

ApprovalQueueModel::ApprovalQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ApprovalQueueModel::setSource(Database &db, const Session &session)
{
    m_db = &db;
    m_session = session;
}

Status ApprovalQueueModel::load(qint64 termId)
{
    if (!m_db)
        return Error::invalid(tr("The approval queue has no database to read."));
    m_termId = termId;
    auto rows = termId > 0 ? AssessmentService(*m_db).queue(m_session, termId)
                           : Result<QList<CourseApproval>>(QList<CourseApproval>());
    beginResetModel();
    m_rows = rows ? std::move(*rows) : QList<CourseApproval>();
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CourseApproval &c = m_rows.at(index.row());
    switch (role) {
    case CourseIdRole:
        return c.courseId;
    case StageCodeRole:
        return toCode(c.stage);
    case NeedsReminderRole:
        return c.needsReminder();
    case Qt::ForegroundRole:
        if (index.column() == StageColumn) {
            if (c.stage == AssessmentStage::Approved)
                return QBrush(QColor(0x1b, 0x6e, 0x2e));
            if (c.stage == AssessmentStage::Complete)
                return QBrush(QColor(0x0b, 0x4f, 0x8a));
            if (c.stage == AssessmentStage::Returned)
                return QBrush(QColor(0xa3, 0x1c, 0x1c));
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == CommentColumn ? c.returnComment : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case CourseColumn:
            return c.courseName;
        case TeachersColumn:
            return c.teacherNames.join(QStringLiteral(", "));
        case StageColumn:
            return assessmentStageLabel(c.stage);
        case AssessedColumn:
            return tr("%1 of %2").arg(c.assessed).arg(c.enrolled);
        case ReminderColumn:
            if (!c.needsReminder())
                return QString();
            if (c.lastReminderAt.isEmpty())
                return tr("Remind");
            return tr("Remind (last sent %1)")
                .arg(QLocale().toString(QDateTime::fromString(c.lastReminderAt, Qt::ISODate).date(),
                                        QLocale::ShortFormat));
        case CommentColumn:
            return c.returnComment;
        }
    }
    return {};
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CourseColumn:
        return tr("Course");
    case TeachersColumn:
        return tr("Teachers");
    case StageColumn:
        return tr("Stage");
    case AssessedColumn:
        return tr("Students assessed");
    case ReminderColumn:
        return tr("Reminder");
    case CommentColumn:
        return tr("Returned with");
    }
    return {};
}

int ApprovalQueueModel::rowOfCourse(qint64 courseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).courseId == courseId)
            return i;
    return -1;
}

int ApprovalQueueModel::count(AssessmentStage stage) const
{
    int n = 0;
    for (const CourseApproval &c : m_rows)
        n += c.stage == stage ? 1 : 0;
    return n;
}

int ApprovalQueueModel::remindersNeeded() const
{
    int n = 0;
    for (const CourseApproval &c : m_rows)
        n += c.needsReminder() ? 1 : 0;
    return n;
}

} // namespace md
