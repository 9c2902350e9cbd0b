// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/StudentImporter.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/StudentStore.h"
#include "students/Upn.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using md::ImportSummary;
using md::Role;
using md::Session;
using md::Student;
using md::StudentImporter;
using md::test::testData;
using md::test::TestDatabase;

namespace {

// Every cell quoted (doubling quotes), so a cell may hold anything.
QByteArray csvOf(const QStringList &header, const QList<QStringList> &rows)
{
    auto line = [](const QStringList &cells) {
        QStringList quoted;
        for (QString c : cells)
            quoted << QLatin1Char('"') + c.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return quoted.join(QLatin1Char(','));
    };
    QStringList lines{line(header)};
    for (const QStringList &r : rows)
        lines << line(r);
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

md::Result<ImportSummary> importBytes(TestDatabase &t, const Session &session, const QByteArray &bytes,
                                      const QString &name = QStringLiteral("test.csv"))
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return StudentImporter::importFile(t.db(), session, buffer, name);
}

md::Result<ImportSummary> importFixture(TestDatabase &t, const Session &session, const QString &name)
{
    return StudentImporter::importFile(t.db(), session, testData(QStringLiteral("students/") + name));
}

Student studentByUpn(TestDatabase &t, const QString &upn)
{
    auto s = md::StudentStore(t.db()).getByUpn(Session::system(), upn);
    return s ? *s : Student();
}

// Every row of the tables an import writes, for "nothing changed" on a server (where there is no
// file to compare byte for byte).
QByteArray tableContents(TestDatabase &t)
{
    QByteArray all;
    for (const char *table : {"students", "parents", "student_flags", "audit_log"}) {
        QSqlQuery q(t.db().connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))))
            return "query failed";
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                all += q.value(i).toString().toUtf8() + '\x1f';
            all += '\n';
        }
    }
    return all;
}

int studentCount(TestDatabase &t)
{
    auto rows = md::StudentStore(t.db()).list(Session::system(), true);
    return rows ? int(rows->size()) : -1;
}

struct AuditRow
{
    QString action;
    qint64 entityId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    QString username;

    bool operator==(const AuditRow &o) const
    {
        return action == o.action && entityId == o.entityId && field == o.field && oldValue == o.oldValue &&
               newValue == o.newValue && username == o.username;
    }
};

char *toString(const AuditRow &r)
{
    return qstrdup(qPrintable(QStringLiteral("%1 %2 %3: '%4' -> '%5' by %6")
                                  .arg(r.action)
                                  .arg(r.entityId)
                                  .arg(r.field, r.oldValue, r.newValue, r.username)));
}

QList<AuditRow> auditRows(TestDatabase &t, const QString &action)
{
    md::Query q(t.db(), QStringLiteral("SELECT action, entity_id, field, old_value, new_value, username "
                                       "FROM audit_log WHERE entity = 'student' AND action = ? ORDER BY id"));
    q.bind(action);
    QList<AuditRow> rows;
    if (!q.exec().ok())
        return rows;
    while (q.next())
        rows.append({q.string(0), q.id(1), q.string(2), q.string(3), q.string(4), q.string(5)});
    return rows;
}

// A date of birth that makes a pupil `years` old today, as a British export writes it.
QString dobForAge(int years, int extraDays = 0)
{
    return QDate::currentDate().addYears(-years).addDays(extraDays).toString(QStringLiteral("dd/MM/yyyy"));
}

// A field of a student as text, so one data-driven test can check any of them.
QString fieldText(const Student &s, const QString &field)
{
    if (field == QLatin1String("upn"))
        return s.upn;
    if (field == QLatin1String("legalSurname"))
        return s.legalSurname;
    if (field == QLatin1String("legalForename"))
        return s.legalForename;
    if (field == QLatin1String("preferredForename"))
        return s.preferredForename;
    if (field == QLatin1String("preferredSurname"))
        return s.preferredSurname;
    if (field == QLatin1String("dob"))
        return md::isoDate(s.dateOfBirth);
    if (field == QLatin1String("year"))
        return QString::number(s.yearGroup);
    if (field == QLatin1String("tutorGroup"))
        return s.tutorGroup;
    if (field == QLatin1String("gender"))
        return s.gender;
    if (field == QLatin1String("sen"))
        return md::toCode(s.senStatus);
    if (field == QLatin1String("ehc"))
        return QString::number(int(s.ehcPlan));
    if (field == QLatin1String("pp"))
        return QString::number(int(s.pupilPremium));
    if (field == QLatin1String("lac"))
        return QString::number(int(s.lookedAfter));
    if (field == QLatin1String("semh"))
        return QString::number(int(s.semh));
    if (field == QLatin1String("attendance"))
        return s.attendance ? QString::number(*s.attendance) : QStringLiteral("none");
    return QStringLiteral("unknown field ") + field;
}

const QString kUpn = QStringLiteral("B801200005001");
const QStringList kRequired{QStringLiteral("UPN"), QStringLiteral("Surname"), QStringLiteral("Forename")};

} // namespace

