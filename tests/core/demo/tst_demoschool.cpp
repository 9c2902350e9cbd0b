// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "access/AuthService.h"
#include "access/PasswordHasher.h"
#include "access/Session.h"
#include "access/UserStore.h"
#include "demo/DemoContext.h"
#include "demo/DemoSchool.h"
#include "school/SchoolSettings.h"
#include "school/SchoolStats.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "students/MentoringGroupStore.h"
#include "students/StudentStore.h"
#include "students/Upn.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QtTest>

#include <numeric>

using namespace md;

namespace {

// A fixed "today" (a Monday in the autumn term) so every run makes the same school.
const QDate kToday(2026, 11, 23);

DemoOptions options(int students = 720, quint32 seed = 20261123)
{
    DemoOptions o;
    o.students = students;
    o.seed = seed;
    o.today = kToday;
    return o;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    Query q(db, sql);
    for (const QVariant &v : binds)
        q.bind(v);
    auto v = q.scalar();
    if (!v) {
        qWarning("%s", qPrintable(v.error().message));
        return -1;
    }
    return v->toLongLong();
}

QStringList column(Database &db, const QString &sql)
{
    Query q(db, sql);
    QStringList out;
    if (!q.exec())
        return out;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.raw().record().count(); ++i)
            fields << q.string(i);
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

struct TeamMember
{
    qint64 id = 0;
    QString grade;
    int capacity = 0;
    int caseload = 0;
};

QList<TeamMember> team(Database &db)
{
    Query q(db, QStringLiteral("SELECT mp.user_id, mp.grade, mp.capacity, "
                               "(SELECT COUNT(*) FROM mentoring_groups mg WHERE mg.mentor_id = mp.user_id "
                               " AND mg.ended_on IS NULL) FROM mentor_profiles mp ORDER BY mp.user_id"));
    QList<TeamMember> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.id(0), q.string(1), q.integer(2), q.integer(3)});
    return out;
}

// SHA-256 of the lower-cased names of the real people in the reference documents, and of one
// place name, so that these tests can look for them without ever spelling them out.
const QSet<QByteArray> kForbiddenHashes = {
    "f6018825e847b1c53c2784901db7d6af744418424d25190607dca3ee946c283f",
    "d11abc545f3c6ba082c3bca2fa3135fb8bdfb7965b809c6642c83bb5221d01d6",
    "f148389d080cfe85952998a8a367e2f7eaf35f2d72d2599a5b0412fe4094d65c",
    "f27585c0348b460b2ddb8f4c1b2e00ac27adeacbec068dc9990bf94218c4b5a9",
    "78675cc176081372c43abab3ea9fb70c74381eb02dc6e93fb6d44d161da6eeb3",
    "97feb3d1d39f90d144c2957a041f452d97ea53a42978dded547996e2ee27bd2c",
    "ceb8ee1a6974c5a8453d2638a66409e144b237608ff4701d5ac2bfa60e4cd353",
    "c7818404a4bc58d3cb02267b6bc180c7ee53c5240d5d6796462a3fa5553f4b79",
    "06b9a6eacd7a77b9361123fd19776455eb16b9c83426a1abbf514a414792b73f",
    "4beeb72de58b9de8213c730346b36e2e10a794533f4b58b439ca3b76ecfbd18f",
    "ae4cc7c447f33379917da274cda166fb9bfa4abcfe871673000e8c05dff82829",
    "ba4788b226aa8dc2e6dc74248bb9f618cfa8c959e0c26c147be48f6839a0b088",
    "899e468e1413205f093af31d33be5862e59509e7994ec7051e53b69caaf5632c",
    "d17108747e922613fe66bf5b0ec450801f513b92e91d7838f0b739df9f68ba98",
    "0a5d17d3b19f82f8340d3977609aa9e86b4ad8b9bd71bd9eced9271f1d5b2e4a",
    "c55508be401591fa6ef3e17f329b6c54899bf7d805affd8e5bc8c53f83e712ed",
    "d38681074467c0bc147b17a9a12b9efa8cc10bcf545f5b0bccccf5a93c4a2b79",
    "c20d77a59fc6abfae8f206aa47dbac086b71a25a3a0f9ab7546aead8df479106",
    "ae9da11a41639d36aee2fd1af382c862e908e1fa0311a71687559cebcbd0ccce",
};
constexpr int kShortestForbidden = 3;
constexpr int kLongestForbidden = 9;

