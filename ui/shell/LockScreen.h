// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMainWindow;

namespace md::ui {

class DeskContext;

// Covers the whole main window when the desk is left alone (after the idle time) or on Ctrl+L
// (when a student walks up to the desk). Everything underneath stays as it was, unsaved edits
// included; only the signed-in user's password uncovers it. While locked the window title and
// the screen show no pupil data.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    LockScreen(DeskContext &context, QMainWindow *window);
    ~LockScreen() override;

    bool isLocked() const { return m_locked; }
    void setIdleMinutes(int minutes) { setIdleTimeout(qMax(0, minutes) * 60 * 1000); }
    // 0 switches the idle lock off.
    void setIdleTimeout(int milliseconds);
    int idleTimeout() const { return m_idleMs; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void lock();
    void tryUnlock();

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cover();

    DeskContext &m_context;
    QPointer<QMainWindow> m_window;
    QTimer m_idle;
    int m_idleMs = 10 * 60 * 1000;
    bool m_locked = false;
    QString m_savedTitle;
    QLabel *m_who;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace md::ui
