// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/Restricted.h"

#include "access/Permissions.h"
#include "access/Session.h"

namespace md {

bool Restricted::canRead(const Session &session, qint64 authorId)
{
    return Permissions::allows(session, Action::ReadRestricted) || (authorId != 0 && authorId == session.userId());
}

QString Restricted::label()
{
    return tr("Restricted entry");
}

QString Restricted::refusal()
{
    return tr("This is a restricted entry: only its author, the lead mentor and headteachers can read or change it.");
}

} // namespace md
