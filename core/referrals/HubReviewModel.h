// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "referrals/HubStore.h"

#include <QAbstractTableModel>

namespace md {

class Database;

// The interventions a hub meeting reviews: those reviewed at it, with the result, and (while it
// is planned) those whose review falls due by its date.
class HubReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StudentColumn,
        InterventionColumn,
        KeyworkerColumn,
        DueColumn,
        ResultColumn,
        ColumnCount
    };
    enum DataRole
    {
        InterventionIdRole = Qt::UserRole + 1,
        ReviewedRole,
    };

    explicit HubReviewModel(QObject *parent = nullptr);

    Status load(Database &db, const Session &session, qint64 meetingId);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ReviewItem &rowAt(int row) const { return m_rows.at(row); }

private:
    QList<ReviewItem> m_rows;
};

} // namespace md
