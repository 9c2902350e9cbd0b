// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "access/ChangePasswordDialog.h"
#include "access/Permissions.h"
#include "access/UserStore.h"
#include "common/AccessibilityFixes.h"
#include "common/HeaderMemory.h"
#include "common/MessageBox.h"
#include "help/HelpViewer.h"
#include "shell/AboutDialog.h"
#include "importing/StudentImporter.h"
#include "school/SchoolSettings.h"
#include "shell/DeskContext.h"
#include "storage/BackupService.h"
#include "storage/DailyBackup.h"
#include "storage/SealedFile.h"
#include "common/PassphraseDialog.h"
#include "storage/FileChecks.h"
#include "shell/DeskController.h"
#include "shell/LockScreen.h"
#include "shell/Pane.h"
#include "shell/PaneRegistry.h"
#include "shell/PreferencesDialog.h"
#include "shell/ServerConnectDialog.h"
#include "students/StudentFilterModel.h"
#include "students/StudentRecordPane.h"
#include "students/StudentsPane.h"

#include <QAction>
#include <QScreen>
#include <QTimer>
#include <QScrollArea>
#include <QScrollBar>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace md::ui {

namespace {
constexpr int kPaneIndexRole = Qt::UserRole + 1;

QString sectionTitle(NavSection section, Database &db)
{
    UserStore users(db);
    switch (section) {
    case NavSection::General:
        return {};
    case NavSection::Mentor:
        return users.roleLabel(Role::Mentor);
    case NavSection::Teacher:
        return users.roleLabel(Role::Teacher);
    case NavSection::LeadMentor:
        return users.roleLabel(Role::LeadMentor);
    case NavSection::Headteacher:
        return users.roleLabel(Role::Headteacher);
    case NavSection::Administration:
        // An area, not a role: a lead mentor who manages behaviour categories sees it too.
        return MainWindow::tr("Administration");
    }
    return {};
}
} // namespace