QByteArray sha256Hex(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

// The forbidden names found anywhere in `text`, also inside longer words ("...son"), as their
// hashes' first characters (enough to tell which without printing the name).
QStringList forbiddenIn(const QString &text)
{
    QStringList found;
    static const QRegularExpression words(QStringLiteral("\\p{L}+"));
    auto it = words.globalMatch(text.toLower());
    while (it.hasNext()) {
        const QString word = it.next().captured();
        for (int len = kShortestForbidden; len <= kLongestForbidden && len <= word.size(); ++len)
            for (int at = 0; at + len <= word.size(); ++at) {
                const QByteArray h = sha256Hex(word.mid(at, len));
                if (kForbiddenHashes.contains(h))
                    found << QString::fromLatin1(h.left(8));
            }
    }
    return found;
}

} // namespace

class TestDemoSchool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesTheCohortShapeOfReference004();
    void givesEveryStudentAValidUniqueUpn();
    void placesEveryStudentInTheYearGroupTheirBirthdayGives();
    void groupsStudentsIntoTutorGroupsOfAboutThirty();
    void spreadsAttendanceLikeARealSchool();
    void addsSchoolDefinedPriorityFlagsToAFewStudents();
    void givesEveryStudentOneOrTwoParentsOrCarers();
    void usesOnlyFictionalContactDetails();
    void buildsTheMentoringTeamOfReference004();
    void givesTheLeadMentorStudentsWithComplexNeeds();
    void startsCaseloadsEarlierThisSchoolYear();
    void createsStaffOfEveryRoleIncludingASupervisor();
    void givesEveryCourseATeacherAndTheWholeYear();
    void recordsTheLeadMentorAsTheDemoUser();
    void showsAMentorOnlyTheirCaseload();
    void showsATeacherTheStudentsOnTheirCourses();
    void keepsTheAuditChainIntact();
    void sameSeedGivesTheSameSchool();
    void differentSeedGivesADifferentSchool();
    void refusesADatabaseThatAlreadyHasStudents();
    void refusesADatabaseThatAlreadyHasUsers();
    void refusesAStudentCountOutsideTheRange();
    void makesEvenATinySchoolConsistently();
    void scalesTheSchoolWithTheNumberOfStudents();
    void knowsTheEnglishSchoolYearRules();
    void splitsCountsInProportionExactly();
    void neverUsesARealPersonsName();
};

void TestDemoSchool::generatesTheCohortShapeOfReference004()
{
    test::TestDatabase t;
    QVERIFY(t.isValid());
    auto summary = DemoSchool::generate(t.db(), options());
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->students, 720);
    QCOMPARE(summary->mentors, 8);
    QVERIFY(summary->parents >= 720 && summary->parents <= 1440);
    QCOMPARE(summary->parents, int(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM parents"))));
    QCOMPARE(summary->staff, int(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM users"))));

    auto cohort = SchoolStats::cohort(t.db());
    QVERIFY(cohort.ok());
    QCOMPARE(cohort->value(QStringLiteral("on_roll")), 720);
    QCOMPARE(cohort->value(QStringLiteral("ks3")), 540);
    QCOMPARE(cohort->value(QStringLiteral("ks4")), 180);
    for (int year = 7; year <= 9; ++year)
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE year_group = ?"), {year}), 180);
    for (int year = 10; year <= 11; ++year)
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE year_group = ?"), {year}), 90);

    const double sen = 100.0 * cohort->value(QStringLiteral("sen_register")) / 720;
    QVERIFY2(qAbs(sen - 21.0) <= 3.0, qPrintable(QString::number(sen)));
    const double semhOfSen =
        double(cohort->value(QStringLiteral("semh"))) / cohort->value(QStringLiteral("sen_register"));
    QVERIFY2(semhOfSen > 0.25 && semhOfSen < 0.35, qPrintable(QString::number(semhOfSen)));
    const double pp = 100.0 * cohort->value(QStringLiteral("pupil_premium")) / 720;
    QVERIFY2(qAbs(pp - 66.0) <= 3.0, qPrintable(QString::number(pp)));
    QCOMPARE(cohort->value(QStringLiteral("looked_after")), 5);

    // Mostly SEN support (K), some with an EHC plan (E, with the plan flag); SEMH only on the register.
    const qint64 k = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE sen_status = 'K'"));
    const qint64 e = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE sen_status = 'E'"));
    QVERIFY(e > 0);
    QVERIFY(k > 3 * e);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE sen_status = 'E' AND ehc_plan = 0")),
             0);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE sen_status = 'N' AND semh = 1")), 0);
    // Looked-after children all attract pupil premium.
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE looked_after = 1 AND pupil_premium = 0")),
        0);
    // Both genders, roughly even; a few known by a preferred name.
    const qint64 girls = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE gender = 'F'"));
    const qint64 boys = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE gender = 'M'"));
    QCOMPARE(girls + boys, 720);
    QVERIFY(girls > 300 && boys > 300);
    const qint64 preferred =
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE preferred_forename IS NOT NULL "
                                      "OR preferred_surname IS NOT NULL"));
    QVERIFY2(preferred >= 5 && preferred <= 60, qPrintable(QString::number(preferred)));
}