// Importing students from an MIS export: columns, every field's forms, updates with their audit
// trail, permission, and the all-or-nothing refusal of a file with bad rows.
class TestStudentImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsEveryFieldOfTheStandardExport();
    void matchesColumnsByAliasInAnyCaseAndOrder();
    void acceptsOtherNamesForRequiredColumns();
    void readsEveryAcceptedFormOfEachField_data();
    void readsEveryAcceptedFormOfEachField();
    void refusesEachBadValueNamingFieldAndValue_data();
    void refusesEachBadValueNamingFieldAndValue();
    void refusesBlankRequiredNames();
    void acceptsAgesFromTwoToTwentyFive();
    void acceptsNamesUpToTheLimit();
    void updatesExistingStudentsByUpnAndAuditsEachChangedField();
    void reimportingTheSameFileChangesNothing();
    void leavesFieldsTheFileHasNoColumnFor();
    void blankCellClearsTheField();
    void refusesMentorSession();
    void refusesWholeFileWhenAnyRowIsBad();
    void namesThePhysicalLineOfABadUpn();
    void refusesUpnRepeatedInTheFileOnItsSecondLine();
    void largeFileIsReadWhileItIsWritten();
    void lateBadRowUndoesTheRowsAlreadyWritten();
    void readsAPipeOnTheCallingThread();
    void upnStoredSinceTheImporterLookedIsUpdated();
    void refusesFileMissingRequiredColumns();
    void refusesDuplicatedColumn();
    void refusesEmptyFile();
    void importsNothingFromHeaderOnlyFile();
    void refusesUnterminatedQuoteNamingItsLine();
    void refusesFileThatIsNotUtf8();
    void refusesRowWithWrongNumberOfFields();
    void acceptsTrailingEmptyFields();
    void reportsFileThatCannotBeOpened();
    void logsCountsButNoPupilData();
};

