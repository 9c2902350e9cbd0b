// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user guide in Welsh: the page set follows the UI language, a page not yet translated is
// shown in English, and every English page must have its Welsh counterpart.
#include "help/HelpViewer.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace md::ui;

namespace {

// Sets the default locale (what md::LanguageManager does at start-up) for one test, then puts the
// previous one back.
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale &locale) : m_previous(QLocale()) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_previous); }
    LocaleScope(const LocaleScope &) = delete;
    LocaleScope &operator=(const LocaleScope &) = delete;

private:
    QLocale m_previous;
};

QLocale welsh()
{
    return QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
}

QStringList htmlFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
}

QStringList allMatches(const QRegularExpression &re, const QString &text, int group = 0)
{
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(group);
    return out;
}

int visibleRows(const QListWidget *list)
{
    int shown = 0;
    for (int row = 0; row < list->count(); ++row)
        shown += list->item(row)->isHidden() ? 0 : 1;
    return shown;
}

HelpPage page(const char *id, const char *language, const char *text)
{
    HelpPage p;
    p.id = QLatin1String(id);
    p.language = QLatin1String(language);
    p.title = p.id;
    p.text = QString::fromUtf8(text);
    p.html = QStringLiteral("<p>%1</p>").arg(p.text);
    return p;
}

} // namespace

class TestHelpWelsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEnglishPageHasAWelshCounterpart()
    {
        const QStringList english = htmlFiles(HelpViewer::defaultRoot());
        const QStringList welsh = htmlFiles(HelpViewer::defaultRoot() + QStringLiteral("/cy"));
        QVERIFY(english.size() >= 7);
        for (const QString &file : english)
            QVERIFY2(
                welsh.contains(file),
                qPrintable(QStringLiteral("resources/help/%1 has no Welsh version in resources/help/cy/").arg(file)));
        for (const QString &file : welsh)
            QVERIFY2(english.contains(file),
                     qPrintable(QStringLiteral("resources/help/cy/%1 has no English original").arg(file)));
        // Every page is in the contents, and in Welsh.
        const QList<HelpPage> pages = HelpViewer::pages(QStringLiteral("cy"));
        QCOMPARE(pages.size(), english.size());
        for (const HelpPage &p : pages)
            QVERIFY2(p.language == QLatin1String("cy"), qPrintable(p.id));
    }

    void welshPagesKeepTheEnglishStructureLinksAndShortcuts()
    {
        const QList<HelpPage> english = HelpViewer::pages(QString());
        const QList<HelpPage> welsh = HelpViewer::pages(QStringLiteral("cy"));
        QCOMPARE(welsh.size(), english.size());
        const QRegularExpression link(QStringLiteral("href=\"([^\"]*)\""));
        const QRegularExpression shortcut(QStringLiteral("\\b(?:Ctrl\\+(?:Shift\\+)?[A-Za-z0-9]+|F1|Alt\\+[0-9])\\b"));
        for (qsizetype i = 0; i < english.size(); ++i) {
            const HelpPage &en = english.at(i);
            const HelpPage &cy = welsh.at(i);
            QCOMPARE(cy.id, en.id);
            QVERIFY2(!cy.title.isEmpty() && cy.title != en.title, qPrintable(cy.id));
            QVERIFY2(cy.text.size() > 400, qPrintable(cy.id));
            QCOMPARE(allMatches(link, cy.html, 1), allMatches(link, en.html, 1));
            for (const char *tag : {"<h1", "<h2", "<ol", "<ul", "<li", "<dt", "<tr", "<table"})
                QVERIFY2(cy.html.count(QLatin1String(tag)) == en.html.count(QLatin1String(tag)),
                         qPrintable(QStringLiteral("%1: %2").arg(cy.id, QLatin1String(tag))));
            QStringList enKeys = allMatches(shortcut, en.text);
            QStringList cyKeys = allMatches(shortcut, cy.text);
            enKeys.removeDuplicates();
            cyKeys.removeDuplicates();
            enKeys.sort();
            cyKeys.sort();
            QCOMPARE(cyKeys, enKeys);
        }
    }

    void welshLocaleShowsTheWelshGuide()
    {
        LocaleScope scope(welsh());
        QCOMPARE(HelpViewer::guideLanguage(), QStringLiteral("cy"));
        const QList<HelpPage> pages = HelpViewer::pages();
        HelpViewer viewer;
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.currentPage(), QStringLiteral("index"));
        QCOMPARE(viewer.currentLanguage(), QStringLiteral("cy"));
        QVERIFY(viewer.browser()->toPlainText().contains(QStringLiteral("Croeso i Mentor Desk")));
        QCOMPARE(viewer.contents()->count(), pages.size());
        for (int row = 0; row < viewer.contents()->count(); ++row)
            QCOMPARE(viewer.contents()->item(row)->text(), pages.at(row).title);
        QCOMPARE(viewer.contents()->item(0)->text(), QStringLiteral("Croeso i Mentor Desk"));
        // Links between Welsh pages stay in Welsh.
        Q_EMIT viewer.browser()->anchorClicked(QUrl(QStringLiteral("backup.html")));
        QCOMPARE(viewer.currentPage(), QStringLiteral("backup"));
        QCOMPARE(viewer.contents()->currentItem()->text(), QStringLiteral("Gwneud copi wrth gefn ac adfer"));
        QVERIFY(viewer.browser()->toPlainText().contains(QStringLiteral("Adfer o gopi wrth gefn")));
    }

    void englishLocaleKeepsTheEnglishGuide()
    {
        LocaleScope scope(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(HelpViewer::guideLanguage(), QString());
        const QList<HelpPage> pages = HelpViewer::pages();
        QVERIFY(!pages.isEmpty());
        QCOMPARE(pages.first().title, QStringLiteral("Welcome to Mentor Desk"));
        QCOMPARE(pages.first().language, QString());
    }

    void searchingForAWelshWordFindsItsPage()
    {
        LocaleScope scope(welsh());
        QCOMPARE(HelpViewer::search(QStringLiteral("mynychwyr")), QStringList{QStringLiteral("hub-meeting")});
        QCOMPARE(HelpViewer::search(QStringLiteral("gweithiwr allweddol")), QStringList{QStringLiteral("hub-meeting")});
        QVERIFY(HelpViewer::search(QStringLiteral("attendees")).isEmpty());

        HelpViewer viewer;
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTest::keyClicks(viewer.searchEdit(), QStringLiteral("mynychwyr"));
        QCOMPARE(visibleRows(viewer.contents()), 1);
        QCOMPARE(viewer.currentPage(), QStringLiteral("hub-meeting"));
        QVERIFY(viewer.browser()->textCursor().hasSelection());
        QCOMPARE(viewer.browser()->textCursor().selectedText().toLower(), QStringLiteral("mynychwyr"));
    }

    void welshSearchFindsMutatedForms()
    {
        const QList<HelpPage> pages{page("a", "cy", "Agorwch ei gofnod."), page("b", "cy", "Rhowch eich cyfrinair."),
                                    page("c", "cy", "Fy nghyfrinair a'i lythyr."), page("d", "cy", "Ei chofnod hi."),
                                    page("e", "", "gofnod nghyfrinair lythyr")};
        QCOMPARE(HelpViewer::search(pages, QStringLiteral("cofnod")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("d")}));
        QCOMPARE(HelpViewer::search(pages, QStringLiteral("cyfrinair")),
                 (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(HelpViewer::search(pages, QStringLiteral("llythyr")), QStringList{QStringLiteral("c")});
        // In the real guide: "pennawd llythyr" and "phennawd llythyr" are one word to a reader.
        const QStringList letterhead =
            HelpViewer::search(HelpViewer::pages(QStringLiteral("cy")), QStringLiteral("pennawd"));
        QVERIFY(letterhead.contains(QStringLiteral("first-run")));
        QVERIFY(letterhead.contains(QStringLiteral("letters")));
        // The viewer highlights the mutated form it found.
        HelpViewer viewer(pages);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showPage(QStringLiteral("b"));
        QTest::keyClicks(viewer.searchEdit(), QStringLiteral("cofnod"));
        QCOMPARE(viewer.currentPage(), QStringLiteral("a"));
        QCOMPARE(viewer.browser()->textCursor().selectedText(), QStringLiteral("gofnod"));
    }

    void aMissingWelshPageFallsBackToEnglish()
    {
        // A copy of the guide whose Welsh set lacks the backup page, as when a new English page
        // is added before it is translated.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("cy")));
        const QString root = HelpViewer::defaultRoot();
        for (const QString &file : htmlFiles(root))
            QVERIFY(QFile::copy(root + QLatin1Char('/') + file, dir.filePath(file)));
        for (const QString &file : htmlFiles(root + QStringLiteral("/cy")))
            if (file != QLatin1String("backup.html"))
                QVERIFY(QFile::copy(root + QStringLiteral("/cy/") + file, dir.filePath(QStringLiteral("cy/") + file)));

        LocaleScope scope(welsh());
        QCOMPARE(HelpViewer::guideLanguage(dir.path()), QStringLiteral("cy"));
        const QList<HelpPage> pages = HelpViewer::pages(QStringLiteral("cy"), dir.path());
        QCOMPARE(pages.size(), htmlFiles(root).size());
        for (const HelpPage &p : pages) {
            if (p.id == QLatin1String("backup")) {
                QCOMPARE(p.language, QString());
                QCOMPARE(p.title, QStringLiteral("Back up and restore"));
            } else {
                QVERIFY2(p.language == QLatin1String("cy"), qPrintable(p.id));
            }
        }

        HelpViewer viewer(pages);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.currentLanguage(), QStringLiteral("cy"));
        QVERIFY(viewer.browser()->toPlainText().contains(QStringLiteral("Croeso i Mentor Desk")));
        // The Welsh index links to the backup page, which opens in English.
        Q_EMIT viewer.browser()->anchorClicked(QUrl(QStringLiteral("backup.html")));
        QCOMPARE(viewer.currentPage(), QStringLiteral("backup"));
        QCOMPARE(viewer.currentLanguage(), QString());
        QCOMPARE(viewer.contents()->currentItem()->text(), QStringLiteral("Back up and restore"));
        QVERIFY(viewer.browser()->toPlainText().contains(QStringLiteral("Automatic backups")));
        // Search covers both: a Welsh word finds Welsh pages, an English word the English one.
        QCOMPARE(HelpViewer::search(pages, QStringLiteral("mynychwyr")), QStringList{QStringLiteral("hub-meeting")});
        QCOMPARE(HelpViewer::search(pages, QStringLiteral("restore")), QStringList{QStringLiteral("backup")});
    }
};

QTEST_MAIN(TestHelpWelsh)
#include "tst_helpwelsh.moc"
