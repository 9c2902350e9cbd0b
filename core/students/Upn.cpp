// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/Upn.h"

#include <QCoreApplication>

namespace md {

namespace {
const QLatin1String kLetters("ABCDEFGHJKLMNPQRTUVWXYZ");

// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::Upn)
};
} // namespace

QChar Upn::checkLetter(const QString &upn)
{
    if (upn.size() != 13)
        return {};
    int sum = 0;
    for (int i = 1; i < 13; ++i) {
        const QChar c = upn.at(i);
        int value = 0;
        if (i < 12) {
            if (!c.isDigit() || c.unicode() > 127)
                return {};
            value = c.digitValue();
        } else if (c.isDigit() && c.unicode() < 128) {
            value = c.digitValue();
        } else {
            // Temporary UPNs end in a letter, valued by its place in the check-letter alphabet.
            value = int(QString(kLetters).indexOf(c));
            if (value < 0)
                return {};
        }
        sum += value * (i + 1);
    }
    return QLatin1Char(kLetters[sum % 23]);
}

Status Upn::validate(const QString &upn)
{
    if (upn.isEmpty())
        return Error::invalid(Tr::tr("UPN is missing"));
    if (upn.size() != 13)
        return Error::invalid(Tr::tr("UPN '%1' must be 13 characters, not %2").arg(upn.left(40)).arg(upn.size()));
    const QChar expected = checkLetter(upn);
    if (expected.isNull())
        return Error::invalid(Tr::tr("UPN '%1' must be a letter, 11 digits and a digit or letter").arg(upn));
    if (upn.at(0) != expected)
        return Error::invalid(Tr::tr("UPN '%1' has the wrong check letter").arg(upn));
    return {};
}

QString Upn::withCheckLetter(const QString &twelve)
{
    const QString probe = QLatin1Char('A') + twelve;
    const QChar c = checkLetter(probe);
    return c.isNull() ? QString() : c + twelve;
}

} // namespace md
