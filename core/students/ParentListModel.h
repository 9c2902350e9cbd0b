// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "students/Student.h"

#include <QAbstractTableModel>

namespace md {

// A student's parents and carers with their contact details, for the student record.
class ParentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RelationshipColumn,
        ResponsibilityColumn,
        PhoneColumn,
        EmailColumn,
        PreferenceColumn,
        AddressColumn,
        ColumnCount
    };

    explicit ParentListModel(QObject *parent = nullptr);
    void setParents(const QList<Parent> &parents);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Parent> m_parents;
};

} // namespace md
