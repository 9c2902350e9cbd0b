// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The letters UI, offscreen: from a new template to its print preview; creating drafts and
// issuing them as a PDF; filling a gap in a draft; the record's Letters tab; a teacher's choices.
#include "LetterFixtures.h"

#include "common/MessageBox.h"
#include "letters/DraftEditorDialog.h"
#include "letters/LetterListModel.h"
#include "letters/LetterListWidget.h"
#include "letters/LetterPrinting.h"
#include "letters/LetterService.h"
#include "letters/LettersPane.h"
#include "letters/LetterTemplatesPane.h"
#include "letters/NewLettersDialog.h"
#include "letters/TemplateEditor.h"
#include "shell/DeskContext.h"
#include "students/StudentRecordPane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTabWidget>
#include <QTextEdit>

using namespace md;
using namespace md::test;
using namespace md::ui;

namespace {

// Runs `fn` on the next modal dialog of type T once it is showing.
template <typename T> void onNextDialog(std::function<void(T *)> fn)
{
    QTimer::singleShot(0, [fn] {
        for (int i = 0; i < 200; ++i) {
            if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget())) {
                QPointer<T> guard(d);
                fn(d);
                // A failed check inside fn must not leave the test waiting on an open dialog.
                if (guard && guard->isVisible())
                    guard->reject();
                return;
            }
            QTest::qWait(10);
        }
        qWarning("no dialog appeared");
    });
}

} // namespace

class TestLettersUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    struct Desk
    {
        TestDatabase t;
        DeskContext context;
        Family sian;
        Family zoe;
        Session mentor;
    };

    std::unique_ptr<Desk> desk(const QSet<Role> &roles)
    {
        auto d = std::make_unique<Desk>();
        d->mentor = d->t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const Session who = roles.contains(Role::Mentor) ? d->mentor : d->t.addUser(QStringLiteral("someone"), roles);
        d->sian = addFamily(d->t, 1);
        FamilyOptions z;
        z.forename = QStringLiteral("Zoë");
        z.surname = QStringLiteral("Brontë");
        z.withFather = false;
        d->zoe = addFamily(d->t, 2, z);
        d->t.assignMentor(d->mentor.userId(), d->sian.student);
        d->t.assignMentor(d->mentor.userId(), d->zoe.student);
        saveLetterhead(d->t);
        addTemplate(
            d->t, QStringLiteral("Consent"), LetterType::Mentoring,
            QStringLiteral("<p>{{recipient.name}}<br />{{recipient.address}}</p><p>{{recipient.salutation}},</p>"
                           "<p>{{student.full_name}} will meet {{mentoring.keyworker}}.</p><p>{{sender.name}}</p>"));
        addTemplate(
            d->t, QStringLiteral("Attendance"), LetterType::Attendance,
            QStringLiteral("<p>{{recipient.salutation}},</p><p>{{student.forename}}: {{attendance.figure}}.</p>"));
        d->t.close();
        d->context.setDatabase(std::move(*Database::openSqlite(d->t.path())));
        d->context.setSession(who);
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void administratorWritesATemplateAndPreviewsIt()
    {
        auto d = desk({Role::Administrator});
        LetterTemplatesPane pane(d->context);
        pane.show();
        pane.activate();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(pane.templateList()->count(), 2);

        QTest::mouseClick(pane.newButton(), Qt::LeftButton);
        TemplateEditor *editor = pane.editor();
        editor->nameEdit()->clear();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Attendance: first warning"));
        editor->typeCombo()->setCurrentIndex(editor->typeCombo()->findText(QStringLiteral("Attendance")));
        editor->bodyEdit()->clear();
        editor->bodyEdit()->setFocus();
        QTest::keyClicks(editor->bodyEdit(), QStringLiteral("Dear "));
        // Pick the salutation from the list of fields, then type on.
        const QList<QListWidgetItem *> salutation =
            editor->fieldList()->findItems(QStringLiteral("Salutation"), Qt::MatchContains);
        QCOMPARE(salutation.size(), 1);
        editor->fieldList()->setCurrentItem(salutation.first());
        QTest::mouseClick(editor->insertButton(), Qt::LeftButton);
        QTest::keyClicks(editor->bodyEdit(), QStringLiteral(", {{student.forename}} attended {{attendance.figure}}. "
                                                            "Shoe size {{student.shoe_size}}."));
        // The unknown field is reported while typing...
        QTRY_VERIFY(
            editor->problemLabel()->text().contains(QStringLiteral("Unknown merge field {{student.shoe_size}}")));
        // ...and saving is refused.
        QTest::mouseClick(pane.saveButton(), Qt::LeftButton);
        QVERIFY(pane.messageLabel()->text().contains(QStringLiteral("cannot be saved")));
        QCOMPARE(scalar(d->context.db(), QStringLiteral("SELECT COUNT(*) FROM letter_templates")), 2);
        // The keyworker is not offered for attendance letters.
        QVERIFY(editor->fieldList()->findItems(QStringLiteral("Keyworker"), Qt::MatchContains).isEmpty());

        for (int i = 0; i < int(QStringLiteral(" Shoe size {{student.shoe_size}}.").size()); ++i)
            QTest::keyClick(editor->bodyEdit(), Qt::Key_Backspace);
        QTRY_VERIFY(!editor->problemLabel()->text().contains(QStringLiteral("Unknown")));
        QTest::mouseClick(pane.saveButton(), Qt::LeftButton);
        QVERIFY2(pane.messageLabel()->text().startsWith(QStringLiteral("Saved")),
                 qPrintable(pane.messageLabel()->text()));
        QCOMPARE(scalar(d->context.db(), QStringLiteral("SELECT COUNT(*) FROM letter_templates")), 3);
        QCOMPARE(pane.templateList()->count(), 3);
        QVERIFY(pane.templateList()->currentItem()->text().startsWith(QStringLiteral("Attendance: first warning")));

        // Print preview with a student: QPrintPreviewDialog shows one A4 page.
        pane.previewStudent()->setCurrentIndex(0);
        int pages = -1;
        QPageSize::PageSizeId paper = QPageSize::Custom;
        QString title;
        LetterPrinting::setPreviewHook([&](QPrintPreviewDialog *dialog) {
            auto *widget = dialog->findChild<QPrintPreviewWidget *>();
            QTRY_VERIFY(widget && widget->pageCount() > 0);
            pages = widget->pageCount();
            paper = dialog->printer()->pageLayout().pageSize().id();
            title = dialog->windowTitle();
            dialog->reject();
        });
        QTest::mouseClick(pane.previewButton(), Qt::LeftButton);
        QCOMPARE(pages, 1);
        QCOMPARE(paper, QPageSize::A4);
        QVERIFY(title.contains(QStringLiteral("Attendance: first warning")));
    }

    void mentorCreatesDraftsAndIssuesThemAsOnePdf()
    {
        auto d = desk({Role::Mentor});
        LettersPane pane(d->context);
        pane.show();
        pane.activate();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        LetterListWidget *list = pane.list();
        QCOMPARE(list->model()->rowCount(), 0);

        onNextDialog<NewLettersDialog>([](NewLettersDialog *dialog) {
            dialog->templateCombo()->setCurrentIndex(
                dialog->templateCombo()->findText(QStringLiteral("Consent"), Qt::MatchStartsWith));
            for (int i = 0; i < dialog->studentList()->count(); ++i)
                dialog->studentList()->item(i)->setCheckState(Qt::Checked);
            dialog->toBoth()->click();
            dialog->refreshSummary();
            // Siân's mother and father, Zoë's mother, and both students.
            QVERIFY2(dialog->summaryLabel()->text().startsWith(QStringLiteral("5 letter(s) for 2 student(s)")),
                     qPrintable(dialog->summaryLabel()->text()));
            QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        });
        QTest::mouseClick(list->newButton(), Qt::LeftButton);
        QTRY_COMPARE(list->model()->rowCount(), 5);
        for (int r = 0; r < 5; ++r)
            QCOMPARE(list->model()->index(r, LetterListModel::StateColumn).data().toString(), QStringLiteral("Draft"));

        // Filter by state: drafts only.
        pane.stateFilter()->setCurrentIndex(pane.stateFilter()->findData(QStringLiteral("issued")));
        QCOMPARE(list->model()->rowCount(), 0);
        pane.stateFilter()->setCurrentIndex(0);
        QCOMPARE(list->model()->rowCount(), 5);

        list->view()->selectAll();
        QVERIFY(list->pdfButton()->isEnabled());
        QVERIFY(list->deleteButton()->isEnabled());
        const QString path = d->t.dir() + QStringLiteral("/letters.pdf");
        LetterPrinting::setNextSaveFileName(path);
        QTest::mouseClick(list->pdfButton(), Qt::LeftButton);
        QVERIFY(QFile::exists(path));
        QTRY_COMPARE(list->model()->index(0, LetterListModel::StateColumn).data().toString(), QStringLiteral("Issued"));
        QCOMPARE(scalar(d->context.db(),
                        QStringLiteral("SELECT COUNT(*) FROM letters WHERE state = 'issued' AND issued_via = 'pdf'")),
                 5);
        // Issued letters cannot be deleted; a reply can be recorded for one of them.
        QVERIFY(!list->deleteButton()->isEnabled());
        list->view()->selectRow(0);
        QVERIFY(list->replyButton()->isEnabled());
        QVERIFY(!list->editButton()->isEnabled());
    }

    void draftWithAGapCannotBeIssuedUntilTheGapIsFilled()
    {
        auto d = desk({Role::Mentor});
        Query noAttendance(d->context.db(), QStringLiteral("UPDATE students SET attendance = NULL"));
        QVERIFY(noAttendance.exec());
        LetterService service(d->context.db());
        LetterRequest r;
        r.templateId = LetterTemplateStore(d->context.db()).getByName(d->mentor, QStringLiteral("Attendance"))->id;
        r.studentIds = {d->zoe.student};
        auto ids = service.createDrafts(d->mentor, r, true);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 1);
        QVERIFY(!service.checkIssue(d->mentor, *ids));

        const Letter letter = *service.get(d->mentor, ids->first());
        DraftEditorDialog dialog(d->context, letter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("missing: Attendance this year")));
        // Select the gap and type the figure over it.
        QTextCursor gap =
            dialog.editor()->document()->find(QRegularExpression(QStringLiteral("\u27e6[^\u27e7]*\u27e7")));
        QVERIFY(!gap.isNull());
        dialog.editor()->setTextCursor(gap);
        QTest::keyClicks(dialog.editor(), QStringLiteral("about 85%"));
        QTRY_VERIFY(dialog.problemLabel()->text().startsWith(QStringLiteral("Ready to issue")));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(service.get(d->mentor, ids->first())->bodyHtml.contains(QStringLiteral("about 85%")));
        QVERIFY(service.checkIssue(d->mentor, *ids));
    }

    void studentRecordHasALettersTabForThatStudent()
    {
        auto d = desk({Role::Mentor});
        LetterService service(d->context.db());
        LetterRequest r;
        r.templateId = LetterTemplateStore(d->context.db()).getByName(d->mentor, QStringLiteral("Consent"))->id;
        r.studentIds = {d->sian.student, d->zoe.student};
        QVERIFY(service.createDrafts(d->mentor, r, false));
        StudentRecordPane record(d->context);
        record.show();
        record.showStudent(d->zoe.student);
        QTabWidget *tabs = record.tabs();
        int index = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->objectName() == QLatin1String("letters"))
                index = i;
        QVERIFY(index >= 0);
        QCOMPARE(tabs->tabText(index), QStringLiteral("Le&tters"));
        tabs->setCurrentIndex(index);
        auto *list = tabs->widget(index)->findChild<LetterListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 1); // Zoë's mother only
        QVERIFY(list->model()
                    ->index(0, LetterListModel::StudentColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Zoë")));
        record.showStudent(d->sian.student);
        QCOMPARE(list->model()->rowCount(), 2);
    }

    void teacherIsOfferedAttendanceTemplatesAndTheirCourses()
    {
        auto d = desk({Role::Teacher});
        const qint64 teacherId = d->context.session().userId();
        d->t.reopen();
        d->t.enrol(teacherId, d->sian.student, QStringLiteral("Year 9 French"));
        NewLettersDialog dialog(d->context, {d->sian.student});
        QCOMPARE(dialog.templateCombo()->count(), 1);
        QVERIFY(dialog.templateCombo()->itemText(0).startsWith(QStringLiteral("Attendance")));
        auto *course = dialog.findChild<QComboBox *>();
        QVERIFY(course);
        QVERIFY(dialog.findChildren<QComboBox *>().size() >= 2);
        bool found = false;
        for (QComboBox *c : dialog.findChildren<QComboBox *>())
            found = found || c->findText(QStringLiteral("Year 9 French")) >= 0;
        QVERIFY(found);
        // Only the student on their course is listed.
        QCOMPARE(dialog.studentList()->count(), 1);
        dialog.refreshSummary();
        QVERIFY2(dialog.summaryLabel()->text().startsWith(QStringLiteral("2 letter(s)")),
                 qPrintable(dialog.summaryLabel()->text()));
    }
};

QTEST_MAIN(TestLettersUi)
#include "tst_lettersui.moc"
