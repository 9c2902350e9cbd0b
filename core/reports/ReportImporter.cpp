// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportImporter.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "importing/CsvReader.h"
#include "importing/ImportProblems.h"
#include "importing/ImportFields.h"
#include "reports/ReportAverages.h"
#include "reports/ReportData.h"
#include "reports/ReportsLogging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace md {

namespace {

enum Column
{
    UpnColumn,
    CourseColumn,
    WeekColumn,
    MinutesColumn,
    MessagesColumn,
    PostsColumn,
    TaskColumn,
    TypeColumn,
    DueColumn,
    CompletedColumn,
    OnlineColumn,
    DateColumn,
    GradeColumn,
    AttendanceColumn,
    ColumnCount
};

// The names a column goes by in the platform's and the MIS's exports, the usual one first. The
// file's vocabulary, not text for the user, so not translated.
const QStringList &columnNames(Column c)
{
    static const QList<QStringList> names = {
        {QStringLiteral("UPN"), QStringLiteral("Unique Pupil Number"), QStringLiteral("Student UPN")},
        {QStringLiteral("Course"), QStringLiteral("Course Name")},
        {QStringLiteral("Week"), QStringLiteral("Week Beginning"), QStringLiteral("Week Starting")},
        {QStringLiteral("Minutes"), QStringLiteral("Minutes in Course"), QStringLiteral("Time (minutes)")},
        {QStringLiteral("Messages")},
        {QStringLiteral("Posts"), QStringLiteral("Discussion Posts")},
        {QStringLiteral("Task"), QStringLiteral("Assignment"), QStringLiteral("Activity")},
        {QStringLiteral("Type"), QStringLiteral("Mandatory")},
        {QStringLiteral("Due"), QStringLiteral("Due Date")},
        {QStringLiteral("Completed"), QStringLiteral("Completed On"), QStringLiteral("Completion Date")},
        {QStringLiteral("Time Online"), QStringLiteral("Minutes Online")},
        {QStringLiteral("Date"), QStringLiteral("Graded On")},
        {QStringLiteral("Grade"), QStringLiteral("Result")},
        {QStringLiteral("Attendance"), QStringLiteral("Attendance %")},
    };
    return names.at(c);
}

QList<Column> requiredColumns(ReportImportKind kind)
{
    switch (kind) {
    case ReportImportKind::Activity:
        return {UpnColumn, CourseColumn, WeekColumn, MinutesColumn};
    case ReportImportKind::Progress:
        return {UpnColumn, CourseColumn, TaskColumn, TypeColumn};
    case ReportImportKind::Grades:
        return {UpnColumn, CourseColumn, DateColumn, GradeColumn};
    case ReportImportKind::Attendance:
        return {UpnColumn, WeekColumn, AttendanceColumn};
    }
    return {};
}

QList<Column> optionalColumns(ReportImportKind kind)
{
    switch (kind) {
    case ReportImportKind::Activity:
        return {MessagesColumn, PostsColumn};
    case ReportImportKind::Progress:
        return {DueColumn, CompletedColumn, OnlineColumn};
    case ReportImportKind::Grades:
    case ReportImportKind::Attendance:
        return {};
    }
    return {};
}

QString shown(const QString &value)
{
    constexpr int kShown = 40;
    return value.size() <= kShown ? value : value.left(kShown) + QChar(0x2026);
}

// One checked row, ready to write: its key and its values in the kind's column order.
struct Row
{
    qint64 courseId = 0; // 0 for attendance
    qint64 studentId = 0;
    QString key; // week, task or date
    QVariantList values;
};

struct Lookup
{
    QHash<QString, qint64> studentByUpn;
    QHash<QString, QList<qint64>> coursesByName; // normalised name
    QSet<std::pair<qint64, qint64>> enrolled;    // (course, student)
};

Result<Lookup> loadLookup(Database &db, bool courses)
{
    Lookup l;
    Query s(db, QStringLiteral("SELECT id, upn FROM students"));
    if (Status st = s.exec(); !st)
        return st.error();
    while (s.next())
        l.studentByUpn.insert(s.string(1).toUpper(), s.id(0));
    if (!courses)
        return l;
    Query c(db, QStringLiteral("SELECT id, name FROM courses"));
    if (Status st = c.exec(); !st)
        return st.error();
    while (c.next())
        l.coursesByName[CsvHeader::normalise(c.string(1))].append(c.id(0));
    Query e(db, QStringLiteral("SELECT course_id, student_id FROM course_students"));
    if (Status st = e.exec(); !st)
        return st.error();
    while (e.next())
        l.enrolled.insert({e.id(0), e.id(1)});
    return l;
}

class RowReader
{
public:
    RowReader(ReportImportKind kind, const CsvHeader &header, const Lookup &lookup, const QDate &today)
        : m_kind(kind), m_header(header), m_lookup(lookup), m_today(today)
    {
        for (int c = 0; c < ColumnCount; ++c)
            m_index[c] = header.indexOf(columnNames(Column(c)));
    }

