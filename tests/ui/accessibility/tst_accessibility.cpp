// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every pane that any role can see through QAccessible, as a screen reader would, and fails
// on any interactive element without a name.
#include "TestDatabase.h"

#include "access/Session.h"
#include "common/AccessibilityFixes.h"
#include "help/HelpViewer.h"
#include "letters/RichTextToolBar.h"
#include "shell/AboutDialog.h"
#include "shell/DeskContext.h"
#include "shell/FirstRun.h"
#include "shell/MainWindow.h"
#include "shell/ServerConnectDialog.h"
#include "shell/Pane.h"
#include "shell/PaneRegistry.h"
#include "students/StudentRecordPane.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTextCursor>
#include <QTextEdit>
#include <QLineEdit>
#include <QtTest>
#include <QVBoxLayout>

using namespace md;
using namespace md::ui;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
        return true;
    default:
        return false;
    }
}

// Children of these are items or parts, named by their own text, not controls of their own.
bool hasItemChildren(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree ||
           role == QAccessible::ComboBox || role == QAccessible::PageTabList;
}

// Every key sequence that triggers something in `root` (buttons, actions, QShortcuts), with what it
// triggers; only what is shown counts (a hidden pane's buttons do not react).
QMultiHash<QString, QString> shortcutsIn(QWidget *root)
{
    QMultiHash<QString, QString> out;
    const auto plainText = [](QString text) { return text.remove(QLatin1Char('&')); };
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(root) && !b->shortcut().isEmpty())
            out.insert(b->shortcut().toString(), plainText(b->text()));
    for (QAction *a : root->findChildren<QAction *>()) {
        // A menu's actions answer while the menu is closed (menu bar, a button's menu).
        const QWidget *owner = qobject_cast<QWidget *>(a->parent());
        if (!a->isVisible() || (owner && owner != root && !qobject_cast<const QMenu *>(owner) && !owner->isVisibleTo(root)))
            continue;
        // Keys an editor claims while it has the focus (Ctrl+I for italic) are not the window's.
        if (a->property(RichTextToolBar::kEditorClaimsShortcut).toBool())
            continue;
        for (const QKeySequence &k : a->shortcuts())
            out.insert(k.toString(), plainText(a->text()));
    }
    for (QShortcut *s : root->findChildren<QShortcut *>())
        if (const QWidget *owner = qobject_cast<QWidget *>(s->parent()); !owner || owner == root || owner->isVisibleTo(root))
            for (const QKeySequence &k : s->keys())
                out.insert(k.toString(), s->objectName().isEmpty() ? QStringLiteral("a QShortcut") : s->objectName());
    return out;
}

// Key sequences that two things answer to: inside the pane, or the pane and the main window's menus.
// Qt then runs neither and only warns of an "ambiguous shortcut".
QStringList shortcutClashes(QWidget *pane, const QMultiHash<QString, QString> &global)
{
    const QMultiHash<QString, QString> local = shortcutsIn(pane);
    QStringList out;
    for (const QString &key : local.uniqueKeys()) {
        QStringList owners = local.values(key);
        owners << global.values(key);
        if (owners.size() > 1)
            out << QStringLiteral("%1: %2").arg(key, owners.join(QStringLiteral(" | ")));
    }
    return out;
}

QString describe(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    QStringList chain;
    for (QObject *p = o; p; p = p->parent()) {
        if (qobject_cast<Pane *>(p))
            break;
        chain.prepend(QStringLiteral("%1%2").arg(
            QString::fromLatin1(p->metaObject()->className()),
            p->objectName().isEmpty() ? QString() : QString(QLatin1Char('#') + p->objectName())));
    }
    return chain.join(QStringLiteral(" > "));
}

int g_checked = 0; // interactive elements seen by the walks, to show they reach inside the panes