void TestStudentImport::importsEveryFieldOfTheStandardExport()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary = importFixture(t, lead, QStringLiteral("students.csv"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    QCOMPARE(summary->rows, 6);
    QCOMPARE(summary->created, 6);
    QCOMPARE(summary->updated, 0);
    QCOMPARE(summary->unchanged, 0);
    QCOMPARE(studentCount(t), 6);

    const Student sian = studentByUpn(t, QStringLiteral("B801200005001"));
    QCOMPARE(sian.legalSurname, QStringLiteral("O'Connor-Ní Bhriain"));
    QCOMPARE(sian.legalForename, QStringLiteral("Siân"));
    QCOMPARE(sian.preferredForename, QString());
    QCOMPARE(sian.dateOfBirth, QDate(2014, 9, 14));
    QCOMPARE(sian.yearGroup, 7);
    QCOMPARE(sian.tutorGroup, QStringLiteral("7ON"));
    QCOMPARE(sian.gender, QStringLiteral("F"));
    QCOMPARE(sian.senStatus, md::SenStatus::Support);
    QVERIFY(!sian.ehcPlan);
    QVERIFY(sian.pupilPremium);
    QVERIFY(!sian.lookedAfter);
    QVERIFY(sian.semh);
    QCOMPARE(sian.attendance, std::optional<double>(94.5));

    const Student tomasz = studentByUpn(t, QStringLiteral("Q801200005002"));
    QCOMPARE(tomasz.legalSurname, QStringLiteral("Wiśniewski-Hale"));
    QCOMPARE(tomasz.preferredForename, QStringLiteral("Tom"));
    QCOMPARE(tomasz.displayName(), QStringLiteral("Tom Wiśniewski-Hale"));
    QCOMPARE(tomasz.dateOfBirth, QDate(2013, 2, 28));
    QCOMPARE(tomasz.yearGroup, 8);
    QCOMPARE(tomasz.attendance, std::optional<double>(88));

    const Student amara = studentByUpn(t, QStringLiteral("E801200005003"));
    QCOMPARE(amara.preferredSurname, QStringLiteral("Reyes"));
    QCOMPARE(amara.yearGroup, 9);
    QCOMPARE(amara.senStatus, md::SenStatus::EhcPlan);
    QVERIFY(amara.ehcPlan);
    QVERIFY(amara.pupilPremium);
    QVERIFY(amara.lookedAfter);
    QVERIFY(!amara.semh);
    QCOMPARE(amara.attendance, std::optional<double>(100));

    const Student jonah = studentByUpn(t, QStringLiteral("U801200005004"));
    QCOMPARE(jonah.senStatus, md::SenStatus::Support);
    QVERIFY(jonah.pupilPremium);
    QVERIFY(!jonah.ehcPlan);
    QCOMPARE(jonah.attendance, std::optional<double>(91));

    const Student lily = studentByUpn(t, QStringLiteral("H801200005005"));
    QCOMPARE(lily.preferredForename, QStringLiteral("Lil"));
    QCOMPARE(lily.gender, QStringLiteral("X"));
    QCOMPARE(lily.senStatus, md::SenStatus::None);
    QVERIFY(!lily.ehcPlan && !lily.pupilPremium && !lily.lookedAfter && !lily.semh);
    QVERIFY(!lily.attendance.has_value());

    const Student rowan = studentByUpn(t, QStringLiteral("A80120000501A"));
    QCOMPARE(rowan.legalForename, QStringLiteral("Rowan"));
    QCOMPARE(rowan.gender, QStringLiteral("F"));
    QVERIFY(!rowan.ehcPlan);
    QVERIFY(rowan.pupilPremium);
    QVERIFY(!rowan.lookedAfter);
    QVERIFY(rowan.semh);
    QCOMPARE(rowan.attendance, std::optional<double>(76.25));

    const auto created = auditRows(t, QStringLiteral("create"));
    QCOMPARE(created.size(), 6);
    for (const AuditRow &r : created)
        QCOMPARE(r.username, QStringLiteral("lead"));
}

void TestStudentImport::matchesColumnsByAliasInAnyCaseAndOrder()
{
    TestDatabase t;
    const Session head = t.addUser(QStringLiteral("head"), {Role::Headteacher});
    const auto summary = importFixture(t, head, QStringLiteral("aliases.csv"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    QCOMPARE(summary->created, 2);

    const Student ifeoma = studentByUpn(t, QStringLiteral("B801200005001"));
    QCOMPARE(ifeoma.legalSurname, QStringLiteral("Adeyemi-Lindqvist"));
    QCOMPARE(ifeoma.legalForename, QStringLiteral("Ifeoma"));
    QCOMPARE(ifeoma.dateOfBirth, QDate(2014, 9, 14));
    QCOMPARE(ifeoma.yearGroup, 7);
    QCOMPARE(ifeoma.tutorGroup, QStringLiteral("7AL"));
    QCOMPARE(ifeoma.gender, QStringLiteral("F"));
    QCOMPARE(ifeoma.senStatus, md::SenStatus::Support);
    QVERIFY(!ifeoma.ehcPlan);
    QVERIFY(ifeoma.pupilPremium);
    QVERIFY(ifeoma.lookedAfter);
    QVERIFY(!ifeoma.semh);
    QCOMPARE(ifeoma.attendance, std::optional<double>(93.5));

    const Student corin = studentByUpn(t, QStringLiteral("Q801200005002"));
    QCOMPARE(corin.dateOfBirth, QDate(2014, 3, 1));
    QCOMPARE(corin.gender, QStringLiteral("M"));
    QCOMPARE(corin.senStatus, md::SenStatus::EhcPlan);
    QVERIFY(corin.ehcPlan);
    QVERIFY(!corin.pupilPremium);
    QVERIFY(!corin.lookedAfter);
    QVERIFY(corin.semh);
    QCOMPARE(corin.attendance, std::optional<double>(100));
}

void TestStudentImport::acceptsOtherNamesForRequiredColumns()
{
    TestDatabase t;
    const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
    const auto legal = importBytes(t, admin,
                                   csvOf({QStringLiteral("Unique Pupil Number"), QStringLiteral("LEGAL SURNAME"),
                                          QStringLiteral("legal forename")},
                                         {{kUpn, QStringLiteral("Fairbrook"), QStringLiteral("Jonah")}}));
    QVERIFY2(legal.ok(), qPrintable(legal.error().fullText()));
    QCOMPARE(studentByUpn(t, kUpn).legalSurname, QStringLiteral("Fairbrook"));

    const auto shortNames =
        importBytes(t, admin,
                    csvOf({QStringLiteral(" Forename"), QStringLiteral("upn"), QStringLiteral("surname ")},
                          {{QStringLiteral("Jonas"), kUpn, QStringLiteral("Fairbrook")}}));
    QVERIFY2(shortNames.ok(), qPrintable(shortNames.error().fullText()));
    QCOMPARE(shortNames->updated, 1);
    QCOMPARE(studentByUpn(t, kUpn).legalForename, QStringLiteral("Jonas"));
}

void TestStudentImport::readsEveryAcceptedFormOfEachField_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    int counter = 0;
    auto add = [&counter](const char *column, const QString &cell, const char *field, const QString &expected) {
        const QString name = QStringLiteral("%1: %2 = '%3'").arg(++counter).arg(QLatin1String(column), cell);
        QTest::newRow(qPrintable(name)) << QString::fromLatin1(column) << cell << QString::fromLatin1(field)
                                        << expected;
    };
    auto s = [](const char *text) { return QString::fromUtf8(text); };

    add("Preferred Forename", s("Siân"), "preferredForename", s("Siân"));
    add("Preferred Forename", s("  Lil  "), "preferredForename", s("Lil"));
    add("Preferred Surname", s("Ní Bhriain"), "preferredSurname", s("Ní Bhriain"));

    const QDate dob = QDate::currentDate().addYears(-12);
    add("DOB", dob.toString(QStringLiteral("dd/MM/yyyy")), "dob", md::isoDate(dob));
    add("DOB", dob.toString(QStringLiteral("d/M/yyyy")), "dob", md::isoDate(dob));
    add("DOB", md::isoDate(dob), "dob", md::isoDate(dob));
    add("Date of Birth", dob.toString(QStringLiteral("dd/MM/yyyy")), "dob", md::isoDate(dob));
    add("DOB", s(""), "dob", s(""));
    add("DOB", s(" ") + md::isoDate(dob) + s(" "), "dob", md::isoDate(dob));

    add("Year", s("7"), "year", s("7"));
    add("Year", s("Year 7"), "year", s("7"));
    add("Year", s("Y7"), "year", s("7"));
    add("Year", s("y 11"), "year", s("11"));
    add("Year", s("YEAR10"), "year", s("10"));
    add("Year", s("Yr 8"), "year", s("8"));
    add("Year Group", s("13"), "year", s("13"));
    add("Year Group", s("1"), "year", s("1"));
    add("Year", s(""), "year", s("0"));
    add("Year", s("07"), "year", s("7"));

    add("Reg Group", s("7ON"), "tutorGroup", s("7ON"));
    add("Tutor Group", s("10-TW"), "tutorGroup", s("10-TW"));
    add("Registration Group", s("8WH"), "tutorGroup", s("8WH"));
    add("Form", s("9OR"), "tutorGroup", s("9OR"));

    add("Gender", s("M"), "gender", s("M"));
    add("Gender", s("female"), "gender", s("F"));
    add("Gender", s("Male"), "gender", s("M"));
    add("Gender", s("X"), "gender", s("X"));
    add("Sex", s("F"), "gender", s("F"));

    add("SEN Status", s("N"), "sen", s("N"));
    add("SEN Status", s("K"), "sen", s("K"));
    add("SEN Status", s("E"), "sen", s("E"));
    add("SEN Status", s("k"), "sen", s("K"));
    add("SEN Status", s("SEN Support"), "sen", s("K"));
    add("SEN Status", s("EHC Plan"), "sen", s("E"));
    add("SEN Status", s("No SEN"), "sen", s("N"));
    add("SEN Status", s("K - SEN Support"), "sen", s("K"));
    add("SEN Status", s("E - Education, Health and Care Plan"), "sen", s("E"));
    add("SEN Status", s(""), "sen", s("N"));
    add("SEN", s("K"), "sen", s("K"));

    const struct
    {
        const char *column;
        const char *field;
    } flags[] = {{"EHC Plan", "ehc"}, {"EHCP", "ehc"},         {"Pupil Premium", "pp"}, {"PP", "pp"},
                 {"LAC", "lac"},      {"Looked After", "lac"}, {"SEMH", "semh"}};
    for (const auto &flag : flags) {
        for (const char *yes : {"Y", "yes", "TRUE", "1"})
            add(flag.column, s(yes), flag.field, s("1"));
        for (const char *no : {"N", "No", "false", "0", ""})
            add(flag.column, s(no), flag.field, s("0"));
    }

    add("Attendance", s("94.5"), "attendance", s("94.5"));
    add("Attendance", s("94.5%"), "attendance", s("94.5"));
    add("Attendance", s(" 87 % "), "attendance", s("87"));
    add("Attendance", s("0"), "attendance", s("0"));
    add("Attendance", s("100"), "attendance", s("100"));
    add("Attendance", s("100.0%"), "attendance", s("100"));
    add("Attendance", s(""), "attendance", s("none"));
    add("Attendance", s(".5"), "attendance", s("0.5"));
    add("Attendance", s("95.25 %"), "attendance", s("95.25"));
}

void TestStudentImport::readsEveryAcceptedFormOfEachField()
{
    QFETCH(QString, column);
    QFETCH(QString, cell);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary = importBytes(
        t, lead,
        csvOf(kRequired + QStringList{column}, {{kUpn, QStringLiteral("Fairbrook"), QStringLiteral("Jonah"), cell}}));
    QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    QCOMPARE(summary->created, 1);
    QCOMPARE(fieldText(studentByUpn(t, kUpn), field), expected);
}

void TestStudentImport::refusesEachBadValueNamingFieldAndValue_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("problem");

    auto add = [](const char *name, const char *column, const QString &cell, const QString &problem) {
        QTest::newRow(name) << QString::fromLatin1(column) << cell << problem;
    };
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    const QString notDate = s("DOB '%1' is not a date (write dd/mm/yyyy or yyyy-mm-dd)");
    const QString badAge = s("DOB '%1' gives an age of %2; a pupil must be aged 2 to 25");
    const QString notYear = s("Year '%1' is not a year group from 1 to 13 (write 7, Year 7 or Y7)");
    const QString notPercent = s("Attendance '%1' is not a percentage from 0 to 100");
    const QString notYesNo = s("%1 '%2' is not yes or no (write Y or N, Yes or No, True or False, 1 or 0)");
    const QString notSen =
        s("SEN Status '%1' is not a SEN status (write N, K or E, or No SEN, SEN Support or EHC Plan)");

    add("DOB not a real date", "DOB", s("31/02/2013"), notDate.arg(s("31/02/2013")));
    add("DOB with slashes the ISO way", "DOB", s("2013/02/01"), notDate.arg(s("2013/02/01")));
    add("DOB with hyphens the British way", "DOB", s("14-09-2014"), notDate.arg(s("14-09-2014")));
    add("DOB two-digit year", "DOB", s("14/09/14"), notDate.arg(s("14/09/14")));
    add("DOB in words", "DOB", s("14 Sept 2014"), notDate.arg(s("14 Sept 2014")));
    const QString tomorrow = QDate::currentDate().addDays(1).toString(QStringLiteral("dd/MM/yyyy"));
    add("DOB in the future", "DOB", tomorrow, s("DOB '%1' is in the future").arg(tomorrow));
    add("DOB of a one-year-old", "DOB", dobForAge(1), badAge.arg(dobForAge(1)).arg(1));
    add("DOB of a 26-year-old", "DOB", dobForAge(26), badAge.arg(dobForAge(26)).arg(26));
    add("DOB of a 90-year-old", "DOB", dobForAge(90), badAge.arg(dobForAge(90)).arg(90));

    add("Year 14", "Year", s("Year 14"), notYear.arg(s("Year 14")));
    add("Year 0", "Year", s("0"), notYear.arg(s("0")));
    add("Year R", "Year", s("R"), notYear.arg(s("R")));
    add("Year in words", "Year", s("seven"), notYear.arg(s("seven")));
    add("Year decimal", "Year", s("7.5"), notYear.arg(s("7.5")));

    add("Attendance over 100", "Attendance", s("104%"), notPercent.arg(s("104%")));
    add("Attendance negative", "Attendance", s("-1"), notPercent.arg(s("-1")));
    add("Attendance in words", "Attendance", s("ninety"), notPercent.arg(s("ninety")));
    add("Attendance decimal comma", "Attendance", s("94,5"), notPercent.arg(s("94,5")));
    add("Attendance not a number", "Attendance", s("nan"), notPercent.arg(s("nan")));

    add("Pupil Premium maybe", "Pupil Premium", s("maybe"), notYesNo.arg(s("Pupil Premium"), s("maybe")));
    add("LAC 2", "LAC", s("2"), notYesNo.arg(s("LAC"), s("2")));
    add("SEMH tick", "SEMH", s("✓"), notYesNo.arg(s("SEMH"), s("✓")));

    add("SEN Q", "SEN Status", s("Q"), notSen.arg(s("Q")));
    add("SEN statement", "SEN Status", s("S - Statement"), notSen.arg(s("S - Statement")));

    const QString longName(101, QLatin1Char('a'));
    add("Preferred Forename 101 characters", "Preferred Forename", longName,
        s("Preferred Forename '%1…' is 101 characters long; the most is 100").arg(QString(40, QLatin1Char('a'))));
    const QString longGroup(31, QLatin1Char('G'));
    add("Reg Group 31 characters", "Reg Group", longGroup,
        s("Reg Group '%1' is 31 characters long; the most is 30").arg(longGroup));
    const QString longGender(21, QLatin1Char('x'));
    add("Gender 21 characters", "Gender", longGender,
        s("Gender '%1' is 21 characters long; the most is 20").arg(longGender));
    add("Preferred Forename with a line break", "Preferred Forename", s("Siân\nO'Connor"),
        s("Preferred Forename 'Siân O'Connor' contains a line break or another control character"));
}

void TestStudentImport::refusesEachBadValueNamingFieldAndValue()
{
    QFETCH(QString, column);
    QFETCH(QString, cell);
    QFETCH(QString, problem);
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const QStringList good{QStringLiteral("Q801200005002"), QStringLiteral("Kestrel"), QStringLiteral("Fen"),
                           QString()};
    const auto summary = importBytes(t, lead,
                                     csvOf(kRequired + QStringList{column},
                                           {good, {kUpn, QStringLiteral("Fairbrook"), QStringLiteral("Jonah"), cell}}),
                                     QStringLiteral("pupils.csv"));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, md::Error::Kind::Invalid);
    QCOMPARE(summary.error().message, QStringLiteral("pupils.csv: 1 row has a problem; nothing was imported."));
    QCOMPARE(summary.error().details, QStringList{QStringLiteral("line 3: ") + problem});
    QCOMPARE(studentCount(t), 0);
}

