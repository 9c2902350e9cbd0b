// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, parts 4 and 5. Query plans: every statement the panes run (every pane, for a user of
// each role, and a student's record) is captured with sqlite3_trace_v2 and put through EXPLAIN
// QUERY PLAN; a full scan of a big table is a miss. Scaling (tools/bench --scaling): the same
// figures at 1,000, 10,000 and 50,000 students, in a second table with how each grows.
#include "BenchSuite.h"

#include "access/AuthService.h"
#include "behaviour/BehaviourEventModel.h"
#include "demo/DemoSchool.h"
#include "school/SchoolSettings.h"
#include "shell/DeskContext.h"
#include "shell/Pane.h"
#include "shell/PaneRegistry.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqliteStatement.h"
#include "students/StudentFilterModel.h"
#include "students/StudentListModel.h"
#include "students/StudentRecordPane.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <sqlite3.h>

#include <chrono>
#include <memory>

namespace md::bench {

namespace {

// Tables with at least this many rows count as big: a full scan of one is a miss.
constexpr qint64 kBigTable = 50000;

QString copyOf(const QString &school, const QString &workDir, const QString &name)
{
    const QString path = QDir(workDir).filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!QFile::copy(school, path))
        return {};
    return path;
}

QList<Session> oneSessionPerRole(Database &db)
{
    QList<Session> sessions;
    QStringList usernames{SchoolSettings(db).value(SchoolSettings::kDemoUser)};
    for (const char *role : {"mentor", "teacher", "headteacher", "lead_mentor", "administrator"}) {
        Query q(db, QStringLiteral("SELECT u.username FROM users u JOIN user_roles r ON r.user_id = u.id "
                                   "WHERE r.role = ? ORDER BY u.id LIMIT 1"));
        q.bind(QString::fromLatin1(role));
        if (q.exec() && q.next() && !usernames.contains(q.string(0)))
            usernames << q.string(0);
    }
    AuthService auth(db);
    for (const QString &name : std::as_const(usernames))
        if (auto s = auth.sessionFor(name))
            sessions << *s;
    return sessions;
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

int traceStatement(unsigned type, void *context, void *, void *sqlText)
{
    if (type == SQLITE_TRACE_STMT && sqlText) {
        const QString sql = QString::fromUtf8(static_cast<const char *>(sqlText)).simplified();
        if (sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)
            || sql.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive))
            static_cast<QSet<QString> *>(context)->insert(sql);
    }
    return 0;
}

// Alias (or name) -> table, from the statement's FROM and JOIN clauses.
QHash<QString, QString> tablesByAlias(const QString &sql)
{
    static const QRegularExpression from(
        QStringLiteral("\\b(?:FROM|JOIN)\\s+([A-Za-z_][A-Za-z0-9_]*)(?:\\s+(?:AS\\s+)?([A-Za-z_][A-Za-z0-9_]*))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> keywords{QStringLiteral("where"), QStringLiteral("join"),  QStringLiteral("left"),
                                        QStringLiteral("inner"), QStringLiteral("cross"), QStringLiteral("on"),
                                        QStringLiteral("order"), QStringLiteral("group"), QStringLiteral("limit"),
                                        QStringLiteral("using"), QStringLiteral("union"), QStringLiteral("natural")};
    QHash<QString, QString> out;
    auto it = from.globalMatch(sql);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString table = m.captured(1).toLower();
        out.insert(table, table);
        const QString alias = m.captured(2).toLower();
        if (!alias.isEmpty() && !keywords.contains(alias))
            out.insert(alias, table);
    }
    return out;
}