void TestDemoSchool::givesEveryStudentAValidUniqueUpn()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    const QStringList upns = column(t.db(), QStringLiteral("SELECT upn FROM students"));
    QCOMPARE(upns.size(), 720);
    QCOMPARE(QSet<QString>(upns.begin(), upns.end()).size(), 720);
    for (const QString &upn : upns) {
        const Status valid = Upn::validate(upn);
        QVERIFY2(valid.ok(), qPrintable(valid.error().message));
        QVERIFY(upn.mid(1, 3) == QLatin1String("801"));
    }
}

void TestDemoSchool::placesEveryStudentInTheYearGroupTheirBirthdayGives()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    Query q(t.db(), QStringLiteral("SELECT date_of_birth, year_group FROM students"));
    QVERIFY(q.exec().ok());
    int rows = 0;
    while (q.next()) {
        const QDate dob = q.date(0);
        QVERIFY(dob.isValid());
        QCOMPARE(DemoContext::yearGroupFor(dob, kToday), q.integer(1));
        ++rows;
    }
    QCOMPARE(rows, 720);
    // In November 2026, Year 7 were born from September 2014 to August 2015.
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE year_group = 7 AND "
                                           "(date_of_birth < '2014-09-01' OR date_of_birth > '2015-08-31')")),
             0);
}

void TestDemoSchool::groupsStudentsIntoTutorGroupsOfAboutThirty()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    const QStringList year7 = column(t.db(), QStringLiteral("SELECT DISTINCT tutor_group FROM students "
                                                            "WHERE year_group = 7 ORDER BY tutor_group"));
    QCOMPARE(year7, (QStringList{QStringLiteral("7A"), QStringLiteral("7B"), QStringLiteral("7C"), QStringLiteral("7D"),
                                 QStringLiteral("7E"), QStringLiteral("7F")}));
    Query q(t.db(),
            QStringLiteral("SELECT tutor_group, year_group, COUNT(*) FROM students GROUP BY tutor_group, year_group"));
    QVERIFY(q.exec().ok());
    int groups = 0;
    while (q.next()) {
        QVERIFY2(q.string(0).startsWith(QString::number(q.integer(1))), qPrintable(q.string(0)));
        QVERIFY2(q.integer(2) >= 25 && q.integer(2) <= 35, qPrintable(q.string(0)));
        ++groups;
    }
    QCOMPARE(groups, 24); // 6 forms in each of Years 7-9, 3 in Years 10-11
}

void TestDemoSchool::spreadsAttendanceLikeARealSchool()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE attendance IS NULL "
                                           "OR attendance < 0 OR attendance > 100")),
             0);
    const qint64 high = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE attendance >= 90"));
    const qint64 tail = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE attendance < 90"));
    const qint64 low = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE attendance < 80"));
    QVERIFY2(high >= 720 * 0.7, qPrintable(QString::number(high)));
    QVERIFY2(tail >= 720 * 0.08 && tail <= 720 * 0.3, qPrintable(QString::number(tail)));
    QVERIFY2(low >= 3 && low <= 720 * 0.06, qPrintable(QString::number(low)));
    // Not everyone at the top either.
    QVERIFY(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE attendance BETWEEN 90 AND 95")) > 50);
}

void TestDemoSchool::addsSchoolDefinedPriorityFlagsToAFewStudents()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    auto flags = StudentStore(t.db()).priorityFlags();
    QVERIFY(flags.ok());
    for (const char *code : {"young_carer", "eal", "bereavement", "service_child"}) {
        QVERIFY2(flags->contains(QString::fromLatin1(code)), code);
        const qint64 n = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM student_flags WHERE flag = ?"),
                                {QString::fromLatin1(code)});
        QVERIFY2(n >= 1 && n <= 720 / 10, code);
    }
    QCOMPARE(flags->value(QStringLiteral("young_carer")), QStringLiteral("Young carer"));
}