void TestStudentImport::refusesBlankRequiredNames()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary =
        importBytes(t, lead,
                    csvOf({QStringLiteral("UPN"), QStringLiteral("Legal Surname"), QStringLiteral("Legal Forename")},
                          {{kUpn, QStringLiteral(" "), QStringLiteral("Jonah")},
                           {QStringLiteral("Q801200005002"), QStringLiteral("Kestrel"), QString()},
                           {QString(), QString(), QString()}}));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().message, QStringLiteral("test.csv: 3 rows have problems; nothing was imported."));
    QCOMPARE(summary.error().details,
             QStringList({QStringLiteral("line 2: Legal Surname is blank"),
                          QStringLiteral("line 3: Legal Forename is blank"),
                          QStringLiteral("line 4: UPN is missing; Legal Surname is blank; Legal Forename is blank")}));
}

void TestStudentImport::acceptsAgesFromTwoToTwentyFive()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary = importBytes(
        t, lead,
        csvOf(kRequired + QStringList{QStringLiteral("DOB")},
              {{kUpn, QStringLiteral("Fairbrook"), QStringLiteral("Jonah"), dobForAge(2)},
               {QStringLiteral("Q801200005002"), QStringLiteral("Kestrel"), QStringLiteral("Fen"), dobForAge(26, 1)}}));
    QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    QCOMPARE(summary->created, 2);
    QCOMPARE(studentByUpn(t, QStringLiteral("Q801200005002")).dateOfBirth,
             QDate::currentDate().addYears(-26).addDays(1));
}

