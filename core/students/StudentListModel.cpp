// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/StudentListModel.h"

#include <QLocale>

namespace md {

StudentListModel::StudentListModel(QObject *parent) : QAbstractTableModel(parent) {}

Status StudentListModel::load(Database &db, const Session &session, bool includeLeavers)
{
    auto rows = StudentStore(db).list(session, includeLeavers);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(*rows);
    m_search.clear();
    m_search.reserve(m_rows.size());
    for (const StudentRow &r : std::as_const(m_rows)) {
        const Student &s = r.student;
        QStringList parts{s.legalForename, s.legalSurname, s.preferredForename, s.preferredSurname, s.upn, s.tutorGroup};
        parts += s.badges();
        parts << senStatusLabel(s.senStatus);
        m_search.append(parts.join(QLatin1Char(' ')).toLower());
    }
    endResetModel();
    return {};
}

void StudentListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_search.clear();
    endResetModel();
}

int StudentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StudentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StudentRow &row = m_rows.at(index.row());
    const Student &s = row.student;
    switch (role) {
    case StudentIdRole:
        return s.id;
    case BadgesRole:
        return s.badges();
    case SearchTextRole:
        return m_search.at(index.row());
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return s.sortName();
        case UpnColumn:
            return s.upn;
        case YearColumn:
            return s.yearGroup > 0 ? QVariant(s.yearGroup) : QVariant();
        case TutorGroupColumn:
            return s.tutorGroup;
        case FlagsColumn:
            return s.badges().join(QStringLiteral(" · "));
        case AttendanceColumn:
            return s.attendance ? QVariant(QString(QLocale().toString(*s.attendance, 'f', 1) + QLatin1Char('%'))) : QVariant();
        case MentorColumn:
            return row.mentorName;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return s.sortName().toLower();
        case YearColumn:
            return s.yearGroup;
        case AttendanceColumn:
            return s.attendance.value_or(-1.0);
        case FlagsColumn:
            return int(s.badges().size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == YearColumn || index.column() == AttendanceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == FlagsColumn) {
            QStringList lines{senStatusLabel(s.senStatus)};
            if (s.pupilPremium)
                lines << tr("Pupil premium");
            if (s.lookedAfter)
                lines << tr("Looked-after child");
            if (s.semh)
                lines << tr("Social, emotional and mental health needs");
            lines += s.priorityFlagLabels;
            return lines.join(QLatin1Char('\n'));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant StudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UpnColumn:
        return tr("UPN");
    case YearColumn:
        return tr("Year");
    case TutorGroupColumn:
        return tr("Tutor group");
    case FlagsColumn:
        return tr("Flags");
    case AttendanceColumn:
        return tr("Attendance");
    case MentorColumn:
        return tr("Mentor");
    }
    return {};
}

int StudentListModel::rowOfStudent(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).student.id == id)
            return i;
    return -1;
}

} // namespace md
