// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/HubAgendaModel.h"

#include <QFont>
#include <QLocale>

namespace md {

HubAgendaModel::HubAgendaModel(QObject *parent) : QAbstractTableModel(parent) {}

Status HubAgendaModel::load(Database &db, const Session &session, qint64 meetingId)
{
    auto rows = HubStore(db).agenda(session, meetingId);
    beginResetModel();
    m_meetingId = meetingId;
    if (rows)
        m_rows = std::move(*rows);
    else
        m_rows.clear();
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

void HubAgendaModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_meetingId = 0;
    endResetModel();
}

int HubAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HubAgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HubAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AgendaItem &item = m_rows.at(index.row());
    const Referral &r = item.referral;
    switch (role) {
    case ReferralIdRole:
        return r.id;
    case StudentIdRole:
        return r.studentId;
    case DecidedRole:
        return item.decision.has_value();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case PositionColumn:
            return item.position;
        case StudentColumn:
            return r.student.tutorGroup.isEmpty() ? r.student.sortName()
                                                  : tr("%1 (%2)").arg(r.student.sortName(), r.student.tutorGroup);
        case ConcernColumn:
            return r.urgency == Urgency::Urgent ? tr("%1, urgent").arg(labelOf(r.concern)) : labelOf(r.concern);
        case RequestedColumn:
            return tr("%1, %2").arg(labelOf(r.requestedBy), QLocale().toString(r.referredOn, QLocale::ShortFormat));
        case DecisionColumn:
            if (item.decision)
                return item.decision->summary();
            if (r.status == ReferralStatus::Decided && r.decision == HubDecisionKind::MonitorAndReview)
                return tr("To decide: recommendation after monitoring");
            return tr("To decide");
        }
        break;
    case Qt::FontRole:
        if (index.column() == DecisionColumn && !item.decision) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        return r.description;
    default:
        break;
    }
    return {};
}

QVariant HubAgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("#");
    case StudentColumn:
        return tr("Student");
    case ConcernColumn:
        return tr("Concern");
    case RequestedColumn:
        return tr("Requested by");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

int HubAgendaModel::rowOfReferral(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).referral.id == id)
            return r;
    return -1;
}

int HubAgendaModel::nextUndecided(int from) const
{
    for (int r = std::max(0, from); r < m_rows.size(); ++r)
        if (!m_rows.at(r).decision)
            return r;
    for (int r = 0; r < std::min(from, int(m_rows.size())); ++r)
        if (!m_rows.at(r).decision)
            return r;
    return -1;
}

} // namespace md
