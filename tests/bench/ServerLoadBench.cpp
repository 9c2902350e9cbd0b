// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, part 5: ten desks at once on a loopback PostgreSQL server for 60 seconds, each a mentor
// connected as their own role doing the realistic mix of tests/bench/load (log entries, 1:1
// sessions, the mentoring register, letters). Reports the 95th-percentile operation time, overall
// and per kind. A run with any failed operation, or a client whose count differs from what the
// database holds, is recorded as a miss. The server is a throwaway one from tools/pg-test-server
// (or the one MD_PG_SERVER_URL names).
#include "BenchSuite.h"
#include "ServerLoad.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace md::bench {

namespace {

constexpr double kSeconds = 60;
constexpr int kClients = 10;

void runServerLoad(BenchSuite &suite)
{
    QTemporaryDir state(suite.workDir() + QStringLiteral("/pg-load-XXXXXX"));
    const QString script = QStringLiteral(MD_PG_TEST_SERVER);
    auto fail = [&suite](const QString &why) {
        QTextStream(stderr) << "server load: " << why << Qt::endl;
        suite.record(QStringLiteral("10 desks on PostgreSQL: the run"), 0.001, {1.0}, why.left(200));
    };
    if (QProcess::execute(script, {QStringLiteral("start"), state.path()}) != 0) {
        fail(QStringLiteral("the throwaway PostgreSQL server did not start"));
        return;
    }
    QFile urlFile(state.path() + QStringLiteral("/url"));
    auto url = urlFile.open(QIODevice::ReadOnly) ? ServerUrl::parse(QString::fromUtf8(urlFile.readAll()).trimmed())
                                                 : Result<ServerUrl>(Error::io(QStringLiteral("no url")));
    if (url) {
        load::LoadOptions options;
        options.clients = kClients;
        options.seconds = kSeconds;
        auto report = load::ServerLoad::run(*url, QStringLiteral(MD_LOAD_CLIENT), options);
        if (!report) {
            fail(report.error().message);
        } else if (!report->problems.isEmpty()) {
            fail(report->problems.join(QStringLiteral("; ")));
        } else {
            int written = 0;
            for (const load::LoadClient &c : report->clients)
                written += c.entries + c.sessions + c.letters;
            const QString note = QStringLiteral("%1 ops (%2 writes) in %3 s, 0 errors, counts match")
                                     .arg(report->operations())
                                     .arg(written)
                                     .arg(report->wallSeconds, 0, 'f', 1);
            suite.record(QStringLiteral("10 desks on PostgreSQL, 60 s: any operation"), 0, report->allLatenciesMs, note);
            for (auto it = report->latenciesMs.cbegin(); it != report->latenciesMs.cend(); ++it)
                suite.record(QStringLiteral("10 desks on PostgreSQL, 60 s: ") + it.key(), 0, it.value(),
                             QStringLiteral("%1 ops").arg(it.value().size()));
        }
    } else {
        fail(url.error().message);
    }
    QProcess::execute(script, {QStringLiteral("stop"), state.path()});
}

} // namespace

void registerServerLoadBenches(BenchSuite &suite)
{
    suite.addCase(QStringLiteral("Server load (issue 12)"), runServerLoad);
}

} // namespace md::bench
