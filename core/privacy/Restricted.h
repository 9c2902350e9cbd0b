// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace md {

class Session;

// Restricted (safeguarding) entries: a contact, log entry or referral marked restricted is read
// only by those with Action::ReadRestricted (the lead mentor, headteachers) and by its author.
// Everyone else gets the entry with its content blanked and `hidden` set, shown as "Restricted
// entry"; stores refuse to change an entry the session cannot read.
struct Restricted
{
    Q_DECLARE_TR_FUNCTIONS(md::Restricted)
public:
    static bool canRead(const Session &session, qint64 authorId);
    // "Restricted entry": what a hidden entry shows instead of its content.
    static QString label();
    static QString refusal();
};

} // namespace md
