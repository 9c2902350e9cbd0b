// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/ServerAccounts.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/UserStore.h"
#include "common/Logging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace md {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::ServerAccounts)
};

// The first migration with the server_users table and the policies that read it.
constexpr int kRowSecurityVersion = 91;
// The first with md_grant_staff_roles(), which add-user and every later migration use.
constexpr int kStaffGrantsVersion = 96;

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 with one output block (32 bytes, what SCRAM-SHA-256 needs).
QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (int j = 0; j < result.size(); ++j)
            result[j] = char(result.at(j) ^ u.at(j));
    }
    return result;
}

// Runs a statement that takes identifiers or literals PostgreSQL will not bind (CREATE ROLE,
// GRANT): the server quotes them with format(%I, %L) from bound values, then it runs.
Status execFormatted(Database &db, const QString &pattern, const QStringList &values)
{
    QString placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders += QStringLiteral(", CAST(? AS TEXT)");
    Query build(db, QStringLiteral("SELECT format(CAST(? AS TEXT)") + placeholders + QLatin1Char(')'));
    build.bind(pattern);
    for (const QString &v : values)
        build.bind(v);
    auto sql = build.scalar();
    if (!sql)
        return sql.error();
    build.finish();
    Query run(db);
    return run.exec(sql->toString());
}

} // namespace

bool ServerAccounts::isValidRoleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("pg_"));
}

QString ServerAccounts::scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray salted = pbkdf2(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, iterations);
    const QByteArray clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

