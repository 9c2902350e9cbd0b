// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/Settings.h"

#include <QMainWindow>
#include <QList>
#include <QPointer>

class QLabel;
class QTimer;
class QLineEdit;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace md {
class DailyBackup;
}

namespace md::ui {

class DeskContext;
class HelpViewer;
class LockScreen;
class Pane;

// The shell: a navigation list that follows the signed-in user's roles, a stack of panes, a
// global student search, menus with shortcuts, and a status bar that says which school and who.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DeskContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Rebuilds navigation and panes for the current database and session.
    void rebuild();
    // Opens the file, signs in and rebuilds; errors are shown to the user.
    bool openDatabase(const QString &path);

    Pane *pane(const QString &id) const;
    void showPane(const QString &id);
    QString currentPaneId() const;
    QListWidget *navigation() const { return m_nav; }
    QLineEdit *globalSearch() const { return m_search; }
    QLabel *demoMarker() const { return m_demoMarker; }
    // The status bar's permanent labels (for tests).
    QLabel *backupLabel() const { return m_backupLabel; }
    QLabel *fileLabel() const { return m_fileLabel; }
    QLabel *liveLabel() const { return m_liveLabel; }
    LockScreen *lockScreen() const { return m_lock; }
    DeskContext &context() const { return m_context; }

    // The user guide (F1), opened at the page for the current pane; created on first use.
    HelpViewer *helpViewer() const;

public Q_SLOTS:
    void openStudent(qint64 studentId);
    void importStudents(const QString &file = {});

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void updateRecentMenu();
    void updateStatus();
    void newDatabase();
    void openDatabaseDialog();
    void connectToServerDialog();
    void signOut();
    void backUpNow(bool encrypted = false);
    void restoreBackup();
    void changeOwnPassword();
    void showShortcuts();
    void showAbout();
    void showPreferences();
    void showHelp();
    void runGlobalSearch();
    // The day's automatic backup of a desk file, started once the window is up (DailyBackup).
    void scheduleDailyBackup();

    DeskContext &m_context;
    Settings m_settings;
    QSplitter *m_splitter;
    bool m_navigationSized = false; // the user's divider position was restored, or they moved it
    void fitNavigation();
    QWidget *pageOf(Pane *pane) const; // the pane's page in the stack (its scroll area)
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QLabel *m_demoMarker;
    QLabel *m_userLabel;
    QLabel *m_fileLabel;
    QLabel *m_backupLabel;
    QLabel *m_liveLabel;
    QList<QAction *> m_fileBackupActions;
    LockScreen *m_lock;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QPointer<HelpViewer> m_help;
    QList<QPointer<Pane>> m_panes;
    QStringList m_paneIds;
    md::DailyBackup *m_dailyBackup;
    QTimer *m_dailyBackupTimer;
};

} // namespace md::ui