void TestStudentImport::acceptsNamesUpToTheLimit()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const QString hundred = QStringLiteral("Ó") + QString(99, QLatin1Char('b'));
    const auto summary = importBytes(
        t, lead,
        csvOf(kRequired + QStringList{QStringLiteral("Preferred Surname")}, {{kUpn, hundred, hundred, hundred}}));
    QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    const Student s = studentByUpn(t, kUpn);
    QCOMPARE(s.legalSurname, hundred);
    QCOMPARE(s.legalForename, hundred);
    QCOMPARE(s.preferredSurname, hundred);
}

void TestStudentImport::updatesExistingStudentsByUpnAndAuditsEachChangedField()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    QVERIFY(importFixture(t, lead, QStringLiteral("students.csv")).ok());
    const qint64 tomaszId = studentByUpn(t, QStringLiteral("Q801200005002")).id;
    const qint64 jonahId = studentByUpn(t, QStringLiteral("U801200005004")).id;

    const Session head = t.addUser(QStringLiteral("head"), {Role::Headteacher});
    const auto summary = importFixture(t, head, QStringLiteral("update.csv"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    QCOMPARE(summary->rows, 4);
    QCOMPARE(summary->created, 1);
    QCOMPARE(summary->updated, 2);
    QCOMPARE(summary->unchanged, 1);
    // Students not in the file stay: an import never removes anyone.
    QCOMPARE(studentCount(t), 7);

    const Student tomasz = studentByUpn(t, QStringLiteral("Q801200005002"));
    QCOMPARE(tomasz.id, tomaszId);
    QCOMPARE(tomasz.preferredForename, QString());
    QCOMPARE(tomasz.attendance, std::optional<double>(86.5));
    const Student jonah = studentByUpn(t, QStringLiteral("U801200005004"));
    QCOMPARE(jonah.tutorGroup, QStringLiteral("7BK"));
    QVERIFY(jonah.semh);

    const QList<AuditRow> expected{
        {QStringLiteral("update"), tomaszId, QStringLiteral("preferred_forename"), QStringLiteral("Tom"), QString(),
         QStringLiteral("head")},
        {QStringLiteral("update"), tomaszId, QStringLiteral("attendance"), QStringLiteral("88"), QStringLiteral("86.5"),
         QStringLiteral("head")},
        {QStringLiteral("update"), jonahId, QStringLiteral("tutor_group"), QStringLiteral("7FB"), QStringLiteral("7BK"),
         QStringLiteral("head")},
        {QStringLiteral("update"), jonahId, QStringLiteral("semh"), QStringLiteral("0"), QStringLiteral("1"),
         QStringLiteral("head")},
    };
    QCOMPARE(auditRows(t, QStringLiteral("update")), expected);
    QCOMPARE(auditRows(t, QStringLiteral("create")).size(), 7);
    QCOMPARE(md::AuditLog::verifyChain(t.db()).value(), qint64(0));
}

void TestStudentImport::reimportingTheSameFileChangesNothing()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    QVERIFY(importFixture(t, lead, QStringLiteral("students.csv")).ok());
    const auto again = importFixture(t, lead, QStringLiteral("students.csv"));
    QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
    QCOMPARE(again->rows, 6);
    QCOMPARE(again->unchanged, 6);
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 0);
    QVERIFY(auditRows(t, QStringLiteral("update")).isEmpty());
    QCOMPARE(auditRows(t, QStringLiteral("create")).size(), 6);
}

