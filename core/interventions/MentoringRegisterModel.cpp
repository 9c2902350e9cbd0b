// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/MentoringRegisterModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace md {

MentoringRegisterModel::MentoringRegisterModel(QObject *parent) : QAbstractTableModel(parent) {}

void MentoringRegisterModel::setSource(Database &db, const Session &session)
{
    m_db = &db;
    m_session = session;
}

Status MentoringRegisterModel::load()
{
    if (!m_db)
        return Error::invalid(tr("The mentoring register has no database to read."));
    auto rows = InterventionStore(*m_db).list(m_session, m_filter);
    beginResetModel();
    if (rows)
        m_rows = std::move(*rows);
    else
        m_rows.clear();
    m_loaded = true;
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

void MentoringRegisterModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MentoringRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MentoringRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MentoringRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Intervention &i = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case InterventionIdRole:
        return i.id;
    case StudentIdRole:
        return i.studentId;
    case BadgesRole:
        return i.student.badges();
    case OverdueRole:
        return i.reviewOverdue(m_filter.today);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StudentColumn:
            return i.student.sortName();
        case YearColumn:
            return i.student.yearGroup > 0
                       ? QStringLiteral("%1 · %2").arg(i.student.yearGroup).arg(i.student.tutorGroup)
                       : i.student.tutorGroup;
        case FlagsColumn:
            return i.student.badges().join(QStringLiteral(" · "));
        case InterventionColumn:
            return i.provisionName;
        case StageColumn:
            return i.stage;
        case KeyworkerColumn:
            return i.keyworkerId ? (i.senKeyworker ? tr("%1 (SEN keyworker)").arg(i.keyworkerName) : i.keyworkerName)
                                 : tr("Not allocated");
        case StartedColumn:
            return i.startedOn.isValid() ? locale.toString(i.startedOn, QLocale::ShortFormat)
                                         : tr("Planned %1").arg(locale.toString(i.plannedOn, QLocale::ShortFormat));
        case ReviewColumn:
            if (i.status == InterventionStatus::Concluded)
                return tr("Concluded %1").arg(locale.toString(i.concludedOn, QLocale::ShortFormat));
            return i.reviewOverdue(m_filter.today)
                       ? tr("%1 (overdue)").arg(locale.toString(i.reviewOn, QLocale::ShortFormat))
                       : locale.toString(i.reviewOn, QLocale::ShortFormat);
        case StatusColumn:
            return i.statusText(m_filter.today);
        case ObjectivesColumn:
            return i.objectives.join(QStringLiteral("; "));
        case OutcomeColumn:
            return i.outcome ? tr("%1: %2").arg(labelOf(*i.outcome), i.impact) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ObjectivesColumn && !i.objectives.isEmpty()) {
            QStringList lines;
            for (int k = 0; k < i.objectives.size(); ++k)
                lines << QStringLiteral("%1. %2").arg(k + 1).arg(i.objectives.at(k));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == OutcomeColumn && !i.conclusionReport.isEmpty())
            return i.conclusionReport;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StageColumn)
            return int(Qt::AlignCenter);
        break;
    case Qt::BackgroundRole:
        if (index.column() == ReviewColumn && i.reviewOverdue(m_filter.today))
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        break;
    default:
        break;
    }
    return {};
}

QVariant MentoringRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList headers = exportHeaders();
    return section >= 0 && section < ColumnCount ? QVariant(headers.at(section)) : QVariant();
}

void MentoringRegisterModel::sort(int column, Qt::SortOrder order)
{
    using Sort = RegisterFilter::Sort;
    switch (column) {
    case StudentColumn:
        m_filter.sort = Sort::Student;
        break;
    case YearColumn:
        m_filter.sort = Sort::Year;
        break;
    case InterventionColumn:
        m_filter.sort = Sort::Intervention;
        break;
    case StageColumn:
        m_filter.sort = Sort::Stage;
        break;
    case KeyworkerColumn:
        m_filter.sort = Sort::Keyworker;
        break;
    case StartedColumn:
        m_filter.sort = Sort::Started;
        break;
    case ReviewColumn:
        m_filter.sort = Sort::Review;
        break;
    case StatusColumn:
        m_filter.sort = Sort::Status;
        break;
    default:
        return;
    }
    m_filter.order = order;
    if (m_db && m_loaded) {
        // Sorted by the database; a reset because the rows may differ from before. Until the
        // first load a view's sort only records the order.
        const Status s = load();
        Q_UNUSED(s);
    }
}

int MentoringRegisterModel::rowOfIntervention(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == id)
            return r;
    return -1;
}

QStringList MentoringRegisterModel::exportHeaders()
{
    return {tr("Student"),           tr("Year"),    tr("Flags"),  tr("Intervention"), tr("Stage"),
            tr("Keyworker"),         tr("Started"), tr("Review"), tr("Status"),       tr("Objectives"),
            tr("Outcome and impact")};
}

QStringList MentoringRegisterModel::exportKeys()
{
    return {QStringLiteral("student"),      QStringLiteral("year"),   QStringLiteral("flags"),
            QStringLiteral("intervention"), QStringLiteral("stage"),  QStringLiteral("keyworker"),
            QStringLiteral("started"),      QStringLiteral("review"), QStringLiteral("status"),
            QStringLiteral("objectives"),   QStringLiteral("outcome")};
}

QStringList MentoringRegisterModel::exportRow(const Intervention &i, const QDate &today)
{
    // ISO dates: the export is read by spreadsheets and scripts.
    const auto iso = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    return {i.student.sortName(),
            i.student.yearGroup > 0 ? QString::number(i.student.yearGroup) : QString(),
            i.student.badges().join(QLatin1Char(' ')),
            i.provisionName,
            QString::number(i.stage),
            i.keyworkerName,
            iso(i.startedOn),
            iso(i.status == InterventionStatus::Concluded ? i.concludedOn : i.reviewOn),
            i.statusText(today),
            i.objectives.join(QStringLiteral("; ")),
            i.outcome ? labelOf(*i.outcome) + QStringLiteral(": ") + i.impact : QString()};
}

} // namespace md
