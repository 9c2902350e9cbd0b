// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lead mentor's team view driven offscreen: removal with reallocation and reinstatement,
// supervision, observations, feedback and the performance review, and a mentor's own view.
#include "TestDatabase.h"

#include "common/MessageBox.h"
#include "common/ConflictDialog.h"
#include "mentors/MentorDialogs.h"
#include "mentors/MentorOutbox.h"
#include "mentors/MentorOutboxView.h"
#include "mentors/MentorRecord.h"
#include "mentors/MentorsPane.h"
#include "mentors/MentorStore.h"
#include "mentors/MentorTeamModel.h"
#include "mentors/MentorQualityStore.h"
#include "mentors/PerformanceReviewTab.h"
#include "mentors/RemoveMentorDialog.h"
#include "shell/DeskContext.h"
#include "shell/MainWindow.h"
#include "students/MentoringGroupStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QtTest>

using namespace md;
using namespace md::ui;

namespace {

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->text()));
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

QPushButton *buttonNamed(const QList<QPushButton *> &buttons, const QString &accessibleName)
{
    for (QPushButton *b : buttons)
        if (b->accessibleName() == accessibleName)
            return b;
    return nullptr;
}

// Clicks a radio button on its indicator (its middle may lie beyond its text).
void clickRadio(QRadioButton *radio)
{
    QVERIFY(radio);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(radio->isChecked());
}

void chooseData(QComboBox *combo, const QVariant &data)
{
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

MentorBasicDetails details(const QString &first, const QString &last, const QString &trn)
{
    MentorBasicDetails d;
    d.firstName = first;
    d.lastName = last;
    d.trn = trn;
    d.email = first.toLower() + QStringLiteral("@example.com");
    d.subject = QStringLiteral("science");
    d.ageRange = QStringLiteral("11_to_16");
    d.keyStage = QStringLiteral("ks3");
    return d;
}

} // namespace

