// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/ImportFields.h"

#include <QRegularExpression>

namespace md {

std::optional<bool> ImportFields::yesNo(const QString &text)
{
    const QString t = text.trimmed().toCaseFolded();
    for (const char *yes : {"y", "yes", "true", "1"})
        if (t == QLatin1String(yes))
            return true;
    for (const char *no : {"n", "no", "false", "0"})
        if (t == QLatin1String(no))
            return false;
    return std::nullopt;
}

std::optional<QDate> ImportFields::date(const QString &text)
{
    static const QRegularExpression british(QStringLiteral("^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$"));
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QString t = text.trimmed();
    QDate d;
    if (const auto m = british.match(t); m.hasMatch())
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto m = iso.match(t); m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<double> ImportFields::percent(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\s*%?$"));
    const auto m = number.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = m.captured(1).toDouble(&ok);
    if (!ok || value < 0.0 || value > 100.0)
        return std::nullopt;
    return value;
}

std::optional<int> ImportFields::yearGroup(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("^(?:year|yr|y)?\\s*([0-9]{1,2})$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = year.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

int ImportFields::ageOn(const QDate &dateOfBirth, const QDate &on)
{
    int age = on.year() - dateOfBirth.year();
    if (dateOfBirth.addYears(age) > on)
        --age;
    return age;
}

} // namespace md
