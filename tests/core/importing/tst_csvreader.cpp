// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/CsvReader.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using md::CsvHeader;
using md::CsvReader;
using md::CsvRecord;

namespace {

using Rows = QList<QStringList>;

md::Result<QList<CsvRecord>> parse(const QByteArray &bytes, char delimiter = ',')
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return CsvReader::readAll(buffer, delimiter);
}

Rows fieldsOf(const QList<CsvRecord> &records)
{
    Rows rows;
    for (const CsvRecord &r : records)
        rows.append(r.fields);
    return rows;
}

QList<qint64> linesOf(const QList<CsvRecord> &records)
{
    QList<qint64> lines;
    for (const CsvRecord &r : records)
        lines.append(r.line);
    return lines;
}

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList out;
    for (const char *f : fields)
        out.append(QString::fromUtf8(f));
    return out;
}

// A sequential device that hands over a few bytes per read, so every byte boundary falls between
// two reads somewhere: in a CR LF pair, a doubled quote, a multi-byte character.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step, qint64 failAt = -1)
        : m_data(std::move(data)), m_step(step), m_failAt(failAt)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_failAt >= 0 && m_pos >= m_failAt) {
            setErrorString(QStringLiteral("the disk went away"));
            return -1;
        }
        const qint64 n = qMin(qMin(max, m_step), qint64(m_data.size()) - m_pos);
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_failAt;
    qint64 m_pos = 0;
};

} // namespace

// The CSV reader every importer uses: RFC 4180, line numbers, encodings, errors and streaming.
class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFieldsAndRecords();
    void keepsDelimiterInsideQuotes();
    void turnsDoubledQuotesIntoOne();
    void keepsLineBreaksInsideQuotes();
    void acceptsEveryLineEnding_data();
    void acceptsEveryLineEnding();
    void finalLineBreakIsOptional();
    void keepsEmptyFields();
    void keepsSpacesAroundFields();
    void skipsBlankLinesButCountsThem();
    void keepsBareQuoteInsideUnquotedField();
    void decodesUtf8();
    void removesByteOrderMarkOnlyAtStart();
    void numbersRecordsByPhysicalLineAcrossQuotedLineBreaks();
    void readsSameRecordsWhateverTheReadSize();
    void honoursOtherDelimiters();
    void reportsUnterminatedQuoteWithItsLine();
    void reportsInvalidUtf8WithLineAndField();
    void reportsCharacterCutShortAtFieldEnd();
    void reportsTextAfterClosingQuote();
    void refusesRecordLongerThanLimit();
    void refusesFileLargerThanLimitBeforeReadingIt();
    void reportsDeviceReadError();
    void stopsReadingAfterError();
    void streamsWithoutReadingWholeDevice();
    void readsFixtureFile();

    void headerMatchesNamesIgnoringCaseAndSpaces();
    void headerTriesAliasesInOrder();
    void headerReportsMissingRequiredColumnsByName();
    void headerReportsDuplicateColumns();
};

void TestCsvReader::readsFieldsAndRecords()
{
    const auto records = parse("UPN,Surname\nB801200005001,Fairbrook\nQ801200005002,Kestrel\n");
    QVERIFY(records.ok());
    QCOMPARE(fieldsOf(*records),
             Rows({row({"UPN", "Surname"}), row({"B801200005001", "Fairbrook"}), row({"Q801200005002", "Kestrel"})}));
}

void TestCsvReader::keepsDelimiterInsideQuotes()
{
    const auto records = parse("\"Fairbrook, Jonah\",7\n");
    QVERIFY(records.ok());
    QCOMPARE(fieldsOf(*records), Rows({row({"Fairbrook, Jonah", "7"})}));
}

void TestCsvReader::turnsDoubledQuotesIntoOne()
{
    const auto records = parse("\"Prefers \"\"Siân\"\"\",\"\"\"\"\n");
    QVERIFY(records.ok());
    QCOMPARE(fieldsOf(*records), Rows({row({"Prefers \"Siân\"", "\""})}));
}

