// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ServerUrl.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

namespace md {

bool ServerUrl::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerUrl> ServerUrl::parse(const QString &text)
{
    if (!isServerUrl(text))
        return Error::invalid(QObject::tr("%1 is not a server address: it should look like "
                                          "postgresql://user@host:5432/database.")
                                  .arg(text.section(QLatin1Char('@'), -1)));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error::invalid(QObject::tr("The server address is not valid: %1").arg(url.errorString()));
    ServerUrl s;
    if (!url.host().isEmpty())
        s.host = url.host();
    s.port = url.port(5432);
    if (s.port <= 0 || s.port > 65535)
        return Error::invalid(QObject::tr("The server address has no valid port."));
    s.user = url.userName(QUrl::FullyDecoded);
    s.password = url.password(QUrl::FullyDecoded);
    s.database = url.path(QUrl::FullyDecoded).mid(1);
    if (s.database.isEmpty() || s.database.contains(QLatin1Char('/')))
        return Error::invalid(QObject::tr("The server address names no database: add it after the port, "
                                          "as in postgresql://user@host:5432/mentordesk."));
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("sslmode")) {
            static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                           QStringLiteral("require"), QStringLiteral("verify-ca"),
                                           QStringLiteral("verify-full")};
            if (!modes.contains(item.second))
                return Error::invalid(QObject::tr("sslmode %1 is not one of %2.").arg(item.second, modes.join(QStringLiteral(", "))));
            s.sslmode = item.second;
        } else if (item.first == QLatin1String("user")) {
            s.user = item.second;
        } else {
            return Error::invalid(QObject::tr("The server address has an option Mentor Desk does not know: %1 "
                                              "(only sslmode and user are accepted).")
                                      .arg(item.first));
        }
    }
    return s;
}

QString ServerUrl::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!sslmode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslmode);
    return url.toString();
}

ServerUrl ServerUrl::withDatabase(const QString &name) const
{
    ServerUrl s = *this;
    s.database = name;
    return s;
}

} // namespace md