void walk(QAccessibleInterface *iface, QStringList &unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::Role role = iface->role();
    QObject *object = iface->object();
    const bool internal = object && object->objectName().startsWith(QLatin1String("qt_"));
    if (isInteractive(role) && !internal) {
        ++g_checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(iface);
    }
    if (hasItemChildren(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // What the main window installs for the whole application.
        installAccessibilityFixes();
    }

    void everyPaneNamesEveryControl_data()
    {
        QTest::addColumn<QList<Role>>("roles");
        for (Role r : allRoles())
            QTest::newRow(qPrintable(toString(r))) << QList<Role>{r};
        QTest::newRow("Supervisor") << QList<Role>{Role::Mentor, Role::Headteacher};
        QTest::newRow("every role") << allRoles();
    }

    void everyPaneNamesEveryControl()
    {
        QFETCH(QList<Role>, roles);
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const QSet<Role> roleSet(roles.cbegin(), roles.cend());
        const Session user = t.addUser(QStringLiteral("staff.one"), roleSet);
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 8, QStringLiteral("8A"));
        const qint64 bo = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"), 9, QStringLiteral("9C"));
        if (roleSet.contains(Role::Mentor)) {
            t.assignMentor(user.userId(), ada);
            t.assignMentor(user.userId(), bo);
        }
        if (roleSet.contains(Role::Teacher))
            t.enrol(user.userId(), ada);

        DeskContext context;
        auto db = Database::openSqlite(t.path());
        QVERIFY(db);
        context.setDatabase(std::move(*db));
        context.setSession(user);

        // The main window's own shortcuts (menus), which every pane shares the window with.
        DeskContext closed;
        MainWindow window(closed);
        const QMultiHash<QString, QString> global = shortcutsIn(&window);
        QVERIFY2(global.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B).toString()), "the menus were not seen");

        int panesSeen = 0;
        g_checked = 0;
        QStringList unnamed;
        QStringList clashes;
        for (const PaneInfo &info : allPanes()) {
            if (!info.visibleFor(context.session()))
                continue;
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
            ++panesSeen;
            QStringList found;
            walk(QAccessible::queryAccessibleInterface(pane), found);
            for (const QString &f : std::as_const(found))
                unnamed << QStringLiteral("%1: %2").arg(info.id, f);
            for (const QString &c : shortcutClashes(pane, global))
                clashes << QStringLiteral("%1: %2").arg(info.id, c);
        }
        QVERIFY2(panesSeen > 0, "no pane was visible to these roles");
        // Every pane has a few controls at least (a filter, a list, buttons).
        QVERIFY2(g_checked >= 3 * panesSeen,
                 qPrintable(QStringLiteral("only %1 controls in %2 panes").arg(g_checked).arg(panesSeen)));
        qInfo("%d panes, %d interactive elements checked", panesSeen, g_checked);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without an accessible name:\n  ") +
                                               unnamed.join(QStringLiteral("\n  "))));
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("one key for two commands (Qt runs neither):\n  ") +
                                               clashes.join(QStringLiteral("\n  "))));
    }

    // The letter editor's Ctrl+I is italic while typing; elsewhere in the window Ctrl+I is the
    // window's own (import students): neither is ambiguous.
    void editorClaimsItsFormattingKeys()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *other = new QLineEdit(&window);
        other->setAccessibleName(QStringLiteral("Elsewhere"));
        auto *editor = new QTextEdit(&window);
        auto *bar = new RichTextToolBar(editor, &window);
        layout->addWidget(bar);
        layout->addWidget(other);
        layout->addWidget(editor);
        auto *import = new QAction(QStringLiteral("Import"), &window);
        import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        window.addAction(import);
        int imports = 0;
        connect(import, &QAction::triggered, this, [&imports] { ++imports; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("a"));
        QTest::keyClick(editor, Qt::Key_I, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("b"));
        QCOMPARE(imports, 0);
        QTextCursor c(editor->document());
        c.movePosition(QTextCursor::End);
        QVERIFY2(c.charFormat().fontItalic(), "Ctrl+I in the editor made the text italic");

        other->setFocus();
        QTest::keyClick(other, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(imports, 1);
    }

    // The clash check must notice a pane button that takes a menu's key.
    void shortcutCheckFindsAClash()
    {
        QWidget pane;
        auto *layout = new QVBoxLayout(&pane);
        auto *a = new QPushButton(QStringLiteral("&Record"), &pane);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        auto *b = new QPushButton(QStringLiteral("Other"), &pane);
        b->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        layout->addWidget(a);
        layout->addWidget(b);
        pane.show();
        QMultiHash<QString, QString> global;
        global.insert(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B).toString(), QStringLiteral("Back up now"));
        const QStringList clashes = shortcutClashes(&pane, global);
        QCOMPARE(clashes.size(), 1);
        QVERIFY(clashes.first().contains(QStringLiteral("Record | Back up now")));
    }

    void shellDialogsNameEveryControl()
    {
        HelpViewer help;
        FirstRunDialog firstRun;
        AboutDialog about(QStringLiteral("/srv/school.sqlite"), QStringLiteral("settings.ini"));
        ServerConnectDialog server;
        for (QDialog *dialog : std::initializer_list<QDialog *>{&help, &firstRun, &about, &server}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            g_checked = 0;
            QStringList unnamed;
            walk(QAccessible::queryAccessibleInterface(dialog), unnamed);
            QVERIFY2(g_checked >= 3, dialog->metaObject()->className());
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
        }
    }

    // The walk itself must notice a nameless control, or a pass above would mean nothing.
    void walkFindsAnUnnamedControl()
    {
        QWidget host;
        auto *layout = new QVBoxLayout(&host);
        auto *named = new QLineEdit(&host);
        named->setAccessibleName(QStringLiteral("Named"));
        auto *nameless = new QLineEdit(&host);
        nameless->setObjectName(QStringLiteral("nameless"));
        layout->addWidget(named);
        layout->addWidget(nameless);
        host.show();
        QStringList found;
        walk(QAccessible::queryAccessibleInterface(&host), found);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().contains(QStringLiteral("nameless")));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
