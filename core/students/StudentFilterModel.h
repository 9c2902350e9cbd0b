// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace md {

// Filters the students list as the user types: every word typed must appear somewhere in the
// student's name, UPN, tutor group or flags (case-insensitive), in any order.
class StudentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StudentFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_terms;
    // The source when it is the students list: its search text is read straight from it.
    const class StudentListModel *m_list = nullptr;
};

} // namespace md
