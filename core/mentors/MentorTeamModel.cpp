// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorTeamModel.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "mentoring/CaseloadDashboard.h"
#include "mentors/MentorCatalogue.h"
#include "mentors/MentorQualityStore.h"
#include "mentors/ReviewTerm.h"

#include <QHash>
#include <QLocale>

namespace md {

MentorTeamModel::MentorTeamModel(QObject *parent) : QAbstractTableModel(parent) {}

Status MentorTeamModel::load(Database &db, const Session &session, const QDate &today, bool includeRemoved)
{
    auto mentors = MentorStore(db).list(session, includeRemoved);
    if (!mentors)
        return mentors.error();
    // CPD hours "this year": since 1 September.
    const QDate yearStart(ReviewTerm::containing(today).schoolYear, 9, 1);
    auto summary = MentorQualityStore(db).teamSummary(session, yearStart, today);
    if (!summary)
        return summary.error();
    // The caseload dashboard's overdue expectations, for those who may see the team's.
    QHash<qint64, MentorSummary> caseloads;
    if (Permissions::allows(session, Action::ViewCaseload)) {
        CaseloadDashboard dashboard(db);
        auto team = dashboard.load(session, std::nullopt, today);
        if (team)
            for (const MentorSummary &ms : CaseloadDashboard::summarise(*team))
                caseloads.insert(ms.mentorId, ms);
    }
    QList<Row> rows;
    rows.reserve(mentors->size());
    for (const MentorProfile &m : std::as_const(*mentors)) {
        Row r;
        r.mentor = m;
        const MentorQualityStore::TeamSummary s = summary->value(m.userId);
        r.lastSupervision = s.lastSupervision;
        r.cpdHours = s.cpdHours;
        r.overdue = overdueItems(m, s.lastSupervision, today);
        if (const MentorSummary ms = caseloads.value(m.userId); ms.overdueTotal > 0 && !m.removed)
            r.overdue << (ms.overdueTotal == 1
                              ? tr("Caseload: 1 overdue item for 1 student")
                              : tr("Caseload: %1 overdue items for %n student(s)", nullptr, ms.studentsWithOverdue)
                                    .arg(ms.overdueTotal));
        rows.append(r);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return {};
}

void MentorTeamModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MentorTeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MentorTeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MentorTeamModel::rowOfMentor(qint64 userId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).mentor.userId == userId)
            return i;
    return -1;
}

QString MentorTeamModel::caseloadText(const MentorProfile &m)
{
    if (m.removed)
        return QString::number(m.caseload);
    if (!m.hasProfile || m.capacity <= 0)
        return tr("%1 (no capacity set)").arg(m.caseload);
    return tr("%1 of %2").arg(m.caseload).arg(m.capacity);
}

QString MentorTeamModel::statusText(const MentorProfile &m)
{
    if (m.removed)
        return m.removedOn.isValid() ? tr("Removed on %1")
                                           .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    .toString(m.removedOn, QStringLiteral("d MMM yyyy")))
                                     : tr("Removed");
    if (m.caseload == 0)
        return tr("Not assigned to any students");
    const auto places = m.placesLeft();
    if (!places)
        return m.caseload == 1 ? tr("Assigned to 1 student") : tr("Assigned to %1 students").arg(m.caseload);
    if (*places < 0)
        return tr("Over capacity by %1").arg(-*places);
    if (*places == 0)
        return tr("Assigned: full (%1 of %2)").arg(m.caseload).arg(m.capacity);
    return tr("Assigned to %1 of %2 students").arg(m.caseload).arg(m.capacity);
}

QStringList MentorTeamModel::overdueItems(const MentorProfile &m, const QDate &lastSupervision, const QDate &today)
{
    QStringList items;
    if (m.removed)
        return items;
    if (!lastSupervision.isValid())
        items << tr("Supervision: none recorded");
    else if (lastSupervision.daysTo(today) > kSupervisionDueDays)
        items << tr("Supervision: last %1 days ago").arg(lastSupervision.daysTo(today));
    if (const auto places = m.placesLeft(); places && *places < 0)
        items << tr("Caseload over capacity");
    return items;
}

QVariant MentorTeamModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const MentorProfile &m = r.mentor;
    if (role == MentorIdRole)
        return m.userId;
    if (role == RemovedRole)
        return m.removed;
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return QString(m.basic.lastName + QLatin1Char(' ') + m.basic.firstName).toLower();
        case GradeColumn:
            return m.grade;
        case CaseloadColumn:
            return m.caseload;
        case StatusColumn:
            return m.removed ? 100000 : (m.placesLeft() ? *m.placesLeft() : 1000);
        case OverdueColumn:
            return int(r.overdue.size());
        case LastSupervisionColumn:
            return r.lastSupervision.isValid() ? isoDate(r.lastSupervision) : QString();
        case CpdHoursColumn:
            return r.cpdHours;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == CaseloadColumn || index.column() == CpdHoursColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::ToolTipRole)
            return m.username;
        return m.basic.fullName().isEmpty() ? m.displayName : m.basic.fullName();
    case GradeColumn:
        return m.grade.isEmpty() ? tr("Not set") : MentorCatalogue::gradeLabel(m.grade);
    case CaseloadColumn:
        return caseloadText(m);
    case StatusColumn:
        if (role == Qt::ToolTipRole && m.removed)
            return MentorCatalogue::labelOf(MentorCatalogue::removalReasons(), m.removalReason);
        return statusText(m);
    case OverdueColumn:
        return r.overdue.isEmpty() ? (m.removed ? QString() : tr("None")) : r.overdue.join(QStringLiteral("; "));
    case LastSupervisionColumn:
        return r.lastSupervision.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                 .toString(r.lastSupervision, QStringLiteral("d MMM yyyy"))
                                           : tr("None recorded");
    case CpdHoursColumn:
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(r.cpdHours, 'f', 1);
    }
    return {};
}

QVariant MentorTeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Mentor");
    case GradeColumn:
        return tr("Grade");
    case CaseloadColumn:
        return tr("Caseload");
    case StatusColumn:
        return tr("Status");
    case OverdueColumn:
        return tr("Overdue");
    case LastSupervisionColumn:
        return tr("Last supervision");
    case CpdHoursColumn:
        return tr("CPD hours this year");
    }
    return {};
}

} // namespace md
