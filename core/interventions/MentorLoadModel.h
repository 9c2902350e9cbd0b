// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "interventions/AllocationService.h"

#include <QAbstractListModel>

namespace md {

class Database;

// The mentors with their caseload against capacity, for the allocation board. A waiting student
// (WaitingQueueModel's mime type) dropped on a mentor does not allocate by itself: the model asks
// for it with allocationRequested, so the board can confirm and collect an override reason.
class MentorLoadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum DataRole
    {
        MentorIdRole = Qt::UserRole + 1,
        GradeRole,
        CaseloadRole,
        CapacityRole,
        SenCasesRole,
        SenSlotsRole,
        SummaryRole,
        FullRole,
    };

    explicit MentorLoadModel(QObject *parent = nullptr);

    Status load(Database &db, const Session &session);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    const MentorLoad &rowAt(int row) const { return m_rows.at(row); }
    const QList<MentorLoad> &rows() const { return m_rows; }
    int rowOfMentor(qint64 id) const;

Q_SIGNALS:
    void allocationRequested(qint64 interventionId, qint64 mentorId);

private:
    QList<MentorLoad> m_rows;
};

} // namespace md
