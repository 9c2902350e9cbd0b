// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/ImportProblems.h"

namespace md {

QStringList ImportProblems::details() const
{
    QStringList out = m_listed;
    if (m_count > kMaxListed)
        out.append(tr("… and %n more lines with problems", nullptr, m_count - kMaxListed));
    return out;
}

} // namespace md