void TestDemoSchool::givesEveryStudentOneOrTwoParentsOrCarers()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students s WHERE NOT EXISTS "
                                           "(SELECT 1 FROM parents p WHERE p.student_id = s.id)")),
             0);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM (SELECT student_id FROM parents GROUP BY student_id "
                                           "HAVING COUNT(*) > 2) x")),
             0);
    const qint64 two = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM (SELECT student_id FROM parents "
                                                     "GROUP BY student_id HAVING COUNT(*) = 2) x"));
    QVERIFY(two > 200 && two < 600);
    // Step-parents, foster carers and some fathers without parental responsibility.
    QVERIFY(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM parents WHERE parental_responsibility = 0")) > 20);
    for (const char *relationship : {"Mother", "Father", "Step-father", "Grandmother", "Foster carer"})
        QVERIFY2(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM parents WHERE relationship = ?"),
                        {QString::fromLatin1(relationship)}) > 0,
                 relationship);
    // Every looked-after child has a foster carer first.
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students s WHERE s.looked_after = 1 AND NOT EXISTS "
                                           "(SELECT 1 FROM parents p WHERE p.student_id = s.id AND p.priority = 1 "
                                           "AND p.relationship = 'Foster carer')")),
             0);
    // Mostly sharing the child's surname.
    const qint64 shared =
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM parents p JOIN students s ON s.id = p.student_id "
                                      "WHERE p.surname = s.legal_surname"));
    QVERIFY(shared > scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM parents")) / 2);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM parents WHERE title IS NULL OR forename IS NULL "
                                           "OR relationship IS NULL OR address IS NULL OR contact_preference IS NULL")),
             0);
}

void TestDemoSchool::usesOnlyFictionalContactDetails()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    // Ofcom's numbers for drama and the domains reserved for examples.
    static const QRegularExpression phone(QStringLiteral("^(07700 900\\d{3}|020 7946 0\\d{3})$"));
    static const QRegularExpression email(QStringLiteral("^[a-z0-9.]+@example\\.(com|org)$"));
    static const QRegularExpression address(QStringLiteral(", NX\\d+ \\d[A-Z]{2}$"));
    Query q(t.db(), QStringLiteral("SELECT phone, email, address, contact_preference FROM parents"));
    QVERIFY(q.exec().ok());
    while (q.next()) {
        QVERIFY2(phone.match(q.string(0)).hasMatch(), qPrintable(q.string(0)));
        if (!q.value(1).isNull())
            QVERIFY2(email.match(q.string(1)).hasMatch(), qPrintable(q.string(1)));
        else
            QVERIFY(q.string(3) != QLatin1String("email"));
        QVERIFY2(address.match(q.string(2)).hasMatch(), qPrintable(q.string(2)));
        QVERIFY(QStringList({QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("letter")})
                    .contains(q.string(3)));
    }
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM users WHERE email NOT LIKE '%.example.org'")), 0);
}

void TestDemoSchool::buildsTheMentoringTeamOfReference004()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    const QList<TeamMember> members = team(t.db());
    QCOMPARE(members.size(), 8);
    int leads = 0;
    int advanced = 0;
    int learning = 0;
    QSet<qint64> ids;
    for (const TeamMember &m : members) {
        ids.insert(m.id);
        if (m.grade == QLatin1String("lead_learning_mentor")) {
            ++leads;
            QCOMPARE(m.capacity, 3);
            QVERIFY(m.caseload >= 1 && m.caseload <= 3);
            QCOMPARE(scalar(t.db(),
                            QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE user_id = ? "
                                           "AND role IN ('lead_mentor', 'mentor')"),
                            {m.id}),
                     2);
        } else {
            (m.grade == QLatin1String("advanced_learning_mentor") ? advanced : learning)++;
            QCOMPARE(m.capacity, 8);
            QVERIFY2(m.caseload >= 6 && m.caseload <= 8, qPrintable(QString::number(m.caseload)));
            QCOMPARE(scalar(t.db(),
                            QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE user_id = ? AND role = 'mentor'"),
                            {m.id}),
                     1);
        }
    }
    QCOMPARE(leads, 1);
    QCOMPARE(advanced, 2);
    QCOMPARE(learning, 5);
    // No student has two current mentors.
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM (SELECT student_id FROM mentoring_groups WHERE ended_on "
                                      "IS NULL GROUP BY student_id HAVING COUNT(*) > 1) x")),
        0);
}

void TestDemoSchool::givesTheLeadMentorStudentsWithComplexNeeds()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    const qint64 lead =
        scalar(t.db(), QStringLiteral("SELECT user_id FROM mentor_profiles WHERE grade = 'lead_learning_mentor'"));
    auto caseload = MentoringGroupStore(t.db()).caseload(lead);
    QVERIFY(caseload.ok());
    QCOMPARE(caseload->size(), 3);
    for (qint64 id : *caseload)
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT looked_after + ehc_plan + semh FROM students WHERE id = ?"),
                        {id}) > 0,
                 true);
    // Every looked-after child is mentored by someone.
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students s WHERE s.looked_after = 1 AND NOT EXISTS "
                                           "(SELECT 1 FROM mentoring_groups mg WHERE mg.student_id = s.id)")),
             0);
}

