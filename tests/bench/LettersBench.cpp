// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Letters figures: merging and storing a batch of drafts, and the target: 500 letters to
// one PDF (one QPdfWriter, a new page per letter) in under 3 s and 300 MB.
#include "BenchSuite.h"

#include "access/Session.h"
#include "access/UserStore.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "letters/LetterTemplate.h"
#include "storage/Database.h"
#include "students/StudentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace md::bench {

namespace {

constexpr int kLetters = 500;

// A line of /proc/self/status in MB ("VmHWM", "VmRSS"); -1 where there is no /proc.
double procStatusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Starts a new peak: writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

Session firstWithRole(Database &db, Role role)
{
    auto users = UserStore(db).withRole(role);
    if (!users || users->isEmpty())
        return Session::system();
    const StaffUser &u = users->first();
    return Session(u.id, u.username, u.displayName, u.roles);
}

void letters(BenchSuite &suite)
{
    // A copy: the drafts made here must not change the large school the other figures read.
    const QString path = QDir(suite.workDir()).filePath(QStringLiteral("bench-letters.sqlite"));
    QFile::remove(path);
    if (!QFile::copy(suite.largeSchoolPath(), path)) {
        QTextStream(stderr) << "could not copy the large school" << Qt::endl;
        return;
    }
    auto opened = Database::openSqlite(path);
    if (!opened) {
        QTextStream(stderr) << opened.error().message << Qt::endl;
        return;
    }
    Database &db = **opened;
    const Session head = firstWithRole(db, Role::Headteacher);
    LetterTemplateStore templates(db);
    auto t = templates.getByName(head, QStringLiteral("Attendance concern"));
    if (!t) {
        // A large school generated before letters existed: add the demo's template.
        QFile body(QStringLiteral(":/letters/templates/attendance-concern.html"));
        if (!body.open(QIODevice::ReadOnly))
            return;
        LetterTemplate lt;
        lt.name = QStringLiteral("Attendance concern");
        lt.type = LetterType::Attendance;
        lt.bodyHtml = QString::fromUtf8(body.readAll());
        auto id = templates.save(firstWithRole(db, Role::Administrator), lt);
        if (!id) {
            QTextStream(stderr) << id.error().fullText() << Qt::endl;
            return;
        }
        t = templates.get(head, *id);
    }

    // Enough students for 500 letters: one to each parent or carer with parental responsibility.
    auto students = StudentStore(db).list(head);
    if (!students)
        return;
    LetterRequest request;
    request.templateId = t->id;
    for (int i = 0; i < students->size() && i < kLetters; ++i)
        request.studentIds.append(students->at(i).student.id);
    LetterService service(db);
    QList<qint64> ids;
    Figure &merge = suite.measure(
        QStringLiteral("letters: merge and store a batch of drafts"), 0, 1,
        [&] {
            auto created = service.createDrafts(head, request, true);
            if (!created)
                qFatal("createDrafts failed: %s", qPrintable(created.error().fullText()));
            ids = *created;
        },
        false);
    merge.note = QStringLiteral("%1 letters for %2 students").arg(ids.size()).arg(request.studentIds.size());
    ids = ids.mid(0, kLetters);
    if (ids.size() < kLetters)
        QTextStream(stderr) << "only " << ids.size() << " letters to render" << Qt::endl;

    const QString pdf = QDir(suite.workDir()).filePath(QStringLiteral("bench-letters.pdf"));
    const double rssBefore = procStatusMb("VmRSS");
    resetPeak();
    int pages = 0;
    Figure &render = suite.measure(QStringLiteral("letters: 500 to one PDF (load, lay out, write)"), 3000, 3, [&] {
        auto letters = service.renderable(head, ids);
        if (!letters)
            qFatal("renderable failed");
        auto done = LetterRenderer().renderPdf(pdf, *letters);
        if (!done)
            qFatal("render failed: %s", qPrintable(done.error().message));
        pages = done->pages;
    });
    const double peak = procStatusMb("VmHWM");
    render.note = QStringLiteral("%1 pages, %2 KB PDF").arg(pages).arg(QFileInfo(pdf).size() / 1024);
    suite.record(QStringLiteral("letters: 500 to one PDF, peak memory (MB, not ms)"), 300, {peak},
                 QStringLiteral("VmHWM %1 MB; VmRSS before %2 MB").arg(peak, 0, 'f', 0).arg(rssBefore, 0, 'f', 0));
}

} // namespace

void registerLettersBenches(BenchSuite &suite)
{
    suite.addCase(QStringLiteral("letters"), letters);
}

} // namespace md::bench