class TestMentorsPane : public QObject
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

    void removingAMentorReallocatesTheirStudentsAndCanBeUndone()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        MentorStore store(t.db(), PasswordHasher::Cost::Minimum);
        auto ada = store.add(lead, details(QStringLiteral("Ada"), QStringLiteral("Quill"), QStringLiteral("1111111")));
        auto bo = store.add(lead, details(QStringLiteral("Bo"), QStringLiteral("Reed"), QStringLiteral("2222222")));
        auto cy = store.add(lead, details(QStringLiteral("Cy"), QStringLiteral("Moss"), QStringLiteral("3333333")));
        QVERIFY(ada && bo && cy);
        QList<qint64> students;
        for (int i = 1; i <= 3; ++i) {
            students << t.addStudent(i, QStringLiteral("S%1").arg(i), QStringLiteral("Pupil"));
            t.assignMentor(ada->userId, students.last());
        }
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(lead);
        MentorsPane pane(context);
        pane.resize(1100, 800);
        pane.show();
        pane.activate();
        QCOMPARE(pane.model()->rowCount(), 3);
        pane.selectMentor(ada->userId);
        const int adaRow = pane.model()->rowOfMentor(ada->userId);
        QCOMPARE(pane.model()->index(adaRow, MentorTeamModel::StatusColumn).data().toString(),
                 QStringLiteral("Assigned to 3 of 8 students"));

        click(pane.removeButton());
        RemoveMentorDialog *dialog = pane.removeDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->students()->rowCount(), 3);
        // Nothing chosen: the reason is asked for first, and nothing changes.
        click(dialog->removeButton());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->problem()->text(),
                 QStringLiteral("There is a problem: Select why the mentor is being removed"));
        clickRadio(dialog->reason(QStringLiteral("left_school")));
        chooseData(dialog->newMentor(0), cy->userId);
        click(dialog->removeButton());
        QCOMPARE(dialog->problem()->text(),
                 QStringLiteral("There is a problem: Choose a new mentor for each of Ada Quill's students before "
                                "removing them (2 without a new mentor)."));
        QCOMPARE(MentoringGroupStore(context.db()).caseload(ada->userId)->size(), 3);
        // The rest to Bo in one go.
        chooseData(dialog->everyone(), bo->userId);
        QCOMPARE(dialog->newMentor(0)->currentData().toLongLong(), cy->userId);
        QCOMPARE(dialog->newMentor(2)->currentData().toLongLong(), bo->userId);
        click(dialog->removeButton());
        QTRY_VERIFY(!pane.removeDialog());

        QCOMPARE(MentoringGroupStore(context.db()).caseload(ada->userId)->size(), 0);
        QCOMPARE(MentoringGroupStore(context.db()).caseload(bo->userId)->size(), 2);
        QCOMPARE(MentoringGroupStore(context.db()).caseload(cy->userId)->size(), 1);
        QCOMPARE(pane.model()->rowCount(), 2);
        QVERIFY(pane.result()->text().contains(QStringLiteral("Ada Quill has been removed")));
        QVERIFY(pane.outbox()->text()->toPlainText().contains(QStringLiteral("You have been removed as a mentor")));

        // Shown again with removed mentors, and reinstated after a confirmation.
        click(pane.showRemoved());
        QCOMPARE(pane.model()->rowCount(), 3);
        pane.selectMentor(ada->userId);
        QVERIFY(!pane.removeButton()->isEnabled());
        QCOMPARE(pane.record()->heading()->text(), QStringLiteral("Ada Quill (removed)"));
        QVERIFY(pane.record()->details()->status()->text().contains(QStringLiteral("They have left the school")));
        MessageBox::setNextAnswer(QMessageBox::No);
        click(pane.reinstateButton());
        QVERIFY(store.find(lead, ada->userId)->removed);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(pane.reinstateButton());
        QVERIFY(!store.find(lead, ada->userId)->removed);
        QVERIFY(pane.result()->text().contains(QStringLiteral("Ada Quill has been reinstated")));
        QCOMPARE(MentorOutbox(context.db()).list(lead)->first().kind, QStringLiteral("reinstated"));
    }

    void gradeCapacityAndAdditionalDetailsAreEditedInTheRecord()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        auto ada = MentorStore(t.db(), PasswordHasher::Cost::Minimum)
                       .add(lead, details(QStringLiteral("Ada"), QStringLiteral("Quill"), QStringLiteral("1111111")));
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(lead);
        MentorsPane pane(context);
        pane.show();
        pane.activate();
        pane.selectMentor(ada->userId);
        MentorDetailsTab *tab = pane.record()->details();
        chooseData(tab->grade(), QStringLiteral("lead_learning_mentor"));
        QCOMPARE(tab->capacity()->value(), 3); // the grade's usual caseload
        tab->capacity()->setValue(4);
        click(tab->saveGrade());
        QCOMPARE(tab->gradeMessage()->text(), QStringLiteral("Grade and capacity saved."));
        const int row = pane.model()->rowOfMentor(ada->userId);
        QCOMPARE(pane.model()->index(row, MentorTeamModel::GradeColumn).data().toString(),
                 QStringLiteral("Lead learning mentor"));
        QCOMPARE(pane.model()->index(row, MentorTeamModel::CaseloadColumn).data().toString(), QStringLiteral("0 of 4"));

        // Another desk (the test's own connection) changes the capacity meanwhile: saving here shows
        // both versions instead of overwriting; keeping theirs shows theirs.
        const MentorProfile shown = *MentorStore(t.db()).find(lead, ada->userId);
        QVERIFY(MentorStore(t.db()).setGradeAndCapacity(lead, ada->userId, QStringLiteral("lead_learning_mentor"), 6,
                                                        shown.rowVersion));
        tab->capacity()->setValue(5);
        const int asked = ConflictDialog::askedCount();
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepTheirs);
        click(tab->saveGrade());
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        QVERIFY2(ConflictDialog::lastText().contains(QStringLiteral("Capacity | 5 | 6")), qPrintable(ConflictDialog::lastText()));
        QCOMPARE(tab->capacity()->value(), 6);
        QCOMPARE(MentorStore(t.db()).find(lead, ada->userId)->capacity, 6);

        click(tab->changeLink(MentorField::Qualifications));
        auto *dialog = tab->findChild<AdditionalDetailsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->text(MentorField::Qualifications)->hasFocus());
        QTest::keyClicks(dialog->text(MentorField::Qualifications), QStringLiteral("PGCE with QTS"));
        dialog->dateStarted()->setDate(QDate::currentDate().addDays(3));
        click(dialog->buttons()->button(QDialogButtonBox::Save));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->problem()->text(),
                 QStringLiteral("There is a problem: The date started mentoring must be today or in the past"));
        dialog->dateStarted()->setDate(QDate(2020, 9, 1));
        click(dialog->buttons()->button(QDialogButtonBox::Save));
        QTRY_COMPARE(tab->answer(MentorField::Qualifications)->text(), QStringLiteral("PGCE with QTS"));
        QCOMPARE(tab->answer(MentorField::DateStartedMentoring)->text(), QStringLiteral("1 September 2020"));
        QCOMPARE(tab->answer(MentorField::DateQualified)->text(), QStringLiteral("Not given"));
    }

    void supervisionObservationsFeedbackAndTheReviewAreRecordedInTheTabs()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        auto ada = MentorStore(t.db(), PasswordHasher::Cost::Minimum)
                       .add(lead, details(QStringLiteral("Ada"), QStringLiteral("Quill"), QStringLiteral("1111111")));
        const qint64 student = t.addStudent(1, QStringLiteral("Bo"), QStringLiteral("Reed"));
        t.assignMentor(ada->userId, student);
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(lead);
        MentorsPane pane(context);
        pane.resize(1200, 900);
        pane.show();
        pane.activate();
        pane.selectMentor(ada->userId);
        MentorRecord *record = pane.record();

        // Supervision.
        MentorRecordsTab *development = record->development();
        record->tabs()->setCurrentWidget(development);
        QVERIFY(
            development->summary()->text().startsWith(QStringLiteral("No supervision meetings or CPD recorded yet")));
        click(buttonNamed(development->actions(), QStringLiteral("Record a supervision meeting")));
        auto *supervision = development->findChild<DevelopmentDialog *>();
        QVERIFY(supervision);
        QTRY_VERIFY(supervision->isVisible());
        click(supervision->buttons()->button(QDialogButtonBox::Save));
        QCOMPARE(supervision->problem()->text(), QStringLiteral("There is a problem: Enter a topic"));
        QTest::keyClicks(supervision->topic(), QStringLiteral("Caseload review"));
        click(supervision->buttons()->button(QDialogButtonBox::Save));
        QTRY_COMPARE(development->model()->rowCount(), 1);
        QVERIFY(development->summary()->text().contains(QStringLiteral("1 supervision meetings")));
        const int row = pane.model()->rowOfMentor(ada->userId);
        // Supervision is no longer overdue; what remains comes from the caseload dashboard (the
        // student assigned to Ada has nothing logged yet).
        const QString overdue = pane.model()->index(row, MentorTeamModel::OverdueColumn).data().toString();
        QVERIFY2(!overdue.contains(QStringLiteral("Supervision")), qPrintable(overdue));
        QVERIFY2(overdue.startsWith(QStringLiteral("Caseload: ")), qPrintable(overdue));

        // An observation against the checklist.
        MentorRecordsTab *observations = record->observations();
        record->tabs()->setCurrentWidget(observations);
        click(buttonNamed(observations->actions(), QStringLiteral("Record an observation")));
        auto *observation = observations->findChild<ObservationDialog *>();
        QVERIFY(observation);
        QTRY_VERIFY(observation->isVisible());
        QCOMPARE(observation->judgements().size(), 10);
        for (QComboBox *c : observation->judgements())
            chooseData(c, QStringLiteral("met"));
        chooseData(observation->judgements().at(1), QStringLiteral("partly"));
        click(observation->buttons()->button(QDialogButtonBox::Save));
        QTRY_COMPARE(observations->model()->rowCount(), 1);
        QCOMPARE(observations->model()->index(0, 3).data().toString(), QStringLiteral("95%"));

        // The lead mentor edits the checklist.
        click(buttonNamed(observations->actions(), QStringLiteral("Edit the checklist")));
        auto *checklist = observations->findChild<ChecklistDialog *>();
        QVERIFY(checklist);
        QTRY_VERIFY(checklist->isVisible());
        checklist->items()->setPlainText(QStringLiteral("Rapport\nTargets reviewed"));
        click(checklist->buttons()->button(QDialogButtonBox::Save));
        QTRY_VERIFY(!observations->findChild<ChecklistDialog *>() || !checklist->isVisible());

        // Learner feedback from the mentor's student.
        MentorRecordsTab *feedback = record->feedback();
        record->tabs()->setCurrentWidget(feedback);
        click(buttonNamed(feedback->actions(), QStringLiteral("Record learner feedback")));
        auto *questionnaire = feedback->findChild<FeedbackDialog *>();
        QVERIFY(questionnaire);
        QTRY_VERIFY(questionnaire->isVisible());
        QCOMPARE(questionnaire->student()->count(), 2); // the prompt and the one student
        chooseData(questionnaire->student(), student);
        const int ratings[] = {5, 4, 4, 5, 2};
        for (int i = 0; i < 5; ++i)
            chooseData(questionnaire->ratings().at(i), ratings[i]);
        click(questionnaire->buttons()->button(QDialogButtonBox::Save));
        QTRY_COMPARE(feedback->model()->rowCount(), 1);
        QVERIFY(feedback->summary()->text().startsWith(QStringLiteral("1 questionnaires, average 4.0 out of 5.")));

        // The performance review: refused without a judgement, then saved and printable.
        PerformanceReviewTab *review = record->review();
        record->tabs()->setCurrentWidget(review);
        QVERIFY(review->preview()->toPlainText().contains(QStringLiteral("Not yet reviewed")));
        click(review->saveButton());
        QCOMPARE(review->message()->text(), QStringLiteral("There is a problem: Select an overall judgement"));
        chooseData(review->overall(), QStringLiteral("meets"));
        QTest::keyClicks(review->strengths(), QStringLiteral("Calm, well-planned sessions"));
        QTest::keyClicks(review->objectives(), QStringLiteral("Lead the homework club"));
        click(review->saveButton());
        QCOMPARE(review->message()->text(),
                 QStringLiteral("Review saved. Print it or save it as PDF for the mentor to sign."));
        const QString printed = review->preview()->toPlainText();
        for (const QString &expected :
             {QStringLiteral("Meets expectations"), QStringLiteral("Calm, well-planned sessions"),
              QStringLiteral("Lead the homework club"), QStringLiteral("1 (1.0 hours)"),
              QStringLiteral("Questionnaires this term")})
            QVERIFY2(printed.contains(expected), qPrintable(expected));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY(review->savePdf(pdf).ok());
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));

        // Another desk (the test's own connection) saves the review meanwhile: saving here shows
        // both versions instead of overwriting; keeping theirs shows theirs.
        MentorQualityStore otherDesk(t.db());
        PerformanceReviewRecord theirs = **otherDesk.review(lead, ada->userId, review->currentTerm());
        theirs.strengths = QStringLiteral("Theirs: excellent planning");
        QVERIFY(otherDesk.saveReview(lead, theirs, QDate::currentDate(), theirs.rowVersion));
        review->strengths()->moveCursor(QTextCursor::End);
        QTest::keyClicks(review->strengths(), QStringLiteral(" and warm"));
        const int asked = ConflictDialog::askedCount();
        ConflictDialog::setNextAnswer(ConflictDialog::Choice::KeepTheirs);
        click(review->saveButton());
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        QVERIFY2(ConflictDialog::lastText().contains(QStringLiteral("Calm, well-planned sessions and warm")) &&
                     ConflictDialog::lastText().contains(QStringLiteral("Theirs: excellent planning")),
                 qPrintable(ConflictDialog::lastText()));
        QCOMPARE(review->strengths()->toPlainText(), QStringLiteral("Theirs: excellent planning"));
        QCOMPARE((*otherDesk.review(lead, ada->userId, review->currentTerm()))->strengths,
                 QStringLiteral("Theirs: excellent planning"));
    }

    void aMentorSeesTheirOwnRecordAndLogsTheirOwnCpd()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor});
        auto ada = MentorStore(t.db(), PasswordHasher::Cost::Minimum)
                       .add(lead, details(QStringLiteral("Ada"), QStringLiteral("Quill"), QStringLiteral("1111111")));
        const Session mentor(ada->userId, ada->username, QStringLiteral("Ada Quill"), {Role::Mentor});
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(mentor);
        MainWindow window(context);
        window.show();
        QVERIFY(!window.pane(QStringLiteral("mentors"))); // not the team view
        auto *mine = qobject_cast<MyDevelopmentPane *>(window.pane(QStringLiteral("my-development")));
        QVERIFY(mine);
        window.showPane(QStringLiteral("my-development"));
        MentorRecord *record = mine->record();
        QCOMPARE(record->heading()->text(), QStringLiteral("Ada Quill"));
        QVERIFY(!record->details()->changeLink(MentorField::FirstName)); // no Change links for the mentor
        QVERIFY(!record->details()->saveGrade()->isVisibleTo(record));
        MentorRecordsTab *development = record->development();
        record->tabs()->setCurrentWidget(development);
        QVERIFY(
            !buttonNamed(development->actions(), QStringLiteral("Record a supervision meeting"))->isVisibleTo(record));
        click(buttonNamed(development->actions(), QStringLiteral("Record CPD")));
        auto *cpd = development->findChild<DevelopmentDialog *>();
        QVERIFY(cpd);
        QTRY_VERIFY(cpd->isVisible());
        QTest::keyClicks(cpd->topic(), QStringLiteral("Safeguarding update"));
        cpd->hours()->setValue(2.5);
        click(cpd->buttons()->button(QDialogButtonBox::Save));
        QTRY_COMPARE(development->model()->rowCount(), 1);
        QVERIFY(development->summary()->text().contains(QStringLiteral("2.5 hours of CPD")));
        // The review is read-only for the mentor.
        QVERIFY(!record->review()->saveButton()->isVisibleTo(record));
        QVERIFY(!record->review()->overall()->isEnabled());
    }

    void theLeadMentorFindsTheTeamInTheNavigation()
    {
        test::TestDatabase t;
        const Session lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        DeskContext context;
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(lead);
        MainWindow window(context);
        QStringList nav;
        for (int i = 0; i < window.navigation()->count(); ++i)
            nav << window.navigation()->item(i)->text();
        QVERIFY2(nav.contains(QStringLiteral("Mentoring team")), qPrintable(nav.join(QLatin1Char('|'))));
        QVERIFY(nav.contains(QStringLiteral("My development")));
        window.showPane(QStringLiteral("mentors"));
        auto *pane = qobject_cast<MentorsPane *>(window.pane(QStringLiteral("mentors")));
        QVERIFY(pane);
        QCOMPARE(pane->model()->rowCount(), 1);
        QCOMPARE(pane->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly)->text(),
                 QStringLiteral("Mentoring team"));
    }
};

QTEST_MAIN(TestMentorsPane)
#include "tst_mentorspane.moc"
