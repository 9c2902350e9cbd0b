// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two users at once, as the user sees it: the shared ConflictDialog (yours and theirs side by side,
// differences in words, three choices, accessible), and each editor of a versioned record holding
// a record open while another process changes it, then saving: the conflict is shown, and each
// choice does what it says in the database.
#include "LetterFixtures.h"
#include "LiveFixtures.h"

#include "common/ConflictDialog.h"
#include "ilp/IlpTemplatesPane.h"
#include "ilp/IlpTemplateStore.h"
#include "letters/DraftEditorDialog.h"
#include "letters/LetterService.h"
#include "letters/LetterTemplatesPane.h"
#include "letters/TemplateEditor.h"
#include "mentoring/LogDialogs.h"
#include "mentoring/LogEntryStore.h"
#include "mentoring/TargetStore.h"
#include "shell/DeskContext.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextEdit>
#include <QtTest>

using namespace md;
using namespace md::test;
using namespace md::ui;

namespace {

using Choice = ConflictDialog::Choice;

// The second desk: another process changes the record while this one holds it open.
QString otherDesk(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MD_DESKCHILD_PATH), args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("timed out");
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return p.exitCode() == 0 ? out : QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(out);
}

struct Desk
{
    TestDatabase t;
    DeskContext context;
    Session me;
    Session other;
    Family family;

    explicit Desk(const QSet<Role> &roles = {Role::Mentor, Role::LeadMentor})
    {
        me = t.addUser(QStringLiteral("me.desk"), roles);
        other = t.addUser(QStringLiteral("other.desk"), {Role::Mentor, Role::LeadMentor, Role::Administrator});
        family = addFamily(t, 1);
        t.assignMentor(me.userId(), family.student);
        saveLetterhead(t);
    }
    // Hands the file to the desk's own connection, as the app opens it.
    void open()
    {
        t.close();
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(me);
    }
    QStringList child(const QString &command, qint64 id, const QString &value) const
    {
        return {command, t.path(), QString::number(other.userId()), QString::number(id), value};
    }
    qint64 overwrites(const QString &entity, qint64 id)
    {
        return scalar(context.db(),
                      QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'overwrite' AND entity = ? "
                                     "AND entity_id = ?"),
                      {entity, id});
    }
};

RecordConflict sampleConflict()
{
    RecordConflict c;
    c.entity = QStringLiteral("mentoring_entry");
    c.id = 7;
    c.recordLabel = QStringLiteral("This note of 3 Dec");
    c.yourVersion = 2;
    c.storedVersion = 3;
    c.changedBy = QStringLiteral("Other Desk");
    c.changedAt = QDateTime(QDate(2026, 12, 3), QTime(14, 5), Qt::UTC);
    c.add(QStringLiteral("Date"), QStringLiteral("03/12/2026"), QStringLiteral("03/12/2026"));
    c.add(QStringLiteral("What happened"), QStringLiteral("My words."), QStringLiteral("Their words."));
    c.add(QStringLiteral("Action taken"), QString(), QStringLiteral("Rang home."));
    return c;
}

} // namespace

class ConflictUiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { ConflictDialog::setNextAnswer(std::nullopt); }

    void showsYoursAndTheirsFieldByFieldWithDifferencesInWords()
    {
        ConflictDialog dialog(sampleConflict(), QStringLiteral("Changed meanwhile."));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("What happened"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("My words."));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Their words."));
        QVERIFY(table->item(1, 3)->text().contains(QStringLiteral("Different")));
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("Same")));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("(blank)")); // an empty side is said, not left blank
        QVERIFY(table->item(1, 1)->font().bold());
        QCOMPARE(table->currentRow(), 1); // the first difference
        QVERIFY(!table->item(0, 1)->font().bold());
        const QString text = dialog.contentsText();
        QVERIFY(text.contains(QStringLiteral("What happened | My words. | Their words. | \u2260 Different")));
        QVERIFY(text.contains(QStringLiteral("Date | 03/12/2026 | 03/12/2026 | = Same")));

        // Only the differences, on request.
        auto *only = dialog.findChild<QCheckBox *>();
        QVERIFY(only);
        only->setChecked(true);
        QVERIFY(table->isRowHidden(0));
        QVERIFY(!table->isRowHidden(1));
        QVERIFY(!table->isRowHidden(2));
    }

    void everyControlHasANameAndAKeyboardPath()
    {
        ConflictDialog dialog(sampleConflict(), QStringLiteral("Changed meanwhile."));
        QVERIFY(!dialog.accessibleName().isEmpty());
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (qobject_cast<QPushButton *>(w) || qobject_cast<QCheckBox *>(w) || qobject_cast<QTableWidget *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        for (QPushButton *b : {dialog.keepTheirsButton(), dialog.overwriteButton(), dialog.keepEditingButton()})
            QVERIFY2(b->text().contains(QLatin1Char('&')), qPrintable(b->text()));
        // Enter (the default button) and Escape both go back to editing: nothing is lost by accident.
        QVERIFY(dialog.keepEditingButton()->isDefault());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.choice(), Choice::KeepEditing);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void eachButtonMakesItsChoice()
    {
        const std::pair<QPushButton *(ConflictDialog::*)() const, Choice> cases[] = {
            {&ConflictDialog::keepTheirsButton, Choice::KeepTheirs},
            {&ConflictDialog::overwriteButton, Choice::Overwrite},
            {&ConflictDialog::keepEditingButton, Choice::KeepEditing},
        };
        for (const auto &[button, choice] : cases) {
            ConflictDialog dialog(sampleConflict(), QStringLiteral("Changed meanwhile."));
            dialog.show();
            QTest::mouseClick((dialog.*button)(), Qt::LeftButton);
            QCOMPARE(dialog.choice(), choice);
            QVERIFY(!dialog.isVisible());
        }
    }

    void aDeletedRecordCannotBeOverwritten()
    {
        RecordConflict c = sampleConflict();
        c.deleted = true;
        c.fields.clear();
        ConflictDialog dialog(c, QStringLiteral("Deleted meanwhile."));
        QVERIFY(dialog.overwriteButton()->isHidden());
        QVERIFY(dialog.table()->isHidden());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Deleted by someone else"));
    }

    void logEntryEditorShowsAnotherProcessesChange_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("keep theirs") << int(Choice::KeepTheirs);
        QTest::newRow("overwrite with mine") << int(Choice::Overwrite);
        QTest::newRow("go back and edit") << int(Choice::KeepEditing);
    }

    void logEntryEditorShowsAnotherProcessesChange()
    {
        QFETCH(int, choice);
        Desk d;
        LogEntry e;
        e.studentId = d.family.student;
        e.kind = EntryKind::Note;
        e.occurredOn = QDate::currentDate();
        e.body = QStringLiteral("Settled well this week.");
        auto id = LogEntryStore(d.t.db()).add(d.me, e);
        QVERIFY(id);
        d.open();
        const LogEntry opened = *LogEntryStore(d.context.db()).get(d.me, *id);

        LogEntryDialog editor(d.context, opened);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.bodyEdit()->setPlainText(QStringLiteral("My words."));
        QCOMPARE(otherDesk(d.child(QStringLiteral("edit-entry"), *id, QStringLiteral("Their words."))),
                 QStringLiteral("ok"));

        const int asked = ConflictDialog::askedCount();
        ConflictDialog::setNextAnswer(Choice(choice));
        editor.accept();
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        const QString shown = ConflictDialog::lastText();
        QVERIFY2(shown.startsWith(QStringLiteral("Changed by someone else\n")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("other.desk")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("What happened | My words. | Their words. | \u2260 Different")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Keep theirs, discard mine / Overwrite with mine / Go back and edit")),
                 qPrintable(shown));

        const QString stored = LogEntryStore(d.context.db()).get(d.me, *id)->body;
        switch (Choice(choice)) {
        case Choice::KeepTheirs:
            QCOMPARE(stored, QStringLiteral("Their words."));
            QVERIFY(!editor.isVisible());
            QCOMPARE(editor.result(), int(QDialog::Rejected));
            QCOMPARE(d.overwrites(QStringLiteral("mentoring_entry"), *id), qint64(0));
            break;
        case Choice::Overwrite:
            QCOMPARE(stored, QStringLiteral("My words."));
            QVERIFY(!editor.isVisible());
            QCOMPARE(editor.result(), int(QDialog::Accepted));
            QCOMPARE(d.overwrites(QStringLiteral("mentoring_entry"), *id), qint64(1));
            break;
        case Choice::KeepEditing:
            QCOMPARE(stored, QStringLiteral("Their words."));
            QVERIFY(editor.isVisible());
            QCOMPARE(editor.bodyEdit()->toPlainText(), QStringLiteral("My words.")); // mine still in the editor
            QVERIFY(editor.errorLabel()->isVisible());
            QVERIFY(editor.errorLabel()->text().contains(QStringLiteral("other.desk")));
            // Saving again asks again: still never a silent overwrite.
            ConflictDialog::setNextAnswer(Choice::KeepEditing);
            editor.accept();
            QCOMPARE(ConflictDialog::askedCount(), asked + 2);
            QCOMPARE(LogEntryStore(d.context.db()).get(d.me, *id)->body, QStringLiteral("Their words."));
            break;
        }
    }

    void targetEditorOverwritesOnlyWhenAsked()
    {
        Desk d;
        const SmartTarget target = test::readingTarget(d.family.student);
        auto id = TargetStore(d.t.db()).add(d.me, target);
        QVERIFY(id);
        d.open();
        TargetDialog editor(d.context, *TargetStore(d.context.db()).get(d.me, *id));
        editor.show();
        editor.part(0)->setText(QStringLiteral("Arrive by 8:40 every day"));
        QCOMPARE(otherDesk(d.child(QStringLiteral("edit-target"), *id, QStringLiteral("Be on time"))),
                 QStringLiteral("ok"));
        ConflictDialog::setNextAnswer(Choice::Overwrite);
        editor.accept();
        QVERIFY(ConflictDialog::lastText().contains(
            QStringLiteral("Target | Arrive by 8:40 every day | Be on time | \u2260 Different")));
        QCOMPARE(TargetStore(d.context.db()).get(d.me, *id)->title, QStringLiteral("Arrive by 8:40 every day"));
        QCOMPARE(d.overwrites(QStringLiteral("smart_target"), *id), qint64(1));
        QCOMPARE(editor.result(), int(QDialog::Accepted));
    }

    void letterTemplateEditorKeepsTheirsAndShowsThem()
    {
        Desk d({Role::Administrator});
        const qint64 id = addTemplate(d.t, QStringLiteral("Consent"), LetterType::Mentoring,
                                      QStringLiteral("<p>{{recipient.salutation}},</p><p>Hello.</p>"));
        d.open();
        LetterTemplatesPane pane(d.context);
        pane.show();
        pane.activate();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.templateList()->setCurrentRow(0);
        QCOMPARE(pane.editor()->nameEdit()->text(), QStringLiteral("Consent"));
        pane.editor()->nameEdit()->setText(QStringLiteral("Consent to mentoring"));
        pane.editor()->setModified(true);
        QCOMPARE(
            otherDesk(d.child(QStringLiteral("edit-template"), id, QStringLiteral("Sent before the first session"))),
            QStringLiteral("ok"));
        ConflictDialog::setNextAnswer(Choice::KeepTheirs);
        QVERIFY(!pane.save());
        const QString shown = ConflictDialog::lastText();
        QVERIFY2(shown.contains(QStringLiteral("Name | Consent to mentoring | Consent | \u2260 Different")),
                 qPrintable(shown));
        QVERIFY2(
            shown.contains(QStringLiteral("Description | (blank) | Sent before the first session | \u2260 Different")),
            qPrintable(shown));
        // Theirs stands, and the editor shows it.
        auto stored = LetterTemplateStore(d.context.db()).get(d.me, id);
        QCOMPARE(stored->name, QStringLiteral("Consent"));
        QCOMPARE(stored->description, QStringLiteral("Sent before the first session"));
        QCOMPARE(pane.editor()->nameEdit()->text(), QStringLiteral("Consent"));
        QCOMPARE(d.overwrites(QStringLiteral("letter_template"), id), qint64(0));
    }

    void draftLetterEditorGoesBackThenOverwrites()
    {
        Desk d({Role::Mentor});
        const qint64 templateId = addTemplate(d.t, QStringLiteral("Attendance"), LetterType::Attendance,
                                              QStringLiteral("<p>{{recipient.salutation}},</p><p>Hello.</p>"));
        d.open();
        LetterService service(d.context.db());
        LetterRequest r;
        r.templateId = templateId;
        r.studentIds = {d.family.student};
        auto ids = service.createDrafts(d.me, r, true);
        QVERIFY2(ids, ids ? "" : qPrintable(ids.error().fullText()));
        const qint64 id = ids->first();
        DraftEditorDialog editor(d.context, *service.get(d.me, id));
        editor.show();
        editor.editor()->setPlainText(QStringLiteral("My letter."));
        QCOMPARE(otherDesk(d.child(QStringLiteral("edit-draft"), id, QStringLiteral("Their letter."))),
                 QStringLiteral("ok"));

        ConflictDialog::setNextAnswer(Choice::KeepEditing);
        editor.accept();
        QVERIFY2(ConflictDialog::lastText().contains(
                     QStringLiteral("Letter text | My letter. | Their letter. | \u2260 Different")),
                 qPrintable(ConflictDialog::lastText()));
        QVERIFY(editor.isVisible());
        QVERIFY(service.get(d.me, id)->bodyHtml.contains(QStringLiteral("Their letter.")));

        ConflictDialog::setNextAnswer(Choice::Overwrite);
        editor.accept();
        QVERIFY(!editor.isVisible());
        QVERIFY(service.get(d.me, id)->bodyHtml.contains(QStringLiteral("My letter.")));
        QCOMPARE(d.overwrites(QStringLiteral("letter"), id), qint64(1));
    }

    void ilpTemplateEditorOverwritesOnlyWhenAsked()
    {
        Desk d({Role::Administrator});
        IlpTemplate tpl;
        tpl.name = QStringLiteral("Year 8 plan");
        tpl.description = QStringLiteral("For year 8");
        tpl.fields.append(
            {0, 0, QStringLiteral("Targets"), QString(), IlpRole::Mentor | IlpRole::Teacher, IlpRole::Mentor});
        auto id = IlpTemplateStore(d.t.db()).create(d.me, tpl);
        QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
        d.open();
        IlpTemplatesPane pane(d.context);
        pane.show();
        pane.activate();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.templateList()->setCurrentRow(0);
        QCOMPARE(pane.nameEdit()->text(), QStringLiteral("Year 8 plan"));
        pane.nameEdit()->setText(QStringLiteral("Year 8 learning plan"));
        QCOMPARE(otherDesk(d.child(QStringLiteral("edit-ilp-template"), *id, QStringLiteral("Their description"))),
                 QStringLiteral("ok"));
        ConflictDialog::setNextAnswer(Choice::Overwrite);
        QVERIFY(pane.save());
        QVERIFY2(ConflictDialog::lastText().contains(
                     QStringLiteral("Description | For year 8 | Their description | \u2260 Different")),
                 qPrintable(ConflictDialog::lastText()));
        auto stored = IlpTemplateStore(d.context.db()).get(d.me, *id);
        QCOMPARE(stored->name, QStringLiteral("Year 8 learning plan"));
        QCOMPARE(stored->description, QStringLiteral("For year 8"));
        QCOMPARE(d.overwrites(QStringLiteral("ilp_template"), *id), qint64(1));
    }
};

QTEST_MAIN(ConflictUiTest)
#include "tst_conflictui.moc"
