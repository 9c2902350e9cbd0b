// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <type_traits>

namespace md {

// One value of a stored enum: the string the database keeps (readable with sqlite3, checked by
// the table's CHECK constraint) and the label people see, translated in context "md::Referrals".
template <typename E> struct EnumForm
{
    E value;
    const char *code;
    const char *label;
};

// Each stored enum of the referral and intervention capabilities specialises this with its one
// table of forms (ReferralEnums.cpp, InterventionEnums.cpp): the only place its strings live.
template <typename E> struct StoredEnum : std::false_type
{
};

template <typename E>
concept Stored = StoredEnum<E>::value;

template <Stored E> QString toCode(E value)
{
    for (const EnumForm<E> &f : StoredEnum<E>::forms())
        if (f.value == value)
            return QString::fromLatin1(f.code);
    return {};
}

template <Stored E> std::optional<E> enumFromCode(const QString &code)
{
    for (const EnumForm<E> &f : StoredEnum<E>::forms())
        if (code == QLatin1String(f.code))
            return f.value;
    return std::nullopt;
}

template <Stored E> QString labelOf(E value)
{
    for (const EnumForm<E> &f : StoredEnum<E>::forms())
        if (f.value == value)
            return QCoreApplication::translate("md::Referrals", f.label);
    return {};
}

template <Stored E> QList<E> enumValues()
{
    QList<E> out;
    for (const EnumForm<E> &f : StoredEnum<E>::forms())
        out.append(f.value);
    return out;
}

} // namespace md
