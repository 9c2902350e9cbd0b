// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace md::ui {

class MainWindow;

// For the benchmark suite only (tests/bench, StartupBench.cpp): when the environment has
// MENTORDESK_PROBE, the desk reports on stdout the moment the students list has first been
// painted with its rows ("md-probe first-paint-ns N", the system clock in nanoseconds, and
// "md-probe cpu-ms N", the CPU time the process had used by then) and quits.
// With MENTORDESK_PROBE=every-pane it then shows every pane of the navigation in turn and a
// student's record, and reports the process's peak resident memory ("md-probe peak-rss-kb N")
// before quitting. Without the variable it does nothing and costs nothing.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    static void installIfRequested(MainWindow &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(MainWindow &window, bool everyPane);
    void firstPaint();
    void visitEveryPane();

    QPointer<MainWindow> m_window;
    bool m_everyPane = false;
    bool m_seen = false;
};

} // namespace md::ui
