// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "interventions/InterventionStore.h"

#include <QAbstractTableModel>

namespace md {

class Database;

// The mentoring register (reference 004): every student currently receiving an intervention, with
// its stage, keyworker, start, review date, objectives and status; concluded ones with outcome and
// impact when asked for. Filtered and sorted in SQL by InterventionStore.
class MentoringRegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StudentColumn,
        YearColumn,
        FlagsColumn,
        InterventionColumn,
        StageColumn,
        KeyworkerColumn,
        StartedColumn,
        ReviewColumn,
        StatusColumn,
        ObjectivesColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum DataRole
    {
        InterventionIdRole = Qt::UserRole + 1,
        StudentIdRole,
        BadgesRole,
        OverdueRole,
    };

    explicit MentoringRegisterModel(QObject *parent = nullptr);

    void setSource(Database &db, const Session &session);
    void setFilter(const RegisterFilter &filter) { m_filter = filter; }
    const RegisterFilter &filter() const { return m_filter; }
    Status load();
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const Intervention &rowAt(int row) const { return m_rows.at(row); }
    const QList<Intervention> &rows() const { return m_rows; }
    int rowOfIntervention(qint64 id) const;

    // The register as rows of text for CSV export, the command line and printing.
    static QStringList exportHeaders();
    static QStringList exportKeys();
    static QStringList exportRow(const Intervention &i, const QDate &today);

private:
    Database *m_db = nullptr;
    Session m_session;
    bool m_loaded = false;
    RegisterFilter m_filter;
    QList<Intervention> m_rows;
};

} // namespace md
