// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/MentoringGroupStore.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace md {

Status MentoringGroupStore::assign(const Session &session, qint64 mentorId, qint64 studentId, const QDate &from)
{
    if (Status s = Permissions::require(session, Action::ManageMentoringGroups); !s)
        return s;
    Query isMentor(m_db, QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE user_id = ? AND role IN ('mentor', 'lead_mentor')"));
    isMentor.bind(mentorId);
    auto n = isMentor.scalar();
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error::invalid(QCoreApplication::translate("md::MentoringGroupStore",
                                                          "Only a mentor or lead mentor can have a mentoring group."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = assignUnchecked(audit, mentorId, studentId, from); !s)
        return s;
    return tx.commit();
}

Status MentoringGroupStore::assignUnchecked(AuditLog &audit, qint64 mentorId, qint64 studentId, const QDate &from)
{
    Query close(m_db, QStringLiteral("UPDATE mentoring_groups SET ended_on = ? WHERE student_id = ? AND ended_on IS NULL"));
    close.bind(from).bind(studentId);
    if (Status s = close.exec(); !s)
        return s;
    Query add(m_db, QStringLiteral("INSERT INTO mentoring_groups (mentor_id, student_id, started_on) VALUES (?, ?, ?)"));
    add.bind(mentorId).bind(studentId).bind(from);
    if (Status s = add.exec(); !s)
        return s;
    return audit.changed(QStringLiteral("student"), studentId, QStringLiteral("mentor"), QString(),
                         QString::number(mentorId));
}

Status MentoringGroupStore::end(const Session &session, qint64 studentId, const QDate &on)
{
    if (Status s = Permissions::require(session, Action::ManageMentoringGroups); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query close(m_db, QStringLiteral("UPDATE mentoring_groups SET ended_on = ? WHERE student_id = ? AND ended_on IS NULL"));
    close.bind(on).bind(studentId);
    if (Status s = close.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("student"), studentId, QStringLiteral("mentor"), QStringLiteral("assigned"),
                                 QString());
        !s)
        return s;
    return tx.commit();
}

Result<QList<qint64>> MentoringGroupStore::caseload(qint64 mentorId) const
{
    Query q(m_db, QStringLiteral("SELECT student_id FROM mentoring_groups WHERE mentor_id = ? AND ended_on IS NULL ORDER BY student_id"));
    q.bind(mentorId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.id(0));
    return ids;
}

} // namespace md
