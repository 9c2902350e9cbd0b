// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The mentoring team in the database: adding, details, grade and capacity, removal with
// reallocation, reinstatement, the outbox, who may do what, and the demo school's mentors.
#include "TestDatabase.h"

#include "storage/RecordConflict.h"

#include "access/AuthService.h"
#include "access/UserStore.h"
#include "demo/DemoSchool.h"
#include "mentors/MentorCatalogue.h"
#include "mentors/MentorOutbox.h"
#include "mentors/MentorOutboxModel.h"
#include "mentors/MentorStore.h"
#include "school/SchoolSettings.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "students/MentoringGroupStore.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QtTest>

using namespace md;

// Checks a Result or Status and shows its error when it failed.
#define MD_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto md_result = (expr);                                                                                 \
        QVERIFY2(md_result.ok(), qPrintable(md_result.error().fullText()));                                            \
    } while (false)

namespace {

const QDate kToday(2026, 11, 23);

MentorBasicDetails ada()
{
    MentorBasicDetails d;
    d.firstName = QStringLiteral("Ada");
    d.lastName = QStringLiteral("Quill");
    d.trn = QStringLiteral("1234567");
    d.email = QStringLiteral("ada.quill@example.com");
    d.subject = QStringLiteral("mathematics");
    d.ageRange = QStringLiteral("11_to_16");
    d.keyStage = QStringLiteral("ks3");
    return d;
}

qint64 count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    Query q(db, sql);
    for (const QVariant &v : binds)
        q.bind(v);
    auto v = q.scalar();
    return v ? v->toLongLong() : -1;
}

QString text(Database &db, const QString &sql, const QVariantList &binds = {})
{
    Query q(db, sql);
    for (const QVariant &v : binds)
        q.bind(v);
    auto v = q.scalar();
    return v ? v->toString() : QString();
}

// A store whose first passwords are cheap to hash.
MentorStore store(test::TestDatabase &t)
{
    return MentorStore(t.db(), PasswordHasher::Cost::Minimum);
}

} // namespace

class TestMentorStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addingAMentorMakesAUserWithTheMentorRoleAProfileAndAConfirmation()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        QVERIFY(SchoolSettings(t.db()).setValueUnchecked(SchoolSettings::kName, QStringLiteral("Fernhill School")));
        auto added = store(t).add(lead, ada());
        QVERIFY2(added, qPrintable(added.error().fullText()));
        QCOMPARE(added->username, QStringLiteral("a.quill"));
        QVERIFY(!added->firstPassword.isEmpty());

        auto user = UserStore(t.db()).findById(added->userId);
        QVERIFY(user);
        QCOMPARE(user->roles, QSet<Role>{Role::Mentor});
        QCOMPARE(user->displayName, QStringLiteral("Ada Quill"));
        QCOMPARE(user->email, QStringLiteral("ada.quill@example.com"));
        QVERIFY(user->mustChangePassword);
        // The first password shown once really signs in.
        MD_VERIFY_OK(AuthService(t.db()).signIn(added->username, added->firstPassword));

        auto mentor = store(t).find(lead, added->userId);
        QVERIFY(mentor);
        QCOMPARE(mentor->basic, ada());
        QCOMPARE(mentor->grade, QStringLiteral("learning_mentor"));
        QCOMPARE(mentor->capacity, 8);
        QVERIFY(!mentor->removed);

        auto message = MentorOutbox(t.db()).find(lead, added->messageId);
        QVERIFY(message);
        QCOMPARE(message->kind, QStringLiteral("added"));
        QCOMPARE(message->recipientEmail, QStringLiteral("ada.quill@example.com"));
        QCOMPARE(message->subject, QStringLiteral("You have been added as a mentor at Fernhill School"));
        for (const QString &expected :
             {QStringLiteral("Dear Ada,"), QStringLiteral("Teacher reference number (TRN): 1234567"),
              QStringLiteral("Subject: Mathematics"), QStringLiteral("Age range: 11 to 16"),
              QStringLiteral("Key stage: Key stage 3"), QStringLiteral("username a.quill")})
            QVERIFY2(message->body.contains(expected), qPrintable(expected));
        // The first password is never written to the outbox.
        QVERIFY(!message->body.contains(added->firstPassword));
        QVERIFY(message->asText().startsWith(QStringLiteral("To: Ada Quill <ada.quill@example.com>\nSubject: ")));
        QVERIFY(!message->sentOn.isValid());
        QCOMPARE(AuditLog::verifyChain(t.db()).value(), 0);
    }

    void addingRefusesEachMissingAnswerAndWritesNothing_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("first name") << 0 << QStringLiteral("Enter a first name");
        QTest::newRow("last name") << 1 << QStringLiteral("Enter a last name");
        QTest::newRow("TRN") << 2 << QStringLiteral("Enter a teacher reference number (TRN)");
        QTest::newRow("email") << 3 << QStringLiteral("Enter an email address");
        QTest::newRow("subject") << 4 << QStringLiteral("Select a subject");
        QTest::newRow("age range") << 5 << QStringLiteral("Select an age range");
        QTest::newRow("key stage") << 6 << QStringLiteral("Select a key stage");
    }

    void addingRefusesEachMissingAnswerAndWritesNothing()
    {
        QFETCH(int, field);
        QFETCH(QString, message);
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        MentorBasicDetails d = ada();
        QString *answers[] = {&d.firstName, &d.lastName, &d.trn, &d.email, &d.subject, &d.ageRange, &d.keyStage};
        answers[field]->clear();
        const qint64 usersBefore = count(t.db(), QStringLiteral("SELECT COUNT(*) FROM users"));
        auto added = store(t).add(lead, d);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, Error::Kind::Invalid);
        QCOMPARE(added.error().message, message);
        QVERIFY(added.error().details.isEmpty());
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM users")), usersBefore);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentor_outbox")), 0);
    }

    void addingRefusesAWrongEmailOrTrn()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        MentorBasicDetails d = ada();
        d.email = QStringLiteral("ada.example.com");
        d.trn = QStringLiteral("12345");
        auto added = store(t).add(lead, d);
        QVERIFY(!added);
        QCOMPARE(added.error().message,
                 QStringLiteral("Enter a teacher reference number (TRN) that is 7 digits, like 1234567"));
        QCOMPARE(added.error().details,
                 QStringList{QStringLiteral("Enter an email address in the correct format, like name@example.com")});
    }

    void theSchoolsPhaseDecidesWhichAnswersAreAccepted()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        QVERIFY(SchoolSettings(t.db()).setValueUnchecked(SchoolSettings::kPhase, QStringLiteral("primary")));
        auto refused = store(t).add(lead, ada());
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Select a subject from the list of primary subject specialisms"));
        MentorBasicDetails d = ada();
        d.subject = QStringLiteral("primary_science");
        d.ageRange = QStringLiteral("7_to_14");
        d.keyStage = QStringLiteral("ks2");
        MD_VERIFY_OK(store(t).add(lead, d));
    }

    void aSecondMentorWithTheSameNameGetsTheNextUsernameButNotTheSameTrn()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        MD_VERIFY_OK(store(t).add(lead, ada()));
        MentorBasicDetails twin = ada();
        twin.email = QStringLiteral("ada.quill2@example.com");
        auto refused = store(t).add(lead, twin);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("A mentor with the teacher reference number (TRN) 1234567 has already been added"));
        twin.trn = QStringLiteral("7654321");
        auto added = store(t).add(lead, twin);
        QVERIFY(added);
        QCOMPARE(added->username, QStringLiteral("a.quill2"));
        twin.trn = QStringLiteral("7654322");
        auto sameEmail = store(t).add(lead, twin);
        QVERIFY(!sameEmail);
        QCOMPARE(sameEmail.error().message, QStringLiteral("A mentor with this email address has already been added"));
    }

    void aTeacherWhoBecomesAMentorKeepsTheirAccount()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        NewStaffUser teacher{QStringLiteral("t.quill"),
                             QStringLiteral("Ada Quill"),
                             QStringLiteral("Ada.Quill@Example.com"),
                             QStringLiteral("long enough password"),
                             {Role::Teacher},
                             {}};
        auto teacherId = UserStore(t.db()).create(Session::system(), teacher);
        QVERIFY(teacherId);
        auto added = store(t).add(lead, ada());
        QVERIFY(added);
        QCOMPARE(added->userId, *teacherId);
        QCOMPARE(added->username, QStringLiteral("t.quill"));
        QVERIFY(added->firstPassword.isEmpty());
        QCOMPARE(UserStore(t.db()).findById(*teacherId)->roles, (QSet<Role>{Role::Teacher, Role::Mentor}));
        auto message = MentorOutbox(t.db()).find(lead, added->messageId);
        QVERIFY(message->body.contains(QStringLiteral("your usual username, t.quill")));
    }

    void onlyTheLeadMentorAndAdministratorsManageMentors()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        const Session head = t.addUser(QStringLiteral("head"), {Role::Headteacher});
        const Session mentor = t.addUser(QStringLiteral("mentor"), {Role::Mentor});
        const Session teacher = t.addUser(QStringLiteral("teacher"), {Role::Teacher});
        for (const Session &s : {head, mentor, teacher}) {
            auto refused = store(t).add(s, ada());
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
            QVERIFY(refused.error().message.startsWith(QStringLiteral("You may not add, change or remove mentors")));
        }
        MD_VERIFY_OK(store(t).list(head)); // the headteacher sees the team
        QCOMPARE(store(t).list(mentor).error().kind, Error::Kind::Forbidden);
        // A mentor may read their own profile, not another's.
        MD_VERIFY_OK(store(t).find(mentor, mentor.userId()));
        QCOMPARE(store(t).find(mentor, head.userId()).error().kind, Error::Kind::Forbidden);
        MD_VERIFY_OK(store(t).add(admin, ada()));
    }

    void basicDetailsAreChangedThroughTheSameRulesAndAudited()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        auto added = store(t).add(lead, ada());
        QVERIFY(added);
        MentorBasicDetails d = ada();
        d.lastName = QStringLiteral("Stone");
        d.ageRange = MentorCatalogue::kMiddleYears;
        d.keyStage = QStringLiteral("ks2");
        MD_VERIFY_OK(store(t).updateBasic(lead, added->userId, d));
        auto mentor = store(t).find(lead, added->userId);
        QCOMPARE(mentor->basic, d);
        QCOMPARE(mentor->displayName, QStringLiteral("Ada Stone"));
        QCOMPARE(count(t.db(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'mentor_profile' AND "
                                      "entity_id = ? AND action = 'update'"),
                       {added->userId}),
                 3);
        d.keyStage.clear();
        auto refused = store(t).updateBasic(lead, added->userId, d);
        QCOMPARE(refused.error().message, QStringLiteral("Select a key stage"));
        QCOMPARE(store(t).find(lead, added->userId)->basic.keyStage, QStringLiteral("ks2"));
    }

    void additionalDetailsRoundTripAndRefuseFutureDates()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        auto added = store(t).add(lead, ada());
        MentorAdditionalDetails a;
        a.dateQualified = QDate(2012, 7, 20);
        a.qualifications = QStringLiteral("PGCE Secondary with QTS");
        a.dateStartedMentoring = QDate(2019, 9, 1);
        a.providerTraining = QStringLiteral("Induction course");
        a.sendTraining = QStringLiteral("SEMH needs (1 day)");
        a.subjectNetworks = QStringLiteral("Regional mentor network");
        a.otherExperiences = QStringLiteral("Youth worker");
        MD_VERIFY_OK(store(t).updateAdditional(lead, added->userId, a, kToday));
        QCOMPARE(store(t).find(lead, added->userId)->additional, a);
        a.dateStartedMentoring = kToday.addDays(1);
        auto refused = store(t).updateAdditional(lead, added->userId, a, kToday);
        QCOMPARE(refused.error().message, QStringLiteral("The date started mentoring must be today or in the past"));
        // Cleared answers are stored as empty.
        MD_VERIFY_OK(store(t).updateAdditional(lead, added->userId, {}, kToday));
        QCOMPARE(store(t).find(lead, added->userId)->additional, MentorAdditionalDetails());
    }

    void gradeAndCapacityAreCheckedAndStored()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        const Session legacy = t.addUser(QStringLiteral("m.one"), {Role::Mentor}); // no profile yet
        QVERIFY(store(t).find(lead, legacy.userId())->hasProfile == false);
        MD_VERIFY_OK(
            store(t).setGradeAndCapacity(lead, legacy.userId(), QStringLiteral("advanced_learning_mentor"), 7));
        auto m = store(t).find(lead, legacy.userId());
        QVERIFY(m->hasProfile);
        QCOMPARE(m->grade, QStringLiteral("advanced_learning_mentor"));
        QCOMPARE(m->capacity, 7);
        QCOMPARE(store(t).setGradeAndCapacity(lead, legacy.userId(), QStringLiteral("captain"), 0).error().fullText(),
                 QStringLiteral("Select a grade\nEnter a capacity between 1 and 30 students"));
    }

    // The lead mentor and an administrator both edit a mentor's profile: each save goes from the
    // version its editor read, and a profile changed at another desk meanwhile is a conflict that
    // shows both versions, never overwritten. A user with no profile yet reads version 0.
    void aProfileChangedAtAnotherDeskMeanwhileIsAConflictNotOverwritten()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        const Session legacy = t.addUser(QStringLiteral("m.one"), {Role::Mentor}); // no profile yet
        const MentorProfile read = *store(t).find(lead, legacy.userId());
        QCOMPARE(read.rowVersion, 0);

        // Both opened the grade with no profile; the administrator saves first.
        MD_VERIFY_OK(store(t).setGradeAndCapacity(admin, legacy.userId(), QStringLiteral("learning_mentor"), 9,
                                                  read.rowVersion));
        Status stale = store(t).setGradeAndCapacity(lead, legacy.userId(), QStringLiteral("advanced_learning_mentor"),
                                                    12, read.rowVersion);
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        auto conflict = RecordConflicts::of(stale.error());
        QVERIFY(conflict);
        QCOMPARE(conflict->entity, QStringLiteral("mentor_profile"));
        QCOMPARE(conflict->changedBy, QStringLiteral("admin"));
        QCOMPARE(conflict->fields.size(), 2);
        QCOMPARE(conflict->fields.at(1).yours, QStringLiteral("12"));
        QCOMPARE(conflict->fields.at(1).theirs, QStringLiteral("9"));
        QCOMPARE(store(t).find(lead, legacy.userId())->capacity, 9);

        // From the version now stored it goes through, and moves the version on.
        MD_VERIFY_OK(store(t).setGradeAndCapacity(lead, legacy.userId(), QStringLiteral("advanced_learning_mentor"),
                                                  12, conflict->storedVersion));
        const MentorProfile now = *store(t).find(lead, legacy.userId());
        QCOMPARE(now.capacity, 12);
        QVERIFY(now.rowVersion > conflict->storedVersion);

        // Basic and additional details from an older version: refused, nothing changed.
        QCOMPARE(store(t).updateBasic(lead, legacy.userId(), ada(), read.rowVersion).error().kind,
                 Error::Kind::Conflict);
        MentorAdditionalDetails extra;
        extra.qualifications = QStringLiteral("PGCE");
        Status staleExtra = store(t).updateAdditional(admin, legacy.userId(), extra, kToday, now.rowVersion - 1);
        QCOMPARE(staleExtra.error().kind, Error::Kind::Conflict);
        QCOMPARE(store(t).find(lead, legacy.userId())->additional.qualifications, QString());
        MD_VERIFY_OK(store(t).updateAdditional(admin, legacy.userId(), extra, kToday, now.rowVersion));
        QCOMPARE(store(t).find(lead, legacy.userId())->additional.qualifications, QStringLiteral("PGCE"));
    }

    void theTeamListShowsEachMentorsCaseloadAgainstCapacity()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        auto added = store(t).add(lead, ada());
        const qint64 s1 = t.addStudent(1, QStringLiteral("Bo"), QStringLiteral("Reed"));
        const qint64 s2 = t.addStudent(2, QStringLiteral("Cy"), QStringLiteral("Moss"));
        t.assignMentor(added->userId, s1);
        t.assignMentor(added->userId, s2);
        const Session other = t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        t.addUser(QStringLiteral("teacher"), {Role::Teacher});
        auto team = store(t).list(lead);
        QVERIFY(team);
        QCOMPARE(team->size(), 2); // the two mentors, not the lead without the Mentor role or the teacher
        for (const MentorProfile &m : *team) {
            if (m.userId == added->userId) {
                QCOMPARE(m.caseload, 2);
                QCOMPARE(m.placesLeft(), 6);
            } else {
                QCOMPARE(m.userId, other.userId());
                QCOMPARE(m.caseload, 0);
                QVERIFY(!m.placesLeft());
            }
        }
        auto students = store(t).caseloadStudents(lead, added->userId);
        QCOMPARE(students->size(), 2);
        QCOMPARE(students->first().name, QStringLiteral("Cy Moss"));
    }

    void removingRefusesWhileAnyStudentStillNeedsAMentor()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        auto added = store(t).add(lead, ada());
        const Session other = t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        const qint64 s1 = t.addStudent(1, QStringLiteral("Bo"), QStringLiteral("Reed"));
        const qint64 s2 = t.addStudent(2, QStringLiteral("Cy"), QStringLiteral("Moss"));
        t.assignMentor(added->userId, s1);
        t.assignMentor(added->userId, s2);
        MentorRemoval removal{QStringLiteral("left_school"), {}, kToday, {{s1, other.userId()}}};
        auto refused = store(t).remove(lead, added->userId, removal);
        QVERIFY(!refused);
        QCOMPARE(
            refused.error().message,
            QStringLiteral(
                "Choose a new mentor for each of Ada Quill's students before removing them (1 without a new mentor)."));
        // Nothing happened.
        QCOMPARE(MentoringGroupStore(t.db()).caseload(added->userId).value(), (QList<qint64>{s1, s2}));
        QVERIFY(!store(t).find(lead, added->userId)->removed);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentor_outbox WHERE kind = 'removed'")), 0);

        removal.reason = QStringLiteral("other");
        removal.reallocations.append({s2, other.userId()});
        QCOMPARE(store(t).remove(lead, added->userId, removal).error().message,
                 QStringLiteral("Enter the reason for removing the mentor"));
        removal.reason = QStringLiteral("bored");
        QCOMPARE(store(t).remove(lead, added->userId, removal).error().message,
                 QStringLiteral("Select why the mentor is being removed"));
        removal.reason = QStringLiteral("left_school");
        removal.reallocations = {{s1, added->userId}, {s2, other.userId()}};
        QCOMPARE(store(t).remove(lead, added->userId, removal).error().message,
                 QStringLiteral("Choose a mentor other than the one being removed."));
        QCOMPARE(store(t).remove(lead, lead.userId(), removal).error().kind, Error::Kind::Forbidden);
    }

    void removingReallocatesEveryStudentWithinCapacityAndTellsTheMentor()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        QVERIFY(SchoolSettings(t.db()).setValueUnchecked(SchoolSettings::kName, QStringLiteral("Fernhill School")));
        auto leaving = store(t).add(lead, ada());
        MentorBasicDetails bo = ada();
        bo.firstName = QStringLiteral("Bo");
        bo.trn = QStringLiteral("2222222");
        bo.email = QStringLiteral("bo@example.com");
        auto full = store(t).add(lead, bo);
        MD_VERIFY_OK(store(t).setGradeAndCapacity(lead, full->userId, QStringLiteral("learning_mentor"), 1));
        const Session roomy = t.addUser(QStringLiteral("m.roomy"), {Role::Mentor});
        QList<qint64> students;
        for (int i = 1; i <= 3; ++i) {
            students << t.addStudent(i, QStringLiteral("S%1").arg(i), QStringLiteral("Pupil"));
            t.assignMentor(leaving->userId, students.last());
        }
        // One student of the leaving mentor has left the school: they need no new mentor.
        const qint64 leaver = t.addStudent(9, QStringLiteral("Old"), QStringLiteral("Leaver"));
        t.assignMentor(leaving->userId, leaver);
        Query left(t.db(), QStringLiteral("UPDATE students SET date_left = '2026-07-20' WHERE id = ?"));
        left.bind(leaver);
        MD_VERIFY_OK(left.exec());

        // Two to a mentor with room for one: refused, naming them.
        MentorRemoval removal{
            QStringLiteral("no_longer_mentoring"),
            {},
            kToday,
            {{students[0], full->userId}, {students[1], full->userId}, {students[2], roomy.userId()}}};
        QCOMPARE(store(t).remove(lead, leaving->userId, removal).error().message,
                 QStringLiteral("Bo Quill would have 2 students, over their capacity of 1. Choose another mentor or "
                                "raise their capacity first."));
        removal.reallocations[1].newMentorId = roomy.userId();
        removal.note = QStringLiteral("Moving to the sixth form team");
        MD_VERIFY_OK(store(t).remove(lead, leaving->userId, removal));

        MentoringGroupStore groups(t.db());
        QCOMPARE(groups.caseload(leaving->userId).value(), QList<qint64>());
        QCOMPARE(groups.caseload(full->userId).value(), QList<qint64>{students[0]});
        QCOMPARE(groups.caseload(roomy.userId()).value(), (QList<qint64>{students[1], students[2]}));
        // Nothing orphaned: every current student who has not left has exactly one mentor.
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM students s WHERE s.date_left IS NULL AND "
                                              "(SELECT COUNT(*) FROM mentoring_groups g WHERE g.student_id = s.id AND "
                                              "g.ended_on IS NULL) <> 1")),
                 0);
        QCOMPARE(count(t.db(),
                       QStringLiteral("SELECT COUNT(*) FROM mentoring_groups WHERE student_id = ? AND "
                                      "ended_on IS NULL"),
                       {leaver}),
                 0);

        auto mentor = store(t).find(lead, leaving->userId);
        QVERIFY(mentor->removed);
        QCOMPARE(mentor->removedOn, kToday);
        QCOMPARE(mentor->removalReason, QStringLiteral("no_longer_mentoring"));
        QCOMPARE(mentor->removedBy, QStringLiteral("lead"));
        QVERIFY(UserStore(t.db()).findById(leaving->userId)->roles.isEmpty());
        QCOMPARE(store(t).list(lead)->size(), 2);
        QCOMPARE(store(t).list(lead, true)->size(), 3);

        auto messages = MentorOutbox(t.db()).list(lead);
        QCOMPARE(messages->first().kind, QStringLiteral("removed"));
        QCOMPARE(messages->first().subject, QStringLiteral("You have been removed as a mentor at Fernhill School"));
        QVERIFY(messages->first().body.contains(
            QStringLiteral("Reason: They have decided not to be a mentor: Moving to the sixth form team")));
        QVERIFY(messages->first().body.contains(
            QStringLiteral("ask the lead mentor or an administrator to reinstate you")));
        QVERIFY(messages->first().body.contains(QStringLiteral("23 November 2026")));
        QCOMPARE(AuditLog::verifyChain(t.db()).value(), 0);
        // Removed mentors cannot take students.
        MentorRemoval again{QStringLiteral("left_school"), {}, kToday, {{students[0], leaving->userId}}};
        QCOMPARE(store(t).remove(lead, full->userId, again).error().message,
                 QStringLiteral("Ada Quill has been removed from the team: choose an active mentor."));
    }

    void removalIsReversibleByTheLeadMentorOrAnAdministrator()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        const Session head = t.addUser(QStringLiteral("head"), {Role::Headteacher});
        const Session deputy = t.addUser(QStringLiteral("deputy"), {Role::LeadMentor, Role::Mentor, Role::Teacher});
        QCOMPARE(store(t).reinstate(lead, deputy.userId(), kToday).error().message,
                 QStringLiteral("deputy has not been removed, so there is nothing to reinstate."));
        MD_VERIFY_OK(store(t).remove(lead, deputy.userId(), {QStringLiteral("left_school"), {}, kToday, {}}));
        QCOMPARE(UserStore(t.db()).findById(deputy.userId())->roles, QSet<Role>{Role::Teacher});
        QCOMPARE(store(t).reinstate(head, deputy.userId(), kToday).error().kind, Error::Kind::Forbidden);
        // Signed in again, the removed lead mentor has lost the right to reinstate themselves.
        const Session deputyNow = AuthService(t.db()).sessionFor(QStringLiteral("deputy")).value();
        QCOMPARE(store(t).reinstate(deputyNow, deputy.userId(), kToday).error().kind, Error::Kind::Forbidden);
        MD_VERIFY_OK(store(t).reinstate(admin, deputy.userId(), kToday.addDays(2)));
        QCOMPARE(UserStore(t.db()).findById(deputy.userId())->roles,
                 (QSet<Role>{Role::LeadMentor, Role::Mentor, Role::Teacher}));
        QVERIFY(!store(t).find(lead, deputy.userId())->removed);
        QCOMPARE(text(t.db(), QStringLiteral("SELECT reinstated_by FROM mentor_removals WHERE mentor_id = ?"),
                      {deputy.userId()}),
                 QStringLiteral("admin"));
        QCOMPARE(MentorOutbox(t.db()).list(lead)->first().kind, QStringLiteral("reinstated"));
        // And removable again later, by the lead mentor.
        MD_VERIFY_OK(
            store(t).remove(lead, deputy.userId(), {QStringLiteral("left_school"), {}, kToday.addDays(3), {}}));
        MD_VERIFY_OK(store(t).reinstate(lead, deputy.userId(), kToday.addDays(4)));
        QCOMPARE(count(t.db(),
                       QStringLiteral("SELECT COUNT(*) FROM mentor_removals WHERE mentor_id = ? AND "
                                      "reinstated_on IS NOT NULL"),
                       {deputy.userId()}),
                 2);
    }

    void outboxMessagesAreMarkedSentOnce()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        const Session mentor = t.addUser(QStringLiteral("mentor"), {Role::Mentor});
        auto added = store(t).add(lead, ada());
        MentorOutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MD_VERIFY_OK(model.load(t.db(), lead));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.unsentCount(), 1);
        QCOMPARE(model.index(0, MentorOutboxModel::SentColumn).data().toString(), QStringLiteral("Not sent yet"));
        QCOMPARE(MentorOutbox(t.db()).markSent(mentor, added->messageId, kToday).error().kind, Error::Kind::Forbidden);
        MD_VERIFY_OK(MentorOutbox(t.db()).markSent(lead, added->messageId, kToday));
        QCOMPARE(MentorOutbox(t.db()).markSent(lead, added->messageId, kToday).error().kind, Error::Kind::Conflict);
        MD_VERIFY_OK(model.load(t.db(), lead));
        QCOMPARE(model.unsentCount(), 0);
        QCOMPARE(model.index(0, MentorOutboxModel::SentColumn).data().toString(), QStringLiteral("Sent 23 Nov 2026"));
        QCOMPARE(model.index(0, MentorOutboxModel::RecipientColumn).data().toString(),
                 QStringLiteral("Ada Quill <ada.quill@example.com>"));
    }

    void theDemoSchoolsMentorsHaveCompleteValidDetails()
    {
        test::TestDatabase t;
        DemoOptions options;
        options.students = 720;
        options.seed = 20261123;
        options.today = kToday;
        MD_VERIFY_OK(DemoSchool::generate(t.db(), options));
        const Session lead = Session::system();
        auto team = MentorStore(t.db()).list(lead);
        QVERIFY(team);
        QSet<QString> trns;
        int withProfile = 0;
        for (const MentorProfile &m : *team) {
            if (!m.hasProfile)
                continue; // the supervisor: mentor and headteacher, outside the team's grades
            ++withProfile;
            QStringList problems;
            for (const FieldError &e : MentorRules::checkBasic(m.basic, SchoolPhase::Secondary))
                problems << e.message;
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
            QVERIFY(MentorRules::checkAdditional(m.additional, kToday).isEmpty());
            QVERIFY(!m.additional.qualifications.isEmpty());
            QVERIFY(m.additional.dateStartedMentoring.isValid());
            trns.insert(m.basic.trn);
            QVERIFY(m.caseload <= m.capacity);
        }
        QCOMPARE(withProfile, 8);
        QCOMPARE(trns.size(), 8);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentor_development WHERE kind = 'supervision'")) >
                40);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentor_observations")) >= 8);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM learner_feedback")) > 5);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentor_reviews WHERE school_year = 2026 AND "
                                              "term = 'summer'")),
                 0);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentor_reviews WHERE school_year = 2025 AND "
                                              "term = 'summer'")),
                 8);
        // Nothing dated after today.
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM mentor_development WHERE held_on > '2026-11-23'")),
                 0);
        QCOMPARE(
            count(t.db(), QStringLiteral("SELECT COUNT(*) FROM learner_feedback WHERE collected_on > '2026-11-23'")),
            0);
        // Feedback only from the mentor's own students.
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM learner_feedback f WHERE NOT EXISTS (SELECT 1 FROM "
                                              "mentoring_groups g WHERE g.mentor_id = f.mentor_id AND "
                                              "g.student_id = f.student_id)")),
                 0);
        QCOMPARE(AuditLog::verifyChain(t.db()).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMentorStore)
#include "tst_mentorstore.moc"
