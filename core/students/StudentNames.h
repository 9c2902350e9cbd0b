// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace md {

// "Surname, Forename" for lists, from a row's name columns: the preferred forename when there is
// one (as Student::sortName does for a loaded student).
inline QString listName(const QString &surname, const QString &forename, const QString &preferred)
{
    return surname + QStringLiteral(", ") + (preferred.isEmpty() ? forename : preferred);
}

} // namespace md
