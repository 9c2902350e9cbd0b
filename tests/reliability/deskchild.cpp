// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A second desk for the two-users tests: another process working on the same database file.
//   md_deskchild edit-entry DB USERID ENTRYID BODY          changes a log entry's text
//   md_deskchild edit-target DB USERID TARGETID TITLE       changes a SMART target's wording
//   md_deskchild edit-template DB USERID TEMPLATEID TEXT    changes a letter template's description
//   md_deskchild edit-draft DB USERID LETTERID TEXT         rewrites a draft letter's text
//   md_deskchild edit-ilp-template DB USERID ID TEXT        changes an ILP template's description
//   md_deskchild add-entries DB USERID STUDENTID SECONDS    adds log entries, one transaction each,
//                                                           for SECONDS; prints how many
// Prints "ok" (or the count) and exits 0, or prints the error and exits 1.
#include "access/Session.h"
#include "ilp/IlpTemplateStore.h"
#include "letters/LetterService.h"
#include "letters/LetterTemplate.h"
#include "mentoring/LogEntryStore.h"
#include "mentoring/TargetStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace md;

namespace {

int fail(const Error &e)
{
    QTextStream(stdout) << "error: " << e.message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6) {
        QTextStream(stderr) << "usage: md_deskchild COMMAND DB USERID ID VALUE" << Qt::endl;
        return 2;
    }
    const QString command = args.at(1);
    auto db = Database::openSqlite(args.at(2));
    if (!db)
        return fail(db.error());
    Database &d = **db;
    const Session other(args.at(3).toLongLong(), QStringLiteral("other.desk"), QStringLiteral("Other Desk"),
                        {Role::Mentor, Role::LeadMentor, Role::Headteacher, Role::Administrator});
    const qint64 id = args.at(4).toLongLong();
    const QString value = args.at(5);

    if (command == QLatin1String("edit-entry")) {
        LogEntryStore store(d);
        auto e = store.get(other, id);
        if (!e)
            return fail(e.error());
        e->body = value;
        if (Status s = store.update(other, *e); !s)
            return fail(s.error());
    } else if (command == QLatin1String("edit-target")) {
        TargetStore store(d);
        auto t = store.get(other, id);
        if (!t)
            return fail(t.error());
        t->title = value;
        if (Status s = store.update(other, *t); !s)
            return fail(s.error());
    } else if (command == QLatin1String("edit-template")) {
        LetterTemplateStore store(d);
        auto t = store.get(other, id);
        if (!t)
            return fail(t.error());
        t->description = value;
        if (auto s = store.save(other, *t); !s)
            return fail(s.error());
    } else if (command == QLatin1String("edit-draft")) {
        LetterService letters(d);
        auto l = letters.get(other, id);
        if (!l)
            return fail(l.error());
        const QString html = QStringLiteral("<p>") + value.toHtmlEscaped() + QStringLiteral("</p>");
        if (Status s = letters.updateDraft(other, id, html, l->rowVersion); !s)
            return fail(s.error());
    } else if (command == QLatin1String("edit-ilp-template")) {
        IlpTemplateStore store(d);
        auto t = store.get(other, id);
        if (!t)
            return fail(t.error());
        t->description = value;
        if (Status s = store.save(other, *t); !s)
            return fail(s.error());
    } else if (command == QLatin1String("add-entries")) {
        // Writes as fast as it can while another process does the same: every add must succeed.
        LogEntryStore store(d);
        QElapsedTimer timer;
        timer.start();
        int added = 0;
        const qint64 limitMs = value.toLongLong() * 1000;
        while (timer.elapsed() < limitMs) {
            LogEntry e;
            e.studentId = id;
            e.kind = EntryKind::Note;
            e.occurredOn = QDate::currentDate();
            e.body = QStringLiteral("Note %1 from process %2").arg(added).arg(QCoreApplication::applicationPid());
            if (auto r = store.add(other, e); !r)
                return fail(r.error());
            ++added;
        }
        QTextStream(stdout) << added << Qt::endl;
        return 0;
    } else {
        QTextStream(stderr) << "unknown command " << command << Qt::endl;
        return 2;
    }
    QTextStream(stdout) << "ok" << Qt::endl;
    return 0;
}