void queryPlans(BenchSuite &suite)
{
    const QString path = copyOf(suite.largeSchoolPath(), suite.workDir(), QStringLiteral("bench-plans.sqlite"));
    auto opened = Database::openSqlite(path);
    if (path.isEmpty() || !opened) {
        QTextStream(stderr) << "could not open a copy of the large school" << Qt::endl;
        return;
    }
    QHash<QString, qint64> rowsOf;
    {
        Database &db = **opened;
        Query tables(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        QStringList names;
        if (tables.exec())
            while (tables.next())
                names << tables.string(0);
        tables.finish();
        for (const QString &name : std::as_const(names)) {
            Query count(db, QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name));
            rowsOf.insert(name.toLower(), count.scalar().value().toLongLong());
        }
    }
    const QList<Session> sessions = oneSessionPerRole(**opened);

    ui::DeskContext context;
    context.setDatabase(std::move(*opened));
    sqlite3 *handle = sqliteHandle(context.db());
    if (!handle) {
        QTextStream(stderr) << "no SQLite handle: query plans not checked" << Qt::endl;
        return;
    }
    QSet<QString> statements;
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, traceStatement, &statements);
    QElapsedTimer visiting;
    visiting.start();
    int panes = 0;
    for (const Session &session : sessions) {
        context.setSession(session);
        QWidget host;
        host.resize(1200, 800);
        for (const ui::PaneInfo &info : ui::allPanes()) {
            if (!info.visibleFor(session))
                continue;
            std::unique_ptr<ui::Pane> pane(info.create(context, &host));
            pane->setObjectName(info.id);
            pane->resize(1200, 800);
            pane->show();
            pane->activate();
            settle(30);
            if (auto *record = qobject_cast<ui::StudentRecordPane *>(pane.get())) {
                Query first(context.db(), QStringLiteral("SELECT id FROM students ORDER BY id LIMIT 1 OFFSET 17"));
                record->showStudent(first.scalar().value().toLongLong());
                settle(30);
            }
            ++panes;
        }
    }
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);

    QStringList scans;
    for (const QString &sql : std::as_const(statements)) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray explain = QByteArray("EXPLAIN QUERY PLAN ") + sql.toUtf8();
        if (sqlite3_prepare_v2(handle, explain.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            continue;
        const QHash<QString, QString> aliases = tablesByAlias(sql);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const QString detail = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)));
            if (!detail.startsWith(QLatin1String("SCAN ")) || detail.contains(QLatin1String(" USING ")))
                continue;
            const QString name = detail.mid(5).section(QLatin1Char(' '), 0, 0).toLower();
            const QString table = aliases.value(name, name);
            if (rowsOf.value(table) >= kBigTable)
                scans << QStringLiteral("%1 (%2 rows) in: %3").arg(detail, QString::number(rowsOf.value(table)), sql.left(220));
        }
        sqlite3_finalize(stmt);
    }
    for (const QString &s : std::as_const(scans))
        QTextStream(stderr) << "  full scan: " << s << Qt::endl;
    // A count, not a time: the target 0.5 passes only with no full scan of a big table.
    suite.record(QStringLiteral("query plans: full scans of big tables (count, not ms)"), 0.5, {double(scans.size())},
                 QStringLiteral("%1 statements from %2 panes, %3 sessions, %4 ms; tables of %5+ rows")
                     .arg(statements.size())
                     .arg(panes)
                     .arg(sessions.size())
                     .arg(visiting.elapsed())
                     .arg(kBigTable));
}

// ---------------------------------------------------------------------------------------------
// Scaling

struct ScalePoint
{
    int students = 0;
    QHash<QString, double> medianMs;
};

qint64 systemClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// One desk start (see StartupBench.cpp): ms to the first paint, or the peak MB with every pane.
double probe(const QString &database, const QString &scratch, const char *mode)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MENTORDESK_PROBE"), QString::fromLatin1(mode));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(scratch).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(scratch).filePath(QStringLiteral("data")));
    app.setProcessEnvironment(env);
    const QString exe = qEnvironmentVariable("MENTORDESK_APP", QDir(QCoreApplication::applicationDirPath())
                                                                   .absoluteFilePath(QStringLiteral("../../app/mentordesk")));
    const qint64 started = systemClockNs();
    app.start(exe, {QStringLiteral("--database"), database});
    if (!app.waitForFinished(120000)) {
        app.kill();
        app.waitForFinished();
        return -1;
    }
    for (const QByteArray &line : app.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> w = line.trimmed().split(' ');
        if (w.size() != 3 || w.at(0) != "md-probe")
            continue;
        if (qstrcmp(mode, "first-paint") == 0 && w.at(1) == "first-paint-ns")
            return double(w.at(2).toLongLong() - started) / 1e6;
        if (qstrcmp(mode, "every-pane") == 0 && w.at(1) == "peak-rss-kb")
            return w.at(2).toDouble() / 1024.0;
    }
    return -1;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

template <typename Fn> double medianOf(int runs, Fn fn)
{
    fn(); // warm-up
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        samples << double(t.nsecsElapsed()) / 1e6;
    }
    return median(samples);
}

const QStringList &scaleOperations()
{
    static const QStringList ops{
        QStringLiteral("generate the school (s, not ms)"),
        QStringLiteral("students list: load (lead mentor)"),
        QStringLiteral("students filter: one keystroke (median of every prefix)"),
        QStringLiteral("student record: open with every tab"),
        QStringLiteral("behaviour: filter, everything (headteacher)"),
        QStringLiteral("behaviour: filter, one student"),
        QStringLiteral("start: to the students list painted"),
        QStringLiteral("memory: peak with every pane (MB, not ms)"),
    };
    return ops;
}

