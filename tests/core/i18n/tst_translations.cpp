// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every .ts file is complete and current: refreshed from today's sources, no entry is unfinished or
// empty, and each translation keeps its source's placeholders and keyboard mnemonic. The compiled
// Welsh catalogue is the one the app loads.
#include "i18n/LanguageManager.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <set>

using namespace md;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            QString text;
            bool numerus = false;
            // Either text or <numerusform> children.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    current.translations << xml.readElementText();
                }
            }
            if (!numerus)
                current.translations << text;
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

std::multiset<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d|n)"));
    std::multiset<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return out;
}

// "&&" is a literal ampersand; "&x" marks x as the mnemonic.
int mnemonics(QString text)
{
    text.replace(QStringLiteral("&&"), QString());
    static const QRegularExpression re(QStringLiteral("&[^\\s&;#]"));
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&#\\d+;"));
    text.remove(entity);
    return int(text.count(re));
}

QStringList problemsIn(const QList<TsMessage> &messages)
{
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(80));
        if (m.unfinished) {
            problems << QStringLiteral("unfinished or new: ") + where;
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << QStringLiteral("empty translation: ") + where;
            else if (m.translations.size() == 1 && placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ: ") + where;
            else if (mnemonics(m.source) != mnemonics(t))
                problems << QStringLiteral("keyboard mnemonic differs: ") + where;
        }
    }
    return problems;
}

// The source language's own catalogue (English): plural forms only, refreshed with -pluralonly.
bool isPluralOnly(const QString &tsPath)
{
    return QFileInfo(tsPath).fileName() == QLatin1String("mentordesk_en.ts");
}

QStringList tsFiles(const QString &folder = QStringLiteral(MD_SOURCE_DIR "/translations"))
{
    QStringList out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}))
        out << dir.filePath(name);
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCatalogueIsCurrentAndFinished_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = tsFiles();
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    void everyCatalogueIsCurrentAndFinished()
    {
        QFETCH(QString, path);
        // Refresh a copy from the sources, as `update_translations` would: new strings come in
        // unfinished, so a string added without its translation fails here.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        QStringList arguments{QStringLiteral("core"),   QStringLiteral("ui"),         QStringLiteral("app"),
                              QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-no-obsolete"),
                              QStringLiteral("-locations"),  QStringLiteral("none"),  QStringLiteral("-silent")};
        // English is the source language: its catalogue holds only the plural forms of %n strings.
        const bool pluralOnly = isPluralOnly(path);
        if (pluralOnly)
            arguments << QStringLiteral("-pluralonly");
        arguments << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(MD_SOURCE_DIR));
        lupdate.start(QStringLiteral(MD_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<TsMessage> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > (pluralOnly ? 50 : 1000));
        if (pluralOnly)
            for (const TsMessage &m : messages)
                QVERIFY2(m.translations.size() == 2, qPrintable(m.source)); // English: one, and more than one
        const QStringList problems = problemsIn(messages);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in %2 (run the update_translations target, then "
                                                               "translate):\n")
                                                    .arg(problems.size())
                                                    .arg(QFileInfo(path).fileName())
                                                + problems.mid(0, 25).join(QLatin1Char('\n'))));
    }

    // Our catalogues for Qt's own dialogs (Qt has none in Welsh) are kept by hand: complete too.
    void qtDialogCataloguesAreFinished()
    {
        const QStringList files = tsFiles(QStringLiteral(MD_SOURCE_DIR "/translations/qt"));
        QVERIFY(!files.isEmpty());
        for (const QString &path : files) {
            QString error;
            const QList<TsMessage> messages = readTs(path, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(messages.size() > 100);
            const QStringList problems = problemsIn(messages);
            QVERIFY2(problems.isEmpty(), qPrintable(QFileInfo(path).fileName() + QLatin1Char('\n') + problems.mid(0, 25).join(QLatin1Char('\n'))));
        }
    }

    void welshIsLoadedByTheApp()
    {
        QVERIFY(LanguageManager::available().contains(QStringLiteral("cy")));
        LanguageManager language;
        QVERIFY(language.setLanguage(QStringLiteral("cy_GB")));
        QCOMPARE(QCoreApplication::translate("md::ui::PreferencesDialog", "Preferences"), QStringLiteral("Dewisiadau"));
        // Qt's own buttons too, from our catalogue.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Diddymu"));
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        // Dates follow the language too.
        QCOMPARE(QLocale().dayName(1), QStringLiteral("Dydd Llun"));
        QVERIFY(language.setLanguage(QStringLiteral("en_GB")));
        QCOMPARE(QCoreApplication::translate("md::ui::PreferencesDialog", "Preferences"), QStringLiteral("Preferences"));
    }

    // English counts read as English: "1 event", "2 events", never "1 event(s)".
    void englishPluralsAreWords()
    {
        QVERIFY(!LanguageManager::available().contains(QStringLiteral("en")));
        LanguageManager language;
        QVERIFY(language.setLanguage(QStringLiteral("en_GB")));
        const char *context = "md::ui::BehaviourPane";
        QCOMPARE(QCoreApplication::translate(context, "%n event(s)", nullptr, 1), QStringLiteral("1 event"));
        QCOMPARE(QCoreApplication::translate(context, "%n event(s)", nullptr, 2), QStringLiteral("2 events"));
        QCOMPARE(QCoreApplication::translate(context, "%n event(s)", nullptr, 0), QStringLiteral("0 events"));
        QCOMPARE(QCoreApplication::translate("md::AssessmentService",
                                             "%n course(s) of %1 are not approved yet: approve every course before "
                                             "completing the term.",
                                             nullptr, 1),
                 QStringLiteral("1 course of %1 is not approved yet: approve every course before completing the term."));
        // The same for an English locale other than the UK's.
        QVERIFY(language.setLanguage(QStringLiteral("en_US")));
        QCOMPARE(QCoreApplication::translate(context, "%n event(s)", nullptr, 1), QStringLiteral("1 event"));
        // And for a session with no language set (the "C" locale) or one we have no catalogue
        // for: the desk reads in English, with English plurals.
        for (const QString &name : {QStringLiteral("C"), QStringLiteral("de_DE")}) {
            QVERIFY(!language.setLanguage(name));
            QCOMPARE(QCoreApplication::translate(context, "%n event(s)", nullptr, 72), QStringLiteral("72 events"));
        }
        // No form is left with "(s)".
        QString error;
        const QList<TsMessage> messages = readTs(QStringLiteral(MD_SOURCE_DIR "/translations/mentordesk_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const TsMessage &m : messages)
            for (const QString &t : m.translations)
                QVERIFY2(!t.contains(QStringLiteral("(s)")), qPrintable(t));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
