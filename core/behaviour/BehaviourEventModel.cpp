// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviour/BehaviourEventModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace md {

namespace {
QVariant pointsColour(int points)
{
    if (points > 0)
        return QBrush(QColor(0x1b, 0x6e, 0x2e));
    if (points < 0)
        return QBrush(QColor(0xa3, 0x1c, 0x1c));
    return {};
}

QString signedPoints(int points)
{
    return points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points);
}
} // namespace

BehaviourEventModel::BehaviourEventModel(QObject *parent) : QAbstractTableModel(parent) {}

void BehaviourEventModel::setSource(Database &db, const Session &session)
{
    m_db = &db;
    m_session = session;
}

Status BehaviourEventModel::load()
{
    if (!m_db)
        return Error::invalid(tr("The behaviour log has no database to read."));
    auto rows = BehaviourStore(*m_db).list(m_session, m_filter, m_pageSize);
    beginResetModel();
    if (!rows) {
        m_error = rows.error();
        m_rows.clear();
        m_more = false;
        endResetModel();
        return rows.error();
    }
    m_rows = std::move(*rows);
    m_more = m_rows.size() >= m_pageSize;
    endResetModel();
    return {};
}

bool BehaviourEventModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void BehaviourEventModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || !m_db || m_rows.isEmpty())
        return;
    const BehaviourEvent &last = m_rows.constLast();
    auto rows =
        BehaviourStore(*m_db).list(m_session, m_filter, m_pageSize, {behaviourTimeCode(last.occurredAt), last.id});
    if (!rows) {
        m_error = rows.error();
        m_more = false;
        return;
    }
    m_more = rows->size() >= m_pageSize;
    if (rows->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(std::move(*rows));
    endInsertRows();
}

int BehaviourEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BehaviourEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BehaviourEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BehaviourEvent &e = m_rows.at(index.row());
    switch (role) {
    case EventIdRole:
        return e.id;
    case StudentIdRole:
        return e.studentId;
    case PointsRole:
        return e.points;
    case Qt::ForegroundRole:
        return index.column() == PointsColumn ? pointsColour(e.points) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == PointsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == DescriptionColumn ? e.description : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(e.occurredAt, QStringLiteral("ddd dd/MM/yyyy HH:mm"));
        case StudentColumn:
            return e.studentName;
        case GroupColumn:
            return e.tutorGroup;
        case WhereColumn:
            return e.where();
        case CategoryColumn:
            return e.categoryName;
        case PointsColumn:
            return signedPoints(e.points);
        case ActionColumn:
            return e.actionTaken;
        case RecordedByColumn:
            return e.recordedByName;
        case DescriptionColumn:
            return e.description.simplified();
        }
    }
    return {};
}

QVariant BehaviourEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case StudentColumn:
        return tr("Student");
    case GroupColumn:
        return tr("Group");
    case WhereColumn:
        return tr("Course or place");
    case CategoryColumn:
        return tr("Category");
    case PointsColumn:
        return tr("Points");
    case ActionColumn:
        return tr("Action taken");
    case RecordedByColumn:
        return tr("Recorded by");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

BehaviourTotalsModel::BehaviourTotalsModel(QObject *parent) : QAbstractTableModel(parent) {}

void BehaviourTotalsModel::setSource(Database &db, const Session &session)
{
    m_db = &db;
    m_session = session;
}

Status BehaviourTotalsModel::load(const BehaviourFilter &filter)
{
    if (!m_db)
        return Error::invalid(tr("The behaviour totals have no database to read."));
    auto rows = BehaviourStore(*m_db).weeklyTotals(m_session, filter);
    beginResetModel();
    m_rows = rows ? std::move(*rows) : QList<BehaviourWeekTotal>();
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

int BehaviourTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BehaviourTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BehaviourTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BehaviourWeekTotal &t = m_rows.at(index.row());
    if (role == StudentIdRole)
        return t.studentId;
    if (role == Qt::ForegroundRole && index.column() >= PositiveColumn) {
        const int v = index.column() == PositiveColumn   ? t.positive
                      : index.column() == NegativeColumn ? t.negative
                                                         : t.net();
        return pointsColour(v);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= EventsColumn)
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case WeekColumn:
        return tr("w/c %1").arg(QLocale().toString(t.weekStart, QLocale::ShortFormat));
    case StudentColumn:
        return t.studentName;
    case GroupColumn:
        return t.tutorGroup;
    case EventsColumn:
        return t.events;
    case PositiveColumn:
        return signedPoints(t.positive);
    case NegativeColumn:
        return signedPoints(t.negative);
    case NetColumn:
        return signedPoints(t.net());
    }
    return {};
}

QVariant BehaviourTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WeekColumn:
        return tr("Week");
    case StudentColumn:
        return tr("Student");
    case GroupColumn:
        return tr("Group");
    case EventsColumn:
        return tr("Events");
    case PositiveColumn:
        return tr("Positive");
    case NegativeColumn:
        return tr("Negative");
    case NetColumn:
        return tr("Net");
    }
    return {};
}

} // namespace md
