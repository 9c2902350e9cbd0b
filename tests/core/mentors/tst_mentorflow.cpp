// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The add-mentor flow without a database: reference 002's option lists and messages, the
// middle-years rules, and Check your answers.
#include "mentors/AddMentorFlow.h"
#include "mentors/MentorCatalogue.h"
#include "mentors/MentorDetails.h"
#include "mentors/MentorStore.h"
#include "mentors/ReviewTerm.h"

#include <QtTest>

using namespace md;
using Step = AddMentorFlow::Step;

namespace {

QStringList labels(const QList<MentorOption> &options)
{
    QStringList out;
    for (const MentorOption &o : options)
        out << o.label;
    return out;
}

QStringList codes(const QList<MentorOption> &options)
{
    QStringList out;
    for (const MentorOption &o : options)
        out << o.code;
    return out;
}

QStringList messages(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.message;
    return out;
}

MentorBasicDetails complete()
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

} // namespace

class TestMentorFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void primarySchoolsAreOfferedReference002sSubjectSpecialisms()
    {
        QCOMPARE(
            labels(MentorCatalogue::subjects(SchoolPhase::Primary)),
            (QStringList{QStringLiteral("Primary"), QStringLiteral("Primary with English"),
                         QStringLiteral("Primary with geography and history"),
                         QStringLiteral("Primary with mathematics"), QStringLiteral("Primary with modern languages"),
                         QStringLiteral("Primary with physical education"), QStringLiteral("Primary with science")}));
    }

    void secondarySchoolsAreOfferedReference002sSubjects()
    {
        const QStringList expected{QStringLiteral("Ancient Greek"),
                                   QStringLiteral("Ancient Hebrew"),
                                   QStringLiteral("Art and design"),
                                   QStringLiteral("Biology"),
                                   QStringLiteral("Business studies"),
                                   QStringLiteral("Chemistry"),
                                   QStringLiteral("Citizenship"),
                                   QStringLiteral("Classics"),
                                   QStringLiteral("Communication and media studies"),
                                   QStringLiteral("Computing"),
                                   QStringLiteral("Dance"),
                                   QStringLiteral("Design and technology"),
                                   QStringLiteral("Drama"),
                                   QStringLiteral("Economics"),
                                   QStringLiteral("English"),
                                   QStringLiteral("English as a second or other language"),
                                   QStringLiteral("French"),
                                   QStringLiteral("Geography"),
                                   QStringLiteral("German"),
                                   QStringLiteral("Health and social care"),
                                   QStringLiteral("History"),
                                   QStringLiteral("Italian"),
                                   QStringLiteral("Japanese"),
                                   QStringLiteral("Latin"),
                                   QStringLiteral("Mandarin"),
                                   QStringLiteral("Mathematics"),
                                   QStringLiteral("Music"),
                                   QStringLiteral("Philosophy"),
                                   QStringLiteral("Physical education"),
                                   QStringLiteral("Physics"),
                                   QStringLiteral("Psychology"),
                                   QStringLiteral("Religious education"),
                                   QStringLiteral("Russian"),
                                   QStringLiteral("Science"),
                                   QStringLiteral("Social sciences"),
                                   QStringLiteral("Spanish")};
        QCOMPARE(labels(MentorCatalogue::subjects(SchoolPhase::Secondary)), expected);
        // Codes are unique and stable; the phases share none.
        const QStringList all = codes(MentorCatalogue::subjects(SchoolPhase::Secondary)) +
                                codes(MentorCatalogue::subjects(SchoolPhase::Primary));
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    }

    void ageRangesFollowThePhaseAndMiddleYearsIsOfferedToBoth()
    {
        QCOMPARE(labels(MentorCatalogue::ageRanges(SchoolPhase::Primary)),
                 (QStringList{QStringLiteral("3 to 7"), QStringLiteral("5 to 11"), QStringLiteral("7 to 11"),
                              QStringLiteral("7 to 14 - middle years")}));
        QCOMPARE(labels(MentorCatalogue::ageRanges(SchoolPhase::Secondary)),
                 (QStringList{QStringLiteral("11 to 16"), QStringLiteral("11 to 18"), QStringLiteral("14 to 19"),
                              QStringLiteral("7 to 14 - middle years")}));
    }

    void keyStagesFollowThePhase()
    {
        const QStringList primary{QStringLiteral("Early years"), QStringLiteral("Key stage 1"),
                                  QStringLiteral("Key stage 2")};
        for (const MentorOption &range : MentorCatalogue::ageRanges(SchoolPhase::Primary))
            QCOMPARE(labels(MentorCatalogue::keyStages(SchoolPhase::Primary, range.code)), primary);
        const QStringList secondary{QStringLiteral("Key stage 3"), QStringLiteral("Key stage 4"),
                                    QStringLiteral("Key stage 5")};
        QCOMPARE(labels(MentorCatalogue::keyStages(SchoolPhase::Secondary, QString())), secondary);
        for (const QString &range :
             {QStringLiteral("11_to_16"), QStringLiteral("11_to_18"), QStringLiteral("14_to_19")})
            QCOMPARE(labels(MentorCatalogue::keyStages(SchoolPhase::Secondary, range)), secondary);
    }

    void middleYearsOffersKeyStage2InASecondarySchool()
    {
        QCOMPARE(labels(MentorCatalogue::keyStages(SchoolPhase::Secondary, MentorCatalogue::kMiddleYears)),
                 (QStringList{QStringLiteral("Key stage 2"), QStringLiteral("Key stage 3"),
                              QStringLiteral("Key stage 4"), QStringLiteral("Key stage 5")}));
        AddMentorFlow flow(SchoolPhase::Secondary, complete());
        QVERIFY(!codes(flow.keyStageOptions()).contains(QStringLiteral("ks2")));
        flow.setAgeRange(MentorCatalogue::kMiddleYears);
        QVERIFY(codes(flow.keyStageOptions()).contains(QStringLiteral("ks2")));
        flow.setKeyStage(QStringLiteral("ks2"));
        QVERIFY(flow.checkAll().isEmpty());
    }

    void leavingMiddleYearsTakesAwayKeyStage2AndAsksAgain()
    {
        MentorBasicDetails d = complete();
        d.ageRange = MentorCatalogue::kMiddleYears;
        d.keyStage = QStringLiteral("ks2");
        AddMentorFlow flow(SchoolPhase::Secondary, d);
        flow.beginChange();
        QVERIFY(flow.setAgeRange(QStringLiteral("11_to_16"))); // key stage cleared
        QVERIFY(flow.answers().keyStage.isEmpty());
        QCOMPARE(flow.nextStep(Step::AgeRange), Step::KeyStage);
        QCOMPARE(messages(flow.check(Step::KeyStage)), QStringList{QStringLiteral("Select a key stage")});
        flow.setKeyStage(QStringLiteral("ks4"));
        QCOMPARE(flow.nextStep(Step::KeyStage), Step::CheckYourAnswers);
        // A key stage that is still offered stays.
        QVERIFY(!flow.setAgeRange(QStringLiteral("11_to_18")));
        QCOMPARE(flow.answers().keyStage, QStringLiteral("ks4"));
        QCOMPARE(flow.nextStep(Step::AgeRange), Step::CheckYourAnswers);
    }

    void keyStage2WithoutMiddleYearsGetsAClearMessage()
    {
        MentorBasicDetails d = complete();
        d.keyStage = QStringLiteral("ks2");
        QCOMPARE(
            messages(MentorRules::checkKeyStage(d, SchoolPhase::Secondary)),
            QStringList{QStringLiteral("Key stage 2 is only offered with the age range '7 to 14 - middle years'")});
        // In a primary school Key stage 2 is always on the list.
        d.subject = QStringLiteral("primary");
        d.ageRange = QStringLiteral("5_to_11");
        QVERIFY(MentorRules::checkBasic(d, SchoolPhase::Primary).isEmpty());
    }

    void noQuestionIsAnsweredByDefault()
    {
        AddMentorFlow flow(SchoolPhase::Secondary);
        QCOMPARE(flow.answers(), MentorBasicDetails());
        QCOMPARE(messages(flow.check(Step::Subject)), QStringList{QStringLiteral("Select a subject")});
        QCOMPARE(messages(flow.check(Step::AgeRange)), QStringList{QStringLiteral("Select an age range")});
        QCOMPARE(messages(flow.check(Step::KeyStage)), QStringList{QStringLiteral("Select a key stage")});
    }

    void eachMissingAnswerGetsReference002sMessage_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("first name") << int(MentorField::FirstName) << QStringLiteral("Enter a first name");
        QTest::newRow("last name") << int(MentorField::LastName) << QStringLiteral("Enter a last name");
        QTest::newRow("TRN") << int(MentorField::Trn) << QStringLiteral("Enter a teacher reference number (TRN)");
        QTest::newRow("email") << int(MentorField::Email) << QStringLiteral("Enter an email address");
        QTest::newRow("subject") << int(MentorField::Subject) << QStringLiteral("Select a subject");
        QTest::newRow("age range") << int(MentorField::AgeRange) << QStringLiteral("Select an age range");
        QTest::newRow("key stage") << int(MentorField::KeyStage) << QStringLiteral("Select a key stage");
    }

    void eachMissingAnswerGetsReference002sMessage()
    {
        QFETCH(int, field);
        QFETCH(QString, message);
        for (SchoolPhase phase : {SchoolPhase::Primary, SchoolPhase::Secondary}) {
            MentorBasicDetails d = complete();
            if (phase == SchoolPhase::Primary) {
                d.subject = QStringLiteral("primary_science");
                d.ageRange = QStringLiteral("5_to_11");
                d.keyStage = QStringLiteral("ks1");
            }
            QString *answers[] = {&d.firstName, &d.lastName, &d.trn, &d.email, &d.subject, &d.ageRange, &d.keyStage};
            *answers[field] = QStringLiteral("   "); // spaces only count as missing
            const FieldErrors errors = MentorRules::checkBasic(d, phase);
            QCOMPARE(errors.size(), 1);
            QCOMPARE(int(errors.first().field), field);
            QCOMPARE(errors.first().message, message);
        }
    }

    void everyMissingAnswerIsListedInTheFlowsOrder()
    {
        QCOMPARE(messages(MentorRules::checkBasic({}, SchoolPhase::Secondary)),
                 (QStringList{QStringLiteral("Enter a first name"), QStringLiteral("Enter a last name"),
                              QStringLiteral("Enter a teacher reference number (TRN)"),
                              QStringLiteral("Enter an email address"), QStringLiteral("Select a subject"),
                              QStringLiteral("Select an age range"), QStringLiteral("Select a key stage")}));
    }

    void emailInTheWrongFormatGetsReference002sMessage_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("no at") << QStringLiteral("ada.quill.example.com") << false;
        QTest::newRow("no domain") << QStringLiteral("ada@") << false;
        QTest::newRow("no name") << QStringLiteral("@example.com") << false;
        QTest::newRow("no dot in domain") << QStringLiteral("ada@example") << false;
        QTest::newRow("space inside") << QStringLiteral("ada quill@example.com") << false;
        QTest::newRow("two ats") << QStringLiteral("ada@quill@example.com") << false;
        QTest::newRow("plain") << QStringLiteral("ada@example.com") << true;
        QTest::newRow("subdomains and plus") << QStringLiteral("ada.quill+mentor@mail.example.co.uk") << true;
        QTest::newRow("surrounding spaces") << QStringLiteral("  ada@example.com ") << true;
    }

    void emailInTheWrongFormatGetsReference002sMessage()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        MentorBasicDetails d = complete();
        d.email = email;
        const QStringList got = messages(MentorRules::checkPersonalDetails(d));
        if (valid)
            QVERIFY2(got.isEmpty(), qPrintable(got.join(QLatin1Char('|'))));
        else
            QCOMPARE(got, QStringList{
                              QStringLiteral("Enter an email address in the correct format, like name@example.com")});
    }

    void trnMustBeSevenDigits_data()
    {
        QTest::addColumn<QString>("trn");
        QTest::addColumn<bool>("valid");
        QTest::newRow("six digits") << QStringLiteral("123456") << false;
        QTest::newRow("eight digits") << QStringLiteral("12345678") << false;
        QTest::newRow("a letter") << QStringLiteral("12A4567") << false;
        QTest::newRow("seven digits") << QStringLiteral("1234567") << true;
        QTest::newRow("spaced") << QStringLiteral("123 4567") << true;
        QTest::newRow("dashed") << QStringLiteral("12-34-567") << true;
    }

    void trnMustBeSevenDigits()
    {
        QFETCH(QString, trn);
        QFETCH(bool, valid);
        MentorBasicDetails d = complete();
        d.trn = trn;
        const FieldErrors errors = MentorRules::checkPersonalDetails(d);
        if (valid) {
            QVERIFY(errors.isEmpty());
            QCOMPARE(MentorRules::tidy(d).trn.size(), 7);
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, MentorField::Trn);
            QCOMPARE(errors.first().message,
                     QStringLiteral("Enter a teacher reference number (TRN) that is 7 digits, like 1234567"));
        }
    }

    void answersFromTheOtherPhaseAreRefused()
    {
        MentorBasicDetails d = complete();
        d.subject = QStringLiteral("primary_english");
        QCOMPARE(messages(MentorRules::checkSubject(d, SchoolPhase::Secondary)),
                 QStringList{QStringLiteral("Select a subject from the list of secondary subjects")});
        d.ageRange = QStringLiteral("3_to_7");
        QCOMPARE(messages(MentorRules::checkAgeRange(d, SchoolPhase::Secondary)),
                 QStringList{QStringLiteral("Select an age range from the list for a secondary school")});
        d.subject = QStringLiteral("physics");
        QCOMPARE(messages(MentorRules::checkSubject(d, SchoolPhase::Primary)),
                 QStringList{QStringLiteral("Select a subject from the list of primary subject specialisms")});
        d.keyStage = QStringLiteral("ks4");
        d.ageRange = QStringLiteral("5_to_11");
        QCOMPARE(messages(MentorRules::checkKeyStage(d, SchoolPhase::Primary)),
                 QStringList{QStringLiteral("Select a key stage from the list for a primary school")});
    }

    void theFlowWalksTheFiveStepsInOrder()
    {
        AddMentorFlow flow(SchoolPhase::Secondary);
        QCOMPARE(AddMentorFlow::steps().size(), 5);
        QStringList titles;
        for (Step s : AddMentorFlow::steps())
            titles << AddMentorFlow::title(s);
        QCOMPARE(titles, (QStringList{QStringLiteral("Personal details"), QStringLiteral("Subject"),
                                      QStringLiteral("Age range"), QStringLiteral("Key stage"),
                                      QStringLiteral("Check your answers")}));
        QCOMPARE(flow.nextStep(Step::PersonalDetails), Step::Subject);
        QCOMPARE(flow.nextStep(Step::Subject), Step::AgeRange);
        QCOMPARE(flow.nextStep(Step::AgeRange), Step::KeyStage);
        QCOMPARE(flow.nextStep(Step::KeyStage), Step::CheckYourAnswers);
        QCOMPARE(flow.question(Step::Subject), QStringLiteral("Secondary subject"));
        QCOMPARE(AddMentorFlow(SchoolPhase::Primary).question(Step::Subject),
                 QStringLiteral("Primary subject specialism"));
    }

    void checkYourAnswersRoundTrip()
    {
        AddMentorFlow flow(SchoolPhase::Secondary);
        flow.setPersonalDetails(QStringLiteral(" Ada "), QStringLiteral("Quill"), QStringLiteral("123 4567"),
                                QStringLiteral("ada@example.com"));
        flow.setSubject(QStringLiteral("mathematics"));
        flow.setAgeRange(QStringLiteral("11_to_16"));
        flow.setKeyStage(QStringLiteral("ks3"));
        QVERIFY(flow.checkAll().isEmpty());

        QList<AddMentorFlow::AnswerRow> rows = flow.checkYourAnswers();
        QCOMPARE(rows.size(), 7);
        QStringList questions;
        QStringList answers;
        QList<Step> links;
        for (const auto &r : rows) {
            questions << r.question;
            answers << r.answer;
            links << r.step;
        }
        QCOMPARE(questions,
                 (QStringList{QStringLiteral("First name"), QStringLiteral("Last name"),
                              QStringLiteral("Teacher reference number (TRN)"), QStringLiteral("Email address"),
                              QStringLiteral("Subject"), QStringLiteral("Age range"), QStringLiteral("Key stage")}));
        QCOMPARE(answers, (QStringList{QStringLiteral("Ada"), QStringLiteral("Quill"), QStringLiteral("1234567"),
                                       QStringLiteral("ada@example.com"), QStringLiteral("Mathematics"),
                                       QStringLiteral("11 to 16"), QStringLiteral("Key stage 3")}));
        QCOMPARE(links, (QList<Step>{Step::PersonalDetails, Step::PersonalDetails, Step::PersonalDetails,
                                     Step::PersonalDetails, Step::Subject, Step::AgeRange, Step::KeyStage}));

        // Change the subject: back to Check your answers straight after, with the new answer.
        flow.beginChange();
        flow.setSubject(QStringLiteral("physics"));
        QCOMPARE(flow.nextStep(Step::Subject), Step::CheckYourAnswers);
        QCOMPARE(flow.checkYourAnswers().at(4).answer, QStringLiteral("Physics"));
        // Change the email to a wrong one: the step's check stops the user there.
        flow.setPersonalDetails(QStringLiteral("Ada"), QStringLiteral("Quill"), QStringLiteral("1234567"),
                                QStringLiteral("ada"));
        QCOMPARE(messages(flow.check(Step::PersonalDetails)),
                 QStringList{QStringLiteral("Enter an email address in the correct format, like name@example.com")});
        flow.setPersonalDetails(QStringLiteral("Ada"), QStringLiteral("Quill-Stone"), QStringLiteral("1234567"),
                                QStringLiteral("ada@example.org"));
        QCOMPARE(flow.nextStep(Step::PersonalDetails), Step::CheckYourAnswers);
        QCOMPARE(flow.checkYourAnswers().at(1).answer, QStringLiteral("Quill-Stone"));
        QCOMPARE(flow.checkYourAnswers().at(3).answer, QStringLiteral("ada@example.org"));
        QVERIFY(flow.checkAll().isEmpty());
        // The flow edits an existing mentor's details from what they are now.
        AddMentorFlow edit(SchoolPhase::Secondary, MentorRules::tidy(flow.answers()));
        QCOMPARE(edit.checkYourAnswers().at(4).answer, QStringLiteral("Physics"));
    }

    void commandLineTextFindsOptionsByCodeOrLabel()
    {
        const QList<MentorOption> stages = MentorCatalogue::keyStages(SchoolPhase::Secondary, QString());
        QCOMPARE(MentorCatalogue::findCode(stages, QStringLiteral("Key stage 3")), QStringLiteral("ks3"));
        QCOMPARE(MentorCatalogue::findCode(stages, QStringLiteral("KS4")), QStringLiteral("ks4"));
        QCOMPARE(MentorCatalogue::findCode(stages, QStringLiteral("Key stage 2")), QString());
        QCOMPARE(MentorCatalogue::findCode(MentorCatalogue::ageRanges(SchoolPhase::Secondary),
                                           QStringLiteral("7 to 14 - middle years")),
                 QStringLiteral("7_to_14"));
    }

    void usernamesAreMadeFromTheName()
    {
        QCOMPARE(MentorStore::usernameBase(QStringLiteral("Zoë"), QStringLiteral("O'Brien-Smith")),
                 QStringLiteral("z.obriensmith"));
        QCOMPARE(MentorStore::usernameBase(QStringLiteral("Ada"), QStringLiteral("Quill")), QStringLiteral("a.quill"));
        QCOMPARE(MentorStore::usernameBase(QStringLiteral("李"), QStringLiteral("王")), QStringLiteral("mentor"));
    }

    void reviewTermsCoverTheSchoolYear()
    {
        const ReviewTerm autumn = ReviewTerm::containing(QDate(2025, 11, 3));
        QCOMPARE(autumn.schoolYear, 2025);
        QCOMPARE(autumn.term, ReviewTerm::Term::Autumn);
        QCOMPARE(autumn.first(), QDate(2025, 9, 1));
        QCOMPARE(autumn.last(), QDate(2025, 12, 31));
        QCOMPARE(autumn.label(), QStringLiteral("Autumn term 2025/26"));
        const ReviewTerm spring = autumn.next();
        QCOMPARE(spring, ReviewTerm::containing(QDate(2026, 3, 31)));
        QCOMPARE(spring.label(), QStringLiteral("Spring term 2025/26"));
        const ReviewTerm summer = spring.next();
        QCOMPARE(summer.first(), QDate(2026, 4, 1));
        QCOMPARE(summer.last(), QDate(2026, 8, 31));
        QCOMPARE(summer.next(), ReviewTerm::containing(QDate(2026, 9, 1)));
        QCOMPARE(summer.previous(), spring);
        QCOMPARE(ReviewTerm::termFromCode(summer.code()), ReviewTerm::Term::Summer);
        QVERIFY(!ReviewTerm::termFromCode(QStringLiteral("winter")));
    }
};

QTEST_GUILESS_MAIN(TestMentorFlow)
#include "tst_mentorflow.moc"
