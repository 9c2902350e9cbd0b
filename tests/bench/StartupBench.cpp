// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11's whole-process figures on the 10,000-student school: start to an interactive main
// window showing the student list (under 1 s, from the process's start to the first paint of the
// populated list), and peak memory with every pane visited (under 300 MB). Each run is a fresh
// `mentordesk --database FILE` with MENTORDESK_PROBE set (ui/shell/StartupProbe), which prints the
// moment of the first paint on the system clock, or the peak resident memory, and quits.
#include "BenchSuite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <chrono>

namespace md::bench {

namespace {

constexpr int kStartRuns = 9;
constexpr int kTimeoutMs = 60000;

qint64 systemClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

QString appPath()
{
    const QString fromEnv = qEnvironmentVariable("MENTORDESK_APP");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // build/tests/bench/mentordesk-bench -> build/app/mentordesk
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../../app/mentordesk"));
}

struct ProbeRun
{
    double startMs = -1;   // process start to the first paint of the populated list
    double cpuMs = -1;     // the desk's CPU time by then
    double peakMb = -1;    // VmHWM after every pane (every-pane runs)
    int panes = 0;
    QString problem;
};

ProbeRun runProbe(const QString &database, const QString &scratch, const char *mode)
{
    ProbeRun run;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MENTORDESK_PROBE"), QString::fromLatin1(mode));
    // The desk's settings in a scratch folder: the bench must not read or change a user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(scratch).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(scratch).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(scratch).filePath(QStringLiteral("cache")));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 started = systemClockNs();
    app.start(appPath(), {QStringLiteral("--database"), database});
    if (!app.waitForStarted(kTimeoutMs)) {
        run.problem = QStringLiteral("could not start %1: %2").arg(appPath(), app.errorString());
        return run;
    }
    if (!app.waitForFinished(kTimeoutMs)) {
        app.kill();
        app.waitForFinished();
        run.problem = QStringLiteral("no first paint within %1 s").arg(kTimeoutMs / 1000);
        return run;
    }
    const QList<QByteArray> lines = app.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() != 3 || words.at(0) != "md-probe")
            continue;
        if (words.at(1) == "first-paint-ns")
            run.startMs = double(words.at(2).toLongLong() - started) / 1e6;
        else if (words.at(1) == "cpu-ms")
            run.cpuMs = words.at(2).toDouble();
        else if (words.at(1) == "peak-rss-kb")
            run.peakMb = words.at(2).toDouble() / 1024.0;
        else if (words.at(1) == "panes")
            run.panes = words.at(2).toInt();
    }
    if (run.startMs < 0)
        run.problem = QStringLiteral("the desk exited (%1) without painting the students list: %2")
                          .arg(app.exitCode())
                          .arg(QString::fromLocal8Bit(app.readAllStandardError()).right(300));
    return run;
}

// A copy of a school in the scratch folder: the desk's daily backup lands beside it, not beside the
// large school.
QString copyOf(const QString &school, const QString &workDir, const QString &name)
{
    const QString path = QDir(workDir).filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QDir(QDir(workDir).filePath(QStringLiteral("backups"))).removeRecursively();
    if (!QFile::copy(school, path))
        return {};
    return path;
}

void startup(BenchSuite &suite)
{
    if (!QFileInfo(appPath()).isExecutable()) {
        QTextStream(stderr) << "no desk executable at " << appPath() << " (set MENTORDESK_APP)" << Qt::endl;
        return;
    }
    const QString school = copyOf(suite.largeSchoolPath(), suite.workDir(), QStringLiteral("bench-startup.sqlite"));
    if (school.isEmpty()) {
        QTextStream(stderr) << "could not copy the large school" << Qt::endl;
        return;
    }
    const QString scratch = QDir(suite.workDir()).filePath(QStringLiteral("startup-home"));
    QDir().mkpath(scratch);

    // The first start of the day: the daily backup starts two seconds after the window is up, on a
    // worker thread (DailyBackup), so it no longer holds up the first paint.
    const ProbeRun first = runProbe(school, scratch, "first-paint");
    if (!first.problem.isEmpty()) {
        QTextStream(stderr) << first.problem << Qt::endl;
        return;
    }
    suite.record(
        QStringLiteral("start: first of the day (daily backup follows in the background), to the students list painted"),
        0, {first.startMs}, QStringLiteral("one run"), {first.cpuMs});

    QList<double> samples;
    QList<double> cpu;
    for (int i = 0; i < kStartRuns; ++i) {
        const ProbeRun run = runProbe(school, scratch, "first-paint");
        if (!run.problem.isEmpty()) {
            QTextStream(stderr) << run.problem << Qt::endl;
            return;
        }
        samples << run.startMs;
        cpu << run.cpuMs;
    }
    suite.record(QStringLiteral("start: process start to the students list painted (10,000)"), 1000, samples,
                 QStringLiteral("%1 runs, QT_QPA_PLATFORM=%2")
                     .arg(kStartRuns)
                     .arg(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"))),
                 cpu);

    QList<double> peaks;
    int panes = 0;
    for (int i = 0; i < 3; ++i) {
        const ProbeRun run = runProbe(school, scratch, "every-pane");
        if (!run.problem.isEmpty() || run.peakMb < 0) {
            QTextStream(stderr) << "every-pane run: " << run.problem << Qt::endl;
            return;
        }
        peaks << run.peakMb;
        panes = run.panes;
    }
    suite.record(QStringLiteral("memory: peak with every pane visited (MB, not ms)"), 300, peaks,
                 QStringLiteral("VmHWM of the desk after %1 panes and a record's every tab, 3 runs").arg(panes));
}

} // namespace

void registerStartupBenches(BenchSuite &suite)
{
    suite.addCase(QStringLiteral("startup"), startup);
}

} // namespace md::bench
