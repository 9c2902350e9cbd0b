// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5's targets on the 10,000-student school: importing 500,000 behaviour events takes under
// 5 s, and with them in the log a filter change shows its first rows in under 50 ms.
#include "BenchSuite.h"

#include "access/Session.h"
#include "behaviour/BehaviourEventModel.h"
#include "behaviour/BehaviourImporter.h"
#include "behaviour/BehaviourStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

namespace md::bench {

namespace {

constexpr int kImportRows = 500000;

Session firstWithRole(Database &db, const char *role)
{
    Query q(db, QStringLiteral("SELECT u.id, u.username FROM users u JOIN user_roles r ON r.user_id = u.id "
                               "WHERE r.role = ? ORDER BY u.id LIMIT 1"));
    q.bind(QString::fromLatin1(role));
    if (!q.exec() || !q.next())
        return Session::system();
    const auto r = roleFromString(QString::fromLatin1(role));
    return Session(q.id(0), q.string(1), q.string(1), {r.value_or(Role::Headteacher)});
}

// Writes a CSV of `rows` events over the school's students, categories and courses.
bool writeCsv(Database &db, const QString &path, int rows)
{
    QStringList upns;
    QStringList categories;
    QStringList courses;
    QStringList staff;
    Query q(db, QStringLiteral("SELECT upn FROM students WHERE date_left IS NULL"));
    if (!q.exec())
        return false;
    while (q.next())
        upns << q.string(0);
    Query c(db, QStringLiteral("SELECT name, default_points FROM behaviour_categories"));
    if (!c.exec())
        return false;
    while (c.next())
        categories << c.string(0);
    Query co(db, QStringLiteral("SELECT name FROM courses"));
    if (co.exec())
        while (co.next())
            courses << co.string(0);
    Query u(db, QStringLiteral("SELECT username FROM users"));
    if (u.exec())
        while (u.next())
            staff << u.string(0);
    if (upns.isEmpty() || categories.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out << "UPN,Date,Time,Category,Course,Description,Action taken,Recorded by\n";
    QRandomGenerator rng(5);
    const QDate start = QDate::currentDate().addDays(-365);
    for (int i = 0; i < rows; ++i) {
        const QDate d = start.addDays(rng.bounded(365));
        out << upns.at(rng.bounded(int(upns.size()))) << ',' << d.toString(Qt::ISODate) << ','
            << QStringLiteral("%1:%2")
                   .arg(9 + rng.bounded(7), 2, 10, QLatin1Char('0'))
                   .arg(rng.bounded(60), 2, 10, QLatin1Char('0'))
            << ',' << categories.at(rng.bounded(int(categories.size()))) << ','
            << (courses.isEmpty() ? QString() : courses.at(rng.bounded(int(courses.size())))) << ','
            << "Imported event " << i << ',' << (i % 3 == 0 ? "Detention" : "") << ','
            << (staff.isEmpty() ? QString() : staff.at(rng.bounded(int(staff.size())))) << '\n';
    }
    return true;
}

void behaviour(BenchSuite &suite)
{
    // A copy: the half a million events imported here must not change the large school.
    const QString path = QDir(suite.workDir()).filePath(QStringLiteral("bench-behaviour.sqlite"));
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
    const Session head = firstWithRole(db, "headteacher");
    const QString csv = QDir(suite.workDir()).filePath(QStringLiteral("bench-behaviour.csv"));
    if (!writeCsv(db, csv, kImportRows)) {
        QTextStream(stderr) << "could not write the behaviour CSV (does the large school have categories?)" << Qt::endl;
        return;
    }
    QString importNote;
    suite
        .measure(
            QStringLiteral("behaviour: import 500,000 events from CSV"), 5000, 1,
            [&] {
                auto r = BehaviourImporter::importFile(db, head, csv);
                importNote = r ? QStringLiteral("%1 created").arg(r->created) : r.error().message;
            },
            false)
        .note = importNote;

    Query total(db, QStringLiteral("SELECT COUNT(*) FROM behaviour_events"));
    const int events = total.scalar().value().toInt();
    BehaviourStore store(db);
    Query pick(db, QStringLiteral("SELECT s.id, s.tutor_group FROM students s ORDER BY s.id LIMIT 1 OFFSET 4321"));
    qint64 student = 0;
    QString group;
    if (pick.exec() && pick.next()) {
        student = pick.id(0);
        group = pick.string(1);
    }
    pick.finish();
    const qint64 category = store.categories().value().value(0).id;
    Query recorder(db,
                   QStringLiteral("SELECT recorded_by FROM behaviour_events WHERE recorded_by IS NOT NULL LIMIT 1"));
    const qint64 recordedBy = recorder.scalar().value().toLongLong();
    const Session mentor = firstWithRole(db, "mentor");
    const Session teacher = firstWithRole(db, "teacher");

    struct Case
    {
        const char *name;
        BehaviourFilter filter;
        const Session *session;
    };
    BehaviourFilter all;
    BehaviourFilter byStudent;
    byStudent.studentId = student;
    BehaviourFilter byGroup;
    byGroup.tutorGroup = group;
    BehaviourFilter lastMonth;
    lastMonth.from = QDate::currentDate().addDays(-27);
    lastMonth.to = QDate::currentDate();
    BehaviourFilter byCategory;
    byCategory.categoryId = category;
    byCategory.from = lastMonth.from;
    byCategory.to = lastMonth.to;
    BehaviourFilter byRecorder;
    byRecorder.recordedBy = recordedBy;
    BehaviourFilter groupMonth = byGroup;
    groupMonth.from = lastMonth.from;
    groupMonth.to = lastMonth.to;
    BehaviourFilter positive;
    positive.kind = BehaviourKind::Positive;
    const Case cases[] = {
        {"everything (headteacher)", all, &head},
        {"one student", byStudent, &head},
        {"one tutor group", byGroup, &head},
        {"last four weeks", lastMonth, &head},
        {"a category, last four weeks", byCategory, &head},
        {"recorded by one teacher", byRecorder, &head},
        {"a group, last four weeks", groupMonth, &head},
        {"positive only", positive, &head},
        {"a mentor's group", all, &mentor},
        {"a teacher's courses", all, &teacher},
    };
    for (const Case &c : cases) {
        BehaviourEventModel model;
        model.setSource(db, *c.session);
        model.setFilter(c.filter);
        int rows = 0;
        Figure &fig = suite.measure(
            QStringLiteral("behaviour: filter shows first rows: %1").arg(QString::fromLatin1(c.name)), 50, 7, [&] {
                (void)model.load();
                rows = model.rowCount();
            });
        fig.note = QStringLiteral("%1 rows of %2 events").arg(rows).arg(events);
    }
    BehaviourFilter totalsFilter = lastMonth;
    suite.measure(QStringLiteral("behaviour: totals per student and week, last four weeks"), 0, 3,
                  [&] { (void)store.weeklyTotals(head, totalsFilter); });
    suite.measure(QStringLiteral("behaviour: count under the filters, everything"), 0, 3,
                  [&] { (void)store.count(head, all); });
}

} // namespace

void registerBehaviourBenches(BenchSuite &suite)
{
    suite.addCase(QStringLiteral("behaviour"), behaviour);
}

} // namespace md::bench
