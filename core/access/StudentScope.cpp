// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/StudentScope.h"

#include "access/Session.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>

namespace md {

StudentScope StudentScope::of(const Session &session, Action action)
{
    StudentScope scope;
    const Scopes scopes = Permissions::scopes(session, action);
    if (scopes.testFlag(ScopeKind::Organisation)) {
        scope.condition = QStringLiteral("1 = 1");
        scope.everyone = true;
        return scope;
    }
    QStringList parts;
    if (scopes.testFlag(ScopeKind::AssignedLearners)) {
        parts << QStringLiteral("s.id IN (SELECT mg.student_id FROM mentoring_groups mg "
                                "WHERE mg.mentor_id = ? AND mg.ended_on IS NULL)");
        scope.binds << session.userId();
    }
    if (scopes.testFlag(ScopeKind::OwnCourses)) {
        parts << QStringLiteral("s.id IN (SELECT cs.student_id FROM course_students cs "
                                "JOIN course_teachers ct ON ct.course_id = cs.course_id WHERE ct.user_id = ?)");
        scope.binds << session.userId();
    }
    if (parts.isEmpty()) {
        scope.condition = QStringLiteral("1 = 0");
        scope.nobody = true;
    } else {
        scope.condition = QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return scope;
}

Status StudentScope::check(const Database &db, const Session &session, Action action, qint64 studentId)
{
    if (Status s = Permissions::require(session, action); !s)
        return s;
    const StudentScope scope = of(session, action);
    if (scope.everyone)
        return {};
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM students s WHERE s.id = ? AND ") + scope.condition);
    q.bind(studentId);
    for (const QVariant &v : scope.binds)
        q.bind(v);
    auto n = q.scalar();
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error::forbidden(QCoreApplication::translate("md::StudentScope",
                                                            "You may not %1 for this student: they are not in your group "
                                                            "or on your courses.")
                                    .arg(Permissions::describe(action)));
    return {};
}

} // namespace md
