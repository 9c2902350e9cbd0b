// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 12, part 5 (short version): ten desks at once on the loopback server, each a mentor
// connected as their own role, doing a realistic mix (log entries, 1:1 sessions, the mentoring
// register, letters) for ten seconds. No operation fails, and every client's own count of what it
// wrote is what the database holds: nothing lost, nothing twice; the audit chain stays whole.
// The 60-second run and its 95th percentile are in the benchmark suite (tests/bench/ServerLoadBench).

#include "ServerLoad.h"
#include "TestDatabase.h"

#include <QFile>
#include <QtTest>

using namespace md;

class TestServerLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenMentorsAtOnceLoseAndDuplicateNothing()
    {
        QVERIFY2(test::TestDatabase::onPostgres(), "tst_serverload needs a PostgreSQL server (run it as _pg)");
        QString text = qEnvironmentVariable("MD_TEST_PG_URL");
        if (text.isEmpty()) {
            QFile f(qEnvironmentVariable("MD_TEST_PG_URL_FILE"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(f.readAll()).trimmed();
        }
        auto server = ServerUrl::parse(text);
        QVERIFY(server);
        load::LoadOptions options;
        options.clients = 10;
        options.seconds = 10;
        auto report = load::ServerLoad::run(*server, QStringLiteral(MD_LOAD_CLIENT), options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->clients.size(), 10);
        QVERIFY(report->chainIntact);
        int written = 0;
        for (const load::LoadClient &c : report->clients) {
            QCOMPARE(c.exitCode, 0);
            QCOMPARE(c.errors, 0);
            written += c.entries + c.sessions + c.letters;
        }
        QVERIFY(written > 0);
        for (const char *kind : {"log_entry", "session", "register_view", "letter"})
            QVERIFY2(!report->latenciesMs.value(QString::fromLatin1(kind)).isEmpty(), kind);
        qInfo("%d operations by 10 clients in %.1f s (set-up %.1f s); p50 %.1f ms, p95 %.1f ms", report->operations(),
              report->wallSeconds, report->setupSeconds, load::LoadReport::percentile(report->allLatenciesMs, 0.5),
              load::LoadReport::percentile(report->allLatenciesMs, 0.95));
    }
};

QTEST_GUILESS_MAIN(TestServerLoad)
#include "tst_serverload.moc"
