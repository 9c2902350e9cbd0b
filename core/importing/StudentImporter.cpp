// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/StudentImporter.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "common/Logging.h"
#include "importing/CsvReader.h"
#include "importing/ImportProblems.h"
#include "importing/ImportFields.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "students/StudentStore.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include "students/Upn.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace md {

namespace {

enum Column
{
    UpnColumn,
    LegalSurnameColumn,
    LegalForenameColumn,
    PreferredForenameColumn,
    PreferredSurnameColumn,
    DateOfBirthColumn,
    YearGroupColumn,
    TutorGroupColumn,
    GenderColumn,
    SenStatusColumn,
    EhcPlanColumn,
    PupilPremiumColumn,
    LookedAfterColumn,
    SemhColumn,
    AttendanceColumn,
    ColumnCount
};

// The names a column goes by in MIS exports, the first being the usual one. These are the file's
// vocabulary, not text for the user, so they are not translated.
const std::array<QStringList, ColumnCount> &columnNames()
{
    static const std::array<QStringList, ColumnCount> names = {
        QStringList{QStringLiteral("UPN"), QStringLiteral("Unique Pupil Number")},
        QStringList{QStringLiteral("Legal Surname"), QStringLiteral("Surname")},
        QStringList{QStringLiteral("Legal Forename"), QStringLiteral("Forename")},
        QStringList{QStringLiteral("Preferred Forename")},
        QStringList{QStringLiteral("Preferred Surname")},
        QStringList{QStringLiteral("DOB"), QStringLiteral("Date of Birth")},
        QStringList{QStringLiteral("Year"), QStringLiteral("Year Group")},
        QStringList{QStringLiteral("Reg Group"), QStringLiteral("Tutor Group"), QStringLiteral("Registration Group"),
                    QStringLiteral("Form"), QStringLiteral("Form Group")},
        QStringList{QStringLiteral("Gender"), QStringLiteral("Sex")},
        QStringList{QStringLiteral("SEN Status"), QStringLiteral("SEN")},
        QStringList{QStringLiteral("EHC Plan"), QStringLiteral("EHCP")},
        QStringList{QStringLiteral("Pupil Premium"), QStringLiteral("PP")},
        QStringList{QStringLiteral("LAC"), QStringLiteral("Looked After"), QStringLiteral("Looked After Child")},
        QStringList{QStringLiteral("SEMH")},
        QStringList{QStringLiteral("Attendance"), QStringLiteral("Attendance %")},
    };
    return names;
}

// N/K/E as the DfE codes them, "K - SEN Support" as SIMS describes them, or the words alone.
std::optional<SenStatus> parseSenStatus(const QString &text)
{
    static const QRegularExpression coded(QStringLiteral("^([A-Za-z])\\s*-\\s*\\S.*$"));
    const QString t = CsvHeader::normalise(text);
    // The expression needs at least "K-x"; a one-letter code (the usual cell) skips it.
    if (t.size() >= 3)
        if (const auto m = coded.match(t); m.hasMatch())
            return senStatusFromCode(m.captured(1));
    if (auto code = senStatusFromCode(t))
        return code;
    for (const char *none : {"none", "no sen", "not sen", "no special educational need"})
        if (t == QLatin1String(none))
            return SenStatus::None;
    for (const char *support : {"sen support", "support"})
        if (t == QLatin1String(support))
            return SenStatus::Support;
    for (const char *plan : {"ehc plan", "ehcp", "ehc", "education, health and care plan"})
        if (t == QLatin1String(plan))
            return SenStatus::EhcPlan;
    return std::nullopt;
}

QString gender(const QString &text)
{
    const auto is = [&text](const char *word) { return text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0; };
    if (is("m") || is("male"))
        return QStringLiteral("M");
    if (is("f") || is("female"))
        return QStringLiteral("F");
    return text;
}

// A value short enough to quote in a message.
QString shown(const QString &value)
{
    constexpr int kShown = 40;
    return value.size() <= kShown ? value : value.left(kShown) + QChar(0x2026);
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

// Reads one data row into a Student, collecting every problem with the row rather than the first.
class RowReader
{
public:
    RowReader(const CsvHeader &header, const QDate &today) : m_header(header), m_today(today)
    {
        for (int c = 0; c < ColumnCount; ++c)
            m_index[c] = header.indexOf(columnNames()[c]);
    }

    // The row's UPN as it will be stored (validated by read()).
    QString upnOf(const CsvRecord &record) const
    {
        const int i = m_index[UpnColumn];
        return i < record.fields.size() ? record.fields.at(i).trimmed().toUpper() : QString();
    }

    // Sets the fields of `student` whose columns the file has; returns the row's problems.
    QStringList read(const CsvRecord &record, Student &student)
    {
        m_record = &record;
        m_problems.clear();
        const qsizetype width = m_header.size();
        if (record.fields.size() < width) {
            m_problems << StudentImporter::tr(
                              "it has %1 fields but the header row has %2 (is a comma or quote missing?)")
                              .arg(record.fields.size())
                              .arg(width);
            return m_problems;
        }
        for (qsizetype i = width; i < record.fields.size(); ++i) {
            if (!record.fields.at(i).trimmed().isEmpty()) {
                m_problems << StudentImporter::tr("it has %1 fields but the header row has %2 (is a name with a "
                                                  "comma not in quotes?)")
                                  .arg(record.fields.size())
                                  .arg(width);
                return m_problems;
            }
        }

        student.upn = upnOf(record);
        if (Status s = Upn::validate(student.upn); !s)
            m_problems << s.error().message;
        text(LegalSurnameColumn, StudentImporter::kMaxNameLength, true, student.legalSurname);
        text(LegalForenameColumn, StudentImporter::kMaxNameLength, true, student.legalForename);
        text(PreferredForenameColumn, StudentImporter::kMaxNameLength, false, student.preferredForename);
        text(PreferredSurnameColumn, StudentImporter::kMaxNameLength, false, student.preferredSurname);
        dateOfBirth(student.dateOfBirth);
        yearGroup(student.yearGroup);
        text(TutorGroupColumn, StudentImporter::kMaxGroupLength, false, student.tutorGroup);
        if (text(GenderColumn, StudentImporter::kMaxGenderLength, false, student.gender))
            student.gender = gender(student.gender);
        senStatus(student.senStatus);
        yesNo(EhcPlanColumn, student.ehcPlan);
        yesNo(PupilPremiumColumn, student.pupilPremium);
        yesNo(LookedAfterColumn, student.lookedAfter);
        yesNo(SemhColumn, student.semh);
        attendance(student.attendance);
        return m_problems;
    }

private:
    bool has(Column c) const { return m_index[c] >= 0; }
    QString cell(Column c) const { return m_record->fields.at(m_index[c]).trimmed(); }
    // The column's name as the file writes it, so the user finds it.
    QString name(Column c) const { return m_header.name(m_index[c]); }

    // False when the column is absent or the value has a problem.
    bool text(Column c, int maxLength, bool required, QString &out)
    {
        if (!has(c))
            return false;
        const QString value = cell(c);
        if (required && value.isEmpty()) {
            m_problems << StudentImporter::tr("%1 is blank").arg(name(c));
            return false;
        }
        if (value.size() > maxLength) {
            m_problems << StudentImporter::tr("%1 '%2' is %3 characters long; the most is %4")
                              .arg(name(c), shown(value))
                              .arg(value.size())
                              .arg(maxLength);
            return false;
        }
        if (hasControlCharacter(value)) {
            m_problems << StudentImporter::tr("%1 '%2' contains a line break or another control character")
                              .arg(name(c), shown(value.simplified()));
            return false;
        }
        out = value;
        return true;
    }

    void dateOfBirth(QDate &out)
    {
        if (!has(DateOfBirthColumn))
            return;
        const QString value = cell(DateOfBirthColumn);
        if (value.isEmpty()) {
            out = QDate();
            return;
        }
        const auto date = ImportFields::date(value);
        if (!date) {
            m_problems << StudentImporter::tr("%1 '%2' is not a date (write dd/mm/yyyy or yyyy-mm-dd)")
                              .arg(name(DateOfBirthColumn), shown(value));
            return;
        }
        if (*date > m_today) {
            m_problems << StudentImporter::tr("%1 '%2' is in the future").arg(name(DateOfBirthColumn), value);
            return;
        }
        const int age = ImportFields::ageOn(*date, m_today);
        if (age < StudentImporter::kMinAge || age > StudentImporter::kMaxAge) {
            m_problems << StudentImporter::tr("%1 '%2' gives an age of %3; a pupil must be aged %4 to %5")
                              .arg(name(DateOfBirthColumn), value)
                              .arg(age)
                              .arg(StudentImporter::kMinAge)
                              .arg(StudentImporter::kMaxAge);
            return;
        }
        out = *date;
    }

    void yearGroup(int &out)
    {
        if (!has(YearGroupColumn))
            return;
        const QString value = cell(YearGroupColumn);
        if (value.isEmpty()) {
            out = 0;
            return;
        }
        const auto year = ImportFields::yearGroup(value);
        if (!year || *year < StudentImporter::kMinYearGroup || *year > StudentImporter::kMaxYearGroup) {
            m_problems << StudentImporter::tr("%1 '%2' is not a year group from %3 to %4 (write 7, Year 7 or Y7)")
                              .arg(name(YearGroupColumn), shown(value))
                              .arg(StudentImporter::kMinYearGroup)
                              .arg(StudentImporter::kMaxYearGroup);
            return;
        }
        out = *year;
    }

    void senStatus(SenStatus &out)
    {
        if (!has(SenStatusColumn))
            return;
        const QString value = cell(SenStatusColumn);
        const auto status = value.isEmpty() ? std::optional(SenStatus::None) : parseSenStatus(value);
        if (!status) {
            m_problems << StudentImporter::tr("%1 '%2' is not a SEN status (write N, K or E, or No SEN, SEN Support "
                                              "or EHC Plan)")
                              .arg(name(SenStatusColumn), shown(value));
            return;
        }
        out = *status;
    }

    void yesNo(Column c, bool &out)
    {
        if (!has(c))
            return;
        const QString value = cell(c);
        const auto flag = value.isEmpty() ? std::optional(false) : ImportFields::yesNo(value);
        if (!flag) {
            m_problems << StudentImporter::tr("%1 '%2' is not yes or no (write Y or N, Yes or No, True or False, "
                                              "1 or 0)")
                              .arg(name(c), shown(value));
            return;
        }
        out = *flag;
    }

    void attendance(std::optional<double> &out)
    {
        if (!has(AttendanceColumn))
            return;
        const QString value = cell(AttendanceColumn);
        if (value.isEmpty()) {
            out.reset();
            return;
        }
        const auto percent = ImportFields::percent(value);
        if (!percent) {
            m_problems << StudentImporter::tr("%1 '%2' is not a percentage from 0 to 100")
                              .arg(name(AttendanceColumn), shown(value));
            return;
        }
        out = *percent;
    }

    const CsvHeader &m_header;
    QDate m_today;
    std::array<int, ColumnCount> m_index{};
    const CsvRecord *m_record = nullptr;
    QStringList m_problems;
};

// Checked rows handed from the thread reading the file to the thread writing them, in batches.
class StudentRowPipe
{
public:
    static constexpr qsizetype kBatch = 256;

    // Reading side.
    void push(QList<Student> &&batch)
    {
        const std::lock_guard lock(m_mutex);
        if (m_refused || m_cancelled)
            return;
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
    }
    // A row has a problem (or the file cannot be read): nothing more is handed over.
    void refuse()
    {
        const std::lock_guard lock(m_mutex);
        m_refused = true;
        m_batches.clear();
        m_ready.notify_one();
    }
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_ready.notify_one();
    }
    bool isCancelled() const { return m_cancelled.load(); }

    // Writing side: waits for the next batch; false once the reading is finished or refused.
    bool pop(QList<Student> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_finished || m_refused; });
        if (m_refused || m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        return true;
    }
    // The writing failed: the reading may stop.
    void cancel()
    {
        m_cancelled = true;
        const std::lock_guard lock(m_mutex);
        m_batches.clear();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<QList<Student>> m_batches;
    bool m_finished = false;
    bool m_refused = false;
    std::atomic<bool> m_cancelled = false;
};

Error refused(const QString &fileName, const Error &error)
{
    return Error::invalid(StudentImporter::tr("%1: %2; nothing was imported.").arg(fileName, error.message),
                          error.details);
}

} // namespace

