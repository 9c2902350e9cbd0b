// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportScope.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace md {

Result<ReportAccess> ReportScope::forStudent(const Database &db, const Session &session, qint64 studentId)
{
    if (Status s = StudentScope::check(db, session, Action::ViewReports, studentId); !s)
        return s.error();
    ReportAccess access;
    const Scopes scopes = Permissions::scopes(session, Action::ViewReports);
    if (scopes.testFlag(ScopeKind::Organisation)) {
        access.allCourses = true;
    } else if (scopes.testFlag(ScopeKind::AssignedLearners)) {
        Query q(db, QStringLiteral("SELECT COUNT(*) FROM mentoring_groups WHERE mentor_id = ? AND student_id = ? "
                                   "AND ended_on IS NULL"));
        q.bind(session.userId()).bind(studentId);
        auto n = q.scalar();
        if (!n)
            return n.error();
        access.allCourses = n->toInt() > 0;
    }
    access.pastoral = access.allCourses;
    if (!access.allCourses) {
        Query q(db,
                QStringLiteral("SELECT cs.course_id FROM course_students cs JOIN course_teachers ct ON ct.course_id "
                               "= cs.course_id WHERE cs.student_id = ? AND ct.user_id = ? ORDER BY cs.course_id"));
        q.bind(studentId).bind(session.userId());
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            access.courseIds.append(q.id(0));
    }
    return access;
}

ReportScope::Condition ReportScope::learnersCondition(const Session &session)
{
    const Scopes scopes = Permissions::scopes(session, Action::ViewReports);
    Condition c;
    if (scopes.testFlag(ScopeKind::Organisation)) {
        c.sql = QStringLiteral("1 = 1");
        return c;
    }
    QStringList parts;
    if (scopes.testFlag(ScopeKind::OwnCourses)) {
        parts << QStringLiteral("c.id IN (SELECT ct.course_id FROM course_teachers ct WHERE ct.user_id = ?)");
        c.binds << session.userId();
    }
    if (scopes.testFlag(ScopeKind::AssignedLearners)) {
        parts << QStringLiteral("s.id IN (SELECT mg.student_id FROM mentoring_groups mg WHERE mg.mentor_id = ? "
                                "AND mg.ended_on IS NULL)");
        c.binds << session.userId();
    }
    c.sql = parts.isEmpty() ? QStringLiteral("1 = 0")
                            : QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return c;
}

Result<QList<ReportCourseRef>> ReportScope::courses(const Database &db, const Session &session)
{
    if (Status s = Permissions::require(session, Action::ViewReports); !s)
        return s.error();
    const Condition cond = learnersCondition(session);
    const bool everyone = Permissions::scopes(session, Action::ViewReports).testFlag(ScopeKind::Organisation);
    QString sql = QStringLiteral("SELECT c.id, c.name, COALESCE(c.year_group, 0), "
                                 "(SELECT COUNT(*) FROM course_students cs JOIN students s ON s.id = cs.student_id "
                                 "WHERE cs.course_id = c.id AND s.date_left IS NULL AND ") +
                  cond.sql + QStringLiteral(") AS n FROM courses c");
    sql += everyone ? QStringLiteral(" WHERE 1 = 1") : QStringLiteral(" WHERE 1 = 0");
    QVariantList binds = cond.binds;
    const Scopes scopes = Permissions::scopes(session, Action::ViewReports);
    if (!everyone && scopes.testFlag(ScopeKind::OwnCourses)) {
        sql += QStringLiteral(" OR c.id IN (SELECT ct.course_id FROM course_teachers ct WHERE ct.user_id = ?)");
        binds << session.userId();
    }
    if (!everyone && scopes.testFlag(ScopeKind::AssignedLearners)) {
        sql += QStringLiteral(" OR c.id IN (SELECT cs.course_id FROM course_students cs JOIN mentoring_groups mg ON "
                              "mg.student_id = cs.student_id WHERE mg.mentor_id = ? AND mg.ended_on IS NULL)");
        binds << session.userId();
    }
    sql += QStringLiteral(" ORDER BY COALESCE(c.year_group, 0), c.name, c.id");
    Query q(db, sql);
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<ReportCourseRef> out;
    while (q.next())
        out.append({q.id(0), q.string(1), q.integer(2), q.integer(3)});
    return out;
}

} // namespace md
