// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "access/AuthService.h"
#include "access/UserStore.h"
#include "storage/Query.h"

#include <QtTest>

using namespace md;

class TestPasswords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commonPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("password1") << QStringLiteral("password1");
        QTest::newRow("any case") << QStringLiteral("PassWord123");
        QTest::newRow("digits") << QStringLiteral("123456789");
        QTest::newRow("keyboard") << QStringLiteral("qwertyuiop");
        QTest::newRow("school") << QStringLiteral("School2026");
    }
    void commonPasswordsAreRefused()
    {
        QFETCH(QString, password);
        const Status s = UserStore::checkPasswordRules(password);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("most commonly used")), qPrintable(s.error().message));
    }

    void uncommonPasswordsPass()
    {
        QVERIFY(UserStore::checkPasswordRules(QStringLiteral("kettle orbit saffron")));
        QVERIFY(!UserStore::checkPasswordRules(QStringLiteral("short")));
    }

    void administratorResetForcesAChangeAndLiftsTheLockout()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("a.admin"), {Role::Administrator});
        const Session mentor = t.addUser(QStringLiteral("m.mentor"), {Role::Mentor});
        AuthService auth(t.db());
        for (int i = 0; i < AuthService::kFreeAttempts + 1; ++i)
            QVERIFY(!auth.signIn(QStringLiteral("m.mentor"), QStringLiteral("wrong password")));
        QVERIFY(!auth.signIn(QStringLiteral("m.mentor"), QStringLiteral("correct horse"))); // locked

        UserStore store(t.db());
        const Status refused = store.resetPassword(mentor, admin.userId(), QStringLiteral("temporary garden"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QVERIFY(!store.resetPassword(admin, mentor.userId(), QStringLiteral("password1")));
        QVERIFY(store.resetPassword(admin, mentor.userId(), QStringLiteral("temporary garden")));
        QVERIFY(store.findById(mentor.userId())->mustChangePassword);

        auto signedIn = auth.signIn(QStringLiteral("m.mentor"), QStringLiteral("temporary garden"));
        QVERIFY2(signedIn, signedIn ? "" : qPrintable(signedIn.error().message));
        QVERIFY(!store.changeOwnPassword(*signedIn, QStringLiteral("not it at all"), QStringLiteral("river lantern moss")));
        QVERIFY(!store.changeOwnPassword(*signedIn, QStringLiteral("temporary garden"), QStringLiteral("temporary garden")));
        QVERIFY(!store.changeOwnPassword(*signedIn, QStringLiteral("temporary garden"), QStringLiteral("iloveyou1")));
        QVERIFY(store.changeOwnPassword(*signedIn, QStringLiteral("temporary garden"), QStringLiteral("river lantern moss")));
        QVERIFY(!store.findById(mentor.userId())->mustChangePassword);
        QVERIFY(auth.signIn(QStringLiteral("m.mentor"), QStringLiteral("river lantern moss")));

        // The audit log records both, never a password.
        Query audit(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND field = 'password'"));
        QCOMPARE(audit.scalar()->toInt(), 2);
        Query leak(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_value LIKE '%garden%' "
                                          "OR new_value LIKE '%lantern%' OR old_value LIKE '%garden%'"));
        QCOMPARE(leak.scalar()->toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_passwords.moc"
