// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two users at once, with real processes on one database file: both keep working while the other
// writes (busy timeout, BEGIN IMMEDIATE and retry), and a save over someone else's change is
// refused with both versions instead of overwriting theirs.
#include "LiveFixtures.h"
#include "TestDatabase.h"

#include "mentoring/LogEntryStore.h"
#include "mentoring/TargetStore.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RecordChangeFeed.h"
#include "storage/RecordConflict.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>

using namespace md;

namespace {

// Runs the second desk to completion; returns what it printed.
QString runOtherDesk(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MD_DESKCHILD_PATH), args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("timed out");
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return p.exitCode() == 0 ? out : QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(out);
}

qint64 countOf(Database &db, const QString &sql)
{
    Query q(db, sql);
    auto n = q.scalar();
    return n ? n->toLongLong() : -1;
}

} // namespace

class TwoDesksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoProcessesWritingAtOnceBothSucceedAndCountsAddUp()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const Session other = t.addUser(QStringLiteral("other.desk"), {Role::LeadMentor, Role::Mentor});
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.assignMentor(other.userId(), student);
        const qint64 before = countOf(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentoring_entries"));
        t.close(); // only the two desks hold the file

        const QStringList args{QStringLiteral("add-entries"), t.path(), QString::number(other.userId()),
                               QString::number(student), QStringLiteral("4")};
        QProcess a;
        QProcess b;
        a.start(QStringLiteral(MD_DESKCHILD_PATH), args);
        b.start(QStringLiteral(MD_DESKCHILD_PATH), args);
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        const QString outA = QString::fromUtf8(a.readAllStandardOutput() + a.readAllStandardError()).trimmed();
        const QString outB = QString::fromUtf8(b.readAllStandardOutput() + b.readAllStandardError()).trimmed();
        QVERIFY2(a.exitCode() == 0, qPrintable(outA));
        QVERIFY2(b.exitCode() == 0, qPrintable(outB));
        QVERIFY2(!outA.contains(QLatin1String("locked")) && !outB.contains(QLatin1String("locked")),
                 qPrintable(outA + QLatin1Char('\n') + outB));
        bool okA = false;
        bool okB = false;
        const qint64 addedA = outA.section(QLatin1Char('\n'), -1).toLongLong(&okA);
        const qint64 addedB = outB.section(QLatin1Char('\n'), -1).toLongLong(&okB);
        QVERIFY(okA && okB);
        // Both desks kept working: every write of each succeeded (SQLite does not share the lock
        // fairly, so one desk may get far more writes in than the other; neither is refused).
        QVERIFY2(addedA > 0 && addedB > 0, qPrintable(QStringLiteral("%1 and %2").arg(addedA).arg(addedB)));
        qInfo("two desks added %lld and %lld entries in 4 s", addedA, addedB);

        t.reopen();
        QCOMPARE(countOf(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentoring_entries")), before + addedA + addedB);
        QCOMPARE(countOf(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'mentoring_entry' "
                                                "AND action = 'create'")),
                 countOf(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentoring_entries")));
        auto broken = AuditLog::verifyChain(t.db());
        QVERIFY(broken);
        QCOMPARE(*broken, qint64(0)); // one unbroken audit chain across both processes
    }

    // A second connection to the file in this process (the daily backup opens one beside the
    // desk's) must not take the desk's file locks away. POSIX drops every lock a process holds on a
    // file when it closes any descriptor of it; if opening checked the file's header with a plain
    // open() and close(), the other desk's process found no lock, thought itself alone, and on
    // closing checkpointed and deleted the WAL under this desk: from then on this desk saw none
    // of its changes, and what this desk wrote went to a deleted WAL and was lost.
    void aSecondConnectionInThisProcessLeavesTheFileLockedForOtherDesks()
    {
        test::TestDatabase t;
        const Session me = t.addUser(QStringLiteral("me.desk"), {Role::LeadMentor, Role::Mentor});
        const Session other = t.addUser(QStringLiteral("other.desk"), {Role::LeadMentor, Role::Mentor});
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.assignMentor(me.userId(), student);
        LogEntry e;
        e.studentId = student;
        e.kind = EntryKind::Note;
        e.occurredOn = QDate::currentDate();
        e.body = QStringLiteral("Settled well this week.");
        auto id = LogEntryStore(t.db()).add(me, e);
        QVERIFY(id);
        const QString path = t.path();
        t.close();

        auto desk = Database::openSqlite(path);
        QVERIFY(desk);
        LogEntryStore store(**desk);
        QCOMPARE(store.get(me, *id)->body, e.body);
        {
            auto beside = Database::openSqlite(path, Database::Migrate::No); // as the daily backup does
            QVERIFY(beside);
            QCOMPARE(LogEntryStore(**beside).get(me, *id)->body, e.body);
        }
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        RecordChangeFeed feed(**desk); // what tells the desk's panes and editors
        QVERIFY(feed.start());
        QSignalSpy changes(&feed, &RecordChangeFeed::recordsChanged);

        QCOMPARE(runOtherDesk({QStringLiteral("edit-entry"), path, QString::number(other.userId()),
                               QString::number(*id), QStringLiteral("Their words.")}),
                 QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 1, 2000);
        QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")),
                 "the other desk deleted the WAL while this desk had the file open: it found no lock");
        QCOMPARE(store.get(me, *id)->body, QStringLiteral("Their words."));
        // Once the WAL had gone, this desk saw none of the other desk's later saves.
        QCOMPARE(runOtherDesk({QStringLiteral("edit-entry"), path, QString::number(other.userId()),
                               QString::number(*id), QStringLiteral("Their second words.")}),
                 QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 2, 2000);
        auto seen = store.get(me, *id);
        QVERIFY(seen);
        QCOMPARE(seen->body, QStringLiteral("Their second words."));
        feed.stop();

        // This desk's next save lands in the file every process sees.
        LogEntry mine = *seen;
        mine.body = QStringLiteral("My words, after theirs.");
        QVERIFY(store.update(me, mine));
        desk->reset();
        auto again = Database::openSqlite(path);
        QVERIFY(again);
        QCOMPARE(LogEntryStore(**again).get(me, *id)->body, mine.body);
    }

    void aSaveOverAnotherProcessesChangeCarriesBothVersions()
    {
        test::TestDatabase t;
        const Session me = t.addUser(QStringLiteral("me.desk"), {Role::LeadMentor, Role::Mentor});
        const Session other = t.addUser(QStringLiteral("other.desk"), {Role::LeadMentor, Role::Mentor});
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.assignMentor(me.userId(), student);
        LogEntryStore store(t.db());
        LogEntry e;
        e.studentId = student;
        e.kind = EntryKind::Note;
        e.occurredOn = QDate::currentDate();
        e.body = QStringLiteral("Settled well this week.");
        auto id = store.add(me, e);
        QVERIFY(id);
        auto opened = store.get(me, *id);
        QVERIFY(opened);

        QCOMPARE(runOtherDesk({QStringLiteral("edit-entry"), t.path(), QString::number(other.userId()),
                               QString::number(*id), QStringLiteral("Their words.")}),
                 QStringLiteral("ok"));

        LogEntry mine = *opened;
        mine.body = QStringLiteral("My words.");
        Status s = store.update(me, mine);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
        const auto stale = RecordConflicts::of(s.error());
        QVERIFY(stale);
        const RecordConflict &c = *stale;
        QCOMPARE(c.entity, QStringLiteral("mentoring_entry"));
        QCOMPARE(c.yourVersion, opened->rowVersion);
        QCOMPARE(c.storedVersion, opened->rowVersion + 1);
        QCOMPARE(c.changedBy, QStringLiteral("other.desk")); // the display name TestDatabase gives
        QVERIFY(c.changedAt.isValid());
        QVERIFY(s.error().message.contains(QLatin1String("other.desk")));
        const auto body = std::find_if(c.fields.cbegin(), c.fields.cend(), [](const ConflictField &f) {
            return f.label == QLatin1String("What happened");
        });
        QVERIFY(body != c.fields.cend());
        QCOMPARE(body->yours, QStringLiteral("My words."));
        QCOMPARE(body->theirs, QStringLiteral("Their words."));
        QCOMPARE(c.differenceCount(), 1);
        QCOMPARE(store.get(me, *id)->body, QStringLiteral("Their words.")); // nothing overwritten

        // Overwrite: a new save on top of their version, noted in the audit log.
        QVERIFY(RecordConflicts::overwrite(t.db(), me.actor(), c, [&] {
            LogEntry at = mine;
            at.rowVersion = c.storedVersion;
            return store.update(me, at);
        }));
        QCOMPARE(store.get(me, *id)->body, QStringLiteral("My words."));
        Query audit(t.db(), QStringLiteral("SELECT old_value, new_value FROM audit_log WHERE action = 'overwrite' "
                                           "AND entity = 'mentoring_entry' AND entity_id = ?"));
        audit.bind(*id);
        QVERIFY(audit.exec());
        QVERIFY(audit.next());
        QCOMPARE(audit.string(0), QString::number(c.storedVersion));
        QVERIFY(audit.string(1).contains(QLatin1String("other.desk")));
    }

    void aTargetDeletedMeanwhileIsAStaleWriteNotAnOverwrite()
    {
        test::TestDatabase t;
        const Session me = t.addUser(QStringLiteral("me.desk"), {Role::LeadMentor, Role::Mentor});
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.assignMentor(me.userId(), student);
        TargetStore store(t.db());
        const SmartTarget target = test::readingTarget(student);
        auto id = store.add(me, target);
        QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
        auto opened = store.get(me, *id);
        QVERIFY(opened);
        Query del(t.db(), QStringLiteral("DELETE FROM smart_targets WHERE id = ?"));
        del.bind(*id);
        QVERIFY(del.exec());
        SmartTarget mine = *opened;
        mine.title = QStringLiteral("Arrive by 8:40");
        Status s = store.update(me, mine);
        QVERIFY(!s);
        QVERIFY(RecordConflicts::of(s.error()));
        QVERIFY(RecordConflicts::of(s.error())->deleted);
    }
};

QTEST_GUILESS_MAIN(TwoDesksTest)
#include "tst_twodesks.moc"
