// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace md {

// An error as a value: core returns it, the UI decides how to show it. `details` carries the
// individual problems when there are several (for example every bad line of an import).
struct Error
{
    enum class Kind
    {
        Invalid,     // bad input from the user or a file
        Forbidden,   // the signed-in user may not do this
        NotFound,
        Conflict,    // someone else changed the record, or a rule of state forbids it
        Storage,     // the database failed
        Io,
    };

    Kind kind = Kind::Invalid;
    QString message;
    QStringList details;

    static Error invalid(const QString &m, const QStringList &d = {}) { return {Kind::Invalid, m, d}; }
    static Error forbidden(const QString &m) { return {Kind::Forbidden, m, {}}; }
    static Error notFound(const QString &m) { return {Kind::NotFound, m, {}}; }
    static Error conflict(const QString &m) { return {Kind::Conflict, m, {}}; }
    static Error storage(const QString &m) { return {Kind::Storage, m, {}}; }
    static Error io(const QString &m) { return {Kind::Io, m, {}}; }

    // The message with every detail on its own line, for a dialog or stderr.
    QString fullText() const
    {
        if (details.isEmpty())
            return message;
        return message + QLatin1Char('\n') + details.join(QLatin1Char('\n'));
    }
};

// Result<T>: either a value or an Error. Result<void> is a status.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    T &&operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace md
