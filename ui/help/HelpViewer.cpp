// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/HelpViewer.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
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

// A pattern matching a Welsh word and its mutated forms, or empty when its first letter does not
// mutate. Welsh changes the first letter of a word after many little words ("ei gofnod", "fy
// nghofnod", "ei chofnod" are all "cofnod"), so a word typed in its dictionary form should also
// find its soft, nasal and aspirate mutations.
QString welshForms(const QString &word)
{
    struct Mutation
    {
        const char *radical;
        const char *forms[4]; // the radical and its mutations; unused slots are null
    };
    // Longest radicals first; ch, ph, th, dd, ff and ng are already mutated forms, or letters that
    // do not mutate. A dropped g (soft mutation: "gwaith", "ei waith") only for longer words, so
    // that a short word does not match the middle of every other.
    static const QRegularExpression unchanging(QStringLiteral("^(?:ch|ph|th|dd|ff|ng)"));
    if (unchanging.match(word).hasMatch())
        return {};
    static const Mutation mutations[] = {
        {"ll", {"ll", "l"}},
        {"rh", {"rh", "r"}},
        {"c", {"c", "g", "ngh", "ch"}},
        {"p", {"p", "b", "mh", "ph"}},
        {"t", {"t", "d", "nh", "th"}},
        {"b", {"b", "f", "m"}},
        {"d", {"d", "dd", "n"}},
        {"m", {"m", "f"}},
        {"g", {"g", "ng", ""}},
    };
    for (const Mutation &m : mutations) {
        const QString radical = QLatin1String(m.radical);
        if (!word.startsWith(radical) || word.size() <= radical.size())
            continue;
        if (radical == QLatin1String("g") && word.size() < 5)
            return {};
        QStringList forms;
        for (const char *form : m.forms)
            if (form)
                forms << QLatin1String(form);
        return QStringLiteral("(?:%1)%2")
            .arg(forms.join(QLatin1Char('|')), QRegularExpression::escape(word.mid(radical.size())));
    }
    return {};
}
} // namespace

QString HelpViewer::guideLanguage(const QString &root)
{
    // The locale's UI languages in order of preference ("cy-GB", "cy"); English is the source and
    // ends the search, so an English user with Welsh as a second language reads the English guide.
    const QStringList names = QLocale().uiLanguages();
    for (QString name : names) {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QString base = name.section(QLatin1Char('_'), 0, 0);
        if (base == QLatin1String("en") || base == QLatin1String("C"))
            return {};
        for (const QString &candidate : {name, base})
            if (!candidate.isEmpty() && QFileInfo(root + QLatin1Char('/') + candidate).isDir())
                return candidate;
    }
    return {};
}

QList<HelpPage> HelpViewer::pages()
{
    return pages(guideLanguage());
}

QList<HelpPage> HelpViewer::pages(const QString &language, const QString &root)
{
    QList<HelpPage> out;
    for (const QString &id : pageOrder()) {
        HelpPage page;
        page.id = id;
        QFile file;
        if (!language.isEmpty()) {
            file.setFileName(QStringLiteral("%1/%2/%3.html").arg(root, language, id));
            if (file.open(QIODevice::ReadOnly))
                page.language = language;
        }
        // A page not translated yet is shown in English rather than left out of the contents.
        if (!file.isOpen()) {
            file.setFileName(QStringLiteral("%1/%2.html").arg(root, id));
            if (!file.open(QIODevice::ReadOnly))
                continue;
        }
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

QRegularExpression HelpViewer::wordPattern(const QString &word, const QString &language)
{
    const QString w = word.toLower();
    QString pattern = language == QLatin1String("cy") ? welshForms(w) : QString();
    if (pattern.isEmpty())
        pattern = QRegularExpression::escape(w);
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

QStringList HelpViewer::search(const QString &query)
{
    return search(pages(), query);
}

QStringList HelpViewer::search(const QList<HelpPage> &guide, const QString &query)
{
    const QStringList terms = words(query);
    QStringList out;
    for (const HelpPage &page : guide) {
        const QString haystack = page.title + QLatin1Char('\n') + page.text;
        bool all = true;
        for (const QString &t : terms)
            all = all && haystack.contains(wordPattern(t, page.language));
        if (all)
            out.append(page.id);
    }
    return out;
}

HelpViewer::HelpViewer(QWidget *parent) : HelpViewer(pages(), parent) {}

HelpViewer::HelpViewer(QList<HelpPage> guide, QWidget *parent) : QDialog(parent), m_pages(std::move(guide))
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
        const QRegularExpression pattern = wordPattern(terms.first(), currentLanguage());
        if (!m_browser->find(pattern)) {
            m_browser->moveCursor(QTextCursor::Start);
            m_browser->find(pattern);
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

QString HelpViewer::currentLanguage() const
{
    for (const HelpPage &page : m_pages)
        if (page.id == m_current)
            return page.language;
    return {};
}

void HelpViewer::applySearch()
{
    const QStringList found = search(m_pages, m_search->text());
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
        m_browser->find(wordPattern(terms.first(), currentLanguage()));
}

} // namespace md::ui
