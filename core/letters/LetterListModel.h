// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "letters/Letter.h"

#include <QAbstractTableModel>
#include <QList>

namespace md {

class Database;

// The letters view: one row per letter the session may see, filtered (state, type, student,
// text) and sorted in SQL, so a school-wide list of thousands stays quick.
class LetterListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReferenceColumn,
        StudentColumn,
        RecipientColumn,
        TypeColumn,
        TemplateColumn,
        StateColumn,
        IssuedColumn,
        CreatedByColumn,
        ColumnCount
    };
    enum Roles
    {
        LetterIdRole = Qt::UserRole + 1,
        StudentIdRole,
        StateRole, // the stored string: "draft", "issued", "acknowledged"
    };

    explicit LetterListModel(QObject *parent = nullptr);

    Status load(Database &db, const Session &session, const LetterFilter &filter = {});
    Status reload();
    const LetterFilter &filter() const { return m_filter; }
    const LetterSummary &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    Database *m_db = nullptr;
    Session m_session;
    LetterFilter m_filter;
    int m_sortColumn = ReferenceColumn;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<LetterSummary> m_rows;
};

} // namespace md
