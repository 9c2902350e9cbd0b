// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Field limits and huge files, for every importer (issue 9 part 5): a 200 MB file is refused before
// it is read, a pipe that never ends is refused once it passes the limit, a 1,000,000-character
// field is refused with the column named, a date outside 1900-2100 is refused, and a file of
// thousands of bad lines lists the first 200 and counts the rest. The large inputs are made here,
// in a temporary folder; none is committed.
#include "TestDatabase.h"

#include "behaviour/BehaviourEvent.h"
#include "behaviour/BehaviourImporter.h"
#include "behaviour/BehaviourStore.h"
#include "importing/CsvReader.h"
#include "importing/ImportProblems.h"
#include "importing/StudentImporter.h"
#include "referrals/ReferralImporter.h"
#include "reports/ReportImporter.h"
#include "storage/Query.h"
#include "students/Upn.h"
#include "timetable/CalendarImporter.h"
#include "timetable/TimetableImporter.h"

#include <QBuffer>
#include <QtTest>

#include <functional>

using namespace md;

namespace {

// Endless CSV: the header once, then `row` for ever; sequential, like a pipe.
class EndlessDevice : public QIODevice
{
public:
    EndlessDevice(QByteArray header, QByteArray row) : m_pending(std::move(header)), m_row(std::move(row))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 given() const { return m_given; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize) {
            if (m_pending.isEmpty())
                m_pending = m_row;
            const qint64 take = qMin<qint64>(maxSize - n, m_pending.size());
            memcpy(data + n, m_pending.constData(), size_t(take));
            m_pending.remove(0, take);
            n += take;
        }
        m_given += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_pending;
    QByteArray m_row;
    qint64 m_given = 0;
};

// One importer, run on a file or a device, giving the error message (empty when it imported).
struct Importer
{
    const char *name;
    QByteArray header;                 // the header row, with its line break
    QByteArray rowWithText;            // a good row with %1 where a long text may go
    QString textColumn;                // the column the long text is in, as messages name it
    QByteArray rowWithDate;            // a good row with %1 where a date goes ("" when none)
    std::function<Status(Database &, const Session &, QIODevice &, const QString &)> run;
};

template<typename T>
Status statusOf(const Result<T> &r)
{
    return r ? Status{} : Status{r.error()};
}

QList<Importer> importers()
{
    // A student the database does not have yet.
    const QByteArray newUpn = Upn::withCheckLetter(QStringLiteral("801200000009")).toLatin1();
    return {
        {"students", "UPN,Legal Surname,Legal Forename,DOB\n", newUpn + ",%1,Ann,01/09/2013\n",
         QStringLiteral("Legal Surname"), newUpn + ",Ames,Ann,%1\n",
         [](Database &db, const Session &s, QIODevice &d, const QString &f) {
             return statusOf(StudentImporter::importFile(db, s, d, f));
         }},
        {"behaviour", "UPN,Date,Category,Description\n", "X801200000001,2026-11-03,Disruption,%1\n",
         QStringLiteral("Description"), "X801200000001,%1,Disruption,Calling out\n",
         [](Database &db, const Session &s, QIODevice &d, const QString &f) {
             return statusOf(BehaviourImporter::importFile(db, s, d, f));
         }},
        {"referrals", "Timestamp,Your name,Student UPN,Area of concern,Description of concern,Urgency\n",
         "02/11/2026 08:14:55,T. One,X801200000001,Behaviour,%1,Urgent\n", QStringLiteral("Description of concern"),
         "%1 08:14:55,T. One,X801200000001,Behaviour,Shouting,Urgent\n",
         [](Database &db, const Session &s, QIODevice &d, const QString &f) {
             return statusOf(ReferralImporter::importFile(db, s, d, f));
         }},
        {"reports", "UPN,Course,Task,Type,Due\n", "X801200000001,Year 8 Maths,%1,mandatory,2026-11-20\n",
         QStringLiteral("Task"), "X801200000001,Year 8 Maths,Essay,mandatory,%1\n",
         [](Database &db, const Session &s, QIODevice &d, const QString &f) {
             return statusOf(ReportImporter::importFile(db, s, ReportImportKind::Progress, d, f));
         }},
        {"timetable", "UPN,Day,Period,Subject\n", "X801200000001,Mon,1,%1\n", QStringLiteral("Subject"), "",
         [](Database &db, const Session &s, QIODevice &d, const QString &f) {
             return statusOf(TimetableImporter::importFile(db, s, d, f));
         }},
        {"calendar", "Kind,Name,Start,End\n", "term,%1,2026-09-02,2026-12-18\n", QStringLiteral("name"),
         "term,Autumn,%1,2026-12-18\n",
         [](Database &, const Session &, QIODevice &d, const QString &f) {
             return statusOf(CalendarImporter::read(d, f));
         }},
    };
}

QByteArray withText(const QByteArray &row, const QByteArray &text)
{
    QByteArray out = row;
    return out.replace("%1", text);
}

} // namespace