void TestStudentImport::leavesFieldsTheFileHasNoColumnFor()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    QVERIFY(importFixture(t, lead, QStringLiteral("students.csv")).ok());
    const QString amaraUpn = QStringLiteral("E801200005003");
    const auto same =
        importBytes(t, lead, csvOf(kRequired, {{amaraUpn, QStringLiteral("Okonkwo-Reyes"), QStringLiteral("Amara")}}));
    QVERIFY2(same.ok(), qPrintable(same.error().fullText()));
    QCOMPARE(same->unchanged, 1);

    const auto renamed = importBytes(
        t, lead, csvOf(kRequired, {{amaraUpn, QStringLiteral("Okonkwo-Reyes"), QStringLiteral("Amarachi")}}));
    QVERIFY2(renamed.ok(), qPrintable(renamed.error().fullText()));
    QCOMPARE(renamed->updated, 1);
    const Student amara = studentByUpn(t, amaraUpn);
    QCOMPARE(amara.legalForename, QStringLiteral("Amarachi"));
    QCOMPARE(amara.preferredSurname, QStringLiteral("Reyes"));
    QCOMPARE(amara.dateOfBirth, QDate(2012, 12, 3));
    QCOMPARE(amara.yearGroup, 9);
    QCOMPARE(amara.tutorGroup, QStringLiteral("9OR"));
    QCOMPARE(amara.senStatus, md::SenStatus::EhcPlan);
    QVERIFY(amara.ehcPlan && amara.pupilPremium && amara.lookedAfter);
    QCOMPARE(amara.attendance, std::optional<double>(100));
    const auto updates = auditRows(t, QStringLiteral("update"));
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.first().field, QStringLiteral("legal_forename"));
}

void TestStudentImport::blankCellClearsTheField()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    QVERIFY(importFixture(t, lead, QStringLiteral("students.csv")).ok());
    const auto summary =
        importBytes(t, lead,
                    csvOf(kRequired + QStringList{QStringLiteral("Preferred Surname"), QStringLiteral("Attendance"),
                                                  QStringLiteral("LAC"), QStringLiteral("Year")},
                          {{QStringLiteral("E801200005003"), QStringLiteral("Okonkwo-Reyes"), QStringLiteral("Amara"),
                            QString(), QString(), QString(), QString()}}));
    QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    QCOMPARE(summary->updated, 1);
    const Student amara = studentByUpn(t, QStringLiteral("E801200005003"));
    QCOMPARE(amara.preferredSurname, QString());
    QVERIFY(!amara.attendance.has_value());
    QVERIFY(!amara.lookedAfter);
    QCOMPARE(amara.yearGroup, 0);
    QCOMPARE(auditRows(t, QStringLiteral("update")).size(), 4);
}

void TestStudentImport::refusesMentorSession()
{
    TestDatabase t;
    const Session mentor = t.addUser(QStringLiteral("mentor"), {Role::Mentor});
    const Session teacher = t.addUser(QStringLiteral("teacher"), {Role::Teacher, Role::Mentor});
    for (const Session &session : {mentor, teacher}) {
        const auto summary = importFixture(t, session, QStringLiteral("students.csv"));
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().kind, md::Error::Kind::Forbidden);
        QVERIFY2(summary.error().message.startsWith(QLatin1String("You may not import students")),
                 qPrintable(summary.error().message));
    }
    // Refused before the file is even looked at.
    const auto missing = StudentImporter::importFile(t.db(), mentor, t.dir() + QStringLiteral("/no-such-file.csv"));
    QCOMPARE(missing.error().kind, md::Error::Kind::Forbidden);
    QCOMPARE(studentCount(t), 0);
    QVERIFY(auditRows(t, QStringLiteral("create")).isEmpty());
}

void TestStudentImport::refusesWholeFileWhenAnyRowIsBad()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    QVERIFY(importFixture(t, lead, QStringLiteral("students.csv")).ok());
    const bool onFile = !TestDatabase::onPostgres();
    QByteArray before;
    if (onFile) {
        t.close(); // checkpoints the WAL into the main file
        before = md::test::fileBytes(t.path());
        t.reopen();
    } else {
        before = tableContents(t);
    }
    QVERIFY(!before.isEmpty());
    QVERIFY(t.isValid());

    const auto summary = importFixture(t, lead, QStringLiteral("bad-rows.csv"));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, md::Error::Kind::Invalid);
    QCOMPARE(summary.error().message, QStringLiteral("bad-rows.csv: 6 rows have problems; nothing was imported."));
    const QStringList expected{
        QStringLiteral("line 3: DOB '31/02/2013' is not a date (write dd/mm/yyyy or yyyy-mm-dd)"),
        QStringLiteral("line 7: Year 'Year 15' is not a year group from 1 to 13 (write 7, Year 7 or Y7)"),
        QStringLiteral("line 9: Year 'Y0' is not a year group from 1 to 13 (write 7, Year 7 or Y7); "
                       "Attendance '104%' is not a percentage from 0 to 100"),
        QStringLiteral("line 13: Surname is blank"),
        QStringLiteral("line 14: UPN 'A801200005001' has the wrong check letter"),
        QStringLiteral("line 16: UPN 'Q801200005002' is already on line 3"),
    };
    QCOMPARE(summary.error().details, expected);

    if (onFile) {
        t.close();
        QCOMPARE(md::test::fileBytes(t.path()), before);
        QVERIFY(!QFile::exists(t.path() + QStringLiteral("-wal")));
        t.reopen();
    } else {
        QCOMPARE(tableContents(t), before);
    }
    QCOMPARE(studentCount(t), 6);
    QCOMPARE(studentByUpn(t, QStringLiteral("L801200005007")).id, qint64(0));
    QCOMPARE(studentByUpn(t, QStringLiteral("E801200005003")).yearGroup, 9);
}

void TestStudentImport::namesThePhysicalLineOfABadUpn()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary = importFixture(t, lead, QStringLiteral("bad-rows.csv"));
    QVERIFY(!summary.ok());
    // Line 14 of the file is the 10th student: two quoted notes above it run over several lines.
    QVERIFY2(
        summary.error().details.contains(QStringLiteral("line 14: UPN 'A801200005001' has the wrong check letter")),
        qPrintable(summary.error().fullText()));
    QCOMPARE(studentCount(t), 0);
}

