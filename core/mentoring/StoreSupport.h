// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the mentoring stores (private to core/mentoring).

#include "access/Session.h"

#include <QDate>
#include <QVariant>

#include <optional>

namespace md::mentoring {

// A users(id) reference for the signed-in user: NULL for the command-line system user (id 0).
inline QVariant userRef(const Session &session)
{
    return session.userId() > 0 ? QVariant(session.userId()) : QVariant();
}

inline QVariant idRef(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

inline QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant();
}

inline QVariant dateRef(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QVariant textRef(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

template <typename E> QVariant codeRef(const std::optional<E> &value)
{
    return value ? QVariant(codeOf(*value)) : QVariant();
}

inline std::optional<qint64> optionalIdOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// Longest free text accepted in one field of the log.
constexpr int kMaxText = 20000;
constexpr int kMaxTitle = 200;

} // namespace md::mentoring
