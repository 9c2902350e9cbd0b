// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace md {

// Unique Pupil Numbers (DfE): 13 characters, a check letter then 11 digits then a digit or, for a
// temporary UPN, a letter. The check letter is the weighted sum (weights 2..13) of characters
// 2..13 modulo 23, mapped onto the 23 letters ABCDEFGHJKLMNPQRTUVWXYZ.
class Upn
{
public:
    // OK, or why the UPN is wrong (naming the UPN, so a caller can prefix a line number).
    static Status validate(const QString &upn);
    // The check letter for characters 2..13, or a null QChar when they are not well formed.
    static QChar checkLetter(const QString &upn);
    // Builds a valid UPN from 12 characters (LA, establishment, year, serial): used by the demo school.
    static QString withCheckLetter(const QString &twelve);
};

} // namespace md
