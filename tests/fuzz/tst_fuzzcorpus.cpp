// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input, in the normal test run: every file of the fuzzing corpus (tests/fuzz/corpus/<target>)
// and every crash the fuzzers found (tests/fuzz/crashes/<target>) goes through the same function
// the libFuzzer target calls. None may crash (the sanitizer build turns any memory error into a
// failure), a refused input must say why, and the seeds named good-* / bad-* must be taken / refused.
#include "FuzzEntries.h"

#include <QDir>
#include <QDirIterator>
#include <QtTest>

using namespace md;

namespace {

QString fuzzDir()
{
    return QStringLiteral(MD_FUZZ_DIR);
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        fuzz::prepare();
    }

    void everyTargetHasASeedCorpus()
    {
        for (const fuzz::Target &t : fuzz::targets()) {
            const QDir dir(fuzzDir() + QStringLiteral("/corpus/") + t.name);
            QVERIFY2(dir.exists(), qPrintable(dir.path()));
            QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), qPrintable(t.name));
            QVERIFY2(!dir.entryList({QStringLiteral("good-*")}, QDir::Files).isEmpty(), qPrintable(t.name));
            QVERIFY2(!dir.entryList({QStringLiteral("bad-*")}, QDir::Files).isEmpty(), qPrintable(t.name));
        }
    }

    void inputIsTakenOrRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        int rows = 0;
        for (const fuzz::Target &t : fuzz::targets()) {
            for (const char *kind : {"corpus", "crashes"}) {
                const QDir dir(fuzzDir() + QLatin1Char('/') + QLatin1String(kind) + QLatin1Char('/') + t.name);
                const QStringList files = dir.entryList(QDir::Files, QDir::Name);
                for (const QString &file : files) {
                    const QString label = QLatin1String(kind) + QLatin1Char('/') + t.name + QLatin1Char('/') + file;
                    QTest::newRow(qPrintable(label)) << t.name << dir.filePath(file);
                    ++rows;
                }
            }
        }
        QVERIFY(rows >= 2 * fuzz::targets().size());
    }

    void inputIsTakenOrRefusedWithAMessage()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const fuzz::Entry entry = fuzz::entryFor(target);
        QVERIFY(entry);
        const QByteArray data = bytes(path);
        const fuzz::Outcome outcome = entry(QByteArrayView(data));
        if (!outcome.accepted)
            QVERIFY2(!outcome.message.trimmed().isEmpty(), qPrintable(path));
        const QString name = QFileInfo(path).fileName();
        if (name.startsWith(QLatin1String("good-")))
            QVERIFY2(outcome.accepted, qPrintable(outcome.message));
        if (name.startsWith(QLatin1String("bad-")) || path.contains(QLatin1String("/crashes/")))
            QVERIFY2(!outcome.accepted || path.contains(QLatin1String("/crashes/")), qPrintable(path));
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
