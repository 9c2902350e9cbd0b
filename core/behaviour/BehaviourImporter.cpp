// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviour/BehaviourImporter.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "behaviour/BehaviourLogging.h"
#include "behaviour/BehaviourStore.h"
#include "importing/CsvReader.h"
#include "importing/ImportFields.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

#include <array>

namespace md {

namespace {

enum Column
{
    UpnColumn,
    DateColumn,
    TimeColumn,
    CategoryColumn,
    PointsColumn,
    CourseColumn,
    PlaceColumn,
    DescriptionColumn,
    ActionColumn,
    RecordedByColumn,
    ColumnCount
};

// The file's vocabulary: not translated.
const std::array<QStringList, ColumnCount> &columnNames()
{
    static const std::array<QStringList, ColumnCount> names = {
        QStringList{QStringLiteral("UPN"), QStringLiteral("Student UPN")},
        QStringList{QStringLiteral("Date"), QStringLiteral("Event date"), QStringLiteral("Occurred"),
                    QStringLiteral("Occurred at"), QStringLiteral("Date and time")},
        QStringList{QStringLiteral("Time"), QStringLiteral("Event time")},
        QStringList{QStringLiteral("Category"), QStringLiteral("Type"), QStringLiteral("Behaviour type")},
        QStringList{QStringLiteral("Points")},
        QStringList{QStringLiteral("Course"), QStringLiteral("Lesson"), QStringLiteral("Class")},
        QStringList{QStringLiteral("Place"), QStringLiteral("Location"), QStringLiteral("Where")},
        QStringList{QStringLiteral("Description"), QStringLiteral("Details"), QStringLiteral("Comment")},
        QStringList{QStringLiteral("Action taken"), QStringLiteral("Action"), QStringLiteral("Outcome")},
        QStringList{QStringLiteral("Recorded by"), QStringLiteral("Staff"), QStringLiteral("Staff member")},
    };
    return names;
}

QString shown(const QString &value)
{
    constexpr int kShown = 40;
    const QString v = value.simplified();
    return v.size() <= kShown ? v : v.left(kShown) + QChar(0x2026);
}

int digits(const QString &t, int from, int count)
{
    int v = 0;
    for (int i = from; i < from + count; ++i) {
        const QChar c = t.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        v = v * 10 + (c.unicode() - '0');
    }
    return v;
}

// "HH:MM" or "H:MM", optionally ":SS" after; -1 when not a time.
int minutesOf(const QString &t)
{
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon < 1 || colon > 2 || t.size() < colon + 3)
        return -1;
    const int h = digits(t, 0, int(colon));
    const int m = digits(t, int(colon) + 1, 2);
    if (h < 0 || m < 0 || h > 23 || m > 59)
        return -1;
    if (t.size() > colon + 3 && !(t.size() == colon + 6 && t.at(colon + 3) == QLatin1Char(':')))
        return -1;
    return h * 60 + m;
}

// A date, fast for ISO (the usual export) and through ImportFields for the rest.
std::optional<QDate> dateOf(const QString &t)
{
    if (t.size() == 10 && t.at(4) == QLatin1Char('-') && t.at(7) == QLatin1Char('-')) {
        const int y = digits(t, 0, 4);
        const int m = digits(t, 5, 2);
        const int d = digits(t, 8, 2);
        if (y < 0 || m < 0 || d < 0 || !QDate::isValid(y, m, d))
            return std::nullopt;
        return QDate(y, m, d);
    }
    return ImportFields::date(t);
}

struct Row
{
    qint64 studentId = 0;
    QString occurredAt;
    qint64 courseId = 0;
    QString place;
    qint64 categoryId = 0;
    int points = 0;
    QString description;
    QString action;
    qint64 recordedBy = 0;
};

Error refused(const QString &fileName, const Error &error)
{
    return Error::invalid(BehaviourImporter::tr("%1: %2; nothing was imported.").arg(fileName, error.message),
                          error.details);
}

} // namespace

