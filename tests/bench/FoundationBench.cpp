// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Foundation figures: generating the school, loading and filtering the students list, opening a
// record, and the student CSV import against raw SQLite inserts of the same rows.
#include "BenchSuite.h"

#include "access/AuthService.h"
#include "demo/DemoSchool.h"
#include "importing/StudentImporter.h"
#include "school/SchoolSettings.h"
#include "shell/DeskContext.h"
#include "storage/Database.h"
#include "students/StudentFilterModel.h"
#include "students/StudentListModel.h"
#include "students/StudentRecordPane.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <optional>

#include <sqlite3.h>

namespace md::bench {

namespace {

Session leadSession(Database &db)
{
    auto s = AuthService(db).sessionFor(SchoolSettings(db).value(SchoolSettings::kDemoUser));
    return s ? *s : Session::system();
}

// One student as the CSV below writes it, already encoded, for the raw baseline.
struct RawStudentRow
{
    QByteArray upn, surname, forename, dateOfBirth, tutorGroup, gender, senStatus;
    int yearGroup = 0;
    bool pupilPremium = false;
    bool lookedAfter = false;
    std::optional<double> attendance;
};

QString csvName(const QString &name)
{
    return QString(name).replace(QLatin1Char(','), QLatin1Char(' '));
}

// The first `limit` students of the large school, as the CSV holds them and the import stores them.
QList<RawStudentRow> rawRows(const StudentListModel &model, int limit)
{
    QList<RawStudentRow> rows;
    for (int i = 0; i < model.rowCount() && i < limit; ++i) {
        const Student &s = model.rowAt(i).student;
        RawStudentRow r;
        r.upn = s.upn.toUtf8();
        r.surname = csvName(s.legalSurname).toUtf8();
        r.forename = csvName(s.legalForename).toUtf8();
        r.dateOfBirth = s.dateOfBirth.toString(Qt::ISODate).toUtf8();
        r.tutorGroup = s.tutorGroup.toUtf8();
        r.gender = s.gender.toUtf8();
        r.senStatus = toCode(s.senStatus).toUtf8();
        r.yearGroup = s.yearGroup;
        r.pupilPremium = s.pupilPremium;
        r.lookedAfter = s.lookedAfter;
        if (s.attendance)
            r.attendance = QString::number(*s.attendance, 'f', 1).toDouble(); // as the CSV rounds it
        rows.append(r);
    }
    return rows;
}

// Writes the large school's students as an MIS-style CSV, for the import figures.
QString exportStudentsCsv(const StudentListModel &model, const QString &path, int limit)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QTextStream out(&f);
    out << "UPN,Legal Surname,Legal Forename,DOB,Year,Reg Group,Gender,SEN Status,Pupil Premium,LAC,Attendance\r\n";
    for (int i = 0; i < model.rowCount() && i < limit; ++i) {
        const Student &s = model.rowAt(i).student;
        out << s.upn << ',' << csvName(s.legalSurname) << ',' << csvName(s.legalForename) << ','
            << s.dateOfBirth.toString(Qt::ISODate) << ',' << s.yearGroup << ',' << s.tutorGroup << ',' << s.gender << ','
            << toCode(s.senStatus) << ',' << (s.pupilPremium ? "Y" : "N") << ',' << (s.lookedAfter ? "Y" : "N") << ','
            << (s.attendance ? QString::number(*s.attendance, 'f', 1) : QString()) << "\r\n";
    }
    return path;
}

// Which table the raw baseline writes to.
enum class RawTable
{
    Minimal,   // a students table with only its UPN index
    AppSchema, // the app's own students table (a freshly migrated database: the same indexes)
};

// The same rows through the sqlite3 C API: one prepared statement, one transaction. The values are
// the CSV's own (names, groups and years vary, so every index takes its entries all over the tree,
// as in the import; one constant name for every row appended to each index and flattered the
// baseline).
double rawSqliteInsertMs(const QString &path, const QList<RawStudentRow> &rows, RawTable table, double *cpuMs = nullptr)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (table == RawTable::AppSchema && !Database::openSqlite(path))
        return 0;
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    if (table == RawTable::Minimal)
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE students (id INTEGER PRIMARY KEY, "
                         "upn TEXT NOT NULL UNIQUE, legal_surname TEXT, legal_forename TEXT, date_of_birth TEXT, year_group "
                         "INTEGER, tutor_group TEXT, gender TEXT, sen_status TEXT, pupil_premium INTEGER, looked_after INTEGER, "
                         "attendance REAL, created_at TEXT, updated_at TEXT)",
                     nullptr, nullptr, nullptr);
    else
        sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    const double cpuBefore = BenchSuite::processCpuMs();
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO students (upn, legal_surname, legal_forename, date_of_birth, year_group, tutor_group, "
                       "gender, sen_status, pupil_premium, looked_after, attendance, created_at, updated_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &stmt, nullptr);
    const auto text = [stmt](int index, const QByteArray &value) {
        if (value.isEmpty())
            sqlite3_bind_null(stmt, index);
        else
            sqlite3_bind_text(stmt, index, value.constData(), int(value.size()), SQLITE_STATIC);
    };
    for (const RawStudentRow &r : rows) {
        text(1, r.upn);
        text(2, r.surname);
        text(3, r.forename);
        text(4, r.dateOfBirth);
        if (r.yearGroup > 0)
            sqlite3_bind_int(stmt, 5, r.yearGroup);
        else
            sqlite3_bind_null(stmt, 5);
        text(6, r.tutorGroup);
        text(7, r.gender);
        text(8, r.senStatus);
        sqlite3_bind_int(stmt, 9, r.pupilPremium ? 1 : 0);
        sqlite3_bind_int(stmt, 10, r.lookedAfter ? 1 : 0);
        if (r.attendance)
            sqlite3_bind_double(stmt, 11, *r.attendance);
        else
            sqlite3_bind_null(stmt, 11);
        sqlite3_bind_text(stmt, 12, "2026-11-23T00:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 13, "2026-11-23T00:00:00.000Z", -1, SQLITE_STATIC);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            qFatal("raw baseline insert failed: %s", sqlite3_errmsg(db));
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (cpuMs)
        *cpuMs = BenchSuite::processCpuMs() - cpuBefore;
    sqlite3_close(db);
    return ms;
}

void foundation(BenchSuite &suite)
{
    auto opened = Database::openSqlite(suite.largeSchoolPath());
    if (!opened) {
        QTextStream(stderr) << opened.error().message << Qt::endl;
        return;
    }
    Database &db = **opened;
    const Session lead = leadSession(db);

    StudentListModel model;
    suite.measure(QStringLiteral("students list: load 10,000 (lead mentor)"), 300, 10, [&] {
        if (!model.load(db, lead))
            qFatal("load failed");
    });

    // Filter as you type: every prefix of a typical surname, each keystroke one figure sample.
    StudentFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(StudentListModel::NameColumn, Qt::AscendingOrder); // as the students pane shows it
    const QString name = model.rowAt(model.rowCount() / 2).student.legalSurname.toLower();
    QList<double> keystrokes;
    for (int round = 0; round < 5; ++round) {
        for (int len = 1; len <= name.size(); ++len) {
            QElapsedTimer t;
            t.start();
            filter.setFilterText(name.left(len));
            const int rows = filter.rowCount();
            Q_UNUSED(rows);
            keystrokes << double(t.nsecsElapsed()) / 1e6;
        }
        filter.setFilterText(QString());
    }
    suite.record(QStringLiteral("students filter: one keystroke (every prefix)"), 16, keystrokes,
                 QStringLiteral("prefixes of '%1', sorted by name; slowest %2 ms")
                     .arg(name.size())
                     .arg(*std::max_element(keystrokes.cbegin(), keystrokes.cend()), 0, 'f', 2));

    ui::DeskContext context;
    auto second = Database::openSqlite(suite.largeSchoolPath());
    context.setDatabase(std::move(*second));
    context.setSession(lead);
    ui::StudentRecordPane record(context);
    record.resize(1000, 700);
    record.show();
    int next = 0;
    suite.measure(QStringLiteral("student record: open with every tab"), 50, 30, [&] {
        record.showStudent(model.rowAt((next++ * 331) % model.rowCount()).student.id);
        QCoreApplication::processEvents();
    });

    // Import: 10,000 rows into an empty database, against raw SQLite inserts of the same count.
    StudentListModel everyone;
    if (!everyone.load(db, Session::system()))
        qFatal("load failed");
    const QString csv = exportStudentsCsv(everyone, QDir(suite.workDir()).filePath(QStringLiteral("bench-students.csv")), 10000);
    const QList<RawStudentRow> rawStudents = rawRows(everyone, 10000);
    const int rows = int(rawStudents.size());
    QList<double> raw;
    QList<double> rawCpu;
    QList<double> imported;
    QList<double> importedCpu;
    QList<double> viaQt;
    QList<double> viaQtCpu;
    const auto importOnce = [&](QList<double> &wall, QList<double> &cpu) {
        const QString target = QDir(suite.workDir()).filePath(QStringLiteral("bench-import.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target + suffix);
        auto fresh = Database::openSqlite(target);
        const double cpuBefore = BenchSuite::processCpuMs();
        QElapsedTimer t;
        t.start();
        auto summary = StudentImporter::importFile(**fresh, Session::system(), csv);
        wall << double(t.nsecsElapsed()) / 1e6;
        cpu << BenchSuite::processCpuMs() - cpuBefore;
        if (!summary)
            QTextStream(stderr) << summary.error().fullText() << Qt::endl;
    };
    QList<double> rawApp;
    QList<double> rawAppCpu;
    for (int i = 0; i < 5; ++i) {
        double cpu = 0;
        raw << rawSqliteInsertMs(QDir(suite.workDir()).filePath(QStringLiteral("bench-raw.sqlite")), rawStudents,
                                 RawTable::Minimal, &cpu);
        rawCpu << cpu;
        rawApp << rawSqliteInsertMs(QDir(suite.workDir()).filePath(QStringLiteral("bench-raw-app.sqlite")),
                                    rawStudents, RawTable::AppSchema, &cpu);
        rawAppCpu << cpu;
        // The same import with every write through QSqlQuery, as before the C-API writers.
        qputenv("MENTORDESK_SQLITE_VIA_QT", "1");
        importOnce(viaQt, viaQtCpu);
        qunsetenv("MENTORDESK_SQLITE_VIA_QT");
        importOnce(imported, importedCpu);
    }
    Figure &minimal = suite.record(QStringLiteral("baseline: raw sqlite3 insert of the same rows, UPN index only"), 0,
                                   raw, QStringLiteral("%1 rows").arg(rows), rawCpu);
    // The target's baseline: the same inserts into the same table, indexes and all, as the import
    // makes (a freshly migrated database), through the C API in one transaction.
    Figure &rawFigure = suite.record(QStringLiteral("baseline: raw sqlite3 insert of the same rows, app's students table"),
                                     0, rawApp, QStringLiteral("%1 rows").arg(rows), rawAppCpu);
    const double rawMedian = rawFigure.median();
    const double rawCpuMedian = rawFigure.cpuMedian();
    minimal.note = QStringLiteral("%1 rows; the app's table with its four indexes takes %2x as long")
                       .arg(rows)
                       .arg(rawMedian / minimal.median(), 0, 'f', 2);
    Figure &qt = suite.record(QStringLiteral("student CSV import: 10,000 rows, every write through QSqlQuery"), 0, viaQt,
                              {}, viaQtCpu);
    qt.note = QStringLiteral("MENTORDESK_SQLITE_VIA_QT=1; rate vs raw SQLite: %1").arg(rawMedian / qt.median(), 0, 'f', 2);
    Figure &imp = suite.record(QStringLiteral("student CSV import: 10,000 rows"), 0, imported, {}, importedCpu);
    const double ratio = rawMedian / imp.median();
    // Target: at least half the raw insert rate, so the import may take at most twice as long.
    imp.targetMs = 2.0 * rawMedian;
    imp.note = QStringLiteral("rate vs raw SQLite: %1 (target >= 0.50); on CPU time %2")
                   .arg(ratio, 0, 'f', 2)
                   .arg(rawCpuMedian / imp.cpuMedian(), 0, 'f', 2);
}

void generation(BenchSuite &suite)
{
    const QString path = QDir(suite.workDir()).filePath(QStringLiteral("bench-generate.sqlite"));
    QList<double> samples;
    QList<double> cpu;
    for (int i = 0; i < 1; ++i) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto db = Database::openSqlite(path);
        DemoOptions options;
        options.students = 10000;
        const double cpuBefore = BenchSuite::processCpuMs();
        QElapsedTimer t;
        t.start();
        auto summary = DemoSchool::generate(**db, options);
        samples << double(t.nsecsElapsed()) / 1e6;
        cpu << BenchSuite::processCpuMs() - cpuBefore;
        if (!summary)
            QTextStream(stderr) << summary.error().message << Qt::endl;
    }
    suite.record(QStringLiteral("generate the large school (10,000 students)"), 30000, samples, {}, cpu);
}

} // namespace

void registerFoundationBenches(BenchSuite &suite)
{
    suite.addCase(QStringLiteral("foundation"), foundation);
    suite.addCase(QStringLiteral("generation"), generation);
}

} // namespace md::bench