    QStringList read(const CsvRecord &record, Row &row)
    {
        m_record = &record;
        m_problems.clear();
        const qsizetype width = m_header.size();
        if (record.fields.size() < width) {
            m_problems << ReportImporter::tr(
                              "it has %1 fields but the header row has %2 (is a comma or quote missing?)")
                              .arg(record.fields.size())
                              .arg(width);
            return m_problems;
        }
        for (qsizetype i = width; i < record.fields.size(); ++i) {
            if (!record.fields.at(i).trimmed().isEmpty()) {
                m_problems << ReportImporter::tr("it has %1 fields but the header row has %2 (is a course name with "
                                                 "a comma not in quotes?)")
                                  .arg(record.fields.size())
                                  .arg(width);
                return m_problems;
            }
        }
        row.studentId = student();
        if (m_kind != ReportImportKind::Attendance)
            row.courseId = course(row.studentId);
        switch (m_kind) {
        case ReportImportKind::Activity: {
            const QDate week = date(WeekColumn, true, true);
            row.key = isoDate(reportWeekStart(week));
            row.values = {number(MinutesColumn, true, ReportImporter::kMaxMinutesPerWeek),
                          number(MessagesColumn, false, ReportImporter::kMaxMessagesPerWeek),
                          number(PostsColumn, false, ReportImporter::kMaxMessagesPerWeek)};
            break;
        }
        case ReportImportKind::Progress: {
            row.key = task();
            const QDate due = date(DueColumn, false, false);
            const QDate completed = date(CompletedColumn, false, true);
            row.values = {type(), due.isValid() ? QVariant(isoDate(due)) : QVariant(),
                          completed.isValid() ? QVariant(isoDate(completed)) : QVariant(),
                          number(OnlineColumn, false, ReportImporter::kMaxMinutesOnline)};
            break;
        }
        case ReportImportKind::Grades: {
            const QDate on = date(DateColumn, true, true);
            row.key = isoDate(on);
            const QString g = cell(GradeColumn);
            const auto percent = ReportImporter::gradePercent(g);
            if (g.isEmpty())
                m_problems << ReportImporter::tr("%1 is blank").arg(name(GradeColumn));
            else if (!percent)
                m_problems << ReportImporter::tr("%1 '%2' is not a grade on the 9-1 or A*-U scale or a percentage "
                                                 "(write 7, B or 72%)")
                                  .arg(name(GradeColumn), shown(g));
            row.values = {g, percent.value_or(0)};
            break;
        }
        case ReportImportKind::Attendance: {
            const QDate week = date(WeekColumn, true, true);
            row.key = isoDate(reportWeekStart(week));
            const QString value = cell(AttendanceColumn);
            const auto percent = ImportFields::percent(value);
            if (value.isEmpty())
                m_problems << ReportImporter::tr("%1 is blank").arg(name(AttendanceColumn));
            else if (!percent)
                m_problems << ReportImporter::tr("%1 '%2' is not a percentage from 0 to 100")
                                  .arg(name(AttendanceColumn), shown(value));
            row.values = {percent.value_or(0)};
            break;
        }
        }
        return m_problems;
    }

private:
    bool has(Column c) const { return m_index[c] >= 0; }
    QString cell(Column c) const { return has(c) ? m_record->fields.at(m_index[c]).trimmed() : QString(); }
    QString name(Column c) const { return m_header.name(m_index[c]); }