Result<ImportSummary> BehaviourImporter::importFile(Database &db, const Session &session, const QString &path)
{
    if (Status s = Permissions::require(session, Action::ImportBehaviour); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return importFile(db, session, file, QFileInfo(path).fileName());
}

Result<ImportSummary> BehaviourImporter::importFile(Database &db, const Session &session, QIODevice &device,
                                                    const QString &fileName)
{
    if (Status s = Permissions::require(session, Action::ImportBehaviour); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    CsvReader reader(device);
    CsvRecord record;
    if (!reader.readNext(record)) {
        if (!reader.status())
            return refused(fileName, reader.status().error());
        return Error::invalid(tr("%1 is empty: its first line must name the columns (UPN, Date, Time, Category, "
                                 "Points, Course, Place, Description, Action taken, Recorded by); nothing was "
                                 "imported.")
                                  .arg(fileName));
    }
    const CsvHeader header(record);
    const auto &names = columnNames();
    if (Status s = header.require({names[UpnColumn], names[DateColumn], names[CategoryColumn]}); !s)
        return refused(fileName, s.error());
    std::array<int, ColumnCount> index{};
    for (int c = 0; c < ColumnCount; ++c)
        index[c] = header.indexOf(names[c]);
    for (const QString &duplicate : header.duplicates())
        for (const QStringList &known : names)
            if (header.indexOf(known) == header.indexOf({duplicate}))
                return refused(fileName, Error::invalid(tr("the header row (line %1) has more than one column named "
                                                           "\"%2\"")
                                                            .arg(header.line())
                                                            .arg(duplicate)));

    // What the rows are checked against, read once.
    QHash<QString, std::pair<qint64, bool>> students; // UPN -> id, has left
    {
        Query q(db, QStringLiteral("SELECT id, upn, date_left FROM students"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            students.insert(q.string(1).toUpper(), {q.id(0), !q.value(2).isNull()});
    }
    QHash<QString, BehaviourCategory> categories;
    QStringList categoryNames;
    {
        auto list = BehaviourStore(db).categories();
        if (!list)
            return list.error();
        for (const BehaviourCategory &c : std::as_const(*list)) {
            categories.insert(CsvHeader::normalise(c.name), c);
            if (c.active)
                categoryNames << c.name;
        }
    }
    QHash<QString, qint64> courses;
    {
        Query q(db, QStringLiteral("SELECT id, name FROM courses"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            courses.insert(CsvHeader::normalise(q.string(1)), q.id(0));
    }
    QHash<QString, qint64> staff;
    {
        Query q(db, QStringLiteral("SELECT id, LOWER(username), LOWER(email) FROM users"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            staff.insert(q.string(1), q.id(0));
            if (!q.string(2).isEmpty())
                staff.insert(q.string(2), q.id(0));
        }
    }

    // The same few values repeat on every row: look each written form up once.
    QHash<QString, const BehaviourCategory *> categoryByText;
    QHash<QString, qint64> courseByText;
    QHash<QString, qint64> staffByText;

    const QDate today = QDate::currentDate();
    QList<Row> rows;
    // Room for the rows the file is likely to hold (a row is 60-200 bytes), so the list does not
    // grow by copying half a million rows as it fills; never more than the most a file may bring.
    if (const qint64 size = device.isSequential() ? 0 : device.size(); size > 0)
        rows.reserve(qsizetype(std::min<qint64>(size / 60, 1'000'000)));
    QStringList badLines;
    int badCount = 0;
    int total = 0;
    const qsizetype width = header.size();
    while (reader.readNext(record)) {
        ++total;
        bool widthOk = record.fields.size() >= width;
        for (qsizetype i = width; widthOk && i < record.fields.size(); ++i)
            if (!record.fields.at(i).trimmed().isEmpty())
                widthOk = false;
        if (!widthOk) {
            if (++badCount <= kMaxListedProblems)
                badLines << tr("line %1: it has %2 fields but the header row has %3 (is a comma or quote missing?)")
                                .arg(record.line)
                                .arg(record.fields.size())
                                .arg(width);
            continue;
        }
        const auto cell = [&](Column c) { return index[c] >= 0 ? record.fields.at(index[c]).trimmed() : QString(); };
        const auto name = [&](Column c) { return header.name(index[c]); };
        QStringList problems;
        Row row;

        const QString upnText = cell(UpnColumn);
        auto student = students.constFind(upnText);
        const QString upn = student == students.constEnd() ? upnText.toUpper() : upnText;
        if (student == students.constEnd())
            student = students.constFind(upn);
        if (upn.isEmpty()) {
            problems << tr("%1 is blank").arg(name(UpnColumn));
        } else if (const auto it = student; it == students.constEnd()) {
            problems << tr("%1 '%2' is not a student on the school's roll (import the students first)")
                            .arg(name(UpnColumn), shown(upn));
        } else {
            row.studentId = it->first;
        }

        QString dateText = cell(DateColumn);
        QString timeText = cell(TimeColumn);
        if (const qsizetype cut = dateText.indexOf(QLatin1Char('T')) > 0 ? dateText.indexOf(QLatin1Char('T'))
                                                                         : dateText.indexOf(QLatin1Char(' '));
            cut > 0) {
            if (timeText.isEmpty())
                timeText = dateText.mid(cut + 1).trimmed();
            dateText = dateText.left(cut);
        }
        std::optional<QDate> date;
        if (dateText.isEmpty()) {
            problems << tr("%1 is blank").arg(name(DateColumn));
        } else if (date = dateOf(dateText); !date) {
            problems << tr("%1 '%2' is not a date (write yyyy-mm-dd or dd/mm/yyyy, a time may follow)")
                            .arg(name(DateColumn), shown(cell(DateColumn)));
        } else if (!ImportFields::inSaneRange(*date)) {
            problems << tr("%1 '%2' is not between the years %3 and %4; check the year")
                            .arg(name(DateColumn), shown(cell(DateColumn)))
                            .arg(ImportFields::kMinYear)
                            .arg(ImportFields::kMaxYear);
            date.reset();
        } else if (*date > today) {
            problems << tr("%1 '%2' is in the future").arg(name(DateColumn), shown(cell(DateColumn)));
        }
        int minutes = 0;
        if (!timeText.isEmpty()) {
            minutes = minutesOf(timeText);
            if (minutes < 0)
                problems << tr("%1 '%2' is not a time of day (write hh:mm, 24-hour)")
                                .arg(index[TimeColumn] >= 0 ? name(TimeColumn) : name(DateColumn), shown(timeText));
        }
        if (date && minutes >= 0) {
            // "YYYY-MM-DDTHH:MM", written by hand: QString::arg is measurable at 500,000 rows.
            const auto digit = [](int v) { return QChar(char16_t(u'0' + v)); };
            const int h = minutes / 60;
            const int m = minutes % 60;
            row.occurredAt = isoDate(*date);
            row.occurredAt.reserve(16);
            row.occurredAt.append(QLatin1Char('T'));
            row.occurredAt.append(digit(h / 10)).append(digit(h % 10)).append(QLatin1Char(':'));
            row.occurredAt.append(digit(m / 10)).append(digit(m % 10));
        }

        const QString categoryText = cell(CategoryColumn);
        const BehaviourCategory *category = nullptr;
        if (!categoryText.isEmpty()) {
            auto known = categoryByText.constFind(categoryText);
            if (known == categoryByText.constEnd()) {
                const auto it = categories.constFind(CsvHeader::normalise(categoryText));
                known =
                    categoryByText.insert(categoryText, it == categories.constEnd() || !it->active ? nullptr : &*it);
            }
            category = *known;
        }
        if (categoryText.isEmpty()) {
            problems << tr("%1 is blank").arg(name(CategoryColumn));
        } else if (!category) {
            problems << tr("%1 '%2' is not one of the school's behaviour categories (%3)")
                            .arg(name(CategoryColumn), shown(categoryText), categoryNames.join(QStringLiteral(", ")));
        } else {
            row.categoryId = category->id;
            row.points = category->defaultPoints;
        }

        const QString pointsText = cell(PointsColumn);
        if (!pointsText.isEmpty()) {
            bool ok = false;
            const int points = pointsText.toInt(&ok);
            if (!ok) {
                problems << tr("%1 '%2' is not a whole number").arg(name(PointsColumn), shown(pointsText));
            } else if (category) {
                if (const QString p = BehaviourStore::checkPoints(*category, points); !p.isEmpty())
                    problems << tr("%1 '%2': %3").arg(name(PointsColumn), pointsText, p);
                else
                    row.points = points;
            }
        }

        const QString courseText = cell(CourseColumn);
        if (!courseText.isEmpty()) {
            auto known = courseByText.constFind(courseText);
            if (known == courseByText.constEnd())
                known = courseByText.insert(courseText, courses.value(CsvHeader::normalise(courseText), 0));
            if (*known == 0)
                problems << tr("%1 '%2' is not a course of the school").arg(name(CourseColumn), shown(courseText));
            else
                row.courseId = *known;
        }
        row.place = cell(PlaceColumn).simplified();
        row.action = cell(ActionColumn).simplified();
        for (Column c : {PlaceColumn, ActionColumn})
            if (cell(c).size() > BehaviourStore::kMaxShortLength)
                problems << tr("%1 is %2 characters long; the most is %3")
                                .arg(name(c))
                                .arg(cell(c).size())
                                .arg(BehaviourStore::kMaxShortLength);
        row.description = cell(DescriptionColumn);
        if (row.description.size() > BehaviourStore::kMaxDescriptionLength)
            problems << tr("%1 is %2 characters long; the most is %3")
                            .arg(name(DescriptionColumn))
                            .arg(row.description.size())
                            .arg(BehaviourStore::kMaxDescriptionLength);

        const QString recorder = cell(RecordedByColumn);
        if (recorder.isEmpty()) {
            row.recordedBy = session.userId();
        } else {
            auto known = staffByText.constFind(recorder);
            if (known == staffByText.constEnd())
                known = staffByText.insert(recorder, staff.value(recorder.toLower(), 0));
            if (*known == 0)
                problems << tr("%1 '%2' is not a staff user's username or email")
                                .arg(name(RecordedByColumn), shown(recorder));
            else
                row.recordedBy = *known;
        }

        if (!problems.isEmpty()) {
            if (++badCount <= kMaxListedProblems)
                badLines << tr("line %1: %2").arg(record.line).arg(problems.join(QStringLiteral("; ")));
            continue;
        }
        rows.append(std::move(row));
    }
    if (!reader.status())
        return refused(fileName, reader.status().error());
    if (badCount > 0) {
        qCInfo(lcBehaviour) << "behaviour import refused:" << badCount << "of" << total << "rows have problems";
        if (badCount > kMaxListedProblems)
            badLines << tr("… and %1 more lines with problems").arg(badCount - kMaxListedProblems);
        const QString message =
            tr("%1: %n row(s) have problems; nothing was imported.", nullptr, badCount).arg(fileName);
        return Error::invalid(message, badLines);
    }

    const qint64 checkedMs = timer.elapsed();
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    BehaviourWriter writer(db);
    if (Status s = writer.prepare(rows.size()); !s)
        return s.error();
    for (const Row &row : std::as_const(rows)) {
        if (Status s = writer.add(row.studentId, row.occurredAt, row.courseId, row.place, row.categoryId, row.points,
                                  row.description, row.action, row.recordedBy);
            !s)
            return Error::storage(
                tr("%1: the database refused a row, so nothing was imported. %2").arg(fileName, s.error().message));
    }
    if (Status s = writer.finish(); !s)
        return Error::storage(
            tr("%1: the database refused the import, so nothing was imported. %2").arg(fileName, s.error().message));
    // One audit row for the whole import: the file and how many events (no pupil data).
    AuditLog audit(db, session.actor());
    if (Status s = audit.record(QStringLiteral("import"), QStringLiteral("behaviour_events"), 0, QStringLiteral("file"),
                                QString(), QStringLiteral("%1: %2 events").arg(fileName).arg(rows.size()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return Error::storage(
            tr("%1: the database refused the import, so nothing was imported. %2").arg(fileName, s.error().message));
    ImportSummary summary;
    summary.rows = total;
    summary.created = int(rows.size());
    qCInfo(lcBehaviour) << "behaviour import:" << summary.rows << "rows," << summary.created << "created; checked in"
                        << checkedMs << "ms, written in" << timer.elapsed() - checkedMs << "ms";
    return summary;
}

} // namespace md
