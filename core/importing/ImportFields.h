// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace md {

// Reads the values spreadsheets and MIS exports write in cells, for every importer. Each takes
// the text of a non-blank cell (surrounding spaces are ignored) and returns nothing when it is not
// a value of that kind; what a blank cell means, and the message, are the importer's to decide.
class ImportFields
{
public:
    // Y/N, Yes/No, True/False, 1/0, in any case.
    static std::optional<bool> yesNo(const QString &text);
    // A real calendar date written dd/mm/yyyy (d/m/yyyy too) or ISO yyyy-mm-dd.
    static std::optional<QDate> date(const QString &text);
    // A percentage from 0 to 100, "94.5" or "94.5%".
    static std::optional<double> percent(const QString &text);
    // The number in "7", "Year 7", "Yr 7" or "Y7" (not range-checked).
    static std::optional<int> yearGroup(const QString &text);
    // Dates a school's records can hold: anything outside is a typing slip ("0224", "20224") that
    // would otherwise sort and filter strangely for years. Every importer refuses such a date.
    static constexpr int kMinYear = 1900;
    static constexpr int kMaxYear = 2100;
    static bool inSaneRange(const QDate &date) { return date.year() >= kMinYear && date.year() <= kMaxYear; }
    // Whole years from `dateOfBirth` to `on`.
    static int ageOn(const QDate &dateOfBirth, const QDate &on);
};

} // namespace md
