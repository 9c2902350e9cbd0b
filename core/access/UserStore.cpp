// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/UserStore.h"

#include "access/ServerAccounts.h"

#include "access/PasswordHasher.h"
#include "access/Permissions.h"
#include "access/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace md {

namespace {
// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::UserStore)
};
} // namespace

int UserStore::count() const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
    auto n = q.scalar();
    return n ? n->toInt() : 0;
}

bool UserStore::isCommonPassword(const QString &password)
{
    static const QSet<QString> common = [] {
        QSet<QString> words;
        QFile f(QStringLiteral(":/access/common-passwords.txt"));
        if (f.open(QIODevice::ReadOnly | QIODevice::Text))
            while (!f.atEnd()) {
                const QString line = QString::fromUtf8(f.readLine()).trimmed();
                if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                    words.insert(line.toLower());
            }
        return words;
    }();
    return common.contains(password.toLower());
}

Status UserStore::checkPasswordRules(const QString &password)
{
    if (password.size() < 8)
        return Error::invalid(Tr::tr("The password must be at least 8 characters long."));
    if (password.trimmed().isEmpty())
        return Error::invalid(Tr::tr("The password cannot be only spaces."));
    if (isCommonPassword(password))
        return Error::invalid(Tr::tr("That is one of the most commonly used passwords, the first ones an attacker "
                                     "tries. Choose another (a few unrelated words make a good one)."));
    return {};
}

Result<qint64> UserStore::create(const Session &session, const NewStaffUser &user)
{
    // The very first user of an empty database is the administrator who set it up.
    if (count() > 0) {
        if (Status s = Permissions::require(session, Action::ManageUsers); !s)
            return s.error();
    }
    return insert(user, session);
}