void TestDemoSchool::startsCaseloadsEarlierThisSchoolYear()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentoring_groups WHERE started_on < '2026-09-01' "
                                           "OR started_on >= '2026-11-23' OR ended_on IS NOT NULL")),
             0);
    QVERIFY(scalar(t.db(), QStringLiteral("SELECT COUNT(DISTINCT started_on) FROM mentoring_groups")) > 10);

    // On the first day of a school year the dates still fall in that school year and not after today.
    test::TestDatabase early;
    DemoOptions o = options();
    o.today = QDate(2026, 9, 1);
    QVERIFY(DemoSchool::generate(early.db(), o).ok());
    QCOMPARE(
        scalar(early.db(), QStringLiteral("SELECT COUNT(*) FROM mentoring_groups WHERE started_on <> '2026-09-01'")),
        0);
}

void TestDemoSchool::createsStaffOfEveryRoleIncludingASupervisor()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    auto count = [&t](const char *role) {
        return scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE role = ?"),
                      {QString::fromLatin1(role)});
    };
    QCOMPARE(count("lead_mentor"), 1);
    QCOMPARE(count("administrator"), 1);
    QCOMPARE(count("headteacher"), 2); // the headteacher and the supervisor
    QCOMPARE(count("mentor"), 9);      // the team of 8 and the supervisor
    QCOMPARE(count("teacher"), 40);    // one per 18 students

    const qint64 supervisor =
        scalar(t.db(), QStringLiteral("SELECT user_id FROM user_roles WHERE role = 'mentor' AND user_id IN "
                                      "(SELECT user_id FROM user_roles WHERE role = 'headteacher')"));
    QVERIFY(supervisor > 0);
    auto user = UserStore(t.db()).findById(supervisor);
    QVERIFY(user.ok());
    const Session session(user->id, user->username, user->displayName, user->roles);
    QVERIFY(session.isSupervisor());
    // Supervisors keep a small group, outside the team's profiles.
    QCOMPARE(MentoringGroupStore(t.db()).caseload(supervisor)->size(), 2);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentor_profiles WHERE user_id = ?"), {supervisor}), 0);

    // Usernames are made from names, every one different; the demo password works for all.
    static const QRegularExpression username(QStringLiteral("^[a-z]\\.[a-z]+\\d*$"));
    const QStringList usernames = column(t.db(), QStringLiteral("SELECT username FROM users"));
    for (const QString &u : usernames)
        QVERIFY2(username.match(u).hasMatch(), qPrintable(u));
    Query h(t.db(), QStringLiteral("SELECT COUNT(DISTINCT password_hash) FROM users"));
    QCOMPARE(h.scalar()->toInt(), 1);
    Query one(t.db(), QStringLiteral("SELECT password_hash FROM users LIMIT 1"));
    QVERIFY(PasswordHasher::verify(one.scalar()->toString(), DemoSchool::password()));
}

void TestDemoSchool::givesEveryCourseATeacherAndTheWholeYear()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    const qint64 courses = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM courses"));
    QCOMPARE(courses % 5, 0); // one per subject per year group
    QVERIFY(courses >= 50);
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM courses WHERE name = 'Year 8 Maths' AND year_group = 8 "
                                      "AND subject = 'Maths'")),
        1);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM courses c WHERE NOT EXISTS "
                                           "(SELECT 1 FROM course_teachers ct WHERE ct.course_id = c.id)")),
             0);
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM courses c WHERE (SELECT COUNT(*) FROM course_students cs "
                                      "WHERE cs.course_id = c.id) <> (SELECT COUNT(*) FROM students s "
                                      "WHERE s.year_group = c.year_group)")),
        0);
    // Every teacher teaches something.
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM user_roles r WHERE r.role = 'teacher' AND NOT EXISTS "
                                           "(SELECT 1 FROM course_teachers ct WHERE ct.user_id = r.user_id)")),
             0);
}

