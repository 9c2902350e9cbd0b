// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace md::cli {

enum class Format
{
    Table,
    Csv,
    Json,
};

std::optional<Format> formatFromString(const QString &text);

// Prints rows as an aligned text table, RFC 4180 CSV, or a JSON array of objects keyed by `keys`.
void printRows(QTextStream &out, Format format, const QStringList &headers, const QStringList &keys,
               const QList<QStringList> &rows);
QString csvField(const QString &value);

} // namespace md::cli
