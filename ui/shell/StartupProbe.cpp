// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StartupProbe.h"

#include "shell/MainWindow.h"
#include "shell/Pane.h"
#include "students/StudentListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <ctime>

namespace md::ui {

namespace {

qint64 systemClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// VmHWM: the most resident memory the process has had, in KiB.
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Lets the pane load and paint: everything queued, and whatever it queues in turn.
void settle()
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 50)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace

void StartupProbe::installIfRequested(MainWindow &window)
{
    const QByteArray mode = qgetenv("MENTORDESK_PROBE");
    if (mode.isEmpty())
        return;
    auto *probe = new StartupProbe(window, mode == "every-pane");
    qApp->installEventFilter(probe);
}

StartupProbe::StartupProbe(MainWindow &window, bool everyPane) : QObject(&window), m_window(&window), m_everyPane(everyPane)
{
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_seen || event->type() != QEvent::Paint)
        return false;
    // The students pane's table viewport, painting with rows in it.
    auto *view = qobject_cast<QTableView *>(watched->parent());
    if (!view || view->viewport() != watched || !view->model() || view->model()->rowCount() == 0)
        return false;
    for (QObject *o = view; o; o = o->parent()) {
        if (qobject_cast<Pane *>(o)) {
            if (o->objectName() != QLatin1String("students"))
                return false;
            m_seen = true;
            // Queued: runs once this paint, and the flush to the screen after it, are done.
            QTimer::singleShot(0, this, &StartupProbe::firstPaint);
            return false;
        }
    }
    return false;
}

void StartupProbe::firstPaint()
{
    QTextStream out(stdout);
    out << "md-probe first-paint-ns " << systemClockNs() << Qt::endl;
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    out << "md-probe cpu-ms " << (qint64(cpu.tv_sec) * 1000 + cpu.tv_nsec / 1000000) << Qt::endl;
    if (m_everyPane && m_window)
        visitEveryPane();
    qApp->removeEventFilter(this);
    QCoreApplication::exit(0);
}

void StartupProbe::visitEveryPane()
{
    QTextStream out(stdout);
    QStringList ids;
    for (Pane *pane : m_window->findChildren<Pane *>())
        if (!pane->objectName().isEmpty() && !ids.contains(pane->objectName()))
            ids << pane->objectName();
    for (const QString &id : std::as_const(ids)) {
        m_window->showPane(id);
        settle();
    }
    // A student's record with every tab: the first row of the students list.
    if (Pane *students = m_window->pane(QStringLiteral("students"))) {
        if (auto *view = students->findChild<QTableView *>()) {
            const QModelIndex first = view->model()->index(0, 0);
            const qint64 id = first.data(StudentListModel::StudentIdRole).toLongLong();
            if (id > 0) {
                m_window->openStudent(id);
                settle();
                if (Pane *record = m_window->pane(QStringLiteral("record")))
                    for (QTabWidget *tabs : record->findChildren<QTabWidget *>())
                        for (int i = 0; i < tabs->count(); ++i) {
                            tabs->setCurrentIndex(i);
                            settle();
                        }
            }
        }
    }
    out << "md-probe panes " << ids.size() << Qt::endl;
    out << "md-probe peak-rss-kb " << peakResidentKb() << Qt::endl;
}

} // namespace md::ui
