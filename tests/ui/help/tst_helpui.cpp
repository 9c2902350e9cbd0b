// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user guide (F1), the first-run page and the About dialog.
#include "TestDatabase.h"

#include "access/AuthService.h"
#include "access/FirstAdministratorDialog.h"
#include "common/MessageBox.h"
#include "help/HelpViewer.h"
#include "letters/LetterheadDialog.h"
#include "school/SchoolSettings.h"
#include "shell/AboutDialog.h"
#include "shell/DeskContext.h"
#include "shell/FirstRun.h"
#include "shell/MainWindow.h"
#include "storage/Query.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace md;
using namespace md::ui;

namespace {

// Answers the next modal dialog of type T with `fill` once it is shown.
template <typename T> void whenShown(std::function<void(T *)> fill)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, fill] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
        }
    });
    timer->start();
}

int studentCount(Database &db)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM students"));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestHelpUi : public QObject
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
    }

    void guideHasAPagePerTask()
    {
        const QList<HelpPage> pages = HelpViewer::pages();
        QStringList ids;
        for (const HelpPage &p : pages) {
            ids << p.id;
            QVERIFY2(!p.title.isEmpty() && p.title != p.id, qPrintable(p.id));
            QVERIFY2(p.text.size() > 400, qPrintable(p.id));
        }
        for (const char *task : {"index", "first-run", "log-a-session", "hub-meeting", "ilps", "letters", "backup"})
            QVERIFY2(ids.contains(QLatin1String(task)), task);
        // Every link between pages leads to a page that exists.
        const QRegularExpression link(QStringLiteral("href=\"([a-z-]+)\\.html\""));
        for (const HelpPage &p : pages) {
            for (auto it = link.globalMatch(p.html); it.hasNext();) {
                const QString target = it.next().captured(1);
                QVERIFY2(ids.contains(target), qPrintable(QStringLiteral("%1 links to %2").arg(p.id, target)));
            }
        }
    }

    void searchNarrowsTheContentsToPagesWithEveryWord()
    {
        QCOMPARE(HelpViewer::search(QStringLiteral("attendees keyworker")), QStringList{QStringLiteral("hub-meeting")});
        QVERIFY(HelpViewer::search(QStringLiteral("zebra crossing")).isEmpty());
        QCOMPARE(HelpViewer::search(QString()).size(), HelpViewer::pages().size());

        HelpViewer viewer;
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTest::keyClicks(viewer.searchEdit(), QStringLiteral("restore"));
        int shown = 0;
        for (int row = 0; row < viewer.contents()->count(); ++row)
            shown += viewer.contents()->item(row)->isHidden() ? 0 : 1;
        QCOMPARE(shown, HelpViewer::search(QStringLiteral("restore")).size());
        QVERIFY(HelpViewer::search(QStringLiteral("restore")).contains(viewer.currentPage()));
        QVERIFY(viewer.browser()->textCursor().hasSelection());
        QCOMPARE(viewer.browser()->textCursor().selectedText().toLower(), QStringLiteral("restore"));
        // Clearing the search shows the whole contents again.
        viewer.searchEdit()->clear();
        for (int row = 0; row < viewer.contents()->count(); ++row)
            QVERIFY(!viewer.contents()->item(row)->isHidden());
    }

    void contentsAndLinksChangeThePage()
    {
        HelpViewer viewer;
        viewer.show();
        QCOMPARE(viewer.currentPage(), QStringLiteral("index"));
        viewer.contents()->setFocus();
        QTest::keyClick(viewer.contents(), Qt::Key_Down);
        QCOMPARE(viewer.currentPage(), QStringLiteral("first-run"));
        QVERIFY(viewer.browser()->toPlainText().contains(QStringLiteral("Open the demo school")));
        Q_EMIT viewer.browser()->anchorClicked(QUrl(QStringLiteral("backup.html")));
        QCOMPARE(viewer.currentPage(), QStringLiteral("backup"));
        QCOMPARE(viewer.contents()->currentItem()->text(), QStringLiteral("Back up and restore"));
    }

    void f1OpensTheGuideAtThePageForTheCurrentPane()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(lead);
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(QStringLiteral("hub"));
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(window.helpViewer());
        QVERIFY(window.helpViewer()->isVisible());
        QCOMPARE(window.helpViewer()->currentPage(), QStringLiteral("hub-meeting"));
        window.helpViewer()->close();
        window.showPane(QStringLiteral("caseload"));
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.helpViewer()->currentPage(), QStringLiteral("log-a-session"));
        QCOMPARE(HelpViewer::pageForPane(QStringLiteral("users")), QStringLiteral("index"));
    }

    void firstRunOffersTheThreeStartsAndAnExistingFile()
    {
        FirstRunDialog page;
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        for (auto choice : {FirstRunDialog::Choice::DemoSchool, FirstRunDialog::Choice::CreateSchool,
                            FirstRunDialog::Choice::ImportStudents, FirstRunDialog::Choice::OpenExisting}) {
            QCommandLinkButton *button = page.button(choice);
            QVERIFY(button);
            QVERIFY(!button->accessibleName().isEmpty());
            QVERIFY(!button->description().isEmpty());
        }
        QVERIFY(page.button(FirstRunDialog::Choice::DemoSchool)->hasFocus());
        QTest::keyClick(page.button(FirstRunDialog::Choice::DemoSchool), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(page.result(), int(QDialog::Accepted));
        QCOMPARE(page.choice(), FirstRunDialog::Choice::CreateSchool);
    }

    void firstRunDemoOpensTheDemoSchoolSignedIn()
    {
        DeskContext context;
        MainWindow window(context);
        QVERIFY(FirstRun::openDemo(window, 30));
        QVERIFY(context.isSignedIn());
        QVERIFY(SchoolSettings(context.db()).isDemo());
        QVERIFY(window.demoMarker()->isVisibleTo(&window));
        QCOMPARE(studentCount(context.db()), 30);
    }

    void firstRunCreatesASchoolThenOffersTheLetterheadThenImports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("school.sqlite"));
        static bool letterheadOffered = false;
        whenShown<FirstAdministratorDialog>([](FirstAdministratorDialog *d) {
            const auto edits = d->findChildren<QLineEdit *>();
            QStringList values{QStringLiteral("Hillside Academy"), QStringLiteral("Sam Admin"),
                               QStringLiteral("s.admin"), QStringLiteral("correct horse"),
                               QStringLiteral("correct horse")};
            QCOMPARE(edits.size(), values.size());
            for (int i = 0; i < edits.size(); ++i)
                edits.at(i)->setText(values.at(i));
            d->accept();
            whenShown<LetterheadDialog>([](LetterheadDialog *l) {
                letterheadOffered = true;
                l->reject();
            });
        });
        MessageBox::setNextAnswer(QMessageBox::Ok);
        DeskContext context;
        MainWindow window(context);
        QVERIFY(
            FirstRun::createSchoolFromExport(window, path, test::testData(QStringLiteral("students/students.csv"))));
        QVERIFY(context.isSignedIn());
        QCOMPARE(context.session().username(), QStringLiteral("s.admin"));
        QVERIFY(letterheadOffered);
        QCOMPARE(SchoolSettings(context.db()).schoolName(), QStringLiteral("Hillside Academy"));
        QVERIFY(studentCount(context.db()) > 0);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Imported")));
    }

    void aboutSaysVersionLicenceAndWhereTheDataLives()
    {
        QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        AboutDialog about(QStringLiteral("/srv/school/mentordesk.sqlite"),
                          QStringLiteral("/home/x/.config/MentorDesk/mentordesk.conf"));
        about.show();
        QVERIFY(about.details().contains(QStringLiteral("9.8.7")));
        QVERIFY(about.details().contains(QDir::toNativeSeparators(QStringLiteral("/srv/school/mentordesk.sqlite"))));
        QVERIFY(about.details().contains(QDir::toNativeSeparators(QStringLiteral("/srv/school/backups"))));
        QVERIFY(about.details().contains(QStringLiteral("mentordesk.conf")));
        bool licence = false;
        for (QLabel *label : about.findChildren<QLabel *>())
            licence = licence || label->text().contains(QStringLiteral("GPL-3.0-or-later"));
        QVERIFY(licence);
        auto *copy = about.findChild<QPushButton *>();
        for (QPushButton *b : about.findChildren<QPushButton *>())
            if (b->accessibleName() == QStringLiteral("Copy details"))
                copy = b;
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), about.details());

        AboutDialog none(QString(), QStringLiteral("settings.ini"));
        QVERIFY(none.details().contains(QStringLiteral("no database open")));
    }
};

QTEST_MAIN(TestHelpUi)
#include "tst_helpui.moc"
