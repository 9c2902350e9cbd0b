// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/HelpViewer.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace md::ui {

namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;

// The contents, in reading order: an overview, getting started, then one page per task.
const QStringList &pageOrder()
{
    static const QStringList order{QStringLiteral("index"),         QStringLiteral("first-run"),
                                   QStringLiteral("log-a-session"), QStringLiteral("hub-meeting"),
                                   QStringLiteral("ilps"),          QStringLiteral("behaviour-and-assessments"),
                                   QStringLiteral("letters"),
                                   QStringLiteral("backup"),        QStringLiteral("shortcuts")};
    return order;
}

QStringList words(const QString &query)
{
    return query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

QList<HelpPage> HelpViewer::pages()
{
    QList<HelpPage> out;
    for (const QString &id : pageOrder()) {
        QFile file(QStringLiteral(":/help/%1.html").arg(id));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        HelpPage page;
        page.id = id;
        page.html = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch title =
            QRegularExpression(QStringLiteral("<title>(.*?)</title>"), QRegularExpression::DotMatchesEverythingOption)
                .match(page.html);
        page.title = title.hasMatch() ? title.captured(1).simplified() : id;
        QTextDocument doc;
        doc.setHtml(page.html);
        page.text = doc.toPlainText();
        out.append(page);
    }
    return out;
}

QString HelpViewer::pageForPane(const QString &paneId)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("caseload"), QStringLiteral("log-a-session")},
        {QStringLiteral("caseload-dashboard"), QStringLiteral("log-a-session")},
        {QStringLiteral("record"), QStringLiteral("log-a-session")},
        {QStringLiteral("timetable"), QStringLiteral("log-a-session")},
        {QStringLiteral("referrals"), QStringLiteral("hub-meeting")},
        {QStringLiteral("hub"), QStringLiteral("hub-meeting")},
        {QStringLiteral("allocation"), QStringLiteral("hub-meeting")},
        {QStringLiteral("register"), QStringLiteral("hub-meeting")},
        {QStringLiteral("provision"), QStringLiteral("hub-meeting")},
        {QStringLiteral("letters"), QStringLiteral("letters")},
        {QStringLiteral("letter-templates"), QStringLiteral("letters")},
        {QStringLiteral("behaviour"), QStringLiteral("behaviour-and-assessments")},
        {QStringLiteral("behaviour-categories"), QStringLiteral("behaviour-and-assessments")},
        {QStringLiteral("courses-terms"), QStringLiteral("behaviour-and-assessments")},
        {QStringLiteral("approvals"), QStringLiteral("behaviour-and-assessments")},
        {QStringLiteral("assessments"), QStringLiteral("behaviour-and-assessments")},
    };
    if (paneId.startsWith(QLatin1String("ilp")))
        return QStringLiteral("ilps");
    return map.value(paneId, QStringLiteral("index"));
}

QStringList HelpViewer::search(const QString &query)
{
    const QStringList terms = words(query);
    QStringList out;
    for (const HelpPage &page : pages()) {
        const QString haystack = page.title + QLatin1Char('\n') + page.text;
        bool all = true;
        for (const QString &t : terms)
            all = all && haystack.contains(t, Qt::CaseInsensitive);
        if (all)
            out.append(page.id);
    }
    return out;
}

HelpViewer::HelpViewer(QWidget *parent) : QDialog(parent), m_pages(pages())
{
    setWindowTitle(tr("Mentor Desk user guide"));
    setAccessibleName(tr("Mentor Desk user guide"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setModal(false);
    resize(960, 680);

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchLabel = new QLabel(tr("&Search:"), side);
    m_search = new QLineEdit(side);
    m_search->setPlaceholderText(tr("Words to find in the guide"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setAccessibleDescription(
        tr("Narrows the contents to the pages holding every word. Enter finds the next match."));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    auto *contentsLabel = new QLabel(tr("&Contents:"), side);
    m_contents = new QListWidget(side);
    m_contents->setAccessibleName(tr("Contents of the guide"));
    contentsLabel->setBuddy(m_contents);
    m_matches = new QLabel(side);
    m_matches->setAccessibleName(tr("Search result"));
    m_matches->setWordWrap(true);
    sideLayout->addWidget(searchLabel);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(contentsLabel);
    sideLayout->addWidget(m_contents, 1);
    sideLayout->addWidget(m_matches);

    m_browser = new QTextBrowser(splitter);
    m_browser->setAccessibleName(tr("Guide page"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    splitter->addWidget(side);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 720});
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the guide"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    for (const HelpPage &page : std::as_const(m_pages)) {
        auto *item = new QListWidgetItem(page.title, m_contents);
        item->setData(kPageIdRole, page.id);
    }
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(kPageIdRole).toString() != m_current)
            showPage(item->data(kPageIdRole).toString());
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme().isEmpty() || url.scheme() == QLatin1String("qrc"))
            showPage(url.fileName().section(QLatin1Char('.'), 0, 0));
    });
    connect(m_search, &QLineEdit::textChanged, this, &HelpViewer::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QStringList terms = words(m_search->text());
        if (terms.isEmpty())
            return;
        if (!m_browser->find(terms.first())) {
            m_browser->moveCursor(QTextCursor::Start);
            m_browser->find(terms.first());
        }
    });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    showPage(QStringLiteral("index"));
}

void HelpViewer::showPage(const QString &id)
{
    for (const HelpPage &page : std::as_const(m_pages)) {
        if (page.id != id)
            continue;
        m_current = id;
        m_browser->setHtml(page.html);
        setWindowTitle(tr("%1 — Mentor Desk user guide").arg(page.title));
        for (int row = 0; row < m_contents->count(); ++row)
            if (m_contents->item(row)->data(kPageIdRole).toString() == id && m_contents->currentRow() != row)
                m_contents->setCurrentRow(row);
        highlightSearch();
        return;
    }
}

void HelpViewer::applySearch()
{
    const QStringList found = search(m_search->text());
    const bool searching = !words(m_search->text()).isEmpty();
    for (int row = 0; row < m_contents->count(); ++row) {
        QListWidgetItem *item = m_contents->item(row);
        item->setHidden(searching && !found.contains(item->data(kPageIdRole).toString()));
    }
    if (!searching)
        m_matches->clear();
    else if (found.isEmpty())
        m_matches->setText(tr("No page holds all of those words."));
    else
        m_matches->setText(tr("%n page(s) found.", nullptr, int(found.size())));
    if (searching && !found.isEmpty() && !found.contains(m_current))
        showPage(found.first());
    else
        highlightSearch();
}

void HelpViewer::highlightSearch()
{
    const QStringList terms = words(m_search->text());
    m_browser->moveCursor(QTextCursor::Start);
    if (!terms.isEmpty())
        m_browser->find(terms.first());
}

} // namespace md::ui
