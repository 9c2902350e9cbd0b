// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "interventions/AllocationService.h"

#include <QAbstractTableModel>

namespace md {

class Database;

// The students waiting for a keyworker, in the policy's priority order. Rows can be dragged
// (onto a mentor of MentorLoadModel) as kMimeType carrying the intervention's id.
class WaitingQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RankColumn,
        StudentColumn,
        PriorityColumn,
        InterventionColumn,
        ReferredColumn,
        ColumnCount
    };
    enum DataRole
    {
        InterventionIdRole = Qt::UserRole + 1,
        StudentIdRole,
        PriorityLevelRole,
    };

    static inline const QString kMimeType = QStringLiteral("application/x-mentordesk-intervention");

    explicit WaitingQueueModel(QObject *parent = nullptr);

    Status load(Database &db, const Session &session, const QDate &today = QDate::currentDate());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }

    const WaitingStudent &rowAt(int row) const { return m_rows.at(row); }

private:
    QList<WaitingStudent> m_rows;
    QDate m_today;
};

} // namespace md
