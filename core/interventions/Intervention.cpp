// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/Intervention.h"

namespace md {

QString Intervention::statusText(const QDate &today) const
{
    QStringList parts{labelOf(status)};
    if (status == InterventionStatus::Planned && keyworkerId == 0)
        parts << QCoreApplication::translate("md::Referrals", "waiting for a keyworker");
    if (reviewOverdue(today))
        parts << QCoreApplication::translate("md::Referrals", "review overdue");
    if (parentContactDue != ParentContact::None)
        parts << QCoreApplication::translate("md::Referrals", "parents to contact");
    return parts.join(QStringLiteral(" · "));
}

} // namespace md
