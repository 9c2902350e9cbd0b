// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/Student.h"

#include <QCoreApplication>

namespace md {

QString toCode(SenStatus s)
{
    switch (s) {
    case SenStatus::None:
        return QStringLiteral("N");
    case SenStatus::Support:
        return QStringLiteral("K");
    case SenStatus::EhcPlan:
        return QStringLiteral("E");
    }
    return QStringLiteral("N");
}

std::optional<SenStatus> senStatusFromCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c.isEmpty() || c == QLatin1String("N"))
        return SenStatus::None;
    if (c == QLatin1String("K"))
        return SenStatus::Support;
    if (c == QLatin1String("E"))
        return SenStatus::EhcPlan;
    return std::nullopt;
}

QString senStatusLabel(SenStatus s)
{
    switch (s) {
    case SenStatus::None:
        return QCoreApplication::translate("md::Student", "No SEN");
    case SenStatus::Support:
        return QCoreApplication::translate("md::Student", "SEN support");
    case SenStatus::EhcPlan:
        return QCoreApplication::translate("md::Student", "EHC plan");
    }
    return {};
}

QString Parent::fullName() const
{
    QStringList parts;
    for (const QString &p : {title, forename, surname})
        if (!p.isEmpty())
            parts << p;
    return parts.join(QLatin1Char(' '));
}

QString Parent::salutation() const
{
    if (!title.isEmpty())
        return QCoreApplication::translate("md::Student", "Dear %1 %2").arg(title, surname);
    return QCoreApplication::translate("md::Student", "Dear %1").arg(forename.isEmpty() ? surname : forename + QLatin1Char(' ') + surname);
}

QStringList Student::badges() const
{
    QStringList b;
    if (senStatus == SenStatus::Support)
        b << QCoreApplication::translate("md::Student", "SEN K");
    if (senStatus == SenStatus::EhcPlan || ehcPlan)
        b << QCoreApplication::translate("md::Student", "EHC");
    if (semh)
        b << QCoreApplication::translate("md::Student", "SEMH");
    if (pupilPremium)
        b << QCoreApplication::translate("md::Student", "PP");
    if (lookedAfter)
        b << QCoreApplication::translate("md::Student", "LAC");
    for (const QString &f : priorityFlagLabels.isEmpty() ? priorityFlags : priorityFlagLabels)
        b << f;
    return b;
}

} // namespace md
