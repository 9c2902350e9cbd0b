// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSuite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <cmath>

namespace md::bench {

namespace {
double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const double rank = p * double(v.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = qsizetype(std::ceil(rank));
    return v.at(lo) + (v.at(hi) - v.at(lo)) * (rank - double(lo));
}
} // namespace

double Figure::median() const
{
    return percentile(samplesMs, 0.5);
}

double Figure::cpuMedian() const
{
    return percentile(cpuMs, 0.5);
}

double BenchSuite::processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double Figure::p95() const
{
    return percentile(samplesMs, 0.95);
}

BenchSuite::BenchSuite(QString largeSchoolPath, QString workDir)
    : m_largeSchool(std::move(largeSchoolPath)), m_workDir(std::move(workDir))
{
}

Figure &BenchSuite::measure(const QString &operation, double targetMs, int iterations, const std::function<void()> &fn,
                            bool warmUp)
{
    if (warmUp)
        fn();
    QList<double> samples;
    QList<double> cpu;
    for (int i = 0; i < iterations; ++i) {
        const double cpuBefore = processCpuMs();
        QElapsedTimer t;
        t.start();
        fn();
        samples << double(t.nsecsElapsed()) / 1e6;
        cpu << processCpuMs() - cpuBefore;
    }
    return record(operation, targetMs, samples, {}, cpu);
}

Figure &BenchSuite::record(const QString &operation, double targetMs, const QList<double> &samplesMs, const QString &note,
                           const QList<double> &cpuMs)
{
    m_figures.append(Figure{operation, m_currentGroup, samplesMs, targetMs, note, cpuMs});
    QTextStream(stderr) << "  measured " << operation << ": median " << QString::number(m_figures.last().median(), 'f', 2)
                        << " ms" << Qt::endl;
    return m_figures.last();
}

void BenchSuite::addCase(const QString &group, std::function<void(BenchSuite &)> run, bool onlyWhenAsked)
{
    m_cases.append({group, std::move(run), onlyWhenAsked});
}

int BenchSuite::run(const QString &filter)
{
    for (const Case &c : std::as_const(m_cases)) {
        if (!filter.isEmpty() && !c.group.contains(filter, Qt::CaseInsensitive))
            continue;
        if (c.onlyWhenAsked && filter.isEmpty())
            continue;
        m_currentGroup = c.group;
        QTextStream(stderr) << "[" << c.group << "]" << Qt::endl;
        c.run(*this);
    }
    int misses = 0;
    for (const Figure &f : std::as_const(m_figures))
        misses += f.passed() ? 0 : 1;
    return misses;
}

void BenchSuite::printTable() const
{
    QTextStream out(stdout);
    int width = 9;
    for (const Figure &f : m_figures)
        width = qMax(width, int(f.operation.size()));
    out << QStringLiteral("operation").leftJustified(width) << "  " << QStringLiteral("median ms").rightJustified(11)
        << "  " << QStringLiteral("p95 ms").rightJustified(11) << "  " << QStringLiteral("cpu ms").rightJustified(10)
        << "  " << QStringLiteral("target ms").rightJustified(10) << "  result  note\n";
    out << QString(width + 64, QLatin1Char('-')) << '\n';
    for (const Figure &f : m_figures) {
        out << f.operation.leftJustified(width) << "  " << QString::number(f.median(), 'f', 2).rightJustified(11) << "  "
            << QString::number(f.p95(), 'f', 2).rightJustified(11) << "  "
            << (f.cpuMs.isEmpty() ? QStringLiteral("-") : QString::number(f.cpuMedian(), 'f', 2)).rightJustified(10) << "  "
            << (f.targetMs > 0 ? QString::number(f.targetMs, 'f', 0) : QStringLiteral("-")).rightJustified(10) << "  "
            << (f.targetMs <= 0 ? QStringLiteral("  -   ") : f.passed() ? QStringLiteral("pass  ") : QStringLiteral("MISS  "))
            << "  " << f.note << '\n';
    }
    out.flush();
}

bool BenchSuite::writeJson(const QString &path) const
{
    QJsonArray rows;
    for (const Figure &f : m_figures) {
        QJsonArray samples;
        for (double s : f.samplesMs)
            samples.append(s);
        QJsonArray cpu;
        for (double s : f.cpuMs)
            cpu.append(s);
        rows.append(QJsonObject{{QStringLiteral("operation"), f.operation},
                                {QStringLiteral("group"), f.group},
                                {QStringLiteral("median_ms"), f.median()},
                                {QStringLiteral("p95_ms"), f.p95()},
                                {QStringLiteral("target_ms"), f.targetMs},
                                {QStringLiteral("passed"), f.passed()},
                                {QStringLiteral("note"), f.note},
                                {QStringLiteral("samples_ms"), samples},
                                {QStringLiteral("cpu_median_ms"), f.cpuMs.isEmpty() ? QJsonValue() : QJsonValue(f.cpuMedian())},
                                {QStringLiteral("cpu_samples_ms"), cpu}});
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("figures"), rows}}).toJson(QJsonDocument::Indented));
    return true;
}

} // namespace md::bench
