// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/ReferralListModel.h"

#include "privacy/Restricted.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace md {

ReferralListModel::ReferralListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReferralListModel::setSource(Database &db, const Session &session)
{
    m_db = &db;
    m_session = session;
}

Status ReferralListModel::load()
{
    if (!m_db)
        return Error::invalid(tr("The referral register has no database to read."));
    auto rows = ReferralStore(*m_db).list(m_session, m_filter);
    if (!rows) {
        m_error = rows.error();
        clear();
        return rows.error();
    }
    beginResetModel();
    m_rows = std::move(*rows);
    m_loaded = true;
    endResetModel();
    return {};
}

void ReferralListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ReferralListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferralListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Referral &r = m_rows.at(index.row());
    switch (role) {
    case ReferralIdRole:
        return r.id;
    case StudentIdRole:
        return r.studentId;
    case StatusCodeRole:
        return toCode(r.status);
    case NeedsUrgentActionRole:
        return r.needsUrgentAction();
    case BadgesRole:
        return r.student.badges();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ReferredColumn:
            return QLocale().toString(r.referredOn, QLocale::ShortFormat);
        case StudentColumn:
            return r.student.sortName();
        case YearColumn:
            return r.student.yearGroup > 0
                       ? QStringLiteral("%1 · %2").arg(r.student.yearGroup).arg(r.student.tutorGroup)
                       : r.student.tutorGroup;
        case ConcernColumn:
            return labelOf(r.concern);
        case UrgencyColumn:
            // Words, not only colour, say that a referral needs acting on today.
            return r.needsUrgentAction() ? tr("Urgent: act today") : labelOf(r.urgency);
        case StatusColumn:
            return labelOf(r.status);
        case ReferrerColumn:
            return r.requestedBy == RequestedBy::Staff ? r.referrerName
                                                       : tr("%1 (%2)").arg(r.referrerName, labelOf(r.requestedBy));
        case NextStepColumn:
            return r.nextStep();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StudentColumn)
            return r.student.badges().join(QStringLiteral(" · "));
        if (index.column() == ConcernColumn)
            return r.hidden ? Restricted::label() : r.description;
        break;
    case Qt::BackgroundRole:
        if (r.needsUrgentAction())
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        break;
    default:
        break;
    }
    return {};
}

QVariant ReferralListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferredColumn:
        return tr("Referred");
    case StudentColumn:
        return tr("Student");
    case YearColumn:
        return tr("Year");
    case ConcernColumn:
        return tr("Concern");
    case UrgencyColumn:
        return tr("Urgency");
    case StatusColumn:
        return tr("Status");
    case ReferrerColumn:
        return tr("Referred by");
    case NextStepColumn:
        return tr("Next step");
    }
    return {};
}

void ReferralListModel::sort(int column, Qt::SortOrder order)
{
    using Sort = ReferralFilter::Sort;
    switch (column) {
    case ReferredColumn:
        m_filter.sort = Sort::Referred;
        break;
    case StudentColumn:
        m_filter.sort = Sort::Student;
        break;
    case YearColumn:
        m_filter.sort = Sort::Year;
        break;
    case ConcernColumn:
        m_filter.sort = Sort::Concern;
        break;
    case UrgencyColumn:
        m_filter.sort = Sort::Urgency;
        break;
    case StatusColumn:
    case NextStepColumn:
        m_filter.sort = Sort::Status;
        break;
    case ReferrerColumn:
        m_filter.sort = Sort::Referrer;
        break;
    default:
        return;
    }
    m_filter.order = order;
    // A reset rather than a layout change: the database may return a different set of rows. Until
    // the first load a view's sort only records the order.
    if (m_db && m_loaded)
        if (Status s = load(); !s)
            m_error = s.error();
}

int ReferralListModel::rowOfReferral(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

} // namespace md
