// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviour/BehaviourEvent.h"

namespace md {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::Behaviour)
};
} // namespace

QString toCode(BehaviourKind kind)
{
    return kind == BehaviourKind::Positive ? QStringLiteral("positive") : QStringLiteral("negative");
}

std::optional<BehaviourKind> behaviourKindFromCode(const QString &code)
{
    if (code == QLatin1String("positive"))
        return BehaviourKind::Positive;
    if (code == QLatin1String("negative"))
        return BehaviourKind::Negative;
    return std::nullopt;
}

QString behaviourKindLabel(BehaviourKind kind)
{
    return kind == BehaviourKind::Positive ? Tr::tr("Positive") : Tr::tr("Negative");
}

QStringList behaviourActionSuggestions()
{
    return {Tr::tr("Detention"),      Tr::tr("Phone call home"),
            Tr::tr("On report"),      Tr::tr("Restorative conversation"),
            Tr::tr("Referral"),       Tr::tr("Removed from lesson"),
            Tr::tr("Verbal warning"), Tr::tr("Praise postcard home")};
}

QString behaviourTimeCode(const QDateTime &when)
{
    return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QDateTime behaviourTimeFromCode(const QString &code)
{
    return QDateTime::fromString(code.left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
}

} // namespace md
