// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace md {

// A term of the school year, for termly performance reviews: autumn (September to December),
// spring (January to March) and summer (April to August). Mentor Desk does not know a school's
// own term dates, so these calendar terms stand in for them; every day belongs to one.
struct ReviewTerm
{
    Q_DECLARE_TR_FUNCTIONS(md::ReviewTerm)
public:
    enum class Term
    {
        Autumn,
        Spring,
        Summer,
    };

    int schoolYear = 0; // the calendar year the school year starts in: 2025 for 2025/26
    Term term = Term::Autumn;

    static ReviewTerm containing(const QDate &date);
    QDate first() const;
    QDate last() const;
    ReviewTerm previous() const;
    ReviewTerm next() const;
    bool contains(const QDate &date) const { return date >= first() && date <= last(); }

    QString code() const; // autumn, spring, summer (as stored)
    static std::optional<Term> termFromCode(const QString &code);
    QString label() const; // "Autumn term 2025/26"

    bool operator==(const ReviewTerm &other) const = default;
};

} // namespace md
