// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/ImportFields.h"

#include <QRegularExpression>

namespace md {

namespace {
// The value of a run of ASCII digits, or -1 when it is empty or anything else is in it. The
// common forms are read by hand: a regular expression per cell was most of an import's checking.
int digitsValue(QStringView t)
{
    if (t.isEmpty() || t.size() > 9)
        return -1;
    int v = 0;
    for (const QChar c : t) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return -1;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}
} // namespace

std::optional<bool> ImportFields::yesNo(const QString &text)
{
    // Compared in place, without a case-folded copy of every cell.
    const QStringView t = QStringView(text).trimmed();
    for (const char *yes : {"y", "yes", "true", "1"})
        if (t.compare(QLatin1String(yes), Qt::CaseInsensitive) == 0)
            return true;
    for (const char *no : {"n", "no", "false", "0"})
        if (t.compare(QLatin1String(no), Qt::CaseInsensitive) == 0)
            return false;
    return std::nullopt;
}

std::optional<QDate> ImportFields::date(const QString &text)
{
    static const QRegularExpression british(QStringLiteral("^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$"));
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QStringView view = QStringView(text).trimmed();
    // yyyy-mm-dd and d/m/yyyy read by hand; the expressions below say the same.
    if (view.size() == 10 && view.at(4) == QLatin1Char('-') && view.at(7) == QLatin1Char('-')) {
        const int y = digitsValue(view.sliced(0, 4));
        const int m = digitsValue(view.sliced(5, 2));
        const int d = digitsValue(view.sliced(8, 2));
        if (y < 0 || m < 0 || d < 0 || !QDate::isValid(y, m, d))
            return std::nullopt;
        return QDate(y, m, d);
    }
    if (const qsizetype first = view.indexOf(QLatin1Char('/')); first == 1 || first == 2) {
        const qsizetype second = view.indexOf(QLatin1Char('/'), first + 1);
        if (second - first - 1 >= 1 && second - first - 1 <= 2 && view.size() - second - 1 == 4) {
            const int d = digitsValue(view.sliced(0, first));
            const int m = digitsValue(view.sliced(first + 1, second - first - 1));
            const int y = digitsValue(view.sliced(second + 1));
            if (d >= 0 && m >= 0 && y >= 0) {
                if (!QDate::isValid(y, m, d))
                    return std::nullopt;
                return QDate(y, m, d);
            }
        }
    }
    const QString t = view.toString();
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
    // Plain "94.5" or "94.5%" read by hand; anything else goes through the expression.
    {
        QStringView t = QStringView(text).trimmed();
        if (t.endsWith(QLatin1Char('%')))
            t.chop(1);
        int dots = 0;
        bool plain = !t.isEmpty() && t.at(0) != QLatin1Char('.');
        for (const QChar c : t) {
            if (c == QLatin1Char('.'))
                ++dots;
            else if (c.unicode() < u'0' || c.unicode() > u'9')
                plain = false;
        }
        if (plain && dots <= 1) {
            bool ok = false;
            const double value = t.toDouble(&ok);
            if (!ok || value < 0.0 || value > 100.0)
                return std::nullopt;
            return value;
        }
    }
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
    if (const int plain = digitsValue(QStringView(text).trimmed()); plain >= 0 && QStringView(text).trimmed().size() <= 2)
        return plain;
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
