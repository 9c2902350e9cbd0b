// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timetable/TimetablePlanner.h"

#include <QAbstractTableModel>

namespace md {

// A week of 1:1 sessions as a grid: a row per period of the school day, a column per weekday.
// A cell lists its sessions (student, lesson missed, status) and says in words which rules a
// session breaks; a day without sessions says why (a holiday, an assessment week).
class MentorWeekModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum DataRole
    {
        SessionIdsRole = Qt::UserRole + 1, // QVariantList of the cell's session ids
        FlaggedRole,                        // true when a session in the cell breaks a rule
        DateRole,
        PeriodRole,
    };

    explicit MentorWeekModel(QObject *parent = nullptr);

    void setWeek(WeekPlan week);
    const WeekPlan &week() const { return m_week; }
    void setShowMentor(bool show);
    // Sessions in a cell (cancelled and rescheduled ones are not shown).
    QList<const PlacedSession *> sessionsAt(int row, int column) const;
    int flaggedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    WeekPlan m_week;
    bool m_showMentor = false;
};

} // namespace md