void TestCsvReader::keepsLineBreaksInsideQuotes()
{
    const auto records = parse("\"one\ntwo\",\"three\r\nfour\",x\r\n");
    QVERIFY(records.ok());
    QCOMPARE(fieldsOf(*records), Rows({row({"one\ntwo", "three\r\nfour", "x"})}));
}

void TestCsvReader::acceptsEveryLineEnding_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestCsvReader::acceptsEveryLineEnding()
{
    QFETCH(QByteArray, eol);
    const auto records = parse("a,b" + eol + "\"c\",d" + eol + "e,\"f\"" + eol);
    QVERIFY(records.ok());
    QCOMPARE(fieldsOf(*records), Rows({row({"a", "b"}), row({"c", "d"}), row({"e", "f"})}));
    QCOMPARE(linesOf(*records), QList<qint64>({1, 2, 3}));
}

void TestCsvReader::finalLineBreakIsOptional()
{
    const auto unquoted = parse("a,b\nc,d");
    QVERIFY(unquoted.ok());
    QCOMPARE(fieldsOf(*unquoted), Rows({row({"a", "b"}), row({"c", "d"})}));
    const auto quoted = parse("a,b\nc,\"d\"");
    QVERIFY(quoted.ok());
    QCOMPARE(fieldsOf(*quoted), Rows({row({"a", "b"}), row({"c", "d"})}));
}

void TestCsvReader::keepsEmptyFields()
{
    const auto records = parse("a,,c\n,,\n\"\"\nx,\n");
    QVERIFY(records.ok());
    QCOMPARE(fieldsOf(*records), Rows({row({"a", "", "c"}), row({"", "", ""}), row({""}), row({"x", ""})}));
}

void TestCsvReader::keepsSpacesAroundFields()
{
    // RFC 4180: spaces are part of a field; trimming is the importer's choice, not the reader's.
    const auto records = parse(" a , b ,\"  c  \"\n");
    QVERIFY(records.ok());
    QCOMPARE(fieldsOf(*records), Rows({row({" a ", " b ", "  c  "})}));
}

void TestCsvReader::skipsBlankLinesButCountsThem()
{
    const auto records = parse("\nheader\n\n\nvalue\n\n");
    QVERIFY(records.ok());
    QCOMPARE(fieldsOf(*records), Rows({row({"header"}), row({"value"})}));
    QCOMPARE(linesOf(*records), QList<qint64>({2, 5}));
}

void TestCsvReader::keepsBareQuoteInsideUnquotedField()
{
    const auto records = parse("5'10\",O\"Neill\n");
    QVERIFY(records.ok());
    QCOMPARE(fieldsOf(*records), Rows({row({"5'10\"", "O\"Neill"})}));
}

void TestCsvReader::decodesUtf8()
{
    const auto records = parse("Siân,O'Connor-Ní Bhriain,Wiśniewski,😀\n");
    QVERIFY(records.ok());
    QCOMPARE(fieldsOf(*records), Rows({row({"Siân", "O'Connor-Ní Bhriain", "Wiśniewski", "😀"})}));
}

void TestCsvReader::removesByteOrderMarkOnlyAtStart()
{
    const auto records = parse("\xEF\xBB\xBFUPN,Surname\r\n\xEF\xBB\xBFx,y\r\n");
    QVERIFY(records.ok());
    QCOMPARE(records->at(0).fields, row({"UPN", "Surname"}));
    // Further in, U+FEFF is text like any other: the reader does not guess.
    QCOMPARE(records->at(1).fields, QStringList({QChar(0xFEFF) + QStringLiteral("x"), QStringLiteral("y")}));
    QCOMPARE(linesOf(*records), QList<qint64>({1, 2}));
}

