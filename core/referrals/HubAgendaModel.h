// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "referrals/HubStore.h"

#include <QAbstractTableModel>

namespace md {

class Database;

// A hub meeting's agenda: each referral in order, with the decision once the hub has made it.
class HubAgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PositionColumn,
        StudentColumn,
        ConcernColumn,
        RequestedColumn,
        DecisionColumn,
        ColumnCount
    };
    enum DataRole
    {
        ReferralIdRole = Qt::UserRole + 1,
        StudentIdRole,
        DecidedRole,
    };

    explicit HubAgendaModel(QObject *parent = nullptr);

    Status load(Database &db, const Session &session, qint64 meetingId);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const AgendaItem &rowAt(int row) const { return m_rows.at(row); }
    int rowOfReferral(qint64 id) const;
    // The first row without a decision at or after `from`, or -1.
    int nextUndecided(int from) const;
    qint64 meetingId() const { return m_meetingId; }

private:
    QList<AgendaItem> m_rows;
    qint64 m_meetingId = 0;
};

} // namespace md
