// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// With Welsh chosen, every pane shows in Welsh: every label, button, tab, column heading, placeholder
// and accessible name of every pane, for every role, is checked against the English source strings.
// A text still equal to an English source that has a different Welsh translation was not translated
// (a string outside tr(), or one translated before the language was loaded).
#include "TestDatabase.h"

#include "access/Session.h"
#include "i18n/LanguageManager.h"
#include "shell/DeskContext.h"
#include "shell/Pane.h"
#include "shell/PaneRegistry.h"
#include "students/StudentRecordPane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QXmlStreamReader>
#include <QtTest>

using namespace md;
using namespace md::ui;

namespace {

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])")));
    return text.trimmed();
}

// English sources whose Welsh differs (so an English text on screen is a miss, not a shared word).
QSet<QString> untranslatedMarkers()
{
    QSet<QString> out;
    QFile file(QStringLiteral(MD_SOURCE_DIR "/translations/mentordesk_cy.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString s = plain(source);
            // Placeholder-only or very short strings ("%1", "OK") say nothing about the language.
            if (s.size() >= 4 && !s.contains(QLatin1Char('%')) && plain(translation) != s)
                out.insert(s);
        }
    }
    return out;
}

void collect(QWidget *root, QStringList &texts)
{
    auto add = [&texts](const QString &t) {
        const QString p = plain(t);
        if (!p.isEmpty())
            texts << p;
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        add(w->accessibleName());
        add(w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title());
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            add(e->placeholderText());
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                add(view->model()->headerData(c, Qt::Horizontal).toString());
    }
}

// The mnemonic letter of a label ("Save &as…" -> 'a'), or 0.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Alt+letter pairs that two visible controls of one pane share: Alt then only moves between them.
QStringList mnemonicClashes(QWidget *pane)
{
    QHash<QChar, QStringList> owners;
    auto note = [&owners](const QString &text) {
        const QChar m = mnemonicOf(text);
        if (!m.isNull())
            owners[m] << text;
    };
    for (QWidget *w : pane->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(pane))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            note(b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            note(l->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w); g && g->isCheckable())
            note(g->title());
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    note(tabs->tabText(i));
    }
    QStringList out;
    if (qEnvironmentVariableIsSet("MD_PRINT_MNEMONICS")) // for translators: every Alt key the pane uses
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            qInfo("%s\t%s\t%s", qPrintable(pane->objectName()), qPrintable(QString(it.key())), qPrintable(it.value().join(QStringLiteral("\t"))));
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1) {
            QStringList labels;
            for (const QString &text : it.value())
                labels << plain(text);
            out << QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), labels.join(QStringLiteral(" | ")));
        }
    return out;
}

} // namespace

class TestWelshPanes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    LanguageManager m_language;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY(m_language.setLanguage(QStringLiteral("cy_GB")));
    }

    void everyPaneShowsInWelsh_data()
    {
        QTest::addColumn<QList<Role>>("roles");
        for (Role r : allRoles())
            QTest::newRow(qPrintable(toString(r))) << QList<Role>{r};
        QTest::newRow("Supervisor") << QList<Role>{Role::Mentor, Role::Headteacher};
    }

    void everyPaneShowsInWelsh()
    {
        QFETCH(QList<Role>, roles);
        static const QSet<QString> english = untranslatedMarkers();
        QVERIFY(english.size() > 1000);
        test::TestDatabase t;
        const QSet<Role> roleSet(roles.cbegin(), roles.cend());
        const Session user = t.addUser(QStringLiteral("staff.one"), roleSet);
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 8, QStringLiteral("8A"));
        if (roleSet.contains(Role::Mentor))
            t.assignMentor(user.userId(), ada);
        if (roleSet.contains(Role::Teacher))
            t.enrol(user.userId(), ada);
        DeskContext context;
        auto db = Database::openSqlite(t.path());
        QVERIFY(db);
        context.setDatabase(std::move(*db));
        context.setSession(user);

        QStringList misses;
        QStringList clashes;
        int texts = 0;
        for (const PaneInfo &info : allPanes()) {
            if (!info.visibleFor(context.session()))
                continue;
            if (english.contains(plain(info.title)))
                misses << QStringLiteral("%1: title \"%2\"").arg(info.id, info.title);
            QWidget host;
            auto *layout = new QVBoxLayout(&host);
            Pane *pane = info.create(context, &host);
            pane->setObjectName(info.id);
            layout->addWidget(pane);
            host.resize(1200, 800);
            host.show();
            QVERIFY(QTest::qWaitForWindowExposed(&host));
            pane->activate();
            if (auto *record = qobject_cast<StudentRecordPane *>(pane))
                record->showStudent(ada);
            QCoreApplication::processEvents();
            for (const QString &clash : mnemonicClashes(pane))
                clashes << QStringLiteral("%1: %2").arg(info.id, clash);
            QStringList found;
            collect(pane, found);
            texts += int(found.size());
            for (const QString &text : std::as_const(found))
                if (english.contains(text))
                    misses << QStringLiteral("%1: \"%2\"").arg(info.id, text);
        }
        misses.removeDuplicates();
        QVERIFY2(texts > 50, qPrintable(QString::number(texts)));
        QVERIFY2(misses.isEmpty(), qPrintable(QStringLiteral("still in English with Welsh chosen:\n  ") +
                                              misses.join(QStringLiteral("\n  "))));
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("keyboard mnemonics shared in one pane (Welsh):\n  ") +
                                               clashes.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestWelshPanes)
#include "tst_welshpanes.moc"
