// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/StudentFilterModel.h"

#include "students/StudentListModel.h"

namespace md {

StudentFilterModel::StudentFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(StudentListModel::SortRole);
    setDynamicSortFilter(true);
}

void StudentFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void StudentFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_list = qobject_cast<const StudentListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool StudentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    // Every keystroke asks this of every student: read the text in place rather than through a
    // model index and a QVariant copy.
    QString fromData;
    if (!m_list)
        fromData = sourceModel()->index(sourceRow, 0, sourceParent).data(StudentListModel::SearchTextRole).toString();
    const QString &haystack = m_list ? m_list->searchTextAt(sourceRow) : fromData;
    for (const QString &term : m_terms)
        if (!haystack.contains(term))
            return false;
    return true;
}

} // namespace md