// `name`: the surname typed into the filter, the same at every size (the middle student's of the
// first school), so a keystroke filters for the same letters at 1,000 and at 50,000 students.
ScalePoint measureScale(BenchSuite &suite, int students, QString &name)
{
    ScalePoint point;
    point.students = students;
    const auto &ops = scaleOperations();
    QString school = students == 10000 ? suite.largeSchoolPath()
                                       : QFileInfo(suite.largeSchoolPath())
                                             .absoluteDir()
                                             .filePath(QStringLiteral("school-%1.sqlite").arg(students));
    if (!QFileInfo::exists(school) || students == 10000) {
        // Generated here (and kept beside the large school) so its time is measured too; the
        // large school's own generation time is the foundation figure's.
        const QString target = QFileInfo::exists(school) ? QDir(suite.workDir()).filePath(QStringLiteral("scale-gen.sqlite")) : school;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target + suffix);
        auto db = Database::openSqlite(target);
        DemoOptions options;
        options.students = students;
        options.seed = 11;
        QElapsedTimer t;
        t.start();
        auto summary = DemoSchool::generate(**db, options);
        point.medianMs.insert(ops.at(0), double(t.elapsed()) / 1000.0);
        if (!summary) {
            QTextStream(stderr) << summary.error().message << Qt::endl;
            return point;
        }
        if (target != school)
            QFile::remove(target);
    }
    QTextStream(stderr) << "  scaling: " << students << " students" << Qt::endl;
    const QString copy = copyOf(school, suite.workDir(), QStringLiteral("bench-scale.sqlite"));
    auto opened = Database::openSqlite(copy);
    if (!opened)
        return point;
    Database &db = **opened;
    auto lead = AuthService(db).sessionFor(SchoolSettings(db).value(SchoolSettings::kDemoUser));
    const Session session = lead ? *lead : Session::system();

    StudentListModel model;
    point.medianMs.insert(ops.at(1), medianOf(5, [&] { (void)model.load(db, session); }));
    StudentFilterModel filter;
    filter.setSourceModel(&model);
    if (name.isEmpty())
        name = model.rowAt(model.rowCount() / 2).student.legalSurname.toLower();
    QList<double> keys;
    for (int round = 0; round < 3; ++round) {
        for (int len = 1; len <= name.size(); ++len) {
            QElapsedTimer t;
            t.start();
            filter.setFilterText(name.left(len));
            (void)filter.rowCount();
            keys << double(t.nsecsElapsed()) / 1e6;
        }
        filter.setFilterText(QString());
    }
    point.medianMs.insert(ops.at(2), median(keys));

    {
        ui::DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(copy)));
        context.setSession(session);
        ui::StudentRecordPane record(context);
        record.resize(1000, 700);
        record.show();
        int next = 0;
        point.medianMs.insert(ops.at(3), medianOf(15, [&] {
            record.showStudent(model.rowAt((next++ * 331) % model.rowCount()).student.id);
            QCoreApplication::processEvents();
        }));
    }

    Query head(db, QStringLiteral("SELECT u.username FROM users u JOIN user_roles r ON r.user_id = u.id "
                                  "WHERE r.role = 'headteacher' ORDER BY u.id LIMIT 1"));
    auto headName = head.scalar();
    auto headSession = AuthService(db).sessionFor(headName ? headName->toString() : QString());
    const Session headteacher = headSession ? *headSession : session;
    BehaviourEventModel events;
    events.setSource(db, headteacher);
    events.setFilter(BehaviourFilter());
    point.medianMs.insert(ops.at(4), medianOf(5, [&] { (void)events.load(); }));
    BehaviourFilter one;
    one.studentId = model.rowAt(model.rowCount() / 3).student.id;
    events.setFilter(one);
    point.medianMs.insert(ops.at(5), medianOf(5, [&] { (void)events.load(); }));

    const QString scratch = QDir(suite.workDir()).filePath(QStringLiteral("scale-home"));
    QDir().mkpath(scratch);
    (void)probe(copy, scratch, "first-paint"); // the day's backup
    QList<double> starts;
    for (int i = 0; i < 5; ++i)
        starts << probe(copy, scratch, "first-paint");
    point.medianMs.insert(ops.at(6), median(starts));
    point.medianMs.insert(ops.at(7), probe(copy, scratch, "every-pane"));
    QDir(QDir(suite.workDir()).filePath(QStringLiteral("backups"))).removeRecursively();
    return point;
}