Result<ServerAccount> ServerAccounts::addUser(Database &db, const Session &session, const QString &username,
                                              const QString &roleName, const QString &password)
{
    if (Status s = Permissions::require(session, Action::ManageUsers); !s)
        return s.error();
    if (db.engine() != Engine::PostgreSQL)
        return Error::invalid(Tr::tr("Staff roles exist only on a PostgreSQL server: give it with --url."));
    if (db.schemaVersion() < kStaffGrantsVersion)
        return Error::invalid(Tr::tr("%1 is not up to date (schema %2): open it once with this version first.")
                                  .arg(db.location())
                                  .arg(db.schemaVersion()));
    const QString role = roleName.isEmpty() ? username.toLower() : roleName;
    if (!isValidRoleName(role))
        return Error::invalid(Tr::tr("'%1' cannot be a server role name: use lower-case letters, digits and '_' "
                                     "(at most 63, not starting with a digit or pg_). Choose one with --role.")
                                  .arg(role));
    if (password.size() < 8)
        return Error::invalid(Tr::tr("The role's password must have at least 8 characters."));

    Query find(db, QStringLiteral("SELECT id, username FROM users WHERE username = ? AND active = 1"));
    find.bind(username);
    if (Status s = find.exec(); !s)
        return s.error();
    if (!find.next())
        return Error::notFound(Tr::tr("There is no active staff user '%1': add them in Mentor Desk first.").arg(username));
    ServerAccount account{role, find.id(0), find.string(1)};
    find.finish();

    Query mapped(db, QStringLiteral("SELECT role_name FROM server_users WHERE user_id = ?"));
    mapped.bind(account.userId);
    auto existing = mapped.scalar();
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return Error::conflict(Tr::tr("%1 already has the server role %2.").arg(account.username, existing->toString()));
    Query taken(db, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"));
    taken.bind(role);
    auto n = taken.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::conflict(Tr::tr("The server already has a role %1. Choose another name with --role.").arg(role));

    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    Query where(db, QStringLiteral("SELECT current_schema(), current_database()"));
    if (Status st = where.exec(); !st || !where.next())
        return st ? Error::storage(Tr::tr("The server did not say which database this is.")) : st.error();
    const QString s = where.string(0);
    const QString database = where.string(1);
    where.finish();
    const QList<std::pair<QString, QStringList>> statements = {
        {QStringLiteral("CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD %L"),
         {role, scramVerifier(password, salt)}},
        {QStringLiteral("GRANT CONNECT ON DATABASE %I TO %I"), {database, role}},
        {QStringLiteral("GRANT USAGE ON SCHEMA %I TO %I"), {s, role}},
        // The tables and sequences, with the audit log insert-only and server_users and the users'
        // password hashes kept from it: md_grant_staff_roles() (migration 0096), once it is mapped.
    };
    for (const auto &[pattern, values] : statements) {
        if (Status st = execFormatted(db, pattern, values); !st)
            return Error::storage(Tr::tr("The server refused to set up the role %1 (the connecting role must own the "
                                         "database and may create roles); nothing was changed. %2")
                                      .arg(role, st.error().message));
    }
    Query record(db, QStringLiteral("INSERT INTO server_users (role_name, user_id, created_at) VALUES (?, ?, ?)"));
    record.bind(role).bind(account.userId).bind(isoNow());
    if (Status st = record.exec(); !st)
        return st.error();
    Query grant(db);
    if (Status st = grant.exec(QStringLiteral("SELECT md_grant_staff_roles()")); !st)
        return Error::storage(Tr::tr("The server refused to set up the role %1 (the connecting role must own the "
                                     "database and may create roles); nothing was changed. %2")
                                  .arg(role, st.error().message));
    grant.finish();
    AuditLog audit(db, session.actor());
    if (Status st = audit.created(QStringLiteral("server_role"), account.userId, role); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    qCInfo(lcAccess) << "created a server role for user id" << account.userId;
    return account;
}

Status ServerAccounts::changeOwnPassword(Database &db, const Session &session, const QString &currentPassword,
                                         const QString &newPassword)
{
    auto staff = connectedStaffUser(db);
    if (!staff)
        return staff.error();
    if (!*staff || **staff != session.username())
        return Error::invalid(Tr::tr("This desk is not connected as your own server role, so there is no server "
                                     "password of yours to change here."));
    if (newPassword == currentPassword)
        return Error::invalid(Tr::tr("The new password must differ from the current one."));
    if (Status s = UserStore::checkPasswordRules(newPassword); !s)
        return s;

    // The current password: the server itself says whether it is right, by a connection made with it.
    {
        const QString name = QStringLiteral("md-password-check-") + QUuid::createUuid().toString(QUuid::Id128);
        bool accepted = false;
        QString reason;
        {
            QSqlDatabase check = QSqlDatabase::cloneDatabase(db.connection(), name);
            check.setPassword(currentPassword);
            accepted = check.open();
            if (!accepted)
                reason = check.lastError().databaseText();
            check.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!accepted) {
            qCInfo(lcAccess) << "server password change refused for user id" << session.userId();
            if (reason.contains(QLatin1String("password"), Qt::CaseInsensitive))
                return Error::invalid(Tr::tr("The current password is not right."));
            return Error::io(Tr::tr("The server could not check the current password: %1").arg(reason));
        }
    }

    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    if (Status s = execFormatted(db, QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD %L"),
                                 {scramVerifier(newPassword, salt)});
        !s)
        return Error::storage(Tr::tr("The server refused the new password; nothing was changed. %1").arg(s.error().message));
    AuditLog audit(db, session.actor());
    if (Status s = audit.changed(QStringLiteral("user"), session.userId(), QStringLiteral("server password"), QString(),
                                 QStringLiteral("changed by the user"));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    QSqlDatabase connection = db.connection();
    connection.setPassword(newPassword);
    qCInfo(lcAccess) << "server password changed by user id" << session.userId();
    return {};
}

Result<std::optional<QString>> ServerAccounts::connectedStaffUser(Database &db)
{
    if (db.engine() != Engine::PostgreSQL || db.schemaVersion() < kRowSecurityVersion)
        return std::optional<QString>();
    Query q(db, QStringLiteral("SELECT u.username FROM users u WHERE u.id = md_staff_of(CAST(current_user AS TEXT))"));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.string(0));
}

} // namespace md