void TestCsvReader::numbersRecordsByPhysicalLineAcrossQuotedLineBreaks()
{
    const QByteArray csv = "UPN,Notes\r\n"        // 1
                           "A,\"one\r\ntwo\"\r\n" // 2-3
                           "B,plain\r\n"          // 4
                           "C,\"x\ny\n\nz\"\n"    // 5-8
                           "\n"                   // 9 blank
                           "D,\"a\rb\"\r\n"       // 10-11
                           "E,last";              // 12
    const auto records = parse(csv);
    QVERIFY(records.ok());
    QCOMPARE(linesOf(*records), QList<qint64>({1, 2, 4, 5, 10, 12}));
    QCOMPARE(records->at(3).fields.at(1), QStringLiteral("x\ny\n\nz"));
}

void TestCsvReader::readsSameRecordsWhateverTheReadSize()
{
    QByteArray csv = "\xEF\xBB\xBFUPN,Name,Notes\r\n";
    for (int i = 0; i < 300; ++i)
        csv += "B801200005001,\"O'Connor-Ní Bhriain, Siân\",\"said \"\"hi\"\"\r\nthen left\"\r\n";
    const auto expected = parse(csv);
    QVERIFY(expected.ok());
    QCOMPARE(expected->size(), 301);
    QCOMPARE(expected->last().line, qint64(600));
    QCOMPARE(expected->last().fields, row({"B801200005001", "O'Connor-Ní Bhriain, Siân", "said \"hi\"\r\nthen left"}));
    for (qint64 step : {1, 2, 3, 7, 4096}) {
        TrickleDevice device(csv, step);
        const auto records = CsvReader::readAll(device);
        QVERIFY2(records.ok(), qPrintable(records.error().message));
        QCOMPARE(fieldsOf(*records), fieldsOf(*expected));
        QCOMPARE(linesOf(*records), linesOf(*expected));
    }
}

void TestCsvReader::honoursOtherDelimiters()
{
    const auto semicolons = parse("a;\"b;c\";d,e\n", ';');
    QVERIFY(semicolons.ok());
    QCOMPARE(fieldsOf(*semicolons), Rows({row({"a", "b;c", "d,e"})}));
    const auto tabs = parse("a\t\"b\tc\"\t d\n", '\t');
    QVERIFY(tabs.ok());
    QCOMPARE(fieldsOf(*tabs), Rows({row({"a", "b\tc", " d"})}));
}

void TestCsvReader::reportsUnterminatedQuoteWithItsLine()
{
    const auto records = parse("UPN,Notes\nA,fine\nB,\"never closed\nC,more\nD,more\n");
    QVERIFY(!records.ok());
    QCOMPARE(records.error().kind, md::Error::Kind::Invalid);
    QCOMPARE(records.error().message,
             QStringLiteral("line 3: a quoted field starting on this line has no closing quote"));
}

void TestCsvReader::reportsInvalidUtf8WithLineAndField()
{
    // "Siân" as Windows-1252 writes it: what Excel's plain "CSV" format saves.
    const auto records = parse("UPN,Forename\nB801200005001,\"multi\nline\"\nQ801200005002,Si\xE2n\n");
    QVERIFY(!records.ok());
    QCOMPARE(
        records.error().message,
        QStringLiteral("line 4, field 2: the text is not valid UTF-8; save the file as \"CSV UTF-8\" and try again"));
}

void TestCsvReader::reportsCharacterCutShortAtFieldEnd()
{
    const auto records = parse("a,Si\xC3,b\n");
    QVERIFY(!records.ok());
    QVERIFY2(records.error().message.startsWith(QLatin1String("line 1, field 2: the text is not valid UTF-8")),
             qPrintable(records.error().message));
}

void TestCsvReader::reportsTextAfterClosingQuote()
{
    const auto records = parse("a,b\n\"Jonah\" Fairbrook,7\n");
    QVERIFY(!records.ok());
    QCOMPARE(records.error().message,
             QStringLiteral("line 2: a quoted field has text after its closing quote; a quote inside a field must be "
                            "doubled (\"\")"));
}