void TestStudentImport::refusesUpnRepeatedInTheFileOnItsSecondLine()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary = importBytes(
        t, lead,
        csvOf(kRequired, {{kUpn, QStringLiteral("Fairbrook"), QStringLiteral("Jonah")},
                          {QStringLiteral("Q801200005002"), QStringLiteral("Kestrel"), QStringLiteral("Fen")},
                          {QStringLiteral(" b801200005001 "), QStringLiteral("Ashdown"), QStringLiteral("Nell")}}));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().details, QStringList{QStringLiteral("line 4: UPN 'B801200005001' is already on line 2")});
    QCOMPARE(studentCount(t), 0);
}

namespace {

// `count` valid rows (UPN, surname, forename), with row `badAt` (0-based; -1 for none) given a bad UPN.
QByteArray manyRows(int count, int badAt = -1)
{
    QList<QStringList> rows;
    for (int i = 0; i < count; ++i) {
        const QString upn = i == badAt ? QStringLiteral("NOT-A-UPN")
                                       : md::Upn::withCheckLetter(QStringLiteral("80120%1").arg(i, 7, 10, QLatin1Char('0')));
        rows.append({upn, QStringLiteral("Surname%1").arg(i % 97), QStringLiteral("Forename%1").arg(i % 89)});
    }
    return csvOf(kRequired, rows);
}

int auditCount(TestDatabase &t)
{
    md::Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto n = q.scalar();
    return n ? n->toInt() : -1;
}

// A pipe: sequential, handing out at most 1,000 bytes a read.
class PipeDevice : public QIODevice
{
public:
    explicit PipeDevice(QByteArray bytes) : m_bytes(std::move(bytes)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(qMin<qint64>(maxSize, 1000), m_bytes.size() - m_at);
        memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

} // namespace

// A file of many batches is read on a second thread while this one writes: every row arrives once.
void TestStudentImport::largeFileIsReadWhileItIsWritten()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const int before = auditCount(t);
    const auto summary = importBytes(t, lead, manyRows(3000));
    QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    QCOMPARE(summary->rows, 3000);
    QCOMPARE(summary->created, 3000);
    QCOMPARE(studentCount(t), 3000);
    QCOMPARE(auditCount(t) - before, 3000);
    QCOMPARE(studentByUpn(t, md::Upn::withCheckLetter(QStringLiteral("801200002999"))).legalSurname,
             QStringLiteral("Surname%1").arg(2999 % 97));
    QVERIFY(md::AuditLog::verifyChain(t.db()));
    // Again: every row is now found and unchanged.
    const auto again = importBytes(t, lead, manyRows(3000));
    QVERIFY(again.ok());
    QCOMPARE(again->unchanged, 3000);
    QCOMPARE(studentCount(t), 3000);
}

// A bad row after thousands already written: the transaction is rolled back whole.
void TestStudentImport::lateBadRowUndoesTheRowsAlreadyWritten()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    QVERIFY(importFixture(t, lead, QStringLiteral("students.csv")).ok());
    const int students = studentCount(t);
    const int audit = auditCount(t);
    const auto summary = importBytes(t, lead, manyRows(3000, 2900));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, md::Error::Kind::Invalid);
    QCOMPARE(summary.error().details.size(), 1);
    QVERIFY2(summary.error().details.constFirst().startsWith(QLatin1String("line 2902: ")),
             qPrintable(summary.error().details.constFirst()));
    QCOMPARE(studentCount(t), students);
    QCOMPARE(auditCount(t), audit);
    QVERIFY(md::AuditLog::verifyChain(t.db()));
    // The database is usable at once: the same rows without the bad one import.
    QVERIFY(importBytes(t, lead, manyRows(2900)).ok());
    QCOMPARE(studentCount(t), students + 2900);
}

void TestStudentImport::readsAPipeOnTheCallingThread()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    PipeDevice good(manyRows(1200));
    const auto summary = StudentImporter::importFile(t.db(), lead, good, QStringLiteral("pipe.csv"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    QCOMPARE(summary->created, 1200);
    PipeDevice bad(manyRows(1300, 1250));
    QVERIFY(!StudentImporter::importFile(t.db(), lead, bad, QStringLiteral("pipe.csv")).ok());
    QCOMPARE(studentCount(t), 1200);
}

// The importer's hint that a UPN is new is only a hint: a student stored meanwhile (at another
// desk, after the importer read the list) is found and updated, not refused or doubled.
void TestStudentImport::upnStoredSinceTheImporterLookedIsUpdated()
{
    TestDatabase t;
    QVERIFY(importBytes(t, Session::system(),
                        csvOf(kRequired, {{kUpn, QStringLiteral("Fairbrook"), QStringLiteral("Jonah")}}))
                .ok());
    md::Transaction tx(t.db());
    md::StudentWriter writer(t.db(), Session::system().actor());
    Student student;
    student.upn = kUpn;
    student.legalSurname = QStringLiteral("Fairbrook-Hale");
    student.legalForename = QStringLiteral("Jonah");
    qint64 id = 0;
    const auto outcome = writer.upsertByUpn(student, &id, md::StudentWriter::Upn::New);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QCOMPARE(*outcome, md::StudentWriter::Outcome::Updated);
    QVERIFY(id > 0);
    // A new UPN with the hint is created, in the same transaction, after the refused insert.
    Student other;
    other.upn = QStringLiteral("Q801200005002");
    other.legalSurname = QStringLiteral("Kestrel");
    other.legalForename = QStringLiteral("Fen");
    QCOMPARE(*writer.upsertByUpn(other, nullptr, md::StudentWriter::Upn::New), md::StudentWriter::Outcome::Created);
    QVERIFY(tx.commit());
    QCOMPARE(studentCount(t), 2);
    QCOMPARE(studentByUpn(t, kUpn).legalSurname, QStringLiteral("Fairbrook-Hale"));
    QCOMPARE(auditRows(t, QStringLiteral("update")).size(), 1);
}

void TestStudentImport::refusesFileMissingRequiredColumns()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary = importFixture(t, lead, QStringLiteral("missing-columns.csv"));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, md::Error::Kind::Invalid);
    QCOMPARE(summary.error().message,
             QStringLiteral("missing-columns.csv: the header row (line 1) is missing the required columns UPN, "
                            "Legal Forename; nothing was imported."));
    QCOMPARE(summary.error().details,
             QStringList({QStringLiteral("no column is named \"UPN\" or \"Unique Pupil Number\""),
                          QStringLiteral("no column is named \"Legal Forename\" or \"Forename\"")}));
    QCOMPARE(studentCount(t), 0);
}

