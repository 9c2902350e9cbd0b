// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace md {

QList<Migration> Migrations::all()
{
    static const QList<Migration> cached = [] {
        QList<Migration> list;
        const QDir dir(QStringLiteral(":/migrations"));
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = pattern.match(file);
            if (!m.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            Migration migration{m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll()), {}};
            static const QRegularExpression engineLine(QStringLiteral("^--\\s*engine:\\s*(\\w+)"));
            if (const auto e = engineLine.match(migration.sql); e.hasMatch())
                migration.engine = e.captured(1).toLower();
            list.append(migration);
        }
        std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return cached;
}

bool Migration::runsOn(Engine e) const
{
    if (engine.isEmpty())
        return true;
    return engine == (e == Engine::PostgreSQL ? QLatin1String("postgresql") : QLatin1String("sqlite"));
}

int Migrations::latestVersion()
{
    const auto list = all();
    return list.isEmpty() ? 0 : list.last().version;
}

QStringList Migrations::statements(const QString &sql)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    bool inDollarQuote = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (current.trimmed().isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        if (inDollarQuote)
            continue;
        if (!inTrigger && current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0 : line.endsWith(QLatin1Char(';'));
        if (ends) {
            QString stmt = current.trimmed();
            if (!inTrigger)
                stmt.chop(1);
            out.append(stmt);
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

QStringList Migrations::statementsFor(const Migration &m, const Dialect &dialect)
{
    if (!m.runsOn(dialect.engine()))
        return {};
    return statements(dialect.expand(m.sql));
}

} // namespace md
