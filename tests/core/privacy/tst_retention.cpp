// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "mentoring/LogEntryStore.h"
#include "privacy/Retention.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"

#include <QtTest>

using namespace md;

namespace {

void setBirth(Database &db, qint64 student, const QString &date)
{
    Query q(db, QStringLiteral("UPDATE students SET date_of_birth = ? WHERE id = ?"));
    q.bind(date).bind(student);
    QVERIFY(q.exec());
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyWhatIsPastItsRuleIsListed()
    {
        test::TestDatabase t;
        const Session head = t.addUser(QStringLiteral("h.head"), {Role::Headteacher});
        const Session mentor = t.addUser(QStringLiteral("m.mentor"), {Role::Mentor});
        const Session lead = t.addUser(QStringLiteral("l.lead"), {Role::LeadMentor});
        const qint64 old = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const qint64 young = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        setBirth(t.db(), old, QStringLiteral("2000-03-01"));
        setBirth(t.db(), young, QStringLiteral("2013-03-01"));
        for (qint64 s : {old, young}) {
            LogEntry e;
            e.studentId = s;
            e.kind = EntryKind::Note;
            e.occurredOn = QDate(2026, 10, 1);
            e.body = QStringLiteral("note about the student");
            QVERIFY(LogEntryStore(t.db()).add(lead, e));
        }
        QVERIFY(!Retention::review(t.db(), mentor, QDate(2026, 12, 4)));
        // Ada turned 25 on 2025-03-01: her mentoring records are due; Bo's are not.
        auto due = Retention::review(t.db(), head, QDate(2026, 12, 4));
        QVERIFY(due);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().kind, QStringLiteral("mentoring"));
        QCOMPARE(due->first().studentId, old);
        QCOMPARE(due->first().records, 1);
        QCOMPARE(due->first().dueSince, QDate(2025, 3, 1));
        // The day before her 25th birthday nothing was due.
        QVERIFY(Retention::review(t.db(), head, QDate(2025, 2, 28))->isEmpty());
        // A longer rule moves her out of the list.
        QVERIFY(Retention::setRule(t.db(), head, {QStringLiteral("mentoring"), 30, RetentionBasis::Birth}));
        QVERIFY(Retention::review(t.db(), head, QDate(2026, 12, 4))->isEmpty());
        QVERIFY(!Retention::setRule(t.db(), head, {QStringLiteral("mentoring"), 0, RetentionBasis::Birth}));
        QVERIFY(!Retention::setRule(t.db(), mentor, {QStringLiteral("mentoring"), 25, RetentionBasis::Birth}));
    }

    void erasureLeavesNoTraceInTheFileAndKeepsTheAuditChain()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("a.admin"), {Role::Administrator});
        const Session lead = t.addUser(QStringLiteral("l.lead"), {Role::LeadMentor});
        const qint64 old = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        setBirth(t.db(), old, QStringLiteral("2000-03-01"));
        const QString marker = QStringLiteral("Zorblax-retention-marker-7781");
        LogEntry e;
        e.studentId = old;
        e.kind = EntryKind::Note;
        e.occurredOn = QDate(2026, 10, 1);
        for (int i = 0; i < 50; ++i) {
            e.body = marker + QStringLiteral(" entry %1 ").arg(i) + QString(200, QLatin1Char('x'));
            QVERIFY(LogEntryStore(t.db()).add(lead, e));
        }
        // An entry after them, so the chain must be re-sealed past the blanked ones.
        QVERIFY(Retention::setRule(t.db(), admin, {QStringLiteral("letters"), 6, RetentionBasis::Left}));
        // A desk's file is searched byte by byte; a server's tables and audit values by SQL.
        const bool onFile = !test::TestDatabase::onPostgres();
        if (onFile) {
            Query ck(t.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QVERIFY(ck.exec());
            ck.finish();
            QVERIFY(test::fileBytes(t.path()).contains(marker.toUtf8()));
        }
        const auto markedAudit = [&] {
            Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE old_value LIKE ? OR new_value LIKE ?"));
            q.bind(QLatin1Char('%') + marker + QLatin1Char('%')).bind(QLatin1Char('%') + marker + QLatin1Char('%'));
            return q.scalar().value().toInt();
        };

        auto due = Retention::review(t.db(), admin, QDate(2026, 12, 4));
        QVERIFY(due);
        QCOMPARE(due->size(), 1);
        // Something not due is refused, and nothing is erased.
        QList<RetentionDue> wrong = *due;
        wrong.first().kind = QStringLiteral("referrals");
        QVERIFY(!Retention::erase(t.db(), admin, wrong, QDate(2026, 12, 4)));
        auto summary = Retention::erase(t.db(), admin, *due, QDate(2026, 12, 4));
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->records, 50);
        QCOMPARE(summary->auditRedacted, 50);

        // Gone from the tables, the free pages, the WAL and the audit values.
        Query left(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentoring_entries"));
        QCOMPARE(left.scalar()->toInt(), 0);
        QCOMPARE(markedAudit(), 0);
        if (onFile) {
            QVERIFY(!test::fileBytes(t.path()).contains(marker.toUtf8()));
            QVERIFY(!test::fileBytes(t.path() + QStringLiteral("-wal")).contains(marker.toUtf8()));
        }
        // The audit log keeps that it happened, by whom and under which rule; the chain holds.
        Query erased(t.db(), QStringLiteral("SELECT username, field, new_value FROM audit_log WHERE action = 'erase'"));
        QVERIFY(erased.exec());
        QVERIFY(erased.next());
        QCOMPARE(erased.string(0), QStringLiteral("a.admin"));
        QCOMPARE(erased.string(1), QStringLiteral("mentoring"));
        QVERIFY2(erased.string(2).contains(QStringLiteral("25")), qPrintable(erased.string(2)));
        Query created(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'mentoring_entry' AND action = 'create'"));
        QCOMPARE(created.scalar()->toInt(), 50);
        QCOMPARE(*AuditLog::verifyChain(t.db()), qint64(0));
    }

    void erasingALeaversWholeRecordBlanksEveryAuditEntryAboutIt()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("a.admin"), {Role::Administrator});
        const Session lead = t.addUser(QStringLiteral("l.lead"), {Role::LeadMentor});
        const qint64 leaver = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        {
            Query q(t.db(), QStringLiteral("UPDATE students SET date_of_birth = '1995-01-01', date_left = '2011-07-20' WHERE id = ?"));
            q.bind(leaver);
            QVERIFY(q.exec());
        }
        LogEntry e;
        e.studentId = leaver;
        e.kind = EntryKind::Note;
        e.occurredOn = QDate(2011, 6, 1);
        e.body = QStringLiteral("Quillmarker note");
        auto entry = LogEntryStore(t.db()).add(lead, e);
        QVERIFY(entry);
        auto due = Retention::review(t.db(), admin, QDate(2026, 12, 4));
        QVERIFY(due);
        QList<RetentionDue> student;
        for (const RetentionDue &d : std::as_const(*due))
            if (d.kind == QLatin1String("student"))
                student << d;
        QCOMPARE(student.size(), 1);
        auto summary = Retention::erase(t.db(), admin, student, QDate(2026, 12, 4));
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        Query left(t.db(), QStringLiteral("SELECT COUNT(*) FROM students"));
        QCOMPARE(left.scalar()->toInt(), 0);
        Query leak(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_value LIKE '%Quillmarker%' "
                                          "OR old_value LIKE '%Quillmarker%'"));
        QCOMPARE(leak.scalar()->toInt(), 0);
        QCOMPARE(*AuditLog::verifyChain(t.db()), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
