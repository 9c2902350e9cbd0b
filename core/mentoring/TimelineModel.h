// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>

namespace md {

class Database;
class Session;

// Everything in a student's mentoring log, as one timeline.
enum class TimelineKind
{
    Session,
    Objective,
    Target,
    CheckIn,
    Observation,
    BehaviourIntervention,
    Contact,
    ProgressUpdate,
    TermlyReport,
    Review,
    Note,
};

struct TimelineItem
{
    TimelineKind kind = TimelineKind::Note;
    qint64 id = 0; // the row in its own table
    QDate on;
    QString summary;
    QString by;
    bool attention = false; // a missed session, a target not met, a concern
    bool restricted = false; // a restricted entry this session may not read (summary says so)
};

// One student's mentoring log in date order (newest first), filtered by kind in SQL.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        KindColumn,
        SummaryColumn,
        ByColumn,
        ColumnCount
    };
    enum DataRole
    {
        KindRole = Qt::UserRole + 1, // TimelineKind as int
        ItemIdRole,
        DateRole,
    };

    explicit TimelineModel(QObject *parent = nullptr);

    Status load(Database &db, const Session &session, qint64 studentId);
    // Only these kinds (all when empty); takes effect at the next load().
    void setKinds(const QSet<TimelineKind> &kinds) { m_kinds = kinds; }
    const QSet<TimelineKind> &kinds() const { return m_kinds; }
    void clear();
    const TimelineItem &itemAt(int row) const { return m_items.at(row); }

    static QList<TimelineKind> allKinds();
    static QString code(TimelineKind kind);
    static QString label(TimelineKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineItem> m_items;
    QSet<TimelineKind> m_kinds;
};

} // namespace md
