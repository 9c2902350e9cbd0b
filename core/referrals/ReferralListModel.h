// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "referrals/ReferralStore.h"

#include <QAbstractTableModel>

namespace md {

class Database;

// The referral register, one row per referral the session may see. Filtering and sorting are done
// by the store in SQL: sort() asks the database again rather than sorting rows in memory.
class ReferralListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReferredColumn,
        StudentColumn,
        YearColumn,
        ConcernColumn,
        UrgencyColumn,
        StatusColumn,
        ReferrerColumn,
        NextStepColumn,
        ColumnCount
    };
    enum DataRole
    {
        ReferralIdRole = Qt::UserRole + 1,
        StudentIdRole,
        StatusCodeRole,
        NeedsUrgentActionRole,
        BadgesRole,
    };

    explicit ReferralListModel(QObject *parent = nullptr);

    // Where to read from; load() and sort() use it.
    void setSource(Database &db, const Session &session);
    void setFilter(const ReferralFilter &filter) { m_filter = filter; }
    const ReferralFilter &filter() const { return m_filter; }
    Status load();
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const Referral &rowAt(int row) const { return m_rows.at(row); }
    int rowOfReferral(qint64 id) const;
    const Error &lastError() const { return m_error; }

private:
    Database *m_db = nullptr;
    Session m_session;
    bool m_loaded = false;
    ReferralFilter m_filter;
    QList<Referral> m_rows;
    Error m_error;
};

} // namespace md
