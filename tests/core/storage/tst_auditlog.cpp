// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/StudentStore.h"

#include <QtTest>

using namespace md;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void creatingAStudentIsAudited()
    {
        test::TestDatabase t;
        const qint64 id = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        Query q(t.db(), QStringLiteral("SELECT action, username FROM audit_log WHERE entity = 'student' AND entity_id = ?"));
        q.bind(id);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.string(0), QStringLiteral("create"));
        QCOMPARE(q.string(1), QStringLiteral("test"));
    }

    void changedFieldsRecordOldAndNewValues()
    {
        test::TestDatabase t;
        const qint64 id = t.addStudent(2, QStringLiteral("Ada"), QStringLiteral("Quill"), 8, QStringLiteral("8A"));
        Student s;
        {
            auto got = StudentStore(t.db()).get(Session::system(), id);
            QVERIFY(got);
            s = *got;
        }
        s.tutorGroup = QStringLiteral("8C");
        s.pupilPremium = true;
        {
            Transaction tx(t.db());
            StudentWriter w(t.db(), Actor{7, QStringLiteral("a.mentor")});
            auto outcome = w.upsertByUpn(s);
            QVERIFY(outcome);
            QCOMPARE(*outcome, StudentWriter::Outcome::Updated);
            QVERIFY(tx.commit());
        }
        Query q(t.db(), QStringLiteral("SELECT field, old_value, new_value, username FROM audit_log "
                                       "WHERE entity = 'student' AND entity_id = ? AND action = 'update' ORDER BY field"));
        q.bind(id);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.string(0), QStringLiteral("pupil_premium"));
        QCOMPARE(q.string(1), QStringLiteral("0"));
        QCOMPARE(q.string(2), QStringLiteral("1"));
        QVERIFY(q.next());
        QCOMPARE(q.string(0), QStringLiteral("tutor_group"));
        QCOMPARE(q.string(1), QStringLiteral("8A"));
        QCOMPARE(q.string(2), QStringLiteral("8C"));
        QCOMPARE(q.string(3), QStringLiteral("a.mentor"));
        QVERIFY(!q.next());
        Query version(t.db(), QStringLiteral("SELECT row_version FROM students WHERE id = ?"));
        version.bind(id);
        QCOMPARE(version.scalar()->toInt(), 2);
    }

    void unchangedRowWritesNoAudit()
    {
        test::TestDatabase t;
        const qint64 id = t.addStudent(3, QStringLiteral("Ada"), QStringLiteral("Quill"));
        Query count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const int before = count.scalar()->toInt();
        auto s = StudentStore(t.db()).get(Session::system(), id);
        Transaction tx(t.db());
        StudentWriter w(t.db(), Actor{});
        QCOMPARE(*w.upsertByUpn(*s), StudentWriter::Outcome::Unchanged);
        QVERIFY(tx.commit());
        Query again(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QCOMPARE(again.scalar()->toInt(), before);
    }

    void chainVerifiesAndDetectsTampering()
    {
        test::TestDatabase t;
        t.addStudent(4, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.addStudent(5, QStringLiteral("Bo"), QStringLiteral("Reed"));
        auto ok = AuditLog::verifyChain(t.db());
        QVERIFY(ok);
        QCOMPARE(*ok, qint64(0));
        Query tamper(t.db(), QStringLiteral("UPDATE audit_log SET username = 'someone.else' WHERE id = 2"));
        QVERIFY(tamper.exec());
        auto bad = AuditLog::verifyChain(t.db());
        QVERIFY(bad);
        QCOMPARE(*bad, qint64(2));
    }

    void twoWritersInOneTransactionKeepOneChain()
    {
        test::TestDatabase t;
        {
            Transaction tx(t.db());
            AuditLog a(t.db(), Actor{1, QStringLiteral("a")});
            AuditLog b(t.db(), Actor{2, QStringLiteral("b")});
            QVERIFY(a.created(QStringLiteral("student"), 1, QStringLiteral("x")));
            QVERIFY(b.created(QStringLiteral("student"), 2, QStringLiteral("y")));
            QVERIFY(a.changed(QStringLiteral("student"), 1, QStringLiteral("f"), QStringLiteral("1"), QStringLiteral("2")));
            QVERIFY(tx.commit());
        }
        AuditLog later(t.db(), Actor{3, QStringLiteral("c")});
        QVERIFY(later.deleted(QStringLiteral("student"), 2, QStringLiteral("y")));
        auto chain = AuditLog::verifyChain(t.db());
        QVERIFY(chain);
        QCOMPARE(*chain, qint64(0));
    }

    void rolledBackChangeLeavesNoAuditRow()
    {
        test::TestDatabase t;
        Query count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const int before = count.scalar()->toInt();
        {
            Transaction tx(t.db());
            AuditLog audit(t.db(), Actor{1, QStringLiteral("x")});
            QVERIFY(audit.created(QStringLiteral("student"), 99, QStringLiteral("x")));
        }
        Query again(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QCOMPARE(again.scalar()->toInt(), before);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