void TestDemoSchool::recordsTheLeadMentorAsTheDemoUser()
{
    test::TestDatabase t;
    auto summary = DemoSchool::generate(t.db(), options());
    QVERIFY(summary.ok());
    SchoolSettings settings(t.db());
    QCOMPARE(settings.value(SchoolSettings::kDemoUser), summary->signInAs);
    QVERIFY(settings.isDemo());
    QCOMPARE(settings.phase(), SchoolPhase::Secondary);
    QCOMPARE(settings.schoolName(), QStringLiteral("Northgate Academy"));
    QVERIFY(!settings.value(SchoolSettings::kAddress).isEmpty());

    auto session = AuthService(t.db()).sessionFor(summary->signInAs);
    QVERIFY2(session.ok(), qPrintable(session.error().message));
    QVERIFY(session->has(Role::LeadMentor));
    QVERIFY(session->has(Role::Mentor));
    QCOMPARE(scalar(t.db(),
                    QStringLiteral("SELECT COUNT(*) FROM mentor_profiles WHERE user_id = ? "
                                   "AND grade = 'lead_learning_mentor'"),
                    {session->userId()}),
             1);
    auto signedIn = AuthService(t.db()).signIn(summary->signInAs, DemoSchool::password());
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
}

void TestDemoSchool::showsAMentorOnlyTheirCaseload()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    const QList<TeamMember> members = team(t.db());
    QVERIFY(!members.isEmpty());
    for (const TeamMember &m : members) {
        if (m.grade == QLatin1String("lead_learning_mentor"))
            continue; // the lead mentor sees the whole school
        const Session mentor(m.id, QStringLiteral("mentor"), QStringLiteral("Mentor"), {Role::Mentor});
        auto rows = StudentStore(t.db()).list(mentor);
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        QSet<qint64> seen;
        for (const StudentRow &r : *rows) {
            seen.insert(r.student.id);
            QCOMPARE(r.mentorId, m.id);
        }
        auto caseload = MentoringGroupStore(t.db()).caseload(m.id);
        QVERIFY(caseload.ok());
        QCOMPARE(seen, QSet<qint64>(caseload->begin(), caseload->end()));
        QCOMPARE(int(seen.size()), m.caseload);
    }
}

void TestDemoSchool::showsATeacherTheStudentsOnTheirCourses()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    const qint64 teacher = scalar(t.db(), QStringLiteral("SELECT ct.user_id FROM course_teachers ct JOIN courses c ON "
                                                         "c.id = ct.course_id WHERE c.year_group = 10 LIMIT 1"));
    QVERIFY(teacher > 0);
    const Session session(teacher, QStringLiteral("teacher"), QStringLiteral("Teacher"), {Role::Teacher});
    auto rows = StudentStore(t.db()).list(session);
    QVERIFY(rows.ok());
    const qint64 expected = scalar(t.db(),
                                   QStringLiteral("SELECT COUNT(DISTINCT cs.student_id) FROM course_students cs "
                                                  "JOIN course_teachers ct ON ct.course_id = cs.course_id "
                                                  "WHERE ct.user_id = ?"),
                                   {teacher});
    QCOMPARE(rows->size(), expected);
    QVERIFY(expected >= 90 && expected < 720);
}

void TestDemoSchool::keepsTheAuditChainIntact()
{
    test::TestDatabase t;
    QVERIFY(DemoSchool::generate(t.db(), options()).ok());
    auto broken = AuditLog::verifyChain(t.db());
    QVERIFY(broken.ok());
    QCOMPARE(*broken, 0);
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'student' AND action = 'create'")),
        720);
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'parent' AND action = 'create'")),
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM parents")));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE username <> 'demo'")), 0);
}

void TestDemoSchool::sameSeedGivesTheSameSchool()
{
    test::TestDatabase a;
    test::TestDatabase b;
    QVERIFY(DemoSchool::generate(a.db(), options()).ok());
    QVERIFY(DemoSchool::generate(b.db(), options()).ok());
    const QString students = QStringLiteral("SELECT upn, legal_forename, legal_surname, preferred_forename, "
                                            "date_of_birth, gender, tutor_group, sen_status, "
                                            "semh, pupil_premium, looked_after, attendance FROM students ORDER BY upn");
    const QStringList first = column(a.db(), students);
    QCOMPARE(first.size(), 720);
    QCOMPARE(column(b.db(), students), first);
    const QString parents =
        QStringLiteral("SELECT s.upn, p.title, p.forename, p.surname, p.relationship, p.phone, p.email, "
                       "p.address FROM parents p JOIN students s ON s.id = p.student_id ORDER BY p.id");
    QCOMPARE(column(b.db(), parents), column(a.db(), parents));
    const QString staff = QStringLiteral("SELECT username, display_name FROM users ORDER BY id");
    QCOMPARE(column(b.db(), staff), column(a.db(), staff));
    const QString groups = QStringLiteral("SELECT u.username, s.upn, mg.started_on FROM mentoring_groups mg "
                                          "JOIN users u ON u.id = mg.mentor_id JOIN students s ON s.id = mg.student_id "
                                          "ORDER BY mg.id");
    QCOMPARE(column(b.db(), groups), column(a.db(), groups));
}