MainWindow::MainWindow(DeskContext &context, QWidget *parent) : QMainWindow(parent), m_context(context)
{
    setWindowTitle(tr("Mentor Desk"));
    setAccessibleName(tr("Mentor Desk"));
    installAccessibilityFixes();
    m_splitter = new QSplitter(this);
    m_nav = new QListWidget(m_splitter);
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setAccessibleDescription(tr("Choose a screen. Ctrl+1 to Ctrl+9 jump straight to an entry."));
    m_nav->setMinimumWidth(170);
    m_stack = new QStackedWidget(m_splitter);
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_navigationSized = true; });
    setCentralWidget(m_splitter);

    m_dailyBackup = new DailyBackup(this);
    m_dailyBackupTimer = new QTimer(this);
    m_dailyBackupTimer->setSingleShot(true);
    m_dailyBackupTimer->setInterval(2000);
    // Started only for a SQLite file (scheduleDailyBackup), and stopped before another is opened.
    connect(m_dailyBackupTimer, &QTimer::timeout, this, [this] {
        if (m_context.isOpen())
            m_dailyBackup->start(m_context.db().location(), QDate::currentDate());
    });
    connect(m_dailyBackup, &DailyBackup::finished, this, [this](const QString &made, const QString &error) {
        updateStatus();
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The automatic backup failed: %1").arg(error), 20000);
        else if (!made.isEmpty())
            statusBar()->showMessage(tr("Today's automatic backup is made."), 8000);
    });

    auto *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolBar"));
    toolbar->setMovable(false);
    m_search = new QLineEdit(toolbar);
    m_search->setPlaceholderText(tr("Find a student by name or UPN (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find a student"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(420);
    toolbar->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::runGlobalSearch);

    m_demoMarker = new QLabel(tr("Demo school"), this);
    m_demoMarker->setAccessibleName(tr("Demo school: the data is made up"));
    m_demoMarker->setToolTip(tr("This is the generated demo school: every name and record is made up."));
    m_demoMarker->setStyleSheet(QStringLiteral("QLabel { background: #8A4B00; color: white; font-weight: bold; "
                                               "padding: 2px 8px; border-radius: 3px; }"));
    m_userLabel = new QLabel(this);
    m_userLabel->setAccessibleName(tr("Signed-in user"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setAccessibleName(tr("Database file"));
    m_backupLabel = new QLabel(this);
    m_backupLabel->setAccessibleName(tr("Last backup"));
    m_liveLabel = new QLabel(this);
    m_liveLabel->setAccessibleName(tr("Live updates"));
    m_liveLabel->hide();
    connect(&m_context, &DeskContext::liveConnectionChanged, this, [this](bool connected) {
        if (connected) {
            m_liveLabel->hide();
            statusBar()->showMessage(tr("Live updates from other desks are back; every list was reloaded."), 10000);
        } else {
            statusBar()->clearMessage(); // not an earlier "they are back"
            m_liveLabel->setText(tr("⚠ Live updates lost: reconnecting…"));
            m_liveLabel->setToolTip(tr("The connection that brings other desks' changes dropped. This desk keeps "
                                       "working, connects again by itself and then reloads every list."));
            m_liveLabel->show();
        }
    });
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_backupLabel);
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_demoMarker);

    m_lock = new LockScreen(m_context, this);
    m_lock->setIdleMinutes(m_settings.value(Settings::Key::IdleLockMinutes).toInt());
    createMenus();
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        QListWidgetItem *item = m_nav->item(row);
        const QVariant index = item->data(kPaneIndexRole);
        if (!index.isValid())
            return;
        Pane *pane = m_panes.value(index.toInt());
        if (!pane)
            return;
        m_stack->setCurrentWidget(pageOf(pane));
        pane->activate();
    });
    connect(m_nav, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (Pane *pane = m_panes.value(item->data(kPaneIndexRole).toInt(), nullptr))
            if (QWidget *w = pane->primaryFocus())
                w->setFocus();
    });

    if (!restoreGeometry(m_settings.value(Settings::Key::MainWindowGeometry).toByteArray())) {
        // First start: most of the screen, up to a comfortable desk size.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    restoreState(m_settings.value(Settings::Key::MainWindowState).toByteArray());
    const QByteArray split = m_settings.value(Settings::Key::NavigationSplitter).toByteArray();
    m_navigationSized = !split.isEmpty() && m_splitter->restoreState(split);
    if (!m_navigationSized)
        m_splitter->setSizes({200, 900});
    rebuild();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New school database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *server = file->addAction(tr("Connect to a ser&ver…"), this, &MainWindow::connectToServerDialog);
    server->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    server->setObjectName(QStringLiteral("connectToServerAction"));
    server->setStatusTip(tr("Open the team's database on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import students…"), this, [this] { importStudents(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("importStudentsAction"));
    file->addSeparator();
    QAction *backup = file->addAction(tr("&Back up now…"), this, [this] { backUpNow(false); });
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *sealed = file->addAction(tr("Back up &encrypted…"), this, [this] { backUpNow(true); });
    sealed->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    sealed->setStatusTip(tr("A copy sealed with a passphrase, for a backup that leaves this computer"));
    QAction *restore = file->addAction(tr("Restore from a bac&kup…"), this, &MainWindow::restoreBackup);
    // A server's backups are made on the server (pg_dump): these are for a desk's own file.
    m_fileBackupActions = {backup, sealed, restore};
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    file->addSeparator();
    QAction *password = file->addAction(tr("Change my pass&word…"), this, &MainWindow::changeOwnPassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    password->setStatusTip(tr("Your sign-in password, or on a server your own server role's password"));
    file->addAction(tr("Si&gn out"), this, &MainWindow::signOut);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QAction *find = new QAction(tr("&Find a student"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->addAction(find);
    m_goMenu->addSeparator();

    // Added to the window (not only the menu) so it works while the menu bar is disabled too.
    QAction *lock = new QAction(tr("&Lock the screen"), this);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setShortcutContext(Qt::WindowShortcut);
    connect(lock, &QAction::triggered, m_lock, &LockScreen::lock);
    addAction(lock);
    file->insertAction(file->actions().at(file->actions().size() - 2), lock);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showHelp);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    addAction(guide);
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Mentor Desk"), this, &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openDatabase(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rebuild()
{
    const QString previous = currentPaneId();
    m_nav->clear();
    for (const QPointer<Pane> &p : std::as_const(m_panes)) {
        if (!p)
            continue;
        HeaderMemory::saveAll(p);
        delete pageOf(p);
    }
    m_panes.clear();
    m_paneIds.clear();
    // The Go menu keeps "Find a student" and the separator; pane entries follow.
    const QList<QAction *> goActions = m_goMenu->actions();
    for (int i = 2; i < goActions.size(); ++i) {
        m_goMenu->removeAction(goActions.at(i));
        goActions.at(i)->deleteLater();
    }

    if (m_context.isOpen() && m_context.isSignedIn()) {
        const Session &session = m_context.session();
        QList<PaneInfo> visible;
        for (const PaneInfo &info : allPanes())
            if (info.visibleFor(session))
                visible.append(info);

        // Sections in order; Mentor and Headteacher become one "Supervisor" section.
        struct Group
        {
            QString title;
            QList<NavSection> sections;
        };
        QList<Group> groups{{QString(), {NavSection::General}}};
        if (session.isSupervisor())
            groups.append({tr("Supervisor"), {NavSection::Mentor, NavSection::Headteacher}});
        else {
            groups.append({sectionTitle(NavSection::Mentor, m_context.db()), {NavSection::Mentor}});
            groups.append({sectionTitle(NavSection::Headteacher, m_context.db()), {NavSection::Headteacher}});
        }
        groups.append({sectionTitle(NavSection::Teacher, m_context.db()), {NavSection::Teacher}});
        groups.append({sectionTitle(NavSection::LeadMentor, m_context.db()), {NavSection::LeadMentor}});
        groups.append({sectionTitle(NavSection::Administration, m_context.db()), {NavSection::Administration}});

        int shortcut = 1;
        for (const Group &group : groups) {
            QList<PaneInfo> members;
            for (const PaneInfo &info : visible)
                if (group.sections.contains(info.section))
                    members.append(info);
            if (members.isEmpty())
                continue;
            if (!group.title.isEmpty()) {
                auto *header = new QListWidgetItem(group.title.toUpper(), m_nav);
                header->setFlags(Qt::NoItemFlags);
                QFont f = m_nav->font();
                f.setBold(true);
                f.setPointSizeF(f.pointSizeF() * 0.85);
                header->setFont(f);
                header->setData(Qt::AccessibleTextRole, tr("%1 section").arg(group.title));
            }
            for (const PaneInfo &info : members) {
                // Each pane sits in a scroll area: a pane wider than the window (long translated labels,
                // a small screen, large text) scrolls instead of forcing the window wider.
                auto *page = new QScrollArea(m_stack);
                page->setObjectName(info.id + QStringLiteral("Page"));
                page->setFrameShape(QFrame::NoFrame);
                page->setWidgetResizable(true);
                page->setFocusPolicy(Qt::NoFocus);
                Pane *pane = info.create(m_context, page);
                pane->setObjectName(info.id);
                page->setWidget(pane);
                HeaderMemory::attach(pane, info.id);
                m_stack->addWidget(page);
                connect(pane, &Pane::openStudentRequested, this, &MainWindow::openStudent);
                connect(pane, &Pane::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
                const int index = int(m_panes.size());
                m_panes.append(pane);
                m_paneIds.append(info.id);
                auto *item = new QListWidgetItem(info.title, m_nav);
                item->setData(kPaneIndexRole, index);
                item->setData(Qt::AccessibleTextRole, info.title);
                QAction *go = m_goMenu->addAction(info.title, this, [this, id = info.id] { showPane(id); });
                if (shortcut <= 9)
                    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut)));
                ++shortcut;
            }
        }
    }
    updateStatus();
    fitNavigation();
    if (!m_paneIds.isEmpty())
        showPane(m_paneIds.contains(previous) ? previous : m_paneIds.first());
}

QWidget *MainWindow::pageOf(Pane *pane) const
{
    // pane -> the scroll area's viewport -> the scroll area in the stack.
    QWidget *page = pane;
    while (page && page->parentWidget() != m_stack)
        page = page->parentWidget();
    return page;
}

void MainWindow::fitNavigation()
{
    // Until the user moves the divider, the navigation is as wide as its longest entry (translated
    // titles run longer than English ones), within reason. Sizes only hold once the window is shown.
    if (m_navigationSized || m_nav->count() == 0 || !isVisible())
        return;
    int widest = 0;
    for (int row = 0; row < m_nav->count(); ++row) {
        const QListWidgetItem *item = m_nav->item(row);
        const QFont font = item->font();
        widest = qMax(widest, QFontMetrics(font).horizontalAdvance(item->text()));
    }
    const int wanted = qBound(170, widest + 2 * m_nav->frameWidth() + m_nav->verticalScrollBar()->sizeHint().width() + 16, 320);
    const int total = m_splitter->sizes().value(0) + m_splitter->sizes().value(1);
    m_splitter->setSizes({wanted, qMax(wanted, total - wanted)});
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitNavigation();
}

void MainWindow::updateStatus()
{
    if (!m_context.isOpen()) {
        setWindowTitle(tr("Mentor Desk"));
        m_demoMarker->hide();
        m_userLabel->clear();
        m_fileLabel->clear();
        m_backupLabel->clear();
        m_liveLabel->hide();
        return;
    }
    if (m_context.isLive())
        m_liveLabel->hide();
    for (QAction *a : std::as_const(m_fileBackupActions))
        a->setEnabled(m_context.db().engine() == Engine::SQLite);
    if (m_context.db().engine() == Engine::PostgreSQL) {
        // A server database is backed up on the server, by its administrator (pg_dump): no
        // warning here about this desk's backups, which do not exist. Say where the data is.
        const ServerUrl &server = m_context.db().serverUrl();
        m_backupLabel->clear();
        m_backupLabel->setToolTip(QString());
        m_backupLabel->hide();
        m_fileLabel->setText(tr("Server %1:%2, database %3").arg(server.host).arg(server.port).arg(server.database));
        m_fileLabel->setAccessibleName(tr("Database server"));
        m_fileLabel->setToolTip(tr("%1\nBackups of a server database are made on the server by its administrator "
                                   "(for example with pg_dump).")
                                    .arg(server.display()));
    } else {
        m_backupLabel->show();
        m_fileLabel->setAccessibleName(tr("Database file"));
        m_fileLabel->setText(QFileInfo(m_context.db().location()).fileName());
        m_fileLabel->setToolTip(m_context.db().location());
        const QDateTime last = BackupService::lastBackupTime(m_context.db().location());
        if (!last.isValid()) {
            m_backupLabel->setText(tr("⚠ Never backed up"));
            m_backupLabel->setToolTip(tr("Back up now with File → Back up now (Ctrl+Shift+B)."));
        } else if (last.daysTo(QDateTime::currentDateTime()) >= 7) {
            m_backupLabel->setText(tr("⚠ Last backup %1 days ago").arg(last.daysTo(QDateTime::currentDateTime())));
            m_backupLabel->setToolTip(tr("No backup for a week: back up now with File → Back up now (Ctrl+Shift+B)."));
        } else {
            m_backupLabel->setText(tr("Last backup: %1").arg(QLocale().toString(last, QLocale::ShortFormat)));
            m_backupLabel->setToolTip(BackupService::folderFor(m_context.db().location()));
        }
    }
    SchoolSettings school(m_context.db());
    setWindowTitle(tr("%1 — Mentor Desk").arg(school.schoolName()));
    m_demoMarker->setVisible(school.isDemo());
    if (m_context.isSignedIn()) {
        UserStore users(m_context.db());
        QStringList roles;
        if (m_context.session().isSupervisor())
            roles << tr("Supervisor");
        for (Role r : allRoles())
            if (m_context.session().has(r) && !(m_context.session().isSupervisor() && (r == Role::Mentor || r == Role::Headteacher)))
                roles << users.roleLabel(r);
        m_userLabel->setText(tr("%1 (%2)").arg(m_context.session().displayName(), roles.join(QStringLiteral(", "))));
    } else {
        m_userLabel->setText(tr("Not signed in"));
    }
}

Pane *MainWindow::pane(const QString &id) const
{
    const int i = int(m_paneIds.indexOf(id));
    return i >= 0 ? m_panes.value(i).data() : nullptr;
}

QString MainWindow::currentPaneId() const
{
    for (int i = 0; i < m_panes.size(); ++i)
        if (m_panes.at(i) && m_stack->currentWidget() == pageOf(m_panes.at(i)))
            return m_paneIds.at(i);
    return {};
}

void MainWindow::showPane(const QString &id)
{
    const int index = int(m_paneIds.indexOf(id));
    if (index < 0)
        return;
    for (int row = 0; row < m_nav->count(); ++row) {
        const QVariant v = m_nav->item(row)->data(kPaneIndexRole);
        if (v.isValid() && v.toInt() == index) {
            m_nav->setCurrentRow(row);
            break;
        }
    }
    if (Pane *p = m_panes.value(index)) {
        // Views a pane creates after it is built (tabs, panels) are remembered from here on.
        HeaderMemory::attach(p, id);
        if (QWidget *w = p->primaryFocus())
            w->setFocus();
    }
}

void MainWindow::openStudent(qint64 studentId)
{
    auto *record = qobject_cast<StudentRecordPane *>(pane(QStringLiteral("record")));
    if (!record)
        return;
    record->showStudent(studentId);
    showPane(QStringLiteral("record"));
}

void MainWindow::runGlobalSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    auto *students = qobject_cast<StudentsPane *>(pane(QStringLiteral("students")));
    if (!students)
        return;
    showPane(QStringLiteral("students"));
    students->filterEdit()->setText(text);
    if (students->proxy()->rowCount() == 1) {
        students->view()->setCurrentIndex(students->proxy()->index(0, 0));
        openStudent(students->proxy()->index(0, 0).data(Qt::UserRole + 1).toLongLong());
    } else {
        students->view()->setFocus();
    }
}

bool MainWindow::openDatabase(const QString &path)
{
    // A backup of the file open until now must not run on while another one is opened.
    m_dailyBackupTimer->stop();
    m_dailyBackup->cancel();
    if (Status s = DeskController::open(m_context, path); !s) {
        const QStringList backups = BackupService::backupsOf(path);
        if (backups.isEmpty() || s.error().kind == Error::Kind::Conflict) {
            MessageBox::warning(this, tr("Could not open the database"), s.error().message,
                                s.error().details.join(QLatin1Char('\n')));
            rebuild();
            return false;
        }
        const QString newest = backups.first();
        const auto answer = MessageBox::question(
            this, tr("Could not open the database"),
            tr("%1\n\nRestore the newest backup, %2 (made %3)? The file as it is now is kept beside it.")
                .arg(s.error().message, QFileInfo(newest).fileName(),
                     QLocale().toString(QFileInfo(newest).lastModified(), QLocale::ShortFormat)));
        if (answer != QMessageBox::Yes) {
            rebuild();
            return false;
        }
        const QString kept = path + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(path, kept);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        auto restored = BackupService::restore(newest, path);
        if (!restored || !DeskController::open(m_context, path)) {
            MessageBox::warning(this, tr("Could not restore"), restored ? tr("The restored file could not be opened.")
                                                                        : restored.error().message);
            rebuild();
            return false;
        }
        statusBar()->showMessage(tr("Restored from %1; the damaged file is kept as %2").arg(newest, kept), 20000);
    }
    scheduleDailyBackup();
    if (const QString warning = FileChecks::networkDriveWarning(path); !warning.isEmpty() && !ServerUrl::isServerUrl(path))
        MessageBox::warning(this, tr("A database on a network drive"), warning);
    // A server is remembered by its address without any password.
    const QString remembered = ServerUrl::isServerUrl(path) ? m_context.db().serverUrl().display()
                                                            : QFileInfo(path).absoluteFilePath();
    m_settings.addRecentDatabase(remembered);
    m_settings.setValue(Settings::Key::LastDatabase, remembered);
    updateRecentMenu();
    if (!DeskController::signIn(this, m_context, m_settings)) {
        rebuild();
        return false;
    }
    rebuild();
    return true;
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New school database"), QString(),
                                                      tr("Mentor Desk databases (*.sqlite *.mentordesk)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New school database"),
                            tr("%1 already exists. Choose a new name, or open it with File → Open.").arg(path));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a school database"), QString(),
                                                      tr("Mentor Desk databases (*.sqlite *.mentordesk);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::connectToServerDialog()
{
    ServerConnectDialog dialog(this);
    // The server used last, if any, so that a desk reconnects in one keystroke.
    for (const QString &recent : m_settings.recentDatabases()) {
        if (!ServerUrl::isServerUrl(recent))
            continue;
        if (auto url = ServerUrl::parse(recent))
            dialog.setServer(*url);
        break;
    }
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.server().display());
}

void MainWindow::signOut()
{
    if (!m_context.isOpen())
        return;
    m_context.setSession(Session());
    rebuild();
    if (DeskController::signIn(this, m_context, m_settings))
        rebuild();
}

void MainWindow::backUpNow(bool encrypted)
{
    if (!m_context.isOpen())
        return;
    if (Status allowed = Permissions::require(m_context.session(), Action::BackUpDatabase); !allowed) {
        MessageBox::warning(this, tr("Back up"), allowed.error().message);
        return;
    }
    QString passphrase;
    if (encrypted) {
        const auto p = PassphraseDialog::ask(
            this, PassphraseDialog::Purpose::Seal,
            tr("The backup will be sealed with this passphrase (Argon2id and XChaCha20-Poly1305), so it can be kept "
               "off this computer. Restoring it asks for the passphrase."));
        if (!p)
            return;
        passphrase = *p;
    }
    const QString suggested = QDir(BackupService::folderFor(m_context.db().location()))
                                  .filePath(QFileInfo(m_context.db().location()).completeBaseName() + QLatin1Char('-')
                                            + QDate::currentDate().toString(Qt::ISODate)
                                            + (encrypted ? QStringLiteral("-encrypted.mdsealed") : QStringLiteral("-manual.sqlite")));
    QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Back up the database"), suggested,
        encrypted ? tr("Encrypted Mentor Desk backups (*.mdsealed)") : tr("Mentor Desk backups (*.sqlite)"));
    if (target.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = BackupService::backupTo(m_context.db(), m_context.session(), target, passphrase);
    QApplication::restoreOverrideCursor();
    if (!s) {
        MessageBox::warning(this, tr("Back up"), s.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(target), 8000);
    updateStatus();
}

void MainWindow::changeOwnPassword()
{
    if (!m_context.isOpen() || !m_context.isSignedIn())
        return;
    ChangePasswordDialog dialog(m_context.db(), m_context.session(), false, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password is changed."), 8000);
}

void MainWindow::restoreBackup()
{
    if (!m_context.isOpen())
        return;
    const Session session = m_context.session();
    if (Status allowed = Permissions::require(session, Action::BackUpDatabase); !allowed) {
        MessageBox::warning(this, tr("Restore"), allowed.error().message);
        return;
    }
    const QString live = m_context.db().location();
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("Restore from a backup"), BackupService::folderFor(live),
        tr("Mentor Desk backups (*.sqlite *.mdsealed);;All files (*)"));
    if (backup.isEmpty())
        return;
    QString passphrase;
    if (SealedFile::isSealed(backup)) {
        const auto p = PassphraseDialog::ask(this, PassphraseDialog::Purpose::Open,
                                             tr("%1 is encrypted. Enter its passphrase.").arg(QFileInfo(backup).fileName()));
        if (!p)
            return;
        passphrase = *p;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status checked = BackupService::verify(backup, passphrase);
    QApplication::restoreOverrideCursor();
    if (Status s = checked; !s) {
        MessageBox::warning(this, tr("Restore"), s.error().message);
        return;
    }
    if (MessageBox::question(this, tr("Restore"),
                             tr("Replace the database with the backup %1?\n\nThe database as it is now is kept as a "
                                "backup first. Other desks using this file must close Mentor Desk.")
                                 .arg(QFileInfo(backup).fileName()))
        != QMessageBox::Yes)
        return;
    m_dailyBackupTimer->stop();
    m_dailyBackup->cancel();
    m_context.close();
    rebuild();
    auto safety = BackupService::restore(session, backup, live, passphrase);
    if (!safety)
        MessageBox::warning(this, tr("Restore"), safety.error().message);
    else
        statusBar()->showMessage(tr("Restored. The previous database is kept in %1").arg(*safety), 15000);
    openDatabase(live);
}

void MainWindow::importStudents(const QString &givenFile)
{
    if (!m_context.isSignedIn())
        return;
    if (Status s = Permissions::require(m_context.session(), Action::ImportStudents); !s) {
        MessageBox::warning(this, tr("Import students"), s.error().message);
        return;
    }
    QString file = givenFile;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Import students from the MIS"),
                                            m_settings.value(Settings::Key::LastImportFolder).toString(),
                                            tr("CSV files (*.csv);;All files (*)"));
        if (file.isEmpty())
            return;
        m_settings.setValue(Settings::Key::LastImportFolder, QFileInfo(file).absolutePath());
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = StudentImporter::importFile(m_context.db(), m_context.session(), file);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        MessageBox::warning(this, tr("Nothing was imported"), summary.error().message,
                            summary.error().details.join(QLatin1Char('\n')));
        return;
    }
    m_context.notifyChanged(QStringLiteral("students"));
    const QString text = tr("Imported %1 rows from %2: %3 new, %4 updated, %5 unchanged.")
                             .arg(summary->rows)
                             .arg(QFileInfo(file).fileName())
                             .arg(summary->created)
                             .arg(summary->updated)
                             .arg(summary->unchanged);
    statusBar()->showMessage(text, 10000);
    MessageBox::information(this, tr("Students imported"), text);
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    const auto add = [&lines](const QKeySequence &k, const QString &what) {
        lines << k.toString(QKeySequence::NativeText) + QStringLiteral("\t") + what;
    };
    add(QKeySequence::HelpContents, tr("The user guide, at the page for this screen"));
    add(QKeySequence::Find, tr("Find a student"));
    add(QKeySequence(Qt::CTRL | Qt::Key_1), tr("First screen in the navigation (Ctrl+2, Ctrl+3… the next ones)"));
    add(QKeySequence::New, tr("New school database"));
    add(QKeySequence::Open, tr("Open a database"));
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), tr("Connect to a server"));
    add(QKeySequence(Qt::CTRL | Qt::Key_I), tr("Import students"));
    add(QKeySequence(Qt::CTRL | Qt::Key_L), tr("Lock the screen at once (your password unlocks it)"));
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), tr("Back up now"));
    add(QKeySequence::Quit, tr("Quit"));
    lines << tr("In a list: Down moves from the filter into the list, Enter opens the student, Esc clears the filter.");
    MessageBox::information(this, tr("Keyboard shortcuts"), lines.join(QLatin1Char('\n')));
}

