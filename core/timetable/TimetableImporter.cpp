// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/TimetableImporter.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "importing/CsvReader.h"
#include "importing/ImportProblems.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/Upn.h"
#include "timetable/LessonTimetable.h"
#include "timetable/TimetableLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace md {

namespace {

// The column names as MIS exports write them (the file's vocabulary, so not translated).
const QStringList kUpn{QStringLiteral("UPN"), QStringLiteral("Student UPN"), QStringLiteral("Unique Pupil Number")};
const QStringList kDay{QStringLiteral("Day"), QStringLiteral("Weekday")};
const QStringList kPeriod{QStringLiteral("Period"), QStringLiteral("Lesson"), QStringLiteral("Period Number")};
const QStringList kSubject{QStringLiteral("Subject"), QStringLiteral("Class"), QStringLiteral("Course")};

QString shown(const QString &value)
{
    constexpr int kShown = 40;
    return value.size() <= kShown ? value : value.left(kShown) + QChar(0x2026);
}

std::optional<int> parsePeriod(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:period|p|lesson|l)?\\s*([0-9]{1,2})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

Error refused(const QString &fileName, const Error &error)
{
    return Error::invalid(TimetableImporter::tr("%1: %2; nothing was imported.").arg(fileName, error.message),
                          error.details);
}

} // namespace

Result<TimetableImportSummary> TimetableImporter::importFile(Database &db, const Session &session, const QString &path)
{
    if (Status s = Permissions::require(session, Action::ManageTimetables); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return importFile(db, session, file, QFileInfo(path).fileName());
}

Result<TimetableImportSummary> TimetableImporter::importFile(Database &db, const Session &session, QIODevice &device,
                                                             const QString &fileName)
{
    if (Status s = Permissions::require(session, Action::ManageTimetables); !s)
        return s.error();
    auto bells = BellSchedule::load(db);
    if (!bells)
        return bells.error();

    CsvReader reader(device);
    CsvRecord record;
    if (!reader.readNext(record)) {
        if (!reader.status())
            return refused(fileName, reader.status().error());
        return Error::invalid(tr("%1 is empty: its first line must name the columns (UPN, Day, Period, Subject); "
                                 "nothing was imported.")
                                  .arg(fileName));
    }
    const CsvHeader header(record);
    if (Status s = header.require({kUpn, kDay, kPeriod, kSubject}); !s)
        return refused(fileName, s.error());
    const int upnAt = header.indexOf(kUpn);
    const int dayAt = header.indexOf(kDay);
    const int periodAt = header.indexOf(kPeriod);
    const int subjectAt = header.indexOf(kSubject);

    QHash<QString, qint64> studentOfUpn;
    {
        Query q(db, QStringLiteral("SELECT upn, id FROM students"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            studentOfUpn.insert(q.string(0), q.id(1));
    }

    QHash<qint64, WeeklyTimetable> timetables;
    QList<qint64> order; // students in the order the file first names them
    QHash<QString, qint64> lineOfSlot;
    ImportProblems badLines;
    int rows = 0;
    while (reader.readNext(record)) {
        ++rows;
        QStringList problems;
        if (record.fields.size() < header.size()) {
            badLines << tr("line %1: it has %2 fields but the header row has %3 (is a comma or quote missing?)")
                            .arg(record.line)
                            .arg(record.fields.size())
                            .arg(header.size());
            continue;
        }
        const QString upn = record.fields.at(upnAt).trimmed().toUpper();
        const QString dayText = record.fields.at(dayAt).trimmed();
        const QString periodText = record.fields.at(periodAt).trimmed();
        const QString subject = record.fields.at(subjectAt).trimmed();

        qint64 studentId = 0;
        if (upn.isEmpty()) {
            problems << tr("%1 is blank").arg(header.name(upnAt));
        } else if (Status s = Upn::validate(upn); !s) {
            problems << s.error().message;
        } else if (studentId = studentOfUpn.value(upn); studentId == 0) {
            problems << tr("%1 '%2' is not a student in this school (import the students first)")
                            .arg(header.name(upnAt), upn);
        }
        const auto day = weekdayFromText(dayText);
        if (!day)
            problems << tr("%1 '%2' is not a school day (write Monday to Friday, Mon to Fri, or 1 to 5)")
                            .arg(header.name(dayAt), shown(dayText));
        const auto period = parsePeriod(periodText);
        if (!period || !bells->contains(*period)) {
            QStringList known;
            for (const LessonPeriod &p : bells->periods())
                known << QString::number(p.period);
            problems << tr("%1 '%2' is not a period of the school day (the periods are %3)")
                            .arg(header.name(periodAt), shown(periodText), known.join(QStringLiteral(", ")));
        }
        if (subject.isEmpty())
            problems << tr("%1 is blank").arg(header.name(subjectAt));
        else if (subject.size() > kMaxSubjectLength)
            problems << tr("%1 '%2' is %3 characters long; the most is %4")
                            .arg(header.name(subjectAt), shown(subject))
                            .arg(subject.size())
                            .arg(kMaxSubjectLength);
        if (studentId && day && period) {
            const QString slot = QStringLiteral("%1/%2/%3").arg(upn).arg(*day).arg(*period);
            if (const auto first = lineOfSlot.constFind(slot); first != lineOfSlot.constEnd())
                problems << tr("%1 already has a lesson on %2 period %3 (line %4)")
                                .arg(upn, weekdayName(*day))
                                .arg(*period)
                                .arg(*first);
            else
                lineOfSlot.insert(slot, record.line);
        }
        if (!problems.isEmpty()) {
            badLines << tr("line %1: %2").arg(record.line).arg(problems.join(QStringLiteral("; ")));
            continue;
        }
        if (!timetables.contains(studentId))
            order.append(studentId);
        timetables[studentId].setLesson(*day, *period, subject);
    }
    if (!reader.status())
        return refused(fileName, reader.status().error());
    if (!badLines.isEmpty()) {
        qCInfo(lcTimetable) << "timetable import refused:" << badLines.count() << "of" << rows << "rows have problems";
        const QString message = badLines.count() == 1
            ? tr("%1: 1 row has a problem; nothing was imported.").arg(fileName)
            : tr("%1: %2 rows have problems; nothing was imported.").arg(fileName).arg(badLines.count());
        return Error::invalid(message, badLines.details());
    }
    if (rows == 0)
        return Error::invalid(tr("%1 has a header row but no lessons; nothing was imported.").arg(fileName));

    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(db, session.actor());
    LessonTimetableStore store(db);
    for (qint64 id : std::as_const(order)) {
        if (Status s = store.replaceUnchecked(audit, id, timetables.value(id)); !s)
            return Error::storage(tr("%1: the database refused the import, so nothing was imported. %2")
                                      .arg(fileName, s.error().message));
    }
    if (Status s = tx.commit(); !s)
        return Error::storage(
            tr("%1: the database refused the import, so nothing was imported. %2").arg(fileName, s.error().message));
    TimetableImportSummary summary;
    summary.rows = rows;
    summary.students = int(order.size());
    qCInfo(lcTimetable) << "timetable import:" << summary.rows << "lessons for" << summary.students << "students";
    return summary;
}

} // namespace md