void TestDemoSchool::differentSeedGivesADifferentSchool()
{
    test::TestDatabase a;
    test::TestDatabase b;
    QVERIFY(DemoSchool::generate(a.db(), options(720, 1)).ok());
    QVERIFY(DemoSchool::generate(b.db(), options(720, 2)).ok());
    const QString students = QStringLiteral("SELECT upn, legal_forename, legal_surname FROM students ORDER BY upn");
    QVERIFY(column(a.db(), students) != column(b.db(), students));
    const QString flags = QStringLiteral("SELECT upn, sen_status, pupil_premium FROM students ORDER BY upn");
    QVERIFY(column(a.db(), flags) != column(b.db(), flags));
}

void TestDemoSchool::refusesADatabaseThatAlreadyHasStudents()
{
    test::TestDatabase t;
    {
        StudentWriter writer(t.db(), Session::system().actor());
        Student s;
        s.upn = Upn::withCheckLetter(QStringLiteral("801200010001"));
        s.legalForename = QStringLiteral("Ada");
        s.legalSurname = QStringLiteral("Okoro");
        s.yearGroup = 9;
        QVERIFY(writer.upsertByUpn(s).ok());
    }
    auto result = DemoSchool::generate(t.db(), options());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Conflict);
    QVERIFY(result.error().message.contains(QStringLiteral("empty database")));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students")), 1);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM users")), 0);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'school.%'")), 0);
    QCOMPARE(t.db().transactionDepth(), 0);
}

void TestDemoSchool::refusesADatabaseThatAlreadyHasUsers()
{
    test::TestDatabase t;
    t.addUser(QStringLiteral("admin"), {Role::Administrator});
    auto result = DemoSchool::generate(t.db(), options());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Conflict);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students")), 0);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM users")), 1);
}

void TestDemoSchool::refusesAStudentCountOutsideTheRange()
{
    test::TestDatabase t;
    auto tooFew = DemoSchool::generate(t.db(), options(DemoSchool::kMinStudents - 1));
    QVERIFY(!tooFew.ok());
    QCOMPARE(tooFew.error().kind, Error::Kind::Invalid);
    auto tooMany = DemoSchool::generate(t.db(), options(DemoSchool::kMaxStudents + 1));
    QVERIFY(!tooMany.ok());
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students")), 0);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM users")), 0);
}

void TestDemoSchool::makesEvenATinySchoolConsistently()
{
    for (int students : {DemoSchool::kMinStudents, 7, 40}) {
        test::TestDatabase t;
        auto summary = DemoSchool::generate(t.db(), options(students));
        QVERIFY2(summary.ok(), qPrintable(summary.error().message));
        QCOMPARE(summary->students, students);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT SUM(looked_after) FROM students")), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM students s WHERE NOT EXISTS "
                                               "(SELECT 1 FROM parents p WHERE p.student_id = s.id)")),
                 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(DISTINCT student_id) FROM mentoring_groups")),
                 qMin<qint64>(students, 3 + 7 * 8 + 2));
        QVERIFY(!SchoolSettings(t.db()).value(SchoolSettings::kDemoUser).isEmpty());
        auto chain = AuditLog::verifyChain(t.db());
        QVERIFY(chain.ok() && *chain == 0);
    }
}

void TestDemoSchool::scalesTheSchoolWithTheNumberOfStudents()
{
    test::TestDatabase t;
    auto summary = DemoSchool::generate(t.db(), options(2000));
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->students, 2000);
    auto cohort = SchoolStats::cohort(t.db());
    QVERIFY(cohort.ok());
    QCOMPARE(cohort->value(QStringLiteral("ks3")), 1500);
    QCOMPARE(cohort->value(QStringLiteral("ks4")), 500);
    QCOMPARE(cohort->value(QStringLiteral("looked_after")), 14); // 5 per 720
    const double sen = 100.0 * cohort->value(QStringLiteral("sen_register")) / 2000;
    QVERIFY(qAbs(sen - 21.0) <= 3.0);
    const double pp = 100.0 * cohort->value(QStringLiteral("pupil_premium")) / 2000;
    QVERIFY(qAbs(pp - 66.0) <= 3.0);

    // A bigger team: more mentors, still one lead, the same caseload sizes.
    const QList<TeamMember> members = team(t.db());
    QCOMPARE(summary->mentors, int(members.size()));
    QVERIFY(members.size() > 8 && members.size() < 20);
    int leads = 0;
    for (const TeamMember &m : members) {
        if (m.grade == QLatin1String("lead_learning_mentor")) {
            ++leads;
            QVERIFY(m.caseload <= 3);
        } else {
            QVERIFY(m.caseload >= 6 && m.caseload <= 8);
        }
    }
    QCOMPARE(leads, 1);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE role = 'teacher'")),
             111); // 2000 / 18

    // Forms of about thirty in every year.
    Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM students GROUP BY tutor_group"));
    QVERIFY(q.exec().ok());
    while (q.next())
        QVERIFY(q.integer(0) >= 25 && q.integer(0) <= 35);
    const QStringList upns = column(t.db(), QStringLiteral("SELECT upn FROM students"));
    QCOMPARE(QSet<QString>(upns.begin(), upns.end()).size(), 2000);
}

