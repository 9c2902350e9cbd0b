// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>

namespace md::bench {

// One measured operation: its samples in milliseconds and the target it must meet.
struct Figure
{
    QString operation;
    QString group;
    QList<double> samplesMs;
    double targetMs = 0; // 0: no target (a baseline or a ratio's reference)
    QString note;        // e.g. "ratio to raw SQLite: 0.62"
    // The process's CPU time per sample (all threads), where measured: on a machine shared with
    // other work the wall time grows with the load, the CPU time much less.
    QList<double> cpuMs;

    double median() const;
    double cpuMedian() const;
    double p95() const;
    bool passed() const { return targetMs <= 0 || p95() <= targetMs; }
};

// The benchmark suite: each capability registers cases; run() measures them and prints one table
// (operation, median, p95, target, pass) and writes the same figures as JSON.
class BenchSuite
{
public:
    struct Case
    {
        QString group;
        std::function<void(BenchSuite &)> run;
        bool onlyWhenAsked = false; // long cases (scaling) run only when --only names them
    };

    // Where the large school lives (built once by tests/bench/run-bench).
    explicit BenchSuite(QString largeSchoolPath, QString workDir);

    const QString &largeSchoolPath() const { return m_largeSchool; }
    const QString &workDir() const { return m_workDir; }

    // Runs `fn` `iterations` times (after one warm-up unless warmUp is false) and records it.
    Figure &measure(const QString &operation, double targetMs, int iterations, const std::function<void()> &fn,
                    bool warmUp = true);
    // Records a figure measured by the caller (for example a whole process's start-up).
    Figure &record(const QString &operation, double targetMs, const QList<double> &samplesMs, const QString &note = {},
                   const QList<double> &cpuMs = {});
    // This process's CPU time so far (every thread), in milliseconds.
    static double processCpuMs();

    void addCase(const QString &group, std::function<void(BenchSuite &)> run, bool onlyWhenAsked = false);
    // Runs every case whose group matches `filter` (empty: all); returns the number of misses.
    int run(const QString &filter);
    void printTable() const;
    bool writeJson(const QString &path) const;
    const QList<Figure> &figures() const { return m_figures; }

private:
    QString m_largeSchool;
    QString m_workDir;
    QString m_currentGroup;
    QList<Case> m_cases;
    QList<Figure> m_figures;
};

} // namespace md::bench
