// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QRegularExpression;
class QTextBrowser;

namespace md::ui {

// One page of the built-in user guide (resources/help/<id>.html, or help/<language>/<id>.html).
struct HelpPage
{
    QString id;       // file name without ".html": "log-a-session"
    QString language; // what the page is written in: "cy", or empty for English (the source)
    QString title;    // the page's <title>
    QString html;
    QString text; // plain text, for searching
};

// The user guide that F1 opens: a contents list, a search field that narrows the contents to the
// pages containing every word typed (and highlights the first match), and the page itself.
// Pages are HTML in resources, written for mentors and lead mentors, one per task. English pages
// are help/<id>.html; a translation is help/<language>/<id>.html, and a page not yet translated
// is shown in English in its place.
class HelpViewer : public QDialog
{
    Q_OBJECT
public:
    // The guide in the UI language (QLocale(), which md::LanguageManager sets).
    explicit HelpViewer(QWidget *parent = nullptr);
    // The guide made of these pages (tests, or another language than the UI's).
    explicit HelpViewer(QList<HelpPage> guide, QWidget *parent = nullptr);

    static QString defaultRoot() { return QStringLiteral(":/help"); }
    // The folder under `root` holding the guide in QLocale()'s language ("cy" for cy_GB), or
    // empty when there is none and the guide is in English.
    static QString guideLanguage(const QString &root = defaultRoot());
    // Every page in the UI language, in the order of the contents.
    static QList<HelpPage> pages();
    // Every page in `language` (empty: English), each falling back to English when it has no
    // translation, in the order of the contents.
    static QList<HelpPage> pages(const QString &language, const QString &root = defaultRoot());
    // The page that explains the pane with this id (PaneInfo::id), or "index".
    static QString pageForPane(const QString &paneId);
    // Ids of the pages whose text holds every word of `query` (case-insensitive), in contents order.
    static QStringList search(const QString &query);
    static QStringList search(const QList<HelpPage> &guide, const QString &query);
    // What a search word matches in a page of `language`: in Welsh also its mutated forms, so
    // "cofnod" finds "gofnod", "nghofnod" and "chofnod".
    static QRegularExpression wordPattern(const QString &word, const QString &language);

    void showPage(const QString &id);
    QString currentPage() const { return m_current; }
    // The language of the page shown: "cy", or empty for English.
    QString currentLanguage() const;

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *contents() const { return m_contents; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void applySearch();
    void highlightSearch();

    QList<HelpPage> m_pages;
    QString m_current;
    QLineEdit *m_search;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QLabel *m_matches;
};

} // namespace md::ui