void MainWindow::showAbout()
{
    AboutDialog about(m_context.isOpen() ? m_context.db().location() : QString(), m_settings.fileName(), this);
    about.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog preferences(m_settings, this);
    if (preferences.exec() != QDialog::Accepted)
        return;
    m_lock->setIdleMinutes(m_settings.value(Settings::Key::IdleLockMinutes).toInt());
    if (preferences.languageChanged())
        statusBar()->showMessage(tr("The new language applies the next time Mentor Desk starts."), 8000);
}

HelpViewer *MainWindow::helpViewer() const
{
    return m_help.data();
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpViewer(this);
    m_help->showPage(HelpViewer::pageForPane(currentPaneId()));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::scheduleDailyBackup()
{
    // A server's backups are the server's business (pg_dump), not the desk's. The copy waits
    // until the window has painted its first pane, then runs beside the work: on a large school
    // it takes many seconds, and the status bar says when it is done.
    if (!m_context.isOpen() || m_context.db().engine() != Engine::SQLite)
        return;
    m_dailyBackupTimer->start();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Interrupted at once; BackupService leaves no partial file, and the next start makes it.
    m_dailyBackupTimer->stop();
    m_dailyBackup->cancel();
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    m_settings.setValue(Settings::Key::NavigationSplitter, m_splitter->saveState());
    HeaderMemory::saveAll(m_stack);
    QMainWindow::closeEvent(event);
}

} // namespace md::ui
