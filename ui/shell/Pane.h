// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace md::ui {

class DeskContext;

// A page of the main window's central stack: a thin view over a core model. The shell creates
// panes after sign-in and shows one at a time; a pane reloads when shown or when data changes.
class Pane : public QWidget
{
    Q_OBJECT
public:
    Pane(DeskContext &context, QWidget *parent = nullptr) : QWidget(parent), m_context(context) {}

    // Called each time the pane is shown.
    virtual void activate() {}
    // The widget that gets focus when the pane is shown.
    virtual QWidget *primaryFocus() { return this; }

Q_SIGNALS:
    void openStudentRequested(qint64 studentId);
    void statusMessage(const QString &message);

protected:
    DeskContext &context() { return m_context; }

private:
    DeskContext &m_context;
};

} // namespace md::ui
