// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/CaseloadView.h"

#include "live/LiveUpdates.h"
#include "mentoring/CaseloadModel.h"

#include <QHeaderView>

namespace md::ui {

CaseloadView::CaseloadView(QWidget *parent)
    : QTableView(parent), m_model(new CaseloadModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseloadModel::SortRole);
    m_proxy->setFilterRole(CaseloadModel::MentorIdRole);
    m_proxy->setFilterKeyColumn(CaseloadModel::StudentColumn);
    setModel(m_proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(CaseloadModel::StudentColumn, Qt::AscendingOrder);
    setWordWrap(true);
    setTabKeyNavigation(false);
    LiveUpdates::keepPlace(this, {CaseloadModel::StudentIdRole});
    verticalHeader()->hide();
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setAccessibleDescription(tr("One row per student. Overdue items say how late they are. Enter opens the student's log."));
    connect(this, &QTableView::activated, this, [this] {
        if (const qint64 id = currentStudent())
            Q_EMIT openStudent(id);
    });
}

void CaseloadView::setMentorFilter(qint64 mentorId)
{
    m_proxy->setFilterRegularExpression(mentorId == 0 ? QRegularExpression()
                                                      : QRegularExpression(QStringLiteral("^%1$").arg(mentorId)));
}

qint64 CaseloadView::currentStudent() const
{
    const QModelIndex i = currentIndex();
    return i.isValid() ? i.data(CaseloadModel::StudentIdRole).toLongLong() : 0;
}

void CaseloadView::fitColumns()
{
    resizeColumnsToContents();
    for (int c = CaseloadModel::FirstExpectationColumn; c < m_model->columnCount(); ++c)
        setColumnWidth(c, std::min(columnWidth(c), 170));
    resizeRowsToContents();
}

} // namespace md::ui