    qint64 student()
    {
        const QString upn = cell(UpnColumn).toUpper();
        if (upn.isEmpty()) {
            m_problems << ReportImporter::tr("%1 is blank").arg(name(UpnColumn));
            return 0;
        }
        const qint64 id = m_lookup.studentByUpn.value(upn);
        if (id == 0)
            m_problems << ReportImporter::tr("%1 '%2' is not a student in this database (import the students first)")
                              .arg(name(UpnColumn), shown(upn));
        return id;
    }

    qint64 course(qint64 studentId)
    {
        const QString value = cell(CourseColumn);
        if (value.isEmpty()) {
            m_problems << ReportImporter::tr("%1 is blank").arg(name(CourseColumn));
            return 0;
        }
        const QList<qint64> ids = m_lookup.coursesByName.value(CsvHeader::normalise(value));
        if (ids.isEmpty()) {
            m_problems
                << ReportImporter::tr("%1 '%2' is not a course in this database").arg(name(CourseColumn), shown(value));
            return 0;
        }
        if (ids.size() > 1) {
            m_problems << ReportImporter::tr("%1 '%2' names more than one course; rename one of them")
                              .arg(name(CourseColumn), shown(value));
            return 0;
        }
        if (studentId != 0 && !m_lookup.enrolled.contains({ids.first(), studentId})) {
            m_problems << ReportImporter::tr("%1 '%2': the student is not on this course")
                              .arg(name(CourseColumn), shown(value));
            return 0;
        }
        return ids.first();
    }

    QDate date(Column c, bool required, bool notFuture)
    {
        if (!has(c))
            return {};
        const QString value = cell(c);
        if (value.isEmpty()) {
            if (required)
                m_problems << ReportImporter::tr("%1 is blank").arg(name(c));
            return {};
        }
        const auto d = ImportFields::date(value);
        if (!d) {
            m_problems << ReportImporter::tr("%1 '%2' is not a date (write dd/mm/yyyy or yyyy-mm-dd)")
                              .arg(name(c), shown(value));
            return {};
        }
        if (!ImportFields::inSaneRange(*d)) {
            m_problems << ReportImporter::tr("%1 '%2' is not between the years %3 and %4; check the year")
                              .arg(name(c), value)
                              .arg(ImportFields::kMinYear)
                              .arg(ImportFields::kMaxYear);
            return {};
        }
        if (notFuture && *d > m_today) {
            m_problems << ReportImporter::tr("%1 '%2' is in the future").arg(name(c), value);
            return {};
        }
        return *d;
    }

    int number(Column c, bool required, int most)
    {
        if (!has(c))
            return 0;
        const QString value = cell(c);
        if (value.isEmpty()) {
            if (required)
                m_problems << ReportImporter::tr("%1 is blank").arg(name(c));
            return 0;
        }
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0 || n > most) {
            m_problems << ReportImporter::tr("%1 '%2' is not a whole number from 0 to %3")
                              .arg(name(c), shown(value))
                              .arg(most);
            return 0;
        }
        return n;
    }

    QString task()
    {
        const QString value = cell(TaskColumn);
        if (value.isEmpty())
            m_problems << ReportImporter::tr("%1 is blank").arg(name(TaskColumn));
        else if (value.size() > ReportImporter::kMaxTaskLength)
            m_problems << ReportImporter::tr("%1 '%2' is %3 characters long; the most is %4")
                              .arg(name(TaskColumn), shown(value))
                              .arg(value.size())
                              .arg(ReportImporter::kMaxTaskLength);
        return value;
    }

