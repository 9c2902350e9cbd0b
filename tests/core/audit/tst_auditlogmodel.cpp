// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "audit/AuditLogModel.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace md;

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyAuditReadersMayLoad()
    {
        test::TestDatabase t;
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        AuditLogModel model;
        const Status refused = model.load(t.db(), mentor, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QVERIFY(model.load(t.db(), admin, {}));
    }

    void filtersByStudentUserAndDateAndPages()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        {
            Transaction tx(t.db());
            AuditLog audit(t.db(), Actor{9, QStringLiteral("busy.user")});
            for (int i = 0; i < 1200; ++i)
                QVERIFY(audit.changed(QStringLiteral("student"), ada, QStringLiteral("attendance"),
                                      QString::number(i), QString::number(i + 1)));
            QVERIFY(tx.commit());
        }
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(t.db(), admin, {}));
        QCOMPARE(model.rowCount(), AuditLogModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.rowCount() > 1200);
        // Newest first.
        QCOMPARE(model.index(0, AuditLogModel::NewColumn).data().toString(), QStringLiteral("1200"));

        Query upn(t.db(), QStringLiteral("SELECT upn FROM students WHERE id = ?"));
        upn.bind(ada);
        AuditFilter byStudent;
        byStudent.upn = upn.scalar()->toString();
        QVERIFY(model.load(t.db(), admin, byStudent));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1200 + 2); // the creation of Ada and her parent, and the changes

        AuditFilter byUser;
        byUser.username = QStringLiteral("test");
        QVERIFY(model.load(t.db(), admin, byUser));
        QCOMPARE(model.rowCount(), 4); // two students and two parents created by the test fixture

        AuditFilter byDate;
        byDate.from = QDate::currentDate().addDays(1);
        byDate.to = QDate::currentDate().addDays(2);
        QVERIFY(model.load(t.db(), admin, byDate));
        QCOMPARE(model.rowCount(), 0);

        AuditFilter unknown;
        unknown.upn = QStringLiteral("Z999999999999");
        QVERIFY(!model.load(t.db(), admin, unknown));
    }

    void exportWritesEveryMatchingEntry()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        AuditLogModel model;
        QVERIFY(model.load(t.db(), admin, {}));
        const QString path = t.dir() + QStringLiteral("/audit.csv");
        auto written = model.exportCsv(path);
        QVERIFY(written);
        Query count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QCOMPARE(*written, count.scalar()->toLongLong());
        const QList<QByteArray> lines = test::fileBytes(path).split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("id,when,who,action,record,record_id,field,old,new"));
        QCOMPARE(qint64(lines.size() - 2), *written); // header and the final empty line
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
