// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LockScreen.h"

#include "access/AuthService.h"
#include "shell/DeskContext.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

LockScreen::LockScreen(DeskContext &context, QMainWindow *window)
    : QWidget(window), m_context(context), m_window(window)
{
    setAccessibleName(tr("Mentor Desk is locked"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x20, 0x2A, 0x36));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *title = new QLabel(tr("Mentor Desk is locked"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    m_who = new QLabel(this);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setAccessibleName(tr("Signed-in user"));
    layout->addWidget(m_who);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password to unlock"));
    m_password->setPlaceholderText(tr("Your password, then Enter"));
    m_password->setMaximumWidth(320);
    layout->addWidget(m_password, 0, Qt::AlignHCenter);
    auto *unlock = new QPushButton(tr("&Unlock"), this);
    unlock->setAccessibleName(tr("Unlock"));
    layout->addWidget(unlock, 0, Qt::AlignHCenter);
    m_error = new QLabel(this);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setAccessibleName(tr("Unlock problem"));
    m_error->setStyleSheet(QStringLiteral("color: #FFB4AB;"));
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    hide();

    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &LockScreen::lock);
    setIdleTimeout(m_idleMs);
    qApp->installEventFilter(this);
}

LockScreen::~LockScreen()
{
    qApp->removeEventFilter(this);
}

void LockScreen::setIdleTimeout(int milliseconds)
{
    m_idleMs = qMax(0, milliseconds);
    if (m_idleMs == 0)
        m_idle.stop();
    else
        m_idle.start(m_idleMs);
}

void LockScreen::cover()
{
    if (!m_window)
        return;
    setGeometry(m_window->rect());
    raise();
}

void LockScreen::lock()
{
    if (m_locked || !m_context.isSignedIn() || !m_window)
        return;
    m_locked = true;
    m_savedTitle = m_window->windowTitle();
    m_window->setWindowTitle(tr("Mentor Desk (locked)"));
    if (m_window->menuBar())
        m_window->menuBar()->setEnabled(false);
    m_who->setText(tr("Signed in as %1").arg(m_context.session().displayName()));
    m_error->clear();
    m_password->clear();
    cover();
    show();
    m_password->setFocus();
    Q_EMIT lockedChanged(true);
}

void LockScreen::tryUnlock()
{
    if (!m_locked)
        return;
    auto session = AuthService(m_context.db()).signIn(m_context.session().username(), m_password->text());
    m_password->clear();
    if (!session) {
        m_error->setText(session.error().message);
        return;
    }
    m_locked = false;
    hide();
    if (m_window) {
        m_window->setWindowTitle(m_savedTitle);
        if (m_window->menuBar())
            m_window->menuBar()->setEnabled(true);
    }
    setIdleTimeout(m_idleMs);
    Q_EMIT lockedChanged(false);
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked && m_idleMs > 0)
            m_idle.start(m_idleMs);
        break;
    case QEvent::Resize:
        if (m_locked && watched == m_window)
            cover();
        break;
    default:
        break;
    }
    // While locked nothing but the lock screen itself takes input.
    if (m_locked && (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress
                     || event->type() == QEvent::ShortcutOverride || event->type() == QEvent::Shortcut)) {
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && w != this && !isAncestorOf(w) && w->window() == m_window)
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace md::ui
