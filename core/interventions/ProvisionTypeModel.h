// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "interventions/ProvisionMap.h"

#include <QAbstractTableModel>

namespace md {

class Database;

// The provision map as a table (stage, name, length, criteria, offered) for the catalogue pane
// and the intervention pickers; ChoiceTextRole gives "Stage 2 · Anger management programme".
class ProvisionTypeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StageColumn,
        NameColumn,
        DurationColumn,
        CriteriaColumn,
        ActiveColumn,
        ColumnCount
    };
    enum DataRole
    {
        TypeIdRole = Qt::UserRole + 1,
        StageRole,
        ChoiceTextRole,
    };

    explicit ProvisionTypeModel(QObject *parent = nullptr);

    Status load(Database &db, bool includeInactive = false);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ProvisionType &rowAt(int row) const { return m_rows.at(row); }
    int rowOfType(qint64 id) const;

private:
    QList<ProvisionType> m_rows;
};

} // namespace md
