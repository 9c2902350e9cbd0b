// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kills writers with SIGKILL at random moments; after every kill the database must pass
// integrity_check and hold whole changes only. MD_CRASH_KILLS sets the number of kills per case
// (default keeps the whole suite near 30 s; run with e.g. MD_CRASH_KILLS=500 for the long version).
#include "TestDatabase.h"

#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "students/Upn.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>
#include <QtTest>

#include <csignal>

using namespace md;

namespace {

int killsPerCase(int fallback)
{
    const int n = qEnvironmentVariableIntValue("MD_CRASH_KILLS");
    return n > 0 ? n : fallback;
}

void killAfter(QProcess &p, int ms)
{
    QThread::msleep(ms);
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished(5000);
}

struct Check
{
    bool intact = false;
    int students = -1;
    bool chain = false;
};

Check inspect(const QString &path)
{
    Check c;
    auto db = Database::openSqlite(path);
    if (!db)
        return c;
    auto integrity = (*db)->integrityCheck();
    c.intact = integrity && *integrity == QStringList{QStringLiteral("ok")};
    Query q(**db, QStringLiteral("SELECT COUNT(*) FROM students"));
    c.students = q.scalar()->toInt();
    auto chain = AuditLog::verifyChain(**db);
    c.chain = chain && *chain == 0;
    return c;
}

QString writeCsv(const QString &dir, int rows)
{
    const QString path = dir + QStringLiteral("/big.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QTextStream out(&f);
    out << "UPN,Surname,Forename,Year,Tutor Group\n";
    for (int i = 0; i < rows; ++i) {
        const QString twelve = QStringLiteral("801") + QString::number(3000 + i / 1000) + QStringLiteral("27")
            + QString::number(i % 1000).rightJustified(3, QLatin1Char('0'));
        out << Upn::withCheckLetter(twelve) << ",Surname" << i << ",Forename" << i << ",8,8A\n";
    }
    return path;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedImportLeavesAllOrNothing()
    {
        test::TestDatabase t;
        const QString path = t.path();
        t.close();
        const int rows = 4000;
        const QString csv = writeCsv(QFileInfo(path).absolutePath(), rows);
        // How long a whole import takes here, to spread the kills over it.
        QElapsedTimer timer;
        {
            test::TestDatabase probe;
            const QString probePath = probe.path();
            probe.close();
            timer.start();
            QProcess p;
            p.start(QStringLiteral(MD_CLI_PATH), {QStringLiteral("--database"), probePath, QStringLiteral("import"),
                                                  QStringLiteral("students"), csv});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
        }
        const int span = int(timer.elapsed()) + 50;
        QRandomGenerator rng(20261123);
        const int kills = killsPerCase(25);
        int none = 0;
        int all = 0;
        for (int k = 0; k < kills; ++k) {
            QProcess p;
            p.start(QStringLiteral(MD_CLI_PATH), {QStringLiteral("--database"), path, QStringLiteral("import"),
                                                  QStringLiteral("students"), csv});
            QVERIFY(p.waitForStarted());
            killAfter(p, rng.bounded(span));
            const Check c = inspect(path);
            QVERIFY2(c.intact, qPrintable(QStringLiteral("integrity failed after kill %1").arg(k)));
            QVERIFY2(c.students == 0 || c.students == rows,
                     qPrintable(QStringLiteral("kill %1 left %2 of %3 students").arg(k).arg(c.students).arg(rows)));
            QVERIFY(c.chain);
            if (c.students == rows) {
                ++all;
                // Start again from empty for the next kill.
                auto db = Database::openSqlite(path);
                Query del(**db, QStringLiteral("DELETE FROM students"));
                QVERIFY(del.exec());
            } else {
                ++none;
            }
        }
        qInfo("import kills survived: %d (%d before commit, %d after)", kills, none, all);
    }

    void killedWritesAndCheckpointsKeepWholeTransactions_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("auto-checkpoints") << QStringLiteral("batches");
        QTest::newRow("explicit checkpoints") << QStringLiteral("checkpoint");
    }

    void killedWritesAndCheckpointsKeepWholeTransactions()
    {
        QFETCH(QString, mode);
        test::TestDatabase t;
        const QString path = t.path();
        t.close();
        QRandomGenerator rng(mode.size() * 7919u);
        const int kills = killsPerCase(40);
        int last = 0;
        for (int k = 0; k < kills; ++k) {
            QProcess p;
            p.start(QStringLiteral(MD_CHILD_PATH), {mode, path});
            QVERIFY(p.waitForReadyRead(10000)); // "ready": the child has opened the file
            killAfter(p, 5 + rng.bounded(120));
            const Check c = inspect(path);
            QVERIFY2(c.intact, qPrintable(QStringLiteral("integrity failed after kill %1 (%2)").arg(k).arg(mode)));
            QVERIFY2(c.students % 50 == 0, qPrintable(QStringLiteral("a batch was half-saved: %1").arg(c.students)));
            QVERIFY(c.students >= last);
            QVERIFY(c.chain);
            last = c.students;
        }
        qInfo("%s: %d kills survived, %d students in whole batches", qPrintable(mode), kills, last);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
