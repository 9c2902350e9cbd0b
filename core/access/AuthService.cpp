// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AuthService.h"

#include "access/PasswordHasher.h"
#include "access/UserStore.h"
#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace md {

namespace {
// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::AuthService)
};
} // namespace

bool AuthService::needsFirstAdministrator() const
{
    return UserStore(m_db).count() == 0;
}

Result<Session> AuthService::createFirstAdministrator(const QString &username, const QString &displayName,
                                                      const QString &password)
{
    if (!needsFirstAdministrator())
        return Error::conflict(Tr::tr("This school already has users: sign in instead."));
    NewStaffUser user{username, displayName, {}, password, {Role::Administrator}, {}};
    auto id = UserStore(m_db).create(Session::system(QStringLiteral("first-run")), user);
    if (!id)
        return id.error();
    return sessionFor(username);
}

Result<Session> AuthService::sessionFor(const QString &username) const
{
    auto user = UserStore(m_db).findByUsername(username);
    if (!user)
        return user.error();
    if (!user->active)
        return Error::forbidden(Tr::tr("The account '%1' has been switched off.").arg(username));
    return Session(user->id, user->username, user->displayName, user->roles);
}

Result<Session> AuthService::signIn(const QString &username, const QString &password)
{
    const Error refused = Error::forbidden(Tr::tr("The username or password is not right."));
    Query q(m_db, QStringLiteral("SELECT id, password_hash, failed_attempts, locked_until, active FROM users WHERE username = ?"));
    q.bind(username);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return refused;
    const qint64 id = q.id(0);
    const QString hash = q.string(1);
    const int failures = q.integer(2);
    const QDateTime lockedUntil = QDateTime::fromString(q.string(3), Qt::ISODateWithMs);
    const bool active = q.flag(4);
    q.finish();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (lockedUntil.isValid() && lockedUntil > now)
        return Error::forbidden(Tr::tr("Too many wrong passwords: try again in %1 seconds.")
                                    .arg(now.secsTo(lockedUntil) + 1));
    if (!active)
        return Error::forbidden(Tr::tr("The account '%1' has been switched off.").arg(username));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (!PasswordHasher::verify(hash, password)) {
        const int attempts = failures + 1;
        QVariant until;
        if (attempts >= kFreeAttempts) {
            // 30 s after the fifth failure, doubling with each further one, at most a day.
            const qint64 delay = qMin<qint64>(30LL << qMin(attempts - kFreeAttempts, 12), 86400);
            until = now.addSecs(delay).toString(Qt::ISODateWithMs);
        }
        Query fail(m_db, QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
        fail.bind(attempts).bind(until).bind(id);
        if (Status s = fail.exec(); !s)
            return s.error();
        AuditLog audit(m_db, {id, username});
        if (Status s = audit.record(QStringLiteral("sign_in_failed"), QStringLiteral("user"), id, {}, {}, {}); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        qCInfo(lcAccess) << "failed sign-in for user id" << id;
        return refused;
    }
    Query ok(m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, password_hash = ? WHERE id = ?"));
    QString newHash = hash;
    if (PasswordHasher::needsRehash(hash)) {
        if (auto h = PasswordHasher::hash(password))
            newHash = *h;
    }
    ok.bind(newHash).bind(id);
    if (Status s = ok.exec(); !s)
        return s.error();
    AuditLog audit(m_db, {id, username});
    if (Status s = audit.record(QStringLiteral("sign_in"), QStringLiteral("user"), id, {}, {}, {}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return sessionFor(username);
}

} // namespace md