Result<ImportSummary> StudentImporter::importFile(Database &db, const Session &session, const QString &path)
{
    if (Status s = Permissions::require(session, Action::ImportStudents); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return importFile(db, session, file, QFileInfo(path).fileName());
}

Result<ImportSummary> StudentImporter::importFile(Database &db, const Session &session, QIODevice &device,
                                                  const QString &fileName)
{
    if (Status s = Permissions::require(session, Action::ImportStudents); !s)
        return s.error();

    CsvReader reader(device);
    CsvRecord record;
    if (!reader.readNext(record)) {
        if (!reader.status())
            return refused(fileName, reader.status().error());
        return Error::invalid(tr("%1 is empty: its first line must name the columns (UPN, Legal Surname, Legal "
                                 "Forename, ...); nothing was imported.")
                                  .arg(fileName));
    }
    const CsvHeader header(record);
    const auto &names = columnNames();
    if (Status s = header.require({names[UpnColumn], names[LegalSurnameColumn], names[LegalForenameColumn]}); !s)
        return refused(fileName, s.error());
    // Two columns with the name the importer reads would make one of them silently ignored.
    for (const QString &duplicate : header.duplicates()) {
        for (const QStringList &known : names) {
            if (header.indexOf(known) == header.indexOf({duplicate}))
                return refused(fileName, Error::invalid(tr("the header row (line %1) has more than one column "
                                                           "named \"%2\"")
                                                            .arg(header.line())
                                                            .arg(duplicate)));
        }
    }

    // Existing students, so a column the file lacks keeps its value rather than being cleared.
    QHash<QString, Student> existing;
    {
        auto rows = StudentStore(db).list(session, true);
        if (!rows)
            return rows.error();
        for (const StudentRow &row : std::as_const(*rows))
            existing.insert(row.student.upn, row.student);
    }

    // The rows are read and checked on a second thread while this one writes those already
    // checked, inside one transaction: reading and checking was a fifth of an import's time. A row
    // with a problem stops the writing, and the transaction is rolled back whole, so nothing is
    // imported, as before. A pipe or socket (which belongs to this thread) is read here instead.
    const QHash<QString, Student> &stored = existing; // read by both threads, changed by neither
    const QDate today = QDate::currentDate();
    StudentRowPipe pipe;
    ImportProblems badLines;
    int rows = 0;
    const auto readRows = [&] {
        QHash<QString, qint64> lineOfUpn;
        // Room for the rows the file is likely to hold (an MIS export runs 40-200 bytes a row), so
        // the table does not grow by rehashing as it fills; never more than a large school's.
        constexpr qint64 kMostReserved = 20'000;
        if (const qint64 size = device.isSequential() ? 0 : device.size(); size > 0)
            lineOfUpn.reserve(qsizetype(std::min<qint64>(size / 40, kMostReserved)));
        RowReader reading(header, today);
        CsvRecord row;
        QList<Student> batch;
        while (!pipe.isCancelled() && reader.readNext(row)) {
            ++rows;
            // Start from the stored student, so only the file's columns change.
            Student student = stored.value(reading.upnOf(row));
            QStringList problems = reading.read(row, student);
            if (!student.upn.isEmpty()) {
                const auto first = lineOfUpn.constFind(student.upn);
                if (first != lineOfUpn.constEnd())
                    problems << tr("UPN '%1' is already on line %2").arg(student.upn).arg(*first);
                else
                    lineOfUpn.insert(student.upn, row.line);
            }
            if (!problems.isEmpty()) {
                if (badLines.isEmpty())
                    pipe.refuse(); // nothing more is written; the problems are still all listed
                badLines << tr("line %1: %2").arg(row.line).arg(problems.join(QStringLiteral("; ")));
                continue;
            }
            if (badLines.isEmpty()) {
                student.priorityFlags.clear(); // not imported; the writer leaves a student's flags alone
                batch.append(std::move(student));
                if (batch.size() == StudentRowPipe::kBatch)
                    pipe.push(std::exchange(batch, {}));
            }
        }
        if (!batch.isEmpty())
            pipe.push(std::move(batch));
        if (!reader.status())
            pipe.refuse();
        pipe.finish();
    };

    ImportSummary summary;
    std::optional<Error> writeError;
    {
        if (device.isSequential())
            readRows();
        Transaction tx(db);
        if (!tx.ok())
            return tx.error();
        std::thread readingThread;
        if (!device.isSequential())
            readingThread = std::thread(readRows);
        StudentWriter writer(db, session.actor());
        QList<Student> batch;
        while (!writeError && pipe.pop(batch)) {
            for (const Student &student : std::as_const(batch)) {
                auto outcome = writer.upsertByUpn(student, nullptr,
                                                  stored.contains(student.upn) ? StudentWriter::Upn::MayExist
                                                                               : StudentWriter::Upn::New);
                if (!outcome) {
                    writeError = outcome.error();
                    pipe.cancel();
                    break;
                }
                switch (*outcome) {
                case StudentWriter::Outcome::Created:
                    ++summary.created;
                    break;
                case StudentWriter::Outcome::Updated:
                    ++summary.updated;
                    break;
                case StudentWriter::Outcome::Unchanged:
                    ++summary.unchanged;
                    break;
                }
            }
        }
        if (readingThread.joinable())
            readingThread.join();
        // From here the reading is over: its counts and problems are this thread's to read.
        if (!writeError && reader.status() && badLines.isEmpty()) {
            summary.rows = rows;
            if (Status s = tx.commit(); !s)
                writeError = s.error();
        }
    } // an uncommitted transaction is rolled back here
    if (writeError)
        return Error::storage(tr("%1: the database refused the import, so nothing was imported. %2")
                                  .arg(fileName, writeError->message));
    if (!reader.status())
        return refused(fileName, reader.status().error());
    if (!badLines.isEmpty()) {
        qCInfo(lcImport) << "student import refused:" << badLines.count() << "of" << rows << "rows have problems";
        const QString message =
            badLines.count() == 1
                ? tr("%1: 1 row has a problem; nothing was imported.").arg(fileName)
                : tr("%1: %n rows have problems; nothing was imported.", nullptr, int(badLines.count())).arg(fileName);
        return Error::invalid(message, badLines.details());
    }
    qCInfo(lcImport) << "student import:" << summary.rows << "rows," << summary.created << "created," << summary.updated
                     << "updated," << summary.unchanged << "unchanged";
    return summary;
}

} // namespace md
