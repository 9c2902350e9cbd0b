// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportStudentListModel.h"

#include "access/Permissions.h"
#include "access/StudentScope.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace md {

Status ReportStudentListModel::load(const Database &db, const Session &session, const QString &filter)
{
    if (Status s = Permissions::require(session, Action::ViewReports); !s)
        return s;
    const StudentScope scope = StudentScope::of(session, Action::ViewReports);
    QString sql = QStringLiteral("SELECT s.id, COALESCE(s.preferred_surname, s.legal_surname) || ', ' || "
                                 "COALESCE(s.preferred_forename, s.legal_forename), COALESCE(s.year_group, 0), "
                                 "s.tutor_group FROM students s WHERE s.date_left IS NULL AND ") +
                  scope.condition;
    const QString f = filter.trimmed();
    if (!f.isEmpty())
        // LOWER on both sides: LIKE ignores case on SQLite but not on PostgreSQL.
        sql += QStringLiteral(" AND (LOWER(s.legal_surname) LIKE ? OR LOWER(s.legal_forename) LIKE ? "
                              "OR LOWER(s.preferred_forename) LIKE ? OR LOWER(s.preferred_surname) LIKE ? "
                              "OR LOWER(s.upn) LIKE ? OR LOWER(s.tutor_group) LIKE ?)");
    sql += QStringLiteral(" ORDER BY 2, s.id LIMIT ?");
    Query q(db, sql);
    for (const QVariant &v : scope.binds)
        q.bind(v);
    if (!f.isEmpty()) {
        QString like = f;
        like.replace(QLatin1Char('%'), QString()).replace(QLatin1Char('_'), QString());
        like = QLatin1Char('%') + like.toLower() + QLatin1Char('%');
        for (int i = 0; i < 6; ++i)
            q.bind(like);
    }
    q.bind(kLimit + 1);
    if (Status s = q.exec(); !s)
        return s;
    QList<Row> rows;
    while (q.next())
        rows.append({q.id(0), q.string(1), q.integer(2), q.string(3)});
    beginResetModel();
    m_truncated = rows.size() > kLimit;
    if (m_truncated)
        rows.removeLast();
    m_rows = rows;
    endResetModel();
    return {};
}

int ReportStudentListModel::rowOf(qint64 studentId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == studentId)
            return i;
    return -1;
}

int ReportStudentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportStudentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportStudentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case YearColumn:
            return r.year > 0 ? QVariant(r.year) : QVariant();
        case GroupColumn:
            return r.group;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return r.id;
    return {};
}

QVariant ReportStudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Student");
    case YearColumn:
        return tr("Year");
    case GroupColumn:
        return tr("Tutor group");
    default:
        return {};
    }
}

} // namespace md
