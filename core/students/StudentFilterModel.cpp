// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/StudentFilterModel.h"

#include "students/StudentListModel.h"

#include <algorithm>

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
    if (m_list)
        invalidate(); // one pass; see the class comment
    else
        invalidateFilter();
}

bool StudentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_list || left.parent().isValid() || right.parent().isValid())
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    if (int(m_rank.size()) != m_list->rowCount() || m_rankColumn != column || m_rankRole != sortRole()
        || m_rankCase != sortCaseSensitivity() || m_rankLocale != isSortLocaleAware()) {
        // Ranked with the comparison Qt would make, so the order is exactly what it was.
        std::vector<int> rows(size_t(m_list->rowCount()));
        for (int i = 0; i < int(rows.size()); ++i)
            rows[size_t(i)] = i;
        std::stable_sort(rows.begin(), rows.end(), [this, column](int a, int b) {
            return QSortFilterProxyModel::lessThan(m_list->index(a, column), m_list->index(b, column));
        });
        m_rank.assign(rows.size(), 0);
        // Rows that compare equal share a rank, so a tie is still a tie (Qt keeps their order).
        for (size_t i = 0; i < rows.size(); ++i) {
            const bool tie = i > 0
                && !QSortFilterProxyModel::lessThan(m_list->index(rows[i - 1], column), m_list->index(rows[i], column));
            m_rank[size_t(rows[i])] = tie ? m_rank[size_t(rows[i - 1])] : int(i);
        }
        m_rankColumn = column;
        m_rankRole = sortRole();
        m_rankCase = sortCaseSensitivity();
        m_rankLocale = isSortLocaleAware();
    }
    return m_rank[size_t(left.row())] < m_rank[size_t(right.row())];
}

void StudentFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_rank.clear();
    m_list = qobject_cast<const StudentListModel *>(model);
    if (m_list) {
        // Any change to the rows makes the ranks stale; they are made again at the next sort.
        const auto stale = [this] { m_rank.clear(); };
        // Connected before the proxy's own handlers, so a re-sort they start ranks afresh.
        m_sourceConnections << connect(m_list, &QAbstractItemModel::modelAboutToBeReset, this, stale)
                            << connect(m_list, &QAbstractItemModel::modelReset, this, stale)
                            << connect(m_list, &QAbstractItemModel::rowsInserted, this, stale)
                            << connect(m_list, &QAbstractItemModel::rowsRemoved, this, stale)
                            << connect(m_list, &QAbstractItemModel::rowsMoved, this, stale)
                            << connect(m_list, &QAbstractItemModel::dataChanged, this, stale)
                            << connect(m_list, &QAbstractItemModel::layoutChanged, this, stale);
    }
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
