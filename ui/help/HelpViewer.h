// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace md::ui {

// One page of the built-in user guide (resources/help/<id>.html).
struct HelpPage
{
    QString id;    // file name without ".html": "log-a-session"
    QString title; // the page's <title>
    QString html;
    QString text; // plain text, for searching
};

// The user guide that F1 opens: a contents list, a search field that narrows the contents to the
// pages containing every word typed (and highlights the first match), and the page itself.
// Pages are HTML in resources, written for mentors and lead mentors, one per task.
class HelpViewer : public QDialog
{
    Q_OBJECT
public:
    explicit HelpViewer(QWidget *parent = nullptr);

    // Every page, in the order of the contents.
    static QList<HelpPage> pages();
    // The page that explains the pane with this id (PaneInfo::id), or "index".
    static QString pageForPane(const QString &paneId);
    // Ids of the pages whose text holds every word of `query` (case-insensitive), in contents order.
    static QStringList search(const QString &query);

    void showPage(const QString &id);
    QString currentPage() const { return m_current; }

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