void TestCsvReader::refusesRecordLongerThanLimit()
{
    QByteArray csv = "UPN,Notes\nA,\"opened but never closed\n";
    for (int i = 0; i < 1000; ++i)
        csv += "B801200005001,some ordinary looking row\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    reader.setMaxRecordBytes(4096);
    CsvRecord record;
    QVERIFY(reader.readNext(record));
    QVERIFY(!reader.readNext(record));
    QVERIFY(!reader.status().ok());
    QVERIFY2(reader.status().error().message.startsWith(
                 QLatin1String("line 2: a quoted field starting on this line runs on for more than")),
             qPrintable(reader.status().error().message));
    QVERIFY(reader.status().error().message.endsWith(QLatin1String("its closing quote is probably missing")));
    QVERIFY(reader.bytesConsumed() < 3 * 4096);

    QByteArray oneLongLine = "a,b\n" + QByteArray(10000, 'x') + "\n";
    QBuffer longBuffer(&oneLongLine);
    longBuffer.open(QIODevice::ReadOnly);
    CsvReader longReader(longBuffer);
    longReader.setMaxRecordBytes(4096);
    QVERIFY(longReader.readNext(record));
    QVERIFY(!longReader.readNext(record));
    QVERIFY2(longReader.status().error().message.startsWith(QLatin1String("line 2: the line is longer than")),
             qPrintable(longReader.status().error().message));
}

void TestCsvReader::refusesFileLargerThanLimitBeforeReadingIt()
{
    QCOMPARE(CsvReader::kDefaultMaxFileBytes, qint64(100) * 1024 * 1024);
    QCOMPARE(CsvReader::kDefaultMaxRecordBytes, qsizetype(1024) * 1024);
    QByteArray csv = "a,b\n";
    while (csv.size() <= 300 * 1024)
        csv += "1,2\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    reader.setMaxFileBytes(300 * 1024);
    CsvRecord record;
    QVERIFY(!reader.readNext(record));
    QVERIFY(reader.atEnd());
    QVERIFY2(reader.status().error().message.startsWith(QLatin1String("the file is larger than 300")),
             qPrintable(reader.status().error().message));
    QVERIFY(reader.status().error().message.endsWith(QLatin1String("split it into smaller files and import them one "
                                                                   "after another")));
    QCOMPARE(buffer.pos(), qint64(0));

    // Exactly at the limit is fine.
    QBuffer fits(&csv);
    fits.open(QIODevice::ReadOnly);
    CsvReader fitting(fits);
    fitting.setMaxFileBytes(csv.size());
    int records = 0;
    while (fitting.readNext(record))
        ++records;
    QVERIFY2(fitting.status().ok(), qPrintable(fitting.status().ok() ? QString() : fitting.status().error().message));
    QCOMPARE(records, int(csv.count('\n')));
}

void TestCsvReader::reportsDeviceReadError()
{
    TrickleDevice device("a,b\nc,d\ne,f\n", 4, 8);
    CsvReader reader(device);
    CsvRecord record;
    QVERIFY(reader.readNext(record));
    QVERIFY(reader.readNext(record));
    QCOMPARE(record.fields, row({"c", "d"}));
    QVERIFY(!reader.readNext(record));
    QVERIFY(!reader.status().ok());
    QCOMPARE(reader.status().error().message,
             QStringLiteral("line 3: the file could not be read any further: the disk went away"));
}

void TestCsvReader::stopsReadingAfterError()
{
    QByteArray csv = "a\n\"x\"y\nb\nc\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    QVERIFY(reader.readNext(record));
    QVERIFY(!reader.readNext(record));
    QVERIFY(!reader.readNext(record));
    QVERIFY(reader.atEnd());
    QVERIFY(reader.status().error().message.startsWith(QLatin1String("line 2:")));
}

