// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/ReviewTerm.h"

namespace md {

ReviewTerm ReviewTerm::containing(const QDate &date)
{
    const int m = date.month();
    if (m >= 9)
        return {date.year(), Term::Autumn};
    if (m <= 3)
        return {date.year() - 1, Term::Spring};
    return {date.year() - 1, Term::Summer};
}

QDate ReviewTerm::first() const
{
    switch (term) {
    case Term::Autumn:
        return QDate(schoolYear, 9, 1);
    case Term::Spring:
        return QDate(schoolYear + 1, 1, 1);
    case Term::Summer:
        return QDate(schoolYear + 1, 4, 1);
    }
    return {};
}

QDate ReviewTerm::last() const
{
    switch (term) {
    case Term::Autumn:
        return QDate(schoolYear, 12, 31);
    case Term::Spring:
        return QDate(schoolYear + 1, 3, 31);
    case Term::Summer:
        return QDate(schoolYear + 1, 8, 31);
    }
    return {};
}

ReviewTerm ReviewTerm::previous() const
{
    return containing(first().addDays(-1));
}

ReviewTerm ReviewTerm::next() const
{
    return containing(last().addDays(1));
}

QString ReviewTerm::code() const
{
    switch (term) {
    case Term::Autumn:
        return QStringLiteral("autumn");
    case Term::Spring:
        return QStringLiteral("spring");
    case Term::Summer:
        return QStringLiteral("summer");
    }
    return {};
}

std::optional<ReviewTerm::Term> ReviewTerm::termFromCode(const QString &code)
{
    if (code == QLatin1String("autumn"))
        return Term::Autumn;
    if (code == QLatin1String("spring"))
        return Term::Spring;
    if (code == QLatin1String("summer"))
        return Term::Summer;
    return std::nullopt;
}

QString ReviewTerm::label() const
{
    const QString year = QStringLiteral("%1/%2").arg(schoolYear).arg((schoolYear + 1) % 100, 2, 10, QLatin1Char('0'));
    switch (term) {
    case Term::Autumn:
        return tr("Autumn term %1").arg(year);
    case Term::Spring:
        return tr("Spring term %1").arg(year);
    case Term::Summer:
        return tr("Summer term %1").arg(year);
    }
    return {};
}

} // namespace md