    int type()
    {
        const QString value = cell(TypeColumn);
        const QString t = value.toCaseFolded();
        if (t == QLatin1String("mandatory") || t == QLatin1String("m") || t == QLatin1String("required"))
            return 1;
        if (t == QLatin1String("optional") || t == QLatin1String("o"))
            return 0;
        if (const auto yes = ImportFields::yesNo(value))
            return *yes ? 1 : 0;
        m_problems << ReportImporter::tr(
                          "%1 '%2' is not mandatory or optional (write Mandatory or Optional, or Y or N)")
                          .arg(name(TypeColumn), shown(value));
        return 0;
    }

    ReportImportKind m_kind;
    const CsvHeader &m_header;
    const Lookup &m_lookup;
    QDate m_today;
    int m_index[ColumnCount] = {};
    const CsvRecord *m_record = nullptr;
    QStringList m_problems;
};

Error refused(const QString &fileName, const Error &error)
{
    return Error::invalid(ReportImporter::tr("%1: %2; nothing was imported.").arg(fileName, error.message),
                          error.details);
}

struct Sql
{
    QString select; // existing values by key
    QString insert;
    QString update; // values first, then the key
    QString table;
};

Sql sqlFor(ReportImportKind kind)
{
    switch (kind) {
    case ReportImportKind::Activity:
        return {QStringLiteral("SELECT minutes, messages, posts FROM report_activity WHERE course_id = ? AND "
                               "student_id = ? AND week_start = ?"),
                QStringLiteral("INSERT INTO report_activity (course_id, student_id, week_start, minutes, messages, "
                               "posts) VALUES (?, ?, ?, ?, ?, ?)"),
                QStringLiteral("UPDATE report_activity SET minutes = ?, messages = ?, posts = ? WHERE course_id = ? "
                               "AND student_id = ? AND week_start = ?"),
                QStringLiteral("report_activity")};
    case ReportImportKind::Progress:
        return {QStringLiteral("SELECT mandatory, due_on, completed_on, minutes_online FROM report_progress WHERE "
                               "course_id = ? AND student_id = ? AND task = ?"),
                QStringLiteral("INSERT INTO report_progress (course_id, student_id, task, mandatory, due_on, "
                               "completed_on, minutes_online) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                QStringLiteral("UPDATE report_progress SET mandatory = ?, due_on = ?, completed_on = ?, minutes_online "
                               "= ? WHERE course_id = ? AND student_id = ? AND task = ?"),
                QStringLiteral("report_progress")};
    case ReportImportKind::Grades:
        return {QStringLiteral("SELECT grade, percent FROM report_grades WHERE course_id = ? AND student_id = ? AND "
                               "graded_on = ?"),
                QStringLiteral("INSERT INTO report_grades (course_id, student_id, graded_on, grade, percent) VALUES "
                               "(?, ?, ?, ?, ?)"),
                QStringLiteral("UPDATE report_grades SET grade = ?, percent = ? WHERE course_id = ? AND student_id = ? "
                               "AND graded_on = ?"),
                QStringLiteral("report_grades")};
    case ReportImportKind::Attendance:
        return {QStringLiteral("SELECT percent FROM report_attendance WHERE student_id = ? AND week_start = ?"),
                QStringLiteral("INSERT INTO report_attendance (student_id, week_start, percent) VALUES (?, ?, ?)"),
                QStringLiteral("UPDATE report_attendance SET percent = ? WHERE student_id = ? AND week_start = ?"),
                QStringLiteral("report_attendance")};
    }
    return {};
}

bool sameValue(const QVariant &stored, const QVariant &incoming)
{
    if (stored.isNull() || incoming.isNull())
        return stored.isNull() == incoming.isNull();
    if (incoming.typeId() == QMetaType::Double)
        return qFuzzyCompare(1.0 + stored.toDouble(), 1.0 + incoming.toDouble());
    return stored.toString() == incoming.toString();
}

} // namespace