Result<qint64> UserStore::insert(const NewStaffUser &user, const Session &actor)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    if (!validName.match(user.username).hasMatch())
        return Error::invalid(Tr::tr("The username '%1' is not valid: use 2 to 64 letters, digits, dots, dashes or "
                                 "underscores.")
                                  .arg(user.username.left(64)));
    if (user.displayName.trimmed().isEmpty())
        return Error::invalid(Tr::tr("Enter the user's name."));
    if (user.roles.isEmpty())
        return Error::invalid(Tr::tr("Give the user at least one role."));
    if (findByUsername(user.username).ok())
        return Error::conflict(Tr::tr("There is already a user called '%1'.").arg(user.username));
    QString hash = user.passwordHash;
    if (hash.isEmpty()) {
        if (Status s = checkPasswordRules(user.password); !s)
            return s.error();
        auto h = PasswordHasher::hash(user.password);
        if (!h)
            return h.error();
        hash = *h;
    }

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO users (username, display_name, email, password_hash, created_at) "
                                 "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bind(user.username).bind(user.displayName.trimmed()).bindNullable(user.email).bind(hash).bind(isoNow());
    auto id = q.scalar();
    if (!id)
        return id.error();
    const qint64 userId = id->toLongLong();
    Query role(m_db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    QStringList roleNames;
    for (Role r : user.roles) {
        role.bind(userId).bind(toString(r));
        if (Status s = role.exec(); !s)
            return s.error();
        roleNames << toString(r);
    }
    roleNames.sort();
    AuditLog audit(m_db, actor.actor());
    if (Status s = audit.created(QStringLiteral("user"), userId, user.username + QStringLiteral(" [") + roleNames.join(QLatin1Char(',')) + QLatin1Char(']')); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return userId;
}

Result<QSet<Role>> UserStore::rolesOf(qint64 userId) const
{
    Query q(m_db, QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"));
    q.bind(userId);
    if (Status s = q.exec(); !s)
        return s.error();
    QSet<Role> roles;
    while (q.next())
        if (auto r = roleFromString(q.string(0)))
            roles.insert(*r);
    return roles;
}

static StaffUser readUser(Query &q)
{
    StaffUser u;
    u.id = q.id(0);
    u.username = q.string(1);
    u.displayName = q.string(2);
    u.email = q.string(3);
    u.active = q.flag(4);
    u.mustChangePassword = q.flag(5);
    return u;
}

static const QLatin1String kUserColumns("SELECT id, username, display_name, email, active, must_change_password FROM users ");

Result<StaffUser> UserStore::findByUsername(const QString &username) const
{
    Query q(m_db, kUserColumns + QStringLiteral("WHERE username = ?"));
    q.bind(username);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(Tr::tr("There is no user called '%1'.").arg(username));
    StaffUser u = readUser(q);
    q.finish();
    auto roles = rolesOf(u.id);
    if (!roles)
        return roles.error();
    u.roles = *roles;
    return u;
}

Result<StaffUser> UserStore::findById(qint64 id) const
{
    Query q(m_db, kUserColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(Tr::tr("There is no user with id %1.").arg(id));
    StaffUser u = readUser(q);
    q.finish();
    auto roles = rolesOf(u.id);
    if (!roles)
        return roles.error();
    u.roles = *roles;
    return u;
}

Result<QList<StaffUser>> UserStore::list() const
{
    Query q(m_db, kUserColumns + QStringLiteral("ORDER BY display_name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StaffUser> users;
    while (q.next())
        users.append(readUser(q));
    QHash<qint64, QSet<Role>> roles;
    Query r(m_db, QStringLiteral("SELECT user_id, role FROM user_roles"));
    if (Status s = r.exec(); !s)
        return s.error();
    while (r.next())
        if (auto role = roleFromString(r.string(1)))
            roles[r.id(0)].insert(*role);
    for (StaffUser &u : users)
        u.roles = roles.value(u.id);
    return users;
}

Result<QList<StaffUser>> UserStore::withRole(Role role) const
{
    auto all = list();
    if (!all)
        return all.error();
    QList<StaffUser> out;
    for (const StaffUser &u : *all)
        if (u.roles.contains(role))
            out.append(u);
    return out;
}

QString UserStore::roleLabel(Role role) const
{
    Query q(m_db, QStringLiteral("SELECT label FROM role_labels WHERE role = ?"));
    q.bind(toString(role));
    auto v = q.scalar();
    if (v && !v->toString().isEmpty())
        return v->toString();
    return defaultRoleLabel(role);
}

Status UserStore::setRoleLabel(const Session &session, Role role, const QString &label)
{
    if (Status s = Permissions::require(session, Action::RenameRoles); !s)
        return s;
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return Error::invalid(Tr::tr("A role's label must be 1 to 40 characters."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString old = roleLabel(role);
    Query q(m_db, QStringLiteral("INSERT INTO role_labels (role, label) VALUES (?, ?) "
                                 "ON CONFLICT (role) DO UPDATE SET label = excluded.label"));
    q.bind(toString(role)).bind(trimmed);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("role_label"), 0, toString(role), old, trimmed); !s)
        return s;
    return tx.commit();
}

} // namespace md

namespace md {

Status UserStore::resetPassword(const Session &session, qint64 userId, const QString &temporaryPassword)
{
    if (Status s = Permissions::require(session, Action::ManageUsers); !s)
        return s;
    if (Status s = checkPasswordRules(temporaryPassword); !s)
        return s;
    auto user = findById(userId);
    if (!user)
        return user.error();
    auto hash = PasswordHasher::hash(temporaryPassword);
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 1, failed_attempts = 0, "
                                 "locked_until = NULL WHERE id = ?"));
    q.bind(*hash).bind(userId);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("user"), userId, QStringLiteral("password"), QString(),
                                 QStringLiteral("reset by an administrator; must change at next sign-in"));
        !s)
        return s;
    return tx.commit();
}

Status UserStore::changeOwnPassword(const Session &session, const QString &currentPassword, const QString &newPassword)
{
    // Signed in by the server as their own role: the role's password is theirs to change.
    if (auto staff = ServerAccounts::connectedStaffUser(m_db); staff && *staff)
        return ServerAccounts::changeOwnPassword(m_db, session, currentPassword, newPassword);
    Query find(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ? AND active = 1"));
    find.bind(session.userId());
    auto stored = find.scalar();
    if (!stored)
        return stored.error();
    if (stored->isNull())
        return Error::notFound(Tr::tr("Your account no longer exists or has been switched off."));
    if (!PasswordHasher::verify(stored->toString(), currentPassword))
        return Error::invalid(Tr::tr("The current password is not right."));
    if (newPassword == currentPassword)
        return Error::invalid(Tr::tr("The new password must differ from the current one."));
    if (Status s = checkPasswordRules(newPassword); !s)
        return s;
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?"));
    q.bind(*hash).bind(session.userId());
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("user"), session.userId(), QStringLiteral("password"), QString(),
                                 QStringLiteral("changed by the user"));
        !s)
        return s;
    return tx.commit();
}

} // namespace md
