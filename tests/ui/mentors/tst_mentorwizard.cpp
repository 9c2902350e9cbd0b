// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The add-mentor wizard driven like a user would: every error on its page, the phase's options,
// the middle-years rules, Check your answers with its Change links, and the finished mentor.
#include "TestDatabase.h"

#include "mentors/AddMentorWizard.h"
#include "mentors/MentorOutbox.h"
#include "mentors/MentorOutboxView.h"
#include "mentors/MentorRecord.h"
#include "mentors/MentorsPane.h"
#include "mentors/MentorStore.h"
#include "mentors/MentorTeamModel.h"
#include "school/SchoolSettings.h"
#include "shell/DeskContext.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QtTest>

using namespace md;
using namespace md::ui;
using Step = AddMentorFlow::Step;

namespace {

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void next(QWizard &wizard)
{
    click(wizard.button(QWizard::NextButton));
}

void finish(QWizard &wizard)
{
    click(wizard.button(QWizard::FinishButton));
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QStringList labels(const QList<QRadioButton *> &radios)
{
    QStringList out;
    for (QRadioButton *r : radios)
        out << r->text();
    return out;
}

void choose(AddMentorWizard &wizard, Step step, const QString &code)
{
    QRadioButton *radio = wizard.option(step, code);
    QVERIFY2(radio, qPrintable(code));
    radio->setFocus();
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(radio->isChecked());
}

void fillPersonal(AddMentorWizard &wizard)
{
    type(wizard.edit(MentorField::FirstName), QStringLiteral("Ada"));
    type(wizard.edit(MentorField::LastName), QStringLiteral("Quill"));
    type(wizard.edit(MentorField::Trn), QStringLiteral("1234567"));
    type(wizard.edit(MentorField::Email), QStringLiteral("ada.quill@example.com"));
}

} // namespace

class TestMentorWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void drivingTheWizardToTheEndAddsTheMentorAndWritesTheConfirmation()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(lead);
        MentorsPane pane(context);
        pane.show();
        pane.activate();
        QCOMPARE(pane.model()->rowCount(), 1);
        click(pane.addButton());
        AddMentorWizard *wizard = pane.wizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->currentId(), int(Step::PersonalDetails));
        QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Personal details"));

        fillPersonal(*wizard);
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(Step::Subject));
        QCOMPARE(wizard->currentPage()->subTitle(), QStringLiteral("Step 2 of 5: Secondary subject"));
        choose(*wizard, Step::Subject, QStringLiteral("mathematics"));
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(Step::AgeRange));
        choose(*wizard, Step::AgeRange, QStringLiteral("11_to_16"));
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(Step::KeyStage));
        choose(*wizard, Step::KeyStage, QStringLiteral("ks3"));
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(Step::CheckYourAnswers));
        QCOMPARE(wizard->answer(MentorField::FirstName)->text(), QStringLiteral("Ada"));
        QCOMPARE(wizard->answer(MentorField::Trn)->text(), QStringLiteral("1234567"));
        QCOMPARE(wizard->answer(MentorField::Subject)->text(), QStringLiteral("Mathematics"));
        QCOMPARE(wizard->answer(MentorField::AgeRange)->text(), QStringLiteral("11 to 16"));
        QCOMPARE(wizard->answer(MentorField::KeyStage)->text(), QStringLiteral("Key stage 3"));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Add mentor"));
        finish(*wizard);
        QTRY_VERIFY(!pane.wizard());

        // The team shows the new mentor, chosen, with their record; the banner gives the username
        // and the first password once; the outbox holds the confirmation.
        QCOMPARE(pane.model()->rowCount(), 2);
        const qint64 id = pane.selectedMentor();
        auto mentor = MentorStore(context.db()).find(lead, id);
        QVERIFY(mentor);
        QCOMPARE(mentor->basic.fullName(), QStringLiteral("Ada Quill"));
        QCOMPARE(pane.record()->heading()->text(), QStringLiteral("Ada Quill"));
        QVERIFY(pane.result()->isVisible());
        QVERIFY(pane.result()->text().contains(QStringLiteral("with the username a.quill")));
        QVERIFY(pane.result()->text().contains(QStringLiteral("Their first password is ")));
        QVERIFY(pane.outbox());
        QCOMPARE(pane.tabs()->tabText(1), QStringLiteral("O&utbox (1 not sent)"));
        QVERIFY(
            pane.outbox()->text()->toPlainText().startsWith(QStringLiteral("To: Ada Quill <ada.quill@example.com>")));
        QVERIFY(pane.outbox()->text()->toPlainText().contains(QStringLiteral("Dear Ada,")));
        pane.tabs()->setCurrentWidget(pane.outbox());
        click(pane.outbox()->markSentButton());
        QCOMPARE(pane.tabs()->tabText(1), QStringLiteral("O&utbox"));
        QVERIFY(!pane.outbox()->markSentButton()->isEnabled());
    }

    void everyErrorIsShownOnItsPage()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        AddMentorWizard wizard(t.db(), lead);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // Nothing entered: the summary lists reference 002's four messages, each field shows its own.
        next(wizard);
        QCOMPARE(wizard.currentId(), int(Step::PersonalDetails));
        QLabel *summary = wizard.errorSummary(Step::PersonalDetails);
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->text(),
                 QStringLiteral("There is a problem\n\u2022 Enter a first name\n\u2022 Enter a last name\n"
                                "\u2022 Enter a teacher reference number (TRN)\n\u2022 Enter an email address"));
        QCOMPARE(wizard.fieldError(MentorField::FirstName)->text(), QStringLiteral("Error: Enter a first name"));
        QCOMPARE(wizard.fieldError(MentorField::LastName)->text(), QStringLiteral("Error: Enter a last name"));
        QCOMPARE(wizard.fieldError(MentorField::Trn)->text(),
                 QStringLiteral("Error: Enter a teacher reference number (TRN)"));
        QCOMPARE(wizard.fieldError(MentorField::Email)->text(), QStringLiteral("Error: Enter an email address"));
        QVERIFY(wizard.edit(MentorField::FirstName)->hasFocus());

        // Names given, a wrong TRN and email: their own messages; fixed fields lose theirs.
        type(wizard.edit(MentorField::FirstName), QStringLiteral("Ada"));
        type(wizard.edit(MentorField::LastName), QStringLiteral("Quill"));
        type(wizard.edit(MentorField::Trn), QStringLiteral("12345"));
        type(wizard.edit(MentorField::Email), QStringLiteral("ada.quill"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(Step::PersonalDetails));
        QVERIFY(!wizard.fieldError(MentorField::FirstName)->isVisible());
        QCOMPARE(wizard.fieldError(MentorField::Trn)->text(),
                 QStringLiteral("Error: Enter a teacher reference number (TRN) that is 7 digits, like 1234567"));
        QCOMPARE(wizard.fieldError(MentorField::Email)->text(),
                 QStringLiteral("Error: Enter an email address in the correct format, like name@example.com"));
        QCOMPARE(wizard.edit(MentorField::Email)->accessibleDescription(),
                 QStringLiteral("Enter an email address in the correct format, like name@example.com"));
        fillPersonal(wizard);
        next(wizard);

        // Each question: nothing chosen by default, and "Continue" without an answer says so.
        const std::tuple<Step, MentorField, QString, QString> questions[] = {
            {Step::Subject, MentorField::Subject, QStringLiteral("Select a subject"), QStringLiteral("english")},
            {Step::AgeRange, MentorField::AgeRange, QStringLiteral("Select an age range"), QStringLiteral("11_to_18")},
            {Step::KeyStage, MentorField::KeyStage, QStringLiteral("Select a key stage"), QStringLiteral("ks5")},
        };
        for (const auto &[step, field, message, answer] : questions) {
            QCOMPARE(wizard.currentId(), int(step));
            for (QRadioButton *r : wizard.options(step))
                QVERIFY2(!r->isChecked(), qPrintable(r->text()));
            next(wizard);
            QCOMPARE(wizard.currentId(), int(step));
            QVERIFY(wizard.errorSummary(step)->isVisible());
            QCOMPARE(wizard.errorSummary(step)->text(), QStringLiteral("There is a problem\n\u2022 ") + message);
            QCOMPARE(wizard.fieldError(field)->text(), QStringLiteral("Error: ") + message);
            choose(wizard, step, answer);
            next(wizard);
        }
        QCOMPARE(wizard.currentId(), int(Step::CheckYourAnswers));
        // Back keeps the answers.
        click(wizard.button(QWizard::BackButton));
        QCOMPARE(wizard.currentId(), int(Step::KeyStage));
        QVERIFY(wizard.option(Step::KeyStage, QStringLiteral("ks5"))->isChecked());
    }

    void theOptionsFollowTheSchoolsPhase()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        QVERIFY(SchoolSettings(t.db()).setValueUnchecked(SchoolSettings::kPhase, QStringLiteral("primary")).ok());
        AddMentorWizard wizard(t.db(), lead);
        wizard.show();
        fillPersonal(wizard);
        next(wizard);
        QCOMPARE(wizard.currentPage()->subTitle(), QStringLiteral("Step 2 of 5: Primary subject specialism"));
        QCOMPARE(
            labels(wizard.options(Step::Subject)),
            (QStringList{QStringLiteral("Primary"), QStringLiteral("Primary with English"),
                         QStringLiteral("Primary with geography and history"),
                         QStringLiteral("Primary with mathematics"), QStringLiteral("Primary with modern languages"),
                         QStringLiteral("Primary with physical education"), QStringLiteral("Primary with science")}));
        choose(wizard, Step::Subject, QStringLiteral("primary_science"));
        next(wizard);
        QCOMPARE(labels(wizard.options(Step::AgeRange)),
                 (QStringList{QStringLiteral("3 to 7"), QStringLiteral("5 to 11"), QStringLiteral("7 to 11"),
                              QStringLiteral("7 to 14 - middle years")}));
        choose(wizard, Step::AgeRange, QStringLiteral("3_to_7"));
        next(wizard);
        QCOMPARE(
            labels(wizard.options(Step::KeyStage)),
            (QStringList{QStringLiteral("Early years"), QStringLiteral("Key stage 1"), QStringLiteral("Key stage 2")}));
    }

    void middleYearsOffersKeyStage2AndChangingItAsksTheKeyStageAgain()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        AddMentorWizard wizard(t.db(), lead);
        wizard.show();
        fillPersonal(wizard);
        next(wizard);
        choose(wizard, Step::Subject, QStringLiteral("english"));
        next(wizard);
        QCOMPARE(labels(wizard.options(Step::AgeRange)),
                 (QStringList{QStringLiteral("11 to 16"), QStringLiteral("11 to 18"), QStringLiteral("14 to 19"),
                              QStringLiteral("7 to 14 - middle years")}));
        choose(wizard, Step::AgeRange, QStringLiteral("7_to_14"));
        next(wizard);
        QCOMPARE(labels(wizard.options(Step::KeyStage)),
                 (QStringList{QStringLiteral("Key stage 2"), QStringLiteral("Key stage 3"),
                              QStringLiteral("Key stage 4"), QStringLiteral("Key stage 5")}));
        choose(wizard, Step::KeyStage, QStringLiteral("ks2"));
        next(wizard);
        QCOMPARE(wizard.answer(MentorField::AgeRange)->text(), QStringLiteral("7 to 14 - middle years"));
        QCOMPARE(wizard.answer(MentorField::KeyStage)->text(), QStringLiteral("Key stage 2"));

        // Change the age range away from middle years: Key stage 2 goes, so the key stage is asked again.
        click(wizard.changeLink(MentorField::AgeRange));
        QCOMPARE(wizard.currentId(), int(Step::AgeRange));
        QVERIFY(wizard.option(Step::AgeRange, QStringLiteral("7_to_14"))->isChecked());
        choose(wizard, Step::AgeRange, QStringLiteral("11_to_16"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(Step::KeyStage));
        QVERIFY(!wizard.option(Step::KeyStage, QStringLiteral("ks2")));
        next(wizard);
        QCOMPARE(wizard.fieldError(MentorField::KeyStage)->text(), QStringLiteral("Error: Select a key stage"));
        choose(wizard, Step::KeyStage, QStringLiteral("ks4"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(Step::CheckYourAnswers));
        QCOMPARE(wizard.answer(MentorField::KeyStage)->text(), QStringLiteral("Key stage 4"));
    }

    void changeLinksGoToTheirStepAndStraightBack()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        AddMentorWizard wizard(t.db(), lead);
        wizard.show();
        fillPersonal(wizard);
        next(wizard);
        choose(wizard, Step::Subject, QStringLiteral("mathematics"));
        next(wizard);
        choose(wizard, Step::AgeRange, QStringLiteral("11_to_16"));
        next(wizard);
        choose(wizard, Step::KeyStage, QStringLiteral("ks3"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(Step::CheckYourAnswers));

        // Every answer has its own Change link.
        for (MentorField f : {MentorField::FirstName, MentorField::LastName, MentorField::Trn, MentorField::Email,
                              MentorField::Subject, MentorField::AgeRange, MentorField::KeyStage})
            QVERIFY(wizard.changeLink(f) && wizard.changeLink(f)->isVisible());
        QCOMPARE(wizard.changeLink(MentorField::Trn)->accessibleName(),
                 QStringLiteral("Change teacher reference number (trn)"));

        click(wizard.changeLink(MentorField::Subject));
        QCOMPARE(wizard.currentId(), int(Step::Subject));
        QVERIFY(wizard.option(Step::Subject, QStringLiteral("mathematics"))->isChecked());
        choose(wizard, Step::Subject, QStringLiteral("physics"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(Step::CheckYourAnswers));
        QCOMPARE(wizard.answer(MentorField::Subject)->text(), QStringLiteral("Physics"));

        click(wizard.changeLink(MentorField::Email));
        QCOMPARE(wizard.currentId(), int(Step::PersonalDetails));
        QCOMPARE(wizard.edit(MentorField::Email)->text(), QStringLiteral("ada.quill@example.com"));
        type(wizard.edit(MentorField::Email), QStringLiteral("not an email"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(Step::PersonalDetails));
        QCOMPARE(wizard.fieldError(MentorField::Email)->text(),
                 QStringLiteral("Error: Enter an email address in the correct format, like name@example.com"));
        type(wizard.edit(MentorField::Email), QStringLiteral("ada@example.org"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(Step::CheckYourAnswers));
        QCOMPARE(wizard.answer(MentorField::Email)->text(), QStringLiteral("ada@example.org"));

        // A duplicate TRN is refused on Check your answers, and fixed through its Change link.
        MentorBasicDetails other = wizard.flow().answers();
        other.email = QStringLiteral("other@example.org");
        QVERIFY(MentorStore(t.db(), PasswordHasher::Cost::Minimum).add(lead, other).ok());
        finish(wizard);
        QVERIFY(wizard.isVisible());
        QCOMPARE(
            wizard.errorSummary(Step::CheckYourAnswers)->text(),
            QStringLiteral("There is a problem\n\u2022 A mentor with the teacher reference number (TRN) 1234567 has "
                           "already been added"));
        click(wizard.changeLink(MentorField::Trn));
        type(wizard.edit(MentorField::Trn), QStringLiteral("7654321"));
        next(wizard);
        QSignalSpy added(&wizard, &AddMentorWizard::mentorAdded);
        finish(wizard);
        QCOMPARE(added.count(), 1);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(MentorStore(t.db()).find(lead, wizard.added().userId)->basic.subject, QStringLiteral("physics"));
    }

    void basicDetailsAreChangedThroughTheSamePages()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        MentorBasicDetails d;
        d.firstName = QStringLiteral("Bo");
        d.lastName = QStringLiteral("Reed");
        d.trn = QStringLiteral("2345678");
        d.email = QStringLiteral("bo@example.com");
        d.subject = QStringLiteral("history");
        d.ageRange = QStringLiteral("11_to_18");
        d.keyStage = QStringLiteral("ks5");
        auto added = MentorStore(t.db(), PasswordHasher::Cost::Minimum).add(lead, d);
        QVERIFY(added);
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(lead);
        MentorRecord record(context);
        record.show();
        record.showMentor(added->userId);
        MentorDetailsTab *details = record.details();
        QCOMPARE(details->answer(MentorField::KeyStage)->text(), QStringLiteral("Key stage 5"));
        click(details->changeLink(MentorField::KeyStage));
        auto *wizard = details->findChild<AddMentorWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(Step::KeyStage));
        QVERIFY(wizard->option(Step::KeyStage, QStringLiteral("ks5"))->isChecked());
        choose(*wizard, Step::KeyStage, QStringLiteral("ks4"));
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(Step::CheckYourAnswers));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Save changes"));
        finish(*wizard);
        QTRY_COMPARE(details->answer(MentorField::KeyStage)->text(), QStringLiteral("Key stage 4"));
        QCOMPARE(MentorStore(t.db()).find(lead, added->userId)->basic.keyStage, QStringLiteral("ks4"));
        // No second mentor, and no message: changing details is not adding.
        QCOMPARE(MentorOutbox(t.db()).list(lead)->size(), 1);
    }
};

QTEST_MAIN(TestMentorWizard)
#include "tst_mentorwizard.moc"