QString toString(ReportImportKind kind)
{
    switch (kind) {
    case ReportImportKind::Activity:
        return QStringLiteral("activity");
    case ReportImportKind::Progress:
        return QStringLiteral("progress");
    case ReportImportKind::Grades:
        return QStringLiteral("grades");
    case ReportImportKind::Attendance:
        return QStringLiteral("attendance");
    }
    return {};
}

std::optional<ReportImportKind> reportImportKindFromString(const QString &text)
{
    for (ReportImportKind k : {ReportImportKind::Activity, ReportImportKind::Progress, ReportImportKind::Grades,
                               ReportImportKind::Attendance})
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

std::optional<double> ReportImporter::gradePercent(const QString &grade)
{
    const QString g = grade.trimmed().toUpper();
    if (g.isEmpty())
        return std::nullopt;
    if (g.endsWith(QLatin1Char('%')))
        return ImportFields::percent(g);
    if (g == QLatin1String("U"))
        return 0.0;
    bool ok = false;
    const int n = g.toInt(&ok);
    if (ok)
        return n >= 1 && n <= 9 ? std::optional<double>(n * 100.0 / 9.0) : std::nullopt;
    static const QStringList letters = {QStringLiteral("U"), QStringLiteral("G"), QStringLiteral("F"),
                                        QStringLiteral("E"), QStringLiteral("D"), QStringLiteral("C"),
                                        QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("A*")};
    const qsizetype i = letters.indexOf(g);
    if (i < 0)
        return std::nullopt;
    return i * 100.0 / double(letters.size() - 1);
}

Result<ImportSummary> ReportImporter::importFile(Database &db, const Session &session, ReportImportKind kind,
                                                 const QString &path)
{
    if (Status s = Permissions::require(session, Action::ImportCourseData); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return importFile(db, session, kind, file, QFileInfo(path).fileName());
}

Result<ImportSummary> ReportImporter::importFile(Database &db, const Session &session, ReportImportKind kind,
                                                 QIODevice &device, const QString &fileName)
{
    if (Status s = Permissions::require(session, Action::ImportCourseData); !s)
        return s.error();

    const QList<Column> required = requiredColumns(kind);
    QStringList requiredNames;
    QList<QStringList> requiredLists;
    for (Column c : required) {
        requiredNames << columnNames(c).first();
        requiredLists << columnNames(c);
    }

    CsvReader reader(device);
    CsvRecord record;
    if (!reader.readNext(record)) {
        if (!reader.status())
            return refused(fileName, reader.status().error());
        return Error::invalid(tr("%1 is empty: its first line must name the columns (%2); nothing was imported.")
                                  .arg(fileName, requiredNames.join(QStringLiteral(", "))));
    }
    const CsvHeader header(record);
    if (Status s = header.require(requiredLists); !s)
        return refused(fileName, s.error());
    QList<Column> known = required + optionalColumns(kind);
    for (const QString &duplicate : header.duplicates()) {
        for (Column c : std::as_const(known)) {
            if (header.indexOf(columnNames(c)) == header.indexOf({duplicate}))
                return refused(fileName,
                               Error::invalid(tr("the header row (line %1) has more than one column named \"%2\"")
                                                  .arg(header.line())
                                                  .arg(duplicate)));
        }
    }

    auto lookup = loadLookup(db, kind != ReportImportKind::Attendance);
    if (!lookup)
        return lookup.error();

    RowReader rowReader(kind, header, *lookup, QDate::currentDate());
    QList<Row> rows;
    QHash<QString, qint64> lineOfKey;
    ImportProblems badLines;
    int count = 0;
    while (reader.readNext(record)) {
        ++count;
        Row row;
        QStringList problems = rowReader.read(record, row);
        if (problems.isEmpty()) {
            const QString key = QString::number(row.courseId) + QLatin1Char('/') + QString::number(row.studentId) +
                                QLatin1Char('/') + row.key;
            const auto first = lineOfKey.constFind(key);
            if (first != lineOfKey.constEnd())
                problems << tr("the same student, %1 and %2 are already on line %3")
                                .arg(kind == ReportImportKind::Attendance ? tr("week") : tr("course"),
                                     kind == ReportImportKind::Progress ? tr("task")
                                     : kind == ReportImportKind::Grades ? tr("date")
                                                                        : tr("week"))
                                .arg(*first);
            else
                lineOfKey.insert(key, record.line);
        }
        if (!problems.isEmpty()) {
            badLines << tr("line %1: %2").arg(record.line).arg(problems.join(QStringLiteral("; ")));
            continue;
        }
        if (badLines.isEmpty())
            rows.append(row);
    }
    if (!reader.status())
        return refused(fileName, reader.status().error());
    if (!badLines.isEmpty()) {
        qCInfo(lcReports) << "course data import refused:" << badLines.count() << "of" << count << "rows have problems";
        const QString message =
            badLines.count() == 1
                ? tr("%1: 1 row has a problem; nothing was imported.").arg(fileName)
                : tr("%1: %n rows have problems; nothing was imported.", nullptr, int(badLines.count())).arg(fileName);
        return Error::invalid(message, badLines.details());
    }

    const Sql sql = sqlFor(kind);
    const bool withCourse = kind != ReportImportKind::Attendance;
    auto storageError = [&](const Error &e) {
        return Error::storage(
            tr("%1: the database refused the import, so nothing was imported. %2").arg(fileName, e.message));
    };
    ImportSummary summary;
    summary.rows = count;
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    Query select(db, sql.select);
    Query insert(db, sql.insert);
    Query update(db, sql.update);
    QSet<qint64> touched;
    for (const Row &row : std::as_const(rows)) {
        if (withCourse)
            select.bind(row.courseId);
        select.bind(row.studentId).bind(row.key);
        if (Status s = select.exec(); !s)
            return storageError(s.error());
        if (select.next()) {
            bool same = true;
            for (int i = 0; i < row.values.size() && same; ++i)
                same = sameValue(select.value(i), row.values.at(i));
            select.finish();
            if (same) {
                ++summary.unchanged;
                continue;
            }
            for (const QVariant &v : row.values)
                update.bind(v);
            if (withCourse)
                update.bind(row.courseId);
            update.bind(row.studentId).bind(row.key);
            if (Status s = update.exec(); !s)
                return storageError(s.error());
            ++summary.updated;
        } else {
            select.finish();
            if (withCourse)
                insert.bind(row.courseId);
            insert.bind(row.studentId).bind(row.key);
            for (const QVariant &v : row.values)
                insert.bind(v);
            if (Status s = insert.exec(); !s)
                return storageError(s.error());
            ++summary.created;
        }
        if (withCourse)
            touched.insert(row.courseId);
    }
    if (withCourse && !touched.isEmpty()) {
        if (Status s = ReportAverages::refresh(db, touched.values()); !s)
            return storageError(s.error());
    }
    // One audit row per file: the rows themselves are the platform's record, not edits made here.
    AuditLog audit(db, session.actor());
    if (Status s = audit.record(QStringLiteral("import"), sql.table, 0, QStringLiteral("rows"), QString(),
                                tr("%1: %2 new, %3 updated, %4 unchanged")
                                    .arg(fileName)
                                    .arg(summary.created)
                                    .arg(summary.updated)
                                    .arg(summary.unchanged));
        !s)
        return storageError(s.error());
    if (Status s = tx.commit(); !s)
        return storageError(s.error());
    qCInfo(lcReports) << "course data import" << toString(kind) << ":" << summary.rows << "rows," << summary.created
                      << "created," << summary.updated << "updated," << summary.unchanged << "unchanged";
    return summary;
}

} // namespace md
