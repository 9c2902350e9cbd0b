// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzEntries.h"

#include "TestDatabase.h"

#include "access/Role.h"
#include "access/Session.h"
#include "behaviour/BehaviourImporter.h"
#include "behaviour/BehaviourStore.h"
#include "importing/CsvReader.h"
#include "importing/StudentImporter.h"
#include "letters/LetterMerger.h"
#include "letters/LetterTerms.h"
#include "referrals/ReferralImporter.h"
#include "reports/ReportImporter.h"
#include "storage/Database.h"
#include "storage/FileChecks.h"
#include "storage/SealedFile.h"
#include "storage/Transaction.h"
#include "timetable/CalendarImporter.h"
#include "timetable/TimetableImporter.h"

#include <QBuffer>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <tuple>

namespace md::fuzz {

namespace {

// The database the importers meet: the students, teacher and course that tests/data's CSV files
// and the corpus's good-* seeds name (UPNs X801200000001, L801200000002, ...; "Year 8 Maths";
// staff user t.one), made once per process. Each import runs inside an outer transaction that is
// rolled back afterwards (the importer's own becomes a savepoint), so every input meets the same
// database and a run can be repeated.
class Fixture
{
public:
    Fixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The importers log a line per import; millions of inputs would drown the fuzzer's output.
        QLoggingCategory::setFilterRules(QStringLiteral("md.*=false\nqt.*=false"));
        if (!m_db.isValid())
            die("the fixture database could not be made");
        const Session teacher = m_db.addUser(QStringLiteral("t.one"), {Role::Teacher});
        const Session mentor = m_db.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const QStringList forenames = {QStringLiteral("Ada"), QStringLiteral("Bo"), QStringLiteral("Cy"),
                                       QStringLiteral("Di")};
        const QStringList surnames = {QStringLiteral("Quill"), QStringLiteral("Reed"), QStringLiteral("Sloe"),
                                      QStringLiteral("Teal")};
        for (const auto &[name, kind, points] : {std::tuple{"Good work", BehaviourKind::Positive, 2},
                                                 std::tuple{"Disruption", BehaviourKind::Negative, -1}}) {
            BehaviourCategory c;
            c.name = QString::fromLatin1(name);
            c.kind = kind;
            c.defaultPoints = points;
            if (!BehaviourStore(m_db.db()).addCategory(m_session, c))
                die("the behaviour categories could not be added");
        }
        for (int i = 0; i < forenames.size(); ++i) {
            const qint64 id = m_db.addStudent(i + 1, forenames.at(i), surnames.at(i));
            m_db.enrol(teacher.userId(), id);
            m_db.assignMentor(mentor.userId(), id);
        }
    }

    Database &db() { return m_db.db(); }
    const Session &session() const { return m_session; }
    QString file(const QString &name) const { return m_db.dir() + QLatin1Char('/') + name; }

private:
    [[noreturn]] static void die(const char *why)
    {
        std::fprintf(stderr, "fuzz fixture: %s\n", why);
        std::abort();
    }

