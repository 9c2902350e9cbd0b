// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "school/SchoolSettings.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace md {

QString SchoolSettings::value(const QString &key, const QString &fallback) const
{
    Query q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bind(key);
    auto v = q.scalar();
    if (!v || v->isNull())
        return fallback;
    return v->toString();
}

Status SchoolSettings::setValueUnchecked(const QString &key, const QString &value)
{
    Query q(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(key).bind(value);
    return q.exec();
}

Status SchoolSettings::setValue(const Session &session, const QString &key, const QString &value)
{
    if (Status s = Permissions::require(session, Action::ManageSettings); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString old = this->value(key);
    if (Status s = setValueUnchecked(key, value); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("setting"), 0, key, old, value); !s)
        return s;
    return tx.commit();
}

QString SchoolSettings::schoolName() const
{
    return value(kName, QCoreApplication::translate("md::SchoolSettings", "Unnamed school"));
}

SchoolPhase SchoolSettings::phase() const
{
    return value(kPhase) == QLatin1String("primary") ? SchoolPhase::Primary : SchoolPhase::Secondary;
}

bool SchoolSettings::isDemo() const
{
    return value(kDemo) == QLatin1String("1");
}

} // namespace md
