// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterListModel.h"

#include "access/Session.h"
#include "letters/LetterService.h"

#include <QLocale>

namespace md {

LetterListModel::LetterListModel(QObject *parent) : QAbstractTableModel(parent) {}

Status LetterListModel::load(Database &db, const Session &session, const LetterFilter &filter)
{
    m_db = &db;
    m_session = session;
    m_filter = filter;
    return reload();
}

Status LetterListModel::reload()
{
    if (!m_db || !m_session.isValid())
        return Error::invalid(tr("The letters list has no database to read."));
    auto rows = LetterService(*m_db).list(m_session, m_filter, m_sortColumn, m_order);
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

int LetterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LetterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LetterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LetterSummary &l = m_rows.at(index.row());
    switch (role) {
    case LetterIdRole:
        return l.id;
    case StudentIdRole:
        return l.studentId;
    case StateRole:
        return LetterTerms::toString(l.state);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (Column(index.column())) {
    case ReferenceColumn:
        return l.reference();
    case StudentColumn:
        return l.tutorGroup.isEmpty() ? l.studentName : tr("%1 (%2)").arg(l.studentName, l.tutorGroup);
    case RecipientColumn:
        return l.recipientKind == RecipientKind::Student ? tr("%1 (student)").arg(l.addressee) : l.addressee;
    case TypeColumn:
        return LetterTerms::label(l.type);
    case TemplateColumn:
        return l.templateName;
    case StateColumn:
        if (l.state == LetterState::Acknowledged && l.acknowledgedHow)
            return tr("%1: %2").arg(LetterTerms::label(l.state), LetterTerms::label(*l.acknowledgedHow).toLower());
        return LetterTerms::label(l.state);
    case IssuedColumn: {
        if (l.state == LetterState::Draft)
            return tr("not yet");
        const QDate on = QDate::fromString(l.issuedAt.left(10), Qt::ISODate);
        const QString how = l.issuedVia ? LetterTerms::label(*l.issuedVia) : QString();
        return tr("%1, %2").arg(locale.toString(on, QLocale::ShortFormat), how.toLower());
    }
    case CreatedByColumn:
        return l.createdByName;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LetterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ReferenceColumn:
        return tr("Reference");
    case StudentColumn:
        return tr("Student");
    case RecipientColumn:
        return tr("To");
    case TypeColumn:
        return tr("Type");
    case TemplateColumn:
        return tr("Template");
    case StateColumn:
        return tr("State");
    case IssuedColumn:
        return tr("Issued");
    case CreatedByColumn:
        return tr("Written by");
    case ColumnCount:
        break;
    }
    return {};
}

void LetterListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    if (m_db && m_session.isValid()) {
        const Status s = reload();
        Q_UNUSED(s); // an error leaves the list empty; the view shows that
    }
}

} // namespace md