class TestImportLimits : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    Session m_session = Session::system();

    Status run(const Importer &importer, const QByteArray &csv)
    {
        QByteArray data = csv;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        return importer.run(m_t->db(), m_session, buffer, QStringLiteral("hostile.csv"));
    }

    int count(const char *table)
    {
        Query q(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        return q.scalar().value().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        const Session teacher = m_t->addUser(QStringLiteral("t.one"), {Role::Teacher});
        const qint64 ada = m_t->addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        m_t->enrol(teacher.userId(), ada);
        BehaviourCategory c;
        c.name = QStringLiteral("Disruption");
        c.kind = BehaviourKind::Negative;
        c.defaultPoints = -1;
        QVERIFY(BehaviourStore(m_t->db()).addCategory(m_session, c));
    }

    void goodRowsAreTaken_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < importers().size(); ++i)
            QTest::newRow(importers().at(i).name) << i;
    }

    // The rows the other cases spoil are good as they stand, so each refusal below is the limit's.
    void goodRowsAreTaken()
    {
        QFETCH(int, which);
        const Importer im = importers().at(which);
        test::TestDatabase scratch;
        const Session teacher = scratch.addUser(QStringLiteral("t.one"), {Role::Teacher});
        scratch.enrol(teacher.userId(), scratch.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill")));
        BehaviourCategory c;
        c.name = QStringLiteral("Disruption");
        c.kind = BehaviourKind::Negative;
        c.defaultPoints = -1;
        QVERIFY(BehaviourStore(scratch.db()).addCategory(m_session, c));
        QByteArray data = im.header + withText(im.rowWithText, "Ordinary words");
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        const Status s = im.run(scratch.db(), m_session, buffer, QStringLiteral("good.csv"));
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().message));
    }

    void refusesFileOf200MegabytesBeforeReadingIt_data() { goodRowsAreTaken_data(); }

    void refusesFileOf200MegabytesBeforeReadingIt()
    {
        QFETCH(int, which);
        const Importer im = importers().at(which);
        // A sparse file: 200 MB long, next to nothing on disk, made in a moment.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("huge.csv")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(im.header + withText(im.rowWithText, "Ordinary words"));
        QVERIFY(file.resize(200LL * 1024 * 1024));
        QVERIFY(file.seek(0));
        const int before = count("audit_log");
        const Status s = im.run(m_t->db(), m_session, file, QStringLiteral("huge.csv"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.startsWith(QLatin1String("huge.csv: the file is larger than 100")),
                 qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QLatin1String("split it into smaller files")), qPrintable(s.error().message));
        QCOMPARE(file.pos(), qint64(0)); // not a byte read
        QCOMPARE(count("audit_log"), before);
    }

    void refusesEndlessPipeOnceItPassesTheLimit()
    {
        // Through the reader every importer uses, with the limit made small so the test is quick.
        EndlessDevice pipe("UPN,Legal Surname,Legal Forename\n", "A801200000009,Ames,Ann\n");
        CsvReader reader(pipe);
        reader.setMaxFileBytes(2 * 1024 * 1024);
        CsvRecord record;
        int records = 0;
        while (reader.readNext(record))
            ++records;
        QVERIFY(!reader.status().ok());
        QVERIFY2(reader.status().error().message.startsWith(QLatin1String("the file is larger than 2")),
                 qPrintable(reader.status().error().message));
        QVERIFY(records > 10000);
        QVERIFY(pipe.given() <= 2 * 1024 * 1024 + 64 * 1024);
    }

    void refusesMillionCharacterFieldNamingTheColumn_data() { goodRowsAreTaken_data(); }

    void refusesMillionCharacterFieldNamingTheColumn()
    {
        QFETCH(int, which);
        const Importer im = importers().at(which);
        const int before = count("audit_log");
        const Status s = run(im, im.header + withText(im.rowWithText, QByteArray(1000000, 'x')));
        QVERIFY(!s.ok());
        const QString all = s.error().message + QLatin1Char('\n') + s.error().details.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("line 2: ")), qPrintable(all.left(500)));
        QVERIFY2(all.contains(im.textColumn), qPrintable(all.left(500)));
        QVERIFY2(all.contains(QLatin1String("longer than")) || all.contains(QLatin1String("characters long")),
                 qPrintable(all.left(500)));
        // The message quotes at most the start of the value, never the whole of it.
        QVERIFY2(all.size() < 2000, qPrintable(QString::number(all.size())));
        QCOMPARE(count("audit_log"), before);
    }

    void refusesFieldLongerThanTheRecordLimit()
    {
        // 1,000,000 characters of two bytes each pass the reader's 1 MiB limit on a record.
        const Importer im = importers().at(0);
        QByteArray text;
        for (int i = 0; i < 1000000; ++i)
            text += "\xC3\xA9"; // é
        const Status s = run(im, im.header + withText(im.rowWithText, text));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.startsWith(QLatin1String("hostile.csv: line 2: the line is longer than 1")),
                 qPrintable(s.error().message.left(300)));
    }

    void refusesDatesOutsideTheSaneRange_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QByteArray>("date");
        for (int i = 0; i < importers().size(); ++i) {
            if (importers().at(i).rowWithDate.isEmpty() || QByteArray(importers().at(i).name) == "students")
                continue;
            const bool british = QByteArray(importers().at(i).name) == "referrals";
            QTest::addRow("%s 0224", importers().at(i).name) << i << QByteArray(british ? "01/11/0224" : "0224-11-01");
            QTest::addRow("%s 1899", importers().at(i).name) << i << QByteArray(british ? "31/12/1899" : "1899-12-31");
            if (QByteArray(importers().at(i).name) == "reports" || QByteArray(importers().at(i).name) == "calendar")
                QTest::addRow("%s 2101", importers().at(i).name) << i << QByteArray("2101-01-01");
        }
    }

    void refusesDatesOutsideTheSaneRange()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, date);
        const Importer im = importers().at(which);
        const Status s = run(im, im.header + withText(im.rowWithDate, date));
        QVERIFY(!s.ok());
        const QString all = s.error().details.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("is not between the years 1900 and 2100; check the year")), qPrintable(all));
        QVERIFY2(all.startsWith(QLatin1String("line 2: ")), qPrintable(all));
    }

    void studentAgeKeepsDatesOfBirthSane()
    {
        const Importer im = importers().at(0);
        const Status s = run(im, im.header + withText(im.rowWithDate, "01/09/1066"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().details.join(QString()).contains(QLatin1String("a pupil must be aged 2 to 25")),
                 qPrintable(s.error().details.join(QString())));
    }

    void listsTheFirst200BadLinesAndCountsTheRest_data() { goodRowsAreTaken_data(); }

    void listsTheFirst200BadLinesAndCountsTheRest()
    {
        QFETCH(int, which);
        const Importer im = importers().at(which);
        QByteArray csv = im.header;
        const QByteArray bad = im.rowWithDate.isEmpty() ? withText(im.rowWithText, QByteArray(300, 'y'))
                                                        : withText(im.rowWithDate, "not a date");
        for (int i = 0; i < 5000; ++i)
            csv += bad;
        const Status s = run(im, csv);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("5000 row")), qPrintable(s.error().message));
        QCOMPARE(s.error().details.size(), ImportProblems::kMaxListed + 1);
        QCOMPARE(s.error().details.last(), QStringLiteral("… and 4800 more lines with problems"));
        QVERIFY(s.error().details.first().startsWith(QLatin1String("line 2: ")));
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
