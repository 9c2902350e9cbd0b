// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-bench: runs every registered benchmark on the large school and prints one table.
#include "BenchSuite.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace md::bench {
void registerFoundationBenches(BenchSuite &suite);
void registerLettersBenches(BenchSuite &suite);
void registerMentoringBenches(BenchSuite &suite);
void registerBehaviourBenches(BenchSuite &suite);
void registerReportsBenches(BenchSuite &suite);
void registerStartupBenches(BenchSuite &suite);
void registerPerformanceBenches(BenchSuite &suite);
void registerServerLoadBenches(BenchSuite &suite);
// Capabilities declare and list theirs here.
} // namespace md::bench

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MentorDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("mentordesk-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption school(QStringLiteral("school"), QStringLiteral("The large school database (10,000 students)."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("A folder for scratch databases."),
                                  QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the figures here."), QStringLiteral("FILE"),
                                  QStringLiteral("bench-results.json"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Only groups containing TEXT."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({school, work, json, only});
    parser.process(app);
    if (!parser.isSet(school)) {
        QTextStream(stderr) << "--school PATH is required (tools/bench builds it)" << Qt::endl;
        return 2;
    }
    md::bench::BenchSuite suite(parser.value(school), parser.value(work));
    md::bench::registerFoundationBenches(suite);
    md::bench::registerLettersBenches(suite);
    md::bench::registerMentoringBenches(suite);
    md::bench::registerBehaviourBenches(suite);
    md::bench::registerReportsBenches(suite);
    md::bench::registerStartupBenches(suite);
    md::bench::registerPerformanceBenches(suite);
    md::bench::registerServerLoadBenches(suite);
    const int misses = suite.run(parser.value(only));
    suite.printTable();
    if (!suite.writeJson(parser.value(json)))
        QTextStream(stderr) << "could not write " << parser.value(json) << Qt::endl;
    return misses == 0 ? 0 : 1;
}
