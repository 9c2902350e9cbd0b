// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/MentorWeekModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace md {

MentorWeekModel::MentorWeekModel(QObject *parent) : QAbstractTableModel(parent) {}

void MentorWeekModel::setWeek(WeekPlan week)
{
    beginResetModel();
    m_week = std::move(week);
    endResetModel();
}

void MentorWeekModel::setShowMentor(bool show)
{
    beginResetModel();
    m_showMentor = show;
    endResetModel();
}

QList<const PlacedSession *> MentorWeekModel::sessionsAt(int row, int column) const
{
    QList<const PlacedSession *> out;
    if (row < 0 || row >= m_week.bells.periods().size() || column < 0 || column > 4)
        return out;
    const int period = m_week.bells.periods().at(row).period;
    const QDate day = m_week.monday.addDays(column);
    for (const PlacedSession &p : m_week.sessions)
        if (p.session.date == day && p.session.period == period && p.session.status != SessionStatus::Cancelled
            && p.session.status != SessionStatus::Rescheduled)
            out.append(&p);
    return out;
}

int MentorWeekModel::flaggedCount() const
{
    int n = 0;
    for (const PlacedSession &p : m_week.sessions)
        if (!p.breaks.isEmpty())
            ++n;
    return n;
}

int MentorWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_week.bells.periods().size());
}

int MentorWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QVariant MentorWeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<const PlacedSession *> here = sessionsAt(index.row(), index.column());
    const QString note = m_week.dayNotes.at(std::size_t(index.column()));
    bool flagged = false;
    for (const PlacedSession *p : here)
        flagged = flagged || !p->breaks.isEmpty();
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines;
        for (const PlacedSession *p : here) {
            QString line = p->studentName;
            if (!p->tutorGroup.isEmpty())
                line += QStringLiteral(" (%1)").arg(p->tutorGroup);
            lines << line;
            QString detail = p->session.subject.isEmpty() ? tr("no lesson") : p->session.subject;
            if (p->session.status != SessionStatus::Planned)
                detail += QStringLiteral(" \u00b7 ") + labelOf(p->session.status);
            if (m_showMentor)
                detail += QStringLiteral(" \u00b7 ") + p->session.mentorName;
            lines << detail;
            if (!p->breaks.isEmpty())
                lines << tr("\u26a0 Breaks: %1").arg(ScheduleRules::title(p->breaks.first().rule).toLower());
        }
        if (here.isEmpty() && !note.isEmpty() && index.row() == 0)
            lines << note;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const PlacedSession *p : here)
            for (const RuleBreak &b : p->breaks)
                lines << tr("%1: %2").arg(p->studentName, b.detail);
        if (!note.isEmpty())
            lines << note;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole: {
        const QLocale locale;
        const QString when = tr("%1, %2").arg(locale.toString(m_week.monday.addDays(index.column()), QStringLiteral("dddd")),
                                              m_week.bells.describe(m_week.bells.periods().at(index.row()).period));
        return here.isEmpty() ? tr("%1: free").arg(when) : tr("%1: %2").arg(when, data(index, Qt::DisplayRole).toString());
    }
    case Qt::BackgroundRole:
        if (flagged)
            return QBrush(QColor(0xFD, 0xE7, 0xE7));
        if (!note.isEmpty())
            return QBrush(QColor(0xEE, 0xEE, 0xEE));
        return {};
    case Qt::ForegroundRole:
        return flagged ? QVariant(QBrush(QColor(0xA3, 0x00, 0x00))) : QVariant();
    case SessionIdsRole: {
        QVariantList ids;
        for (const PlacedSession *p : here)
            ids << p->session.id;
        return ids;
    }
    case FlaggedRole:
        return flagged;
    case DateRole:
        return m_week.monday.addDays(index.column());
    case PeriodRole:
        return m_week.bells.periods().at(index.row()).period;
    default:
        return {};
    }
}

QVariant MentorWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_week.bells.periods().size())
            return {};
        const LessonPeriod &p = m_week.bells.periods().at(section);
        return QStringLiteral("%1\n%2").arg(p.name, p.start.toString(QStringLiteral("HH:mm")));
    }
    if (section < 0 || section > 4 || !m_week.monday.isValid())
        return {};
    // The day's note (a holiday, an assessment week) is in its first cell, where there is room.
    const QDate day = m_week.monday.addDays(section);
    return QLocale().toString(day, QStringLiteral("ddd d MMM"));
}

} // namespace md
