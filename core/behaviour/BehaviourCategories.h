// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "behaviour/BehaviourEvent.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>

namespace md {

class Database;

// The school's behaviour categories as an administrator (or the headteacher or lead mentor, per
// the role table) maintains them: rename, change the default points, retire and reinstate, and
// delete a category nobody has used yet. A category in use is retired, never deleted, so every
// event keeps its category. Adding one is BehaviourStore::addCategory. Every change is audited.
class BehaviourCategoryService
{
    Q_DECLARE_TR_FUNCTIONS(md::BehaviourCategoryService)
public:
    explicit BehaviourCategoryService(Database &db) : m_db(db) {}

    Result<BehaviourCategory> category(qint64 id) const;
    // How many events each category is used by (categories without events are absent).
    Result<QHash<qint64, int>> usage() const;
    // Name, type and default points. The type of a category in use cannot change: its events'
    // points would contradict it.
    Status update(const Session &session, const BehaviourCategory &category);
    // Retires (inactive: no longer offered for new events) or reinstates a category.
    Status setActive(const Session &session, qint64 id, bool active);
    // Deletes a category no event uses; a category in use is refused with a hint to retire it.
    Status remove(const Session &session, qint64 id);

    // The checks shared by adding and changing: a name, its length, the points' range and sign.
    static QString problemWith(const BehaviourCategory &category);

private:
    Result<int> eventsUsing(qint64 id) const;
    Database &m_db;
};

// The category list as the administration pane shows it: name, type, default points, in use by,
// and whether it is active or retired.
class BehaviourCategoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        PointsColumn,
        UsedColumn,
        StatusColumn,
        ColumnCount
    };
    enum DataRole
    {
        CategoryIdRole = Qt::UserRole + 1,
        ActiveRole,
    };

    explicit BehaviourCategoryModel(QObject *parent = nullptr);
    void setSource(Database &db);
    Status load();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const BehaviourCategory &categoryAt(int row) const { return m_rows.at(row); }
    int usedBy(qint64 id) const { return m_usage.value(id); }
    int rowOf(qint64 id) const;

private:
    Database *m_db = nullptr;
    QList<BehaviourCategory> m_rows;
    QHash<qint64, int> m_usage;
};

} // namespace md
