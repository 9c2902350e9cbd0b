// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpStudentListModel.h"

#include <QColor>
#include <QLocale>

namespace md {

IlpStudentListModel::IlpStudentListModel(QObject *parent) : QAbstractTableModel(parent) {}

Status IlpStudentListModel::reload(Database &db, const Session &session, const QDate &today, bool ownGroupOnly)
{
    auto rows = IlpPlanStore(db).studentList(session, today, ownGroupOnly);
    beginResetModel();
    m_rows = rows ? *rows : QList<IlpStudentRow>();
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

int IlpStudentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IlpStudentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IlpStudentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const IlpStudentRow &r = m_rows.at(index.row());
    if (role == StudentIdRole)
        return r.studentId;
    if (role == PlanIdRole)
        return r.planId;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        const QLocale locale;
        switch (index.column()) {
        case GroupColumn:
            return r.tutorGroup;
        case StudentColumn:
            return r.name;
        case UpnColumn:
            return r.upn;
        case PlanColumn:
            return r.planId ? r.templateName : tr("No current plan");
        case ValidFromColumn:
            return r.planId ? locale.toString(r.validFrom, QLocale::ShortFormat) : QString();
        case ValidToColumn:
            return r.planId ? locale.toString(r.validTo, QLocale::ShortFormat) : QString();
        case StateColumn:
            return r.planId ? ilpPlanStateLabel(r.state) : QString();
        case FilledColumn:
            return r.planId ? tr("%1 of %2").arg(r.filled).arg(r.fields) : QString();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == PlanColumn && !r.planId)
        return QColor(0x66, 0x66, 0x66);
    return {};
}

QVariant IlpStudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case StudentColumn:
        return tr("Student");
    case UpnColumn:
        return tr("UPN");
    case PlanColumn:
        return tr("Plan");
    case ValidFromColumn:
        return tr("Valid from");
    case ValidToColumn:
        return tr("Valid to");
    case StateColumn:
        return tr("State");
    case FilledColumn:
        return tr("Fields filled");
    }
    return {};
}

} // namespace md