void TestDemoSchool::knowsTheEnglishSchoolYearRules()
{
    QCOMPARE(DemoContext::schoolYearStartFor(QDate(2026, 8, 31)), QDate(2025, 9, 1));
    QCOMPARE(DemoContext::schoolYearStartFor(QDate(2026, 9, 1)), QDate(2026, 9, 1));
    // Eleven on 31 August: Year 7 from the next day. Eleven on 1 September: a year later.
    QCOMPARE(DemoContext::yearGroupFor(QDate(2015, 8, 31), QDate(2026, 9, 1)), 7);
    QCOMPARE(DemoContext::yearGroupFor(QDate(2015, 9, 1), QDate(2026, 9, 1)), 6);
    QCOMPARE(DemoContext::yearGroupFor(QDate(2014, 9, 1), QDate(2026, 11, 23)), 7);
    QCOMPARE(DemoContext::yearGroupFor(QDate(2010, 9, 1), QDate(2026, 11, 23)), 11);
    QCOMPARE(DemoContext::yearGroupFor(QDate(2015, 8, 31), QDate(2026, 8, 31)), 6);
    for (int year = 7; year <= 11; ++year) {
        const QDate start(2026, 9, 1);
        QCOMPARE(DemoContext::yearGroupFor(DemoContext::earliestBirthday(year, start), start), year);
        QCOMPARE(DemoContext::yearGroupFor(DemoContext::latestBirthday(year, start), start), year);
        QCOMPARE(DemoContext::earliestBirthday(year, start).addDays(-1), DemoContext::latestBirthday(year + 1, start));
    }
}

void TestDemoSchool::splitsCountsInProportionExactly()
{
    QCOMPARE(DemoContext::apportion(720, {2, 2, 2, 1, 1}), (QList<int>{180, 180, 180, 90, 90}));
    QCOMPARE(DemoContext::apportion(10, {2, 2, 2, 1, 1}), (QList<int>{3, 3, 2, 1, 1}));
    QCOMPARE(DemoContext::apportion(0, {1, 1}), (QList<int>{0, 0}));
    const QList<int> split = DemoContext::apportion(10007, {3, 3, 3, 1, 1, 1});
    QCOMPARE(std::accumulate(split.begin(), split.end(), 0), 10007);
}

void TestDemoSchool::neverUsesARealPersonsName()
{
    // The check itself hashes as expected (a standard SHA-256 test vector).
    QCOMPARE(sha256Hex(QStringLiteral("abc")),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

    // The word lists every name and address is drawn from.
    QDirIterator it(QStringLiteral(":/demo/words"), QDir::Files);
    int lists = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList found = forbiddenIn(QString::fromUtf8(file.readAll()));
        QVERIFY2(found.isEmpty(), qPrintable(file.fileName() + QLatin1Char(' ') + found.join(QLatin1Char(','))));
        ++lists;
    }
    QCOMPARE(lists, 5);

    // And everything generated, for a couple of seeds.
    for (quint32 seed : {20261123u, 7u}) {
        test::TestDatabase t;
        QVERIFY(DemoSchool::generate(t.db(), options(720, seed)).ok());
        QStringList text;
        text +=
            column(t.db(), QStringLiteral("SELECT legal_forename, legal_surname, preferred_forename, preferred_surname "
                                          "FROM students"));
        text += column(t.db(), QStringLiteral("SELECT title, forename, surname, email, address FROM parents"));
        text += column(t.db(), QStringLiteral("SELECT username, display_name, email FROM users"));
        text += column(t.db(), QStringLiteral("SELECT key, value FROM settings"));
        text += column(t.db(), QStringLiteral("SELECT name FROM courses"));
        text += column(t.db(), QStringLiteral("SELECT code, label FROM priority_flags"));
        const QStringList found = forbiddenIn(text.join(QLatin1Char('\n')));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(','))));
    }
}

QTEST_GUILESS_MAIN(TestDemoSchool)
#include "tst_demoschool.moc"