    test::TestDatabase m_db;
    Session m_session = Session::system(QStringLiteral("fuzz"));
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

template<typename T>
Outcome outcomeOf(const Result<T> &result)
{
    if (result)
        return {true, {}};
    return {false, result.error().message};
}

// Runs `import(db, session, device)` on the data, then undoes whatever it wrote.
template<typename Import>
Outcome rolledBack(QByteArrayView data, Import &&import)
{
    Fixture &f = fixture();
    Transaction outer(f.db());
    if (!outer.ok())
        return {false, outer.error().message};
    QBuffer buffer;
    buffer.setData(data.constData(), data.size());
    buffer.open(QIODevice::ReadOnly);
    return import(f.db(), f.session(), buffer);
}

Outcome csvReader(QByteArrayView data)
{
    // The defaults (whose outcome counts), then another delimiter and a small record limit so the
    // limit's paths are met too.
    Outcome first;
    bool firstPass = true;
    for (const auto &[delimiter, limit] : {std::pair{',', CsvReader::kDefaultMaxRecordBytes}, std::pair{';', qsizetype(64)}}) {
        QBuffer buffer;
        buffer.setData(data.constData(), data.size());
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        reader.setDelimiter(delimiter);
        reader.setMaxRecordBytes(limit);
        CsvRecord record;
        qint64 line = 0;
        while (reader.readNext(record)) {
            if (record.line <= line) // records come in file order
                std::abort();
            line = record.line;
            const CsvHeader header(record);
            (void)header.duplicates();
            (void)header.indexOf({QStringLiteral("UPN")});
        }
        if (firstPass)
            first = reader.status() ? Outcome{true, {}} : Outcome{false, reader.status().error().message};
        firstPass = false;
    }
    return first;
}

Outcome importStudents(QByteArrayView data)
{
    return rolledBack(data, [](Database &db, const Session &s, QIODevice &d) {
        return outcomeOf(StudentImporter::importFile(db, s, d, QStringLiteral("students.csv")));
    });
}

Outcome importBehaviour(QByteArrayView data)
{
    return rolledBack(data, [](Database &db, const Session &s, QIODevice &d) {
        return outcomeOf(BehaviourImporter::importFile(db, s, d, QStringLiteral("behaviour.csv")));
    });
}

Outcome importReferrals(QByteArrayView data)
{
    return rolledBack(data, [](Database &db, const Session &s, QIODevice &d) {
        return outcomeOf(ReferralImporter::importFile(db, s, d, QStringLiteral("referrals.csv")));
    });
}

// The four kinds of course data read the same file; the outcome is the last kind's, and the
// input counts as accepted when any kind took it.
Outcome importReports(QByteArrayView data)
{
    Outcome any;
    for (ReportImportKind kind : {ReportImportKind::Activity, ReportImportKind::Progress, ReportImportKind::Grades,
                                  ReportImportKind::Attendance}) {
        const Outcome o = rolledBack(data, [kind](Database &db, const Session &s, QIODevice &d) {
            return outcomeOf(ReportImporter::importFile(db, s, kind, d, QStringLiteral("course-data.csv")));
        });
        if (o.accepted)
            return o;
        any = o;
    }
    return any;
}

Outcome importTimetable(QByteArrayView data)
{
    return rolledBack(data, [](Database &db, const Session &s, QIODevice &d) {
        return outcomeOf(TimetableImporter::importFile(db, s, d, QStringLiteral("timetable.csv")));
    });
}

Outcome importCalendar(QByteArrayView data)
{
    QBuffer buffer;
    buffer.setData(data.constData(), data.size());
    buffer.open(QIODevice::ReadOnly);
    return outcomeOf(CalendarImporter::read(buffer, QStringLiteral("calendar.csv")));
}

bool writeFile(const QString &path, QByteArrayView data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data.constData(), data.size()) == data.size();
}

// A sealed (encrypted) backup as the restore reads it, opened with the passphrase the corpus's
// valid files were sealed with.
Outcome sealedFile(QByteArrayView data)
{
    Fixture &f = fixture();
    const QString in = f.file(QStringLiteral("input.sealed"));
    const QString out = f.file(QStringLiteral("output.plain"));
    if (!writeFile(in, data))
        return {false, QStringLiteral("the fuzz input could not be written")};
    (void)SealedFile::isSealed(in);
    const Status s = SealedFile::open(in, out, QStringLiteral("fuzzing passphrase"));
    QFile::remove(out);
    return s ? Outcome{true, {}} : Outcome{false, s.error().message};
}

// The check made before SQLite is given a file to open (a truncated or foreign file is refused).
Outcome dbHeader(QByteArrayView data)
{
    Fixture &f = fixture();
    const QString in = f.file(QStringLiteral("input.mentordesk"));
    if (!writeFile(in, data))
        return {false, QStringLiteral("the fuzz input could not be written")};
    switch (FileChecks::inspectHeader(in)) {
    case FileChecks::Header::Sqlite:
    case FileChecks::Header::HeldOpen:
        return {true, {}};
    case FileChecks::Header::Empty:
        return {false, QStringLiteral("empty")};
    case FileChecks::Header::Truncated:
        return {false, QStringLiteral("truncated")};
    case FileChecks::Header::Foreign:
        return {false, QStringLiteral("not a database")};
    }
    return {false, QStringLiteral("unknown")};
}

// A letter template's text (HTML as the editor saves it, or pasted text): its {{fields}} are
// found and checked for every letter type, and what would stop a letter being issued.
Outcome letterTemplate(QByteArrayView data)
{
    const QString text = QString::fromUtf8(data);
    (void)LetterMerger::scan(text);
    (void)LetterMerger::issueBlockers(text);
    // Taken when some letter type can use it as it is.
    QString problem;
    for (LetterType type : LetterTerms::allTypes()) {
        const QStringList messages = LetterMerger::checkMessages(text, type);
        if (messages.isEmpty())
            return {true, {}};
        if (problem.isEmpty())
            problem = messages.first();
    }
    return {false, problem};
}

} // namespace

const QList<Target> &targets()
{
    static const QList<Target> all = {
        {QStringLiteral("csv_reader"), &csvReader},
        {QStringLiteral("import_students"), &importStudents},
        {QStringLiteral("import_behaviour"), &importBehaviour},
        {QStringLiteral("import_referrals"), &importReferrals},
        {QStringLiteral("import_reports"), &importReports},
        {QStringLiteral("import_timetable"), &importTimetable},
        {QStringLiteral("import_calendar"), &importCalendar},
        {QStringLiteral("sealed_file"), &sealedFile},
        {QStringLiteral("db_header"), &dbHeader},
        {QStringLiteral("letter_template"), &letterTemplate},
    };
    return all;
}

Entry entryFor(const QString &name)
{
    for (const Target &t : targets())
        if (t.name == name)
            return t.entry;
    return nullptr;
}

void prepare()
{
    (void)fixture();
}

} // namespace md::fuzz