void scaling(BenchSuite &suite)
{
    QList<ScalePoint> points;
    QString name;
    for (int students : {1000, 10000, 50000})
        points << measureScale(suite, students, name);
    const auto &ops = scaleOperations();
    QTextStream out(stdout);
    int width = 0;
    for (const QString &op : ops)
        width = qMax(width, int(op.size()));
    out << "\nScaling (medians, ms unless the operation says otherwise)\n";
    out << QStringLiteral("operation").leftJustified(width);
    for (const ScalePoint &p : std::as_const(points))
        out << "  " << QStringLiteral("%1").arg(p.students).rightJustified(10);
    out << "  " << QStringLiteral("x10k/1k").rightJustified(8) << "  " << QStringLiteral("x50k/10k").rightJustified(8)
        << '\n';
    out << QString(width + 12 * int(points.size()) + 20, QLatin1Char('-')) << '\n';
    for (const QString &op : ops) {
        out << op.leftJustified(width);
        for (const ScalePoint &p : std::as_const(points))
            out << "  "
                << (p.medianMs.contains(op) ? QString::number(p.medianMs.value(op), 'f', 2) : QStringLiteral("-"))
                       .rightJustified(10);
        const auto ratio = [&](int a, int b) {
            const double x = points.value(a).medianMs.value(op, -1);
            const double y = points.value(b).medianMs.value(op, -1);
            return x > 0 && y > 0 ? QString::number(y / x, 'f', 1) : QStringLiteral("-");
        };
        out << "  " << ratio(0, 1).rightJustified(8) << "  " << ratio(1, 2).rightJustified(8) << '\n';
        for (const ScalePoint &p : std::as_const(points))
            if (p.medianMs.contains(op))
                suite.record(QStringLiteral("scaling %1: %2").arg(p.students).arg(op), 0, {p.medianMs.value(op)});
    }
    out << "(linear growth is x10 and x5; a figure that grows faster is explained in the README; the filter types '"
        << name << "' at every size)\n\n";
    out.flush();
}

// The students filter alone at every school size already generated (tools/bench --only scaling
// makes them): the same name typed at each size, with the time split into the search itself (every
// row's text against the words, as filterAcceptsRow does) and the rest (the proxy's mapping).
void filterScaling(BenchSuite &suite)
{
    const QDir dir = QFileInfo(suite.largeSchoolPath()).absoluteDir();
    QString name;
    for (const QString &file : {QStringLiteral("school-1000.sqlite"), QFileInfo(suite.largeSchoolPath()).fileName(),
                                QStringLiteral("school-50000.sqlite")}) {
        if (!dir.exists(file))
            continue;
        auto opened = Database::openSqlite(dir.filePath(file));
        if (!opened)
            continue;
        StudentListModel model;
        if (!model.load(**opened, Session::system()))
            continue;
        if (name.isEmpty())
            name = model.rowAt(model.rowCount() / 2).student.legalSurname.toLower();
        StudentFilterModel filter;
        filter.setSourceModel(&model);
        StudentFilterModel sorted; // as the students pane has it: sorted by name
        sorted.setSourceModel(&model);
        sorted.sort(StudentListModel::NameColumn, Qt::AscendingOrder);
        QList<double> keys;
        QList<double> sortedKeys;
        QList<double> searches;
        for (int round = 0; round < 5; ++round) {
            for (int len = 1; len <= name.size(); ++len) {
                const QString typed = name.left(len);
                QElapsedTimer t;
                t.start();
                filter.setFilterText(typed);
                (void)filter.rowCount();
                keys << double(t.nsecsElapsed()) / 1e6;
                t.restart();
                sorted.setFilterText(typed);
                (void)sorted.rowCount();
                sortedKeys << double(t.nsecsElapsed()) / 1e6;
                t.restart();
                int found = 0;
                for (int row = 0; row < model.rowCount(); ++row)
                    found += model.searchTextAt(row).contains(typed) ? 1 : 0;
                searches << double(t.nsecsElapsed()) / 1e6;
                if (round == 0)
                    QTextStream(stderr) << "  " << model.rowCount() << " students, '" << typed << "': " << found
                                        << " rows" << Qt::endl;
            }
            filter.setFilterText(QString());
            sorted.setFilterText(QString());
        }
        const QString size = QString::number(model.rowCount());
        suite.record(QStringLiteral("filter scaling %1: one keystroke").arg(size), 0, keys, QStringLiteral("typing '%1'").arg(name));
        suite.record(QStringLiteral("filter scaling %1: one keystroke, sorted by name").arg(size), 0, sortedKeys);
        suite.record(QStringLiteral("filter scaling %1: the search alone").arg(size), 0, searches);
    }
}

} // namespace

void registerPerformanceBenches(BenchSuite &suite)
{
    suite.addCase(QStringLiteral("query plans"), queryPlans);
    // Generates a 50,000-student school the first time: only with --only scaling.
    suite.addCase(QStringLiteral("scaling"), scaling, true);
    suite.addCase(QStringLiteral("filter scaling"), filterScaling, true);
}

} // namespace md::bench