void TestCsvReader::streamsWithoutReadingWholeDevice()
{
    // 20 MB of rows: the reader must take only what the first records need.
    const QByteArray line = "B801200005001,Fairbrook,Jonah,21/06/2015,7,7FB,M,N,N,Y,N,N,91.5\n";
    QByteArray csv;
    csv.reserve(20 * 1024 * 1024 + line.size());
    csv += "UPN,Surname,Forename,DOB,Year,Reg Group,Gender,SEN,EHC,PP,LAC,SEMH,Attendance\n";
    while (csv.size() < 20 * 1024 * 1024)
        csv += line;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    for (int i = 0; i < 3; ++i)
        QVERIFY(reader.readNext(record));
    QCOMPARE(record.line, qint64(3));
    QVERIFY2(buffer.pos() <= 256 * 1024, qPrintable(QString::number(buffer.pos())));
    QVERIFY(reader.bytesConsumed() < 1024);
}

void TestCsvReader::readsFixtureFile()
{
    QFile file(md::test::testData(QStringLiteral("students/students.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto records = CsvReader::readAll(file);
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 7);
    QCOMPARE(records->first().fields.first(), QStringLiteral("UPN"));
    QCOMPARE(linesOf(*records), QList<qint64>({1, 2, 3, 4, 6, 7, 8}));
    QCOMPARE(records->at(1).fields.at(2), QStringLiteral("Siân"));
    QCOMPARE(records->at(1).fields.at(15), QStringLiteral("Prefers \"Siân\", not \"Sian\""));
    QCOMPARE(records->at(3).fields.at(15), QStringLiteral("Line one\r\nline two"));
}

void TestCsvReader::headerMatchesNamesIgnoringCaseAndSpaces()
{
    const CsvHeader header(CsvRecord{1, row({"  upn ", "LEGAL   surname", "Notes"})});
    QCOMPARE(header.indexOf({QStringLiteral("UPN")}), 0);
    QCOMPARE(header.indexOf({QStringLiteral("Legal Surname")}), 1);
    QCOMPARE(header.indexOf({QStringLiteral("Forename")}), -1);
    QCOMPARE(header.name(0), QStringLiteral("upn"));
    QCOMPARE(header.size(), 3);
}

void TestCsvReader::headerTriesAliasesInOrder()
{
    const CsvHeader header(CsvRecord{1, row({"Surname", "Tutor Group", "Legal Surname"})});
    const QStringList surname{QStringLiteral("Legal Surname"), QStringLiteral("Surname")};
    QCOMPARE(header.indexOf(surname), 2);
    QCOMPARE(header.indexOf({QStringLiteral("Reg Group"), QStringLiteral("Tutor Group")}), 1);
    QVERIFY(header.contains(surname));
}

void TestCsvReader::headerReportsMissingRequiredColumnsByName()
{
    const CsvHeader header(CsvRecord{3, row({"Surname", "Year"})});
    const QList<QStringList> required{{QStringLiteral("UPN")},
                                      {QStringLiteral("Legal Surname"), QStringLiteral("Surname")},
                                      {QStringLiteral("Legal Forename"), QStringLiteral("Forename")}};
    QCOMPARE(header.missing(required), QStringList({QStringLiteral("UPN"), QStringLiteral("Legal Forename")}));
    const md::Status s = header.require(required);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message,
             QStringLiteral("the header row (line 3) is missing the required columns UPN, Legal Forename"));
    QCOMPARE(s.error().details, QStringList({QStringLiteral("no column is named \"UPN\""),
                                             QStringLiteral("no column is named \"Legal Forename\" or \"Forename\"")}));
    QVERIFY(header.require({{QStringLiteral("Surname")}}).ok());
}

void TestCsvReader::headerReportsDuplicateColumns()
{
    const CsvHeader header(CsvRecord{1, row({"UPN", "Year", "upn ", "Notes", "Year", ""})});
    QCOMPARE(header.duplicates(), QStringList({QStringLiteral("UPN"), QStringLiteral("Year")}));
    QCOMPARE(header.indexOf({QStringLiteral("UPN")}), 0);
    const CsvHeader clean(CsvRecord{1, row({"UPN", "", ""})});
    QVERIFY(clean.duplicates().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
