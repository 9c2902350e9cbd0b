// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/HubReviewModel.h"

#include <QLocale>

namespace md {

HubReviewModel::HubReviewModel(QObject *parent) : QAbstractTableModel(parent) {}

Status HubReviewModel::load(Database &db, const Session &session, qint64 meetingId)
{
    auto rows = HubStore(db).reviews(session, meetingId);
    beginResetModel();
    if (rows)
        m_rows = std::move(*rows);
    else
        m_rows.clear();
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

void HubReviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int HubReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HubReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HubReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReviewItem &item = m_rows.at(index.row());
    const Intervention &i = item.intervention;
    switch (role) {
    case InterventionIdRole:
        return i.id;
    case ReviewedRole:
        return item.review.has_value();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StudentColumn:
            return i.student.sortName();
        case InterventionColumn:
            return tr("%1 (stage %2)").arg(i.provisionName).arg(i.stage);
        case KeyworkerColumn:
            return i.keyworkerName;
        case DueColumn:
            return item.review ? QLocale().toString(item.review->reviewedOn, QLocale::ShortFormat)
                               : QLocale().toString(i.reviewOn, QLocale::ShortFormat);
        case ResultColumn:
            return item.review ? labelOf(item.review->result) : tr("To review");
        }
        break;
    case Qt::ToolTipRole:
        if (item.review)
            return tr("Progress: %1\nImpact: %2").arg(item.review->progress, item.review->impact);
        return i.objectives.join(QLatin1Char('\n'));
    default:
        break;
    }
    return {};
}

QVariant HubReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case InterventionColumn:
        return tr("Intervention");
    case KeyworkerColumn:
        return tr("Keyworker");
    case DueColumn:
        return tr("Due or reviewed");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace md
