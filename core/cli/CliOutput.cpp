// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliOutput.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace md::cli {

std::optional<Format> formatFromString(const QString &text)
{
    if (text == QLatin1String("table"))
        return Format::Table;
    if (text == QLatin1String("csv"))
        return Format::Csv;
    if (text == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString v = value;
    v.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

void printRows(QTextStream &out, Format format, const QStringList &headers, const QStringList &keys,
               const QList<QStringList> &rows)
{
    switch (format) {
    case Format::Json: {
        QJsonArray array;
        for (const QStringList &row : rows) {
            QJsonObject o;
            for (int i = 0; i < keys.size() && i < row.size(); ++i)
                o.insert(keys.at(i), row.at(i));
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        break;
    }
    case Format::Csv: {
        QStringList line;
        for (const QString &h : headers)
            line << csvField(h);
        out << line.join(QLatin1Char(',')) << "\r\n";
        for (const QStringList &row : rows) {
            line.clear();
            for (const QString &v : row)
                line << csvField(v);
            out << line.join(QLatin1Char(',')) << "\r\n";
        }
        break;
    }
    case Format::Table: {
        QList<int> widths;
        for (const QString &h : headers)
            widths << int(h.size());
        for (const QStringList &row : rows)
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = qMax(widths[i], int(row.at(i).size()));
        auto printLine = [&](const QStringList &cells) {
            QStringList padded;
            for (int i = 0; i < cells.size() && i < widths.size(); ++i)
                padded << cells.at(i).leftJustified(widths.at(i));
            out << padded.join(QStringLiteral("  ")).trimmed() << '\n';
        };
        printLine(headers);
        QStringList rule;
        for (int w : widths)
            rule << QString(w, QLatin1Char('-'));
        printLine(rule);
        for (const QStringList &row : rows)
            printLine(row);
        break;
    }
    }
    out.flush();
}

} // namespace md::cli
