// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "access/AuthService.h"
#include "access/PasswordHasher.h"
#include "access/Permissions.h"
#include "access/StudentScope.h"
#include "access/UserStore.h"
#include "storage/Query.h"
#include "students/MentoringGroupStore.h"
#include "students/StudentStore.h"

#include <QtTest>

using namespace md;

namespace {
QStringList upnsSeenBy(Database &db, const Session &s)
{
    auto rows = StudentStore(db).list(s);
    QStringList out;
    if (rows)
        for (const StudentRow &r : *rows)
            out << r.student.legalForename;
    out.sort();
    return out;
}
} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableFollowsRoleComparison()
    {
        // Reference 000: parent contact information is not for teachers; it is for mentors and headteachers.
        QCOMPARE(Permissions::scopeFor(Role::Teacher, Action::ViewParentContacts), ScopeKind::None);
        QCOMPARE(Permissions::scopeFor(Role::Mentor, Action::ViewParentContacts), ScopeKind::AssignedLearners);
        QCOMPARE(Permissions::scopeFor(Role::Headteacher, Action::ViewParentContacts), ScopeKind::Organisation);
        QCOMPARE(Permissions::scopeFor(Role::Teacher, Action::ViewStudents), ScopeKind::OwnCourses);
        QCOMPARE(Permissions::scopeFor(Role::Administrator, Action::ManageUsers), ScopeKind::Organisation);
        QCOMPARE(Permissions::scopeFor(Role::LeadMentor, Action::ManageUsers), ScopeKind::None);
    }

    void everyActionHasOneRowAndADescription()
    {
        QSet<int> seen;
        for (const Permissions::Row &row : Permissions::table()) {
            QVERIFY2(!seen.contains(int(row.action)), "an action appears twice in the permission table");
            seen.insert(int(row.action));
            QVERIFY(!Permissions::describe(row.action).isEmpty());
        }
    }

    void severalRolesGetTheUnionOfScopes()
    {
        const Session both(1, QStringLiteral("t"), QStringLiteral("T"), {Role::Teacher, Role::Mentor});
        const Scopes s = Permissions::scopes(both, Action::ViewStudents);
        QVERIFY(s.testFlag(ScopeKind::OwnCourses));
        QVERIFY(s.testFlag(ScopeKind::AssignedLearners));
        QVERIFY(!s.testFlag(ScopeKind::Organisation));
    }

    void mentorAndHeadteacherIsASupervisor()
    {
        QVERIFY(Session(1, QStringLiteral("s"), QStringLiteral("S"), {Role::Mentor, Role::Headteacher}).isSupervisor());
        QVERIFY(!Session(1, QStringLiteral("m"), QStringLiteral("M"), {Role::Mentor}).isSupervisor());
    }

    void refusalSaysWhatAndWhoMay()
    {
        const Session teacher(1, QStringLiteral("t"), QStringLiteral("T"), {Role::Teacher});
        const Status s = Permissions::require(teacher, Action::ImportStudents);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Forbidden);
        QVERIFY2(s.error().message.contains(QStringLiteral("import students")), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QStringLiteral("Administrator")));
    }

    void eachRoleSeesOnlyItsStudents()
    {
        test::TestDatabase t;
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const Session other = t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        const Session teacher = t.addUser(QStringLiteral("t.one"), {Role::Teacher});
        const Session head = t.addUser(QStringLiteral("h.one"), {Role::Headteacher});
        const Session admin = t.addUser(QStringLiteral("a.one"), {Role::Administrator});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const qint64 bo = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        const qint64 cy = t.addStudent(3, QStringLiteral("Cy"), QStringLiteral("Stone"));
        t.assignMentor(mentor.userId(), ada);
        t.assignMentor(other.userId(), bo);
        t.enrol(teacher.userId(), cy);

        QCOMPARE(upnsSeenBy(t.db(), mentor), QStringList{QStringLiteral("Ada")});
        QCOMPARE(upnsSeenBy(t.db(), other), QStringList{QStringLiteral("Bo")});
        QCOMPARE(upnsSeenBy(t.db(), teacher), QStringList{QStringLiteral("Cy")});
        QCOMPARE(upnsSeenBy(t.db(), head).size(), 3);
        QCOMPARE(upnsSeenBy(t.db(), admin).size(), 3);

        // Reaching a student outside the group by id is refused too.
        auto denied = StudentStore(t.db()).get(mentor, bo);
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, Error::Kind::NotFound);
        QVERIFY(!StudentScope::check(t.db(), mentor, Action::ViewStudents, cy));
        QVERIFY(StudentScope::check(t.db(), mentor, Action::ViewStudents, ada));
    }

    void endedAssignmentRemovesAccess()
    {
        test::TestDatabase t;
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        MentoringGroupStore groups(t.db());
        QVERIFY(groups.assign(lead, mentor.userId(), ada, QDate(2026, 9, 1)));
        QCOMPARE(upnsSeenBy(t.db(), mentor).size(), 1);
        QVERIFY(groups.end(lead, ada, QDate(2026, 10, 1)));
        QCOMPARE(upnsSeenBy(t.db(), mentor).size(), 0);
        // A mentor cannot allocate students.
        const Status refused = groups.assign(mentor, mentor.userId(), ada, QDate(2026, 10, 2));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    }

    void teachersCannotSeeParentContacts()
    {
        test::TestDatabase t;
        const Session teacher = t.addUser(QStringLiteral("t.one"), {Role::Teacher});
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.enrol(teacher.userId(), ada);
        t.assignMentor(mentor.userId(), ada);
        QVERIFY(StudentStore(t.db()).get(teacher, ada));
        auto refused = StudentStore(t.db()).parents(teacher, ada);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        auto parents = StudentStore(t.db()).parents(mentor, ada);
        QVERIFY(parents);
        QCOMPARE(parents->size(), 1);
    }

    void passwordHashesAreArgon2idAndVerify()
    {
        auto hash = PasswordHasher::hash(QStringLiteral("a long passphrase"), PasswordHasher::Cost::Minimum);
        QVERIFY(hash);
        QVERIFY(hash->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(PasswordHasher::verify(*hash, QStringLiteral("a long passphrase")));
        QVERIFY(!PasswordHasher::verify(*hash, QStringLiteral("a wrong passphrase")));
        QVERIFY(PasswordHasher::needsRehash(*hash)); // minimum cost is below the interactive limits
    }

    void firstRunCreatesTheAdministratorOnce()
    {
        test::TestDatabase t;
        AuthService auth(t.db());
        QVERIFY(auth.needsFirstAdministrator());
        auto short_ = auth.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("short"));
        QVERIFY(!short_);
        QVERIFY(short_.error().message.contains(QStringLiteral("at least 8")));
        auto admin = auth.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("a long passphrase"));
        QVERIFY2(admin, qPrintable(admin.error().message));
        QVERIFY(admin->has(Role::Administrator));
        QVERIFY(!auth.needsFirstAdministrator());
        QVERIFY(!auth.createFirstAdministrator(QStringLiteral("again"), QStringLiteral("Again"), QStringLiteral("a long passphrase")));
    }

    void signInChecksPasswordAndLocksAfterFiveFailures()
    {
        test::TestDatabase t;
        AuthService auth(t.db());
        QVERIFY(auth.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("a long passphrase")));
        auto ok = auth.signIn(QStringLiteral("admin"), QStringLiteral("a long passphrase"));
        QVERIFY(ok);
        QCOMPARE(ok->username(), QStringLiteral("admin"));
        auto unknown = auth.signIn(QStringLiteral("nobody"), QStringLiteral("whatever"));
        QVERIFY(!unknown);
        for (int i = 0; i < AuthService::kFreeAttempts; ++i) {
            auto wrong = auth.signIn(QStringLiteral("admin"), QStringLiteral("wrong"));
            QVERIFY(!wrong);
            QCOMPARE(wrong.error().message, unknown.error().message); // never tells which part was wrong
        }
        auto locked = auth.signIn(QStringLiteral("admin"), QStringLiteral("a long passphrase"));
        QVERIFY(!locked);
        QVERIFY2(locked.error().message.contains(QStringLiteral("Too many wrong passwords")), qPrintable(locked.error().message));
        Query audit(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in_failed'"));
        QCOMPARE(audit.scalar()->toInt(), AuthService::kFreeAttempts);
    }

    void onlyAdministratorsCreateUsersAndRenameRoles()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        UserStore users(t.db());
        NewStaffUser u{QStringLiteral("new.user"), QStringLiteral("New User"), {}, QStringLiteral("a long passphrase"), {Role::Teacher}, {}};
        QVERIFY(!users.create(mentor, u));
        QVERIFY(users.create(admin, u));
        QVERIFY(!users.setRoleLabel(mentor, Role::Mentor, QStringLiteral("Coach")));
        QVERIFY(users.setRoleLabel(admin, Role::Mentor, QStringLiteral("Coach")));
        QCOMPARE(users.roleLabel(Role::Mentor), QStringLiteral("Coach"));
        QCOMPARE(users.roleLabel(Role::Teacher), QStringLiteral("Teacher"));
        QVERIFY(!users.create(admin, NewStaffUser{QStringLiteral("bad name!"), QStringLiteral("X"), {}, QStringLiteral("a long passphrase"), {Role::Teacher}, {}}));
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
