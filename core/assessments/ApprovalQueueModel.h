// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "assessments/AssessmentTypes.h"
#include "common/Result.h"

#include <QAbstractTableModel>

namespace md {

class Database;

// The headteacher's approval queue: every course of a term with the stage of its assessments,
// how many of its students are assessed, its teachers and whether they need a reminder.
class ApprovalQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CourseColumn,
        TeachersColumn,
        StageColumn,
        AssessedColumn,
        ReminderColumn,
        CommentColumn,
        ColumnCount
    };
    enum DataRole
    {
        CourseIdRole = Qt::UserRole + 1,
        StageCodeRole,
        NeedsReminderRole,
    };

    explicit ApprovalQueueModel(QObject *parent = nullptr);

    void setSource(Database &db, const Session &session);
    Status load(qint64 termId);
    Status reload() { return load(m_termId); }
    qint64 termId() const { return m_termId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CourseApproval &courseAt(int row) const { return m_rows.at(row); }
    int rowOfCourse(qint64 courseId) const;
    // How many courses are at each stage, for the summary line.
    int count(AssessmentStage stage) const;
    int remindersNeeded() const;

private:
    Database *m_db = nullptr;
    Session m_session;
    qint64 m_termId = 0;
    QList<CourseApproval> m_rows;
};

} // namespace md
