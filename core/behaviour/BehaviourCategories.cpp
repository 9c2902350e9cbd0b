// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviour/BehaviourCategories.h"

#include "access/Permissions.h"
#include "behaviour/BehaviourLogging.h"
#include "behaviour/BehaviourStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QBrush>
#include <QColor>

namespace md {

namespace {
const QLatin1String kEntity("behaviour_category");
} // namespace

QString BehaviourCategoryService::problemWith(const BehaviourCategory &category)
{
    const QString name = category.name.simplified();
    if (name.isEmpty())
        return tr("A behaviour category needs a name.");
    if (name.size() > BehaviourStore::kMaxShortLength)
        return tr("A category's name may be at most %1 characters long.").arg(BehaviourStore::kMaxShortLength);
    BehaviourCategory named = category;
    named.name = name;
    if (QString problem = BehaviourStore::checkPoints(named, category.defaultPoints); !problem.isEmpty())
        return tr("Default %1.").arg(problem);
    return {};
}

Result<BehaviourCategory> BehaviourCategoryService::category(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT id, name, kind, default_points, active FROM behaviour_categories WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("That behaviour category no longer exists."));
    BehaviourCategory c;
    c.id = q.id(0);
    c.name = q.string(1);
    c.kind = behaviourKindFromCode(q.string(2)).value_or(BehaviourKind::Negative);
    c.defaultPoints = q.integer(3);
    c.active = q.flag(4);
    return c;
}

Result<int> BehaviourCategoryService::eventsUsing(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM behaviour_events WHERE category_id = ?"));
    q.bind(id);
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QHash<qint64, int>> BehaviourCategoryService::usage() const
{
    // Every category's count at once, from the category index alone (migration 0041).
    Query q(m_db, QStringLiteral("SELECT category_id, COUNT(*) FROM behaviour_events GROUP BY category_id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<qint64, int> out;
    while (q.next())
        if (const int n = q.integer(1); n > 0)
            out.insert(q.id(0), n);
    return out;
}

Status BehaviourCategoryService::update(const Session &session, const BehaviourCategory &category)
{
    if (Status s = Permissions::require(session, Action::ManageBehaviourCategories); !s)
        return s;
    auto old = this->category(category.id);
    if (!old)
        return old.error();
    if (QString problem = problemWith(category); !problem.isEmpty())
        return Error::invalid(problem);
    const QString name = category.name.simplified();
    Query exists(m_db,
                 QStringLiteral("SELECT COUNT(*) FROM behaviour_categories WHERE LOWER(name) = LOWER(?) AND id <> ?"));
    exists.bind(name).bind(category.id);
    auto n = exists.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::conflict(tr("There is already a behaviour category called \"%1\".").arg(name));
    if (category.kind != old->kind) {
        auto used = eventsUsing(category.id);
        if (!used)
            return used.error();
        if (*used > 0)
            return Error::conflict(tr("\"%1\" is used by %n event(s): its type cannot change. Retire it and add a "
                                      "new category instead.",
                                      nullptr, *used)
                                       .arg(old->name));
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db,
            QStringLiteral("UPDATE behaviour_categories SET name = ?, kind = ?, default_points = ? WHERE id = ?"));
    q.bind(name).bind(toCode(category.kind)).bind(category.defaultPoints).bind(category.id);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (old->name != name)
        if (Status s = audit.changed(kEntity, category.id, QStringLiteral("name"), old->name, name); !s)
            return s;
    if (old->kind != category.kind)
        if (Status s =
                audit.changed(kEntity, category.id, QStringLiteral("kind"), toCode(old->kind), toCode(category.kind));
            !s)
            return s;
    if (old->defaultPoints != category.defaultPoints)
        if (Status s = audit.changed(kEntity, category.id, QStringLiteral("default_points"),
                                     QString::number(old->defaultPoints), QString::number(category.defaultPoints));
            !s)
            return s;
    return tx.commit();
}

Status BehaviourCategoryService::setActive(const Session &session, qint64 id, bool active)
{
    if (Status s = Permissions::require(session, Action::ManageBehaviourCategories); !s)
        return s;
    auto old = category(id);
    if (!old)
        return old.error();
    if (old->active == active)
        return Error::conflict(active ? tr("\"%1\" is already in use for new events.").arg(old->name)
                                      : tr("\"%1\" is already retired.").arg(old->name));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE behaviour_categories SET active = ? WHERE id = ?"));
    q.bind(active).bind(id);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(kEntity, id, QStringLiteral("active"),
                                 old->active ? QStringLiteral("1") : QStringLiteral("0"),
                                 active ? QStringLiteral("1") : QStringLiteral("0"));
        !s)
        return s;
    return tx.commit();
}

Status BehaviourCategoryService::remove(const Session &session, qint64 id)
{
    if (Status s = Permissions::require(session, Action::ManageBehaviourCategories); !s)
        return s;
    auto old = category(id);
    if (!old)
        return old.error();
    auto used = eventsUsing(id);
    if (!used)
        return used.error();
    if (*used > 0)
        return Error::conflict(tr("\"%1\" is used by %n event(s): retire it instead, so those events keep their "
                                  "category.",
                                  nullptr, *used)
                                   .arg(old->name));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("DELETE FROM behaviour_categories WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.deleted(kEntity, id, old->name); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcBehaviour) << "deleted behaviour category" << id;
    return {};
}

// --- model ---------------------------------------------------------------------------------------

BehaviourCategoryModel::BehaviourCategoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void BehaviourCategoryModel::setSource(Database &db)
{
    m_db = &db;
}

Status BehaviourCategoryModel::load()
{
    if (!m_db)
        return Error::invalid(tr("The category list has no database to read."));
    auto rows = BehaviourStore(*m_db).categories();
    auto usage = BehaviourCategoryService(*m_db).usage();
    beginResetModel();
    m_rows = rows ? *rows : QList<BehaviourCategory>();
    m_usage = usage ? *usage : QHash<qint64, int>();
    endResetModel();
    if (!rows)
        return rows.error();
    if (!usage)
        return usage.error();
    return {};
}

int BehaviourCategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BehaviourCategoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int BehaviourCategoryModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QVariant BehaviourCategoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BehaviourCategory &c = m_rows.at(index.row());
    switch (role) {
    case CategoryIdRole:
        return c.id;
    case ActiveRole:
        return c.active;
    case Qt::ForegroundRole:
        if (!c.active)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        if (index.column() == KindColumn)
            return QBrush(c.kind == BehaviourKind::Positive ? QColor(0x1b, 0x6e, 0x2e) : QColor(0xa3, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PointsColumn || index.column() == UsedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case KindColumn:
            return behaviourKindLabel(c.kind);
        case PointsColumn:
            return c.defaultPoints > 0 ? QStringLiteral("+%1").arg(c.defaultPoints) : QString::number(c.defaultPoints);
        case UsedColumn:
            return tr("%n event(s)", nullptr, m_usage.value(c.id));
        case StatusColumn:
            return c.active ? tr("Active") : tr("Retired");
        }
        return {};
    }
    return {};
}

QVariant BehaviourCategoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Category");
    case KindColumn:
        return tr("Type");
    case PointsColumn:
        return tr("Default points");
    case UsedColumn:
        return tr("Used by");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace md