void TestStudentImport::refusesDuplicatedColumn()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary = importBytes(t, lead, "UPN,Surname,Forename,Year,year \nB801200005001,Fairbrook,Jonah,7,8\n",
                                     QStringLiteral("twice.csv"));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().message,
             QStringLiteral("twice.csv: the header row (line 1) has more than one column named \"Year\"; nothing was "
                            "imported."));
    // A repeated column the importer does not read is ignored like any unknown column.
    const auto notes = importBytes(t, lead, "UPN,Surname,Forename,Notes,Notes\nB801200005001,Fairbrook,Jonah,a,b\n");
    QVERIFY2(notes.ok(), qPrintable(notes.error().fullText()));
}

void TestStudentImport::refusesEmptyFile()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\r\n")}) {
        const auto summary = importBytes(t, lead, bytes, QStringLiteral("empty.csv"));
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().kind, md::Error::Kind::Invalid);
        QCOMPARE(summary.error().message,
                 QStringLiteral("empty.csv is empty: its first line must name the columns (UPN, Legal Surname, Legal "
                                "Forename, ...); nothing was imported."));
    }
}

void TestStudentImport::importsNothingFromHeaderOnlyFile()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary = importBytes(t, lead, "UPN,Surname,Forename\r\n");
    QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    QCOMPARE(summary->rows, 0);
    QCOMPARE(summary->created + summary->updated + summary->unchanged, 0);
}

void TestStudentImport::refusesUnterminatedQuoteNamingItsLine()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary = importBytes(t, lead,
                                     "UPN,Surname,Forename\n"
                                     "B801200005001,Fairbrook,Jonah\n"
                                     "Q801200005002,\"Kestrel,Fen\n"
                                     "U801200005004,Ashdown,Nell\n",
                                     QStringLiteral("quote.csv"));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().message,
             QStringLiteral("quote.csv: line 3: a quoted field starting on this line has no closing quote; nothing was "
                            "imported."));
    QCOMPARE(studentCount(t), 0);
}

void TestStudentImport::refusesFileThatIsNotUtf8()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    // Windows-1252, as Excel's plain "CSV" format saves "Siân".
    const auto summary =
        importBytes(t, lead, "UPN,Surname,Forename\nB801200005001,O'Connor,Si\xE2n\n", QStringLiteral("excel.csv"));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().message,
             QStringLiteral("excel.csv: line 2, field 3: the text is not valid UTF-8; save the file as \"CSV UTF-8\" "
                            "and try again; nothing was imported."));
    QCOMPARE(studentCount(t), 0);
}

void TestStudentImport::refusesRowWithWrongNumberOfFields()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary = importBytes(t, lead,
                                     "UPN,Surname,Forename,Year\n"
                                     "B801200005001,Fairbrook,Jonah\n"
                                     "Q801200005002,Kestrel,Fen,7\n"
                                     "U801200005004,O'Connor, Siân,Ní Bhriain,7\n");
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().details,
             QStringList({QStringLiteral("line 2: it has 3 fields but the header row has 4 (is a comma or quote "
                                         "missing?)"),
                          QStringLiteral("line 4: it has 5 fields but the header row has 4 (is a name with a comma "
                                         "not in quotes?)")}));
}

void TestStudentImport::acceptsTrailingEmptyFields()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const auto summary = importBytes(t, lead, "UPN,Surname,Forename\nB801200005001,Fairbrook,Jonah,,\n");
    QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    QCOMPARE(summary->created, 1);
}

void TestStudentImport::reportsFileThatCannotBeOpened()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    const QString path = t.dir() + QStringLiteral("/no-such-file.csv");
    const auto summary = StudentImporter::importFile(t.db(), lead, path);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, md::Error::Kind::Io);
    QVERIFY2(summary.error().message.startsWith(path + QStringLiteral(" could not be opened")),
             qPrintable(summary.error().message));
}

namespace {
QStringList g_messages;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages << QString::fromLatin1(context.category) + QStringLiteral(": ") + message;
}
} // namespace

void TestStudentImport::logsCountsButNoPupilData()
{
    TestDatabase t;
    const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
    g_messages.clear();
    // Info messages are off by default; switch them on to see everything the import would log.
    QLoggingCategory::setFilterRules(QStringLiteral("mentordesk.*.info=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const bool imported = importFixture(t, lead, QStringLiteral("students.csv")).ok();
    const bool refused = !importFixture(t, lead, QStringLiteral("bad-rows.csv")).ok();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(imported);
    QVERIFY(refused);

    const QString log = g_messages.join(QLatin1Char('\n'));
    QVERIFY2(
        log.contains(QLatin1String("mentordesk.import: student import: 6 rows, 6 created, 0 updated, 0 unchanged")),
        qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("mentordesk.import: student import refused: 6 of 12 rows have problems")),
             qPrintable(log));
    for (const char *secret : {"Siân", "O'Connor", "Fairbrook", "Wiśniewski", "B801200005001", "A801200005001",
                               "students.csv", "bad-rows.csv"})
        QVERIFY2(!log.contains(QString::fromUtf8(secret)), secret);
}

QTEST_GUILESS_MAIN(TestStudentImport)
#include "tst_studentimport.moc"
