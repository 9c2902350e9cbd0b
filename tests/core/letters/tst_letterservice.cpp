// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Letters as a service: templates (unknown fields refused), who may write what (reference 000's
// role table), one letter per recipient, drafts, issuing (kept exactly as sent), tracking.
#include "LetterFixtures.h"

#include "access/Session.h"
#include "letters/LetterListModel.h"
#include "letters/LetterMerger.h"
#include "letters/LetterService.h"
#include "school/SchoolSettings.h"
#include "storage/AuditLog.h"

#include <QBuffer>
#include <QImage>

#include <QAbstractItemModelTester>

using namespace md;
using namespace md::test;

namespace {

QStringList g_messages;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages << QString::fromLatin1(context.category) + QStringLiteral(": ") + message;
}

const QString kBody =
    QStringLiteral("<p>{{recipient.name}}<br />{{recipient.address}}</p><p>{{recipient.salutation}},</p>"
                   "<p>{{student.full_name}} ({{student.tutor_group}}) has attended {{attendance.figure}}.</p>"
                   "<p>Yours sincerely,<br />{{sender.name}}</p>");

} // namespace

class TestLetterService : public QObject
{
    Q_OBJECT

private:
    struct School
    {
        TestDatabase t;
        Session head;
        Session mentor;
        Session otherMentor;
        Session teacher;
        Session admin;
        Family sian; // in the mentor's group, on the teacher's course
        Family ola;  // in the other mentor's group only
        qint64 attendanceTemplate = 0;
        qint64 behaviourTemplate = 0;
        qint64 mentoringTemplate = 0;
    };

    std::unique_ptr<School> school()
    {
        auto s = std::make_unique<School>();
        s->head = s->t.addUser(QStringLiteral("h.one"), {Role::Headteacher});
        s->mentor = s->t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        s->otherMentor = s->t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        s->teacher = s->t.addUser(QStringLiteral("t.one"), {Role::Teacher});
        s->admin = s->t.addUser(QStringLiteral("a.one"), {Role::Administrator});
        s->sian = addFamily(s->t, 1);
        FamilyOptions ola;
        ola.forename = QStringLiteral("Olúwaseun");
        ola.surname = QStringLiteral("Adébáyọ̀");
        ola.withFather = false;
        s->ola = addFamily(s->t, 2, ola);
        s->t.assignMentor(s->mentor.userId(), s->sian.student);
        s->t.assignMentor(s->otherMentor.userId(), s->ola.student);
        s->t.enrol(s->teacher.userId(), s->sian.student);
        saveLetterhead(s->t);
        s->attendanceTemplate = addTemplate(s->t, QStringLiteral("Attendance concern"), LetterType::Attendance, kBody);
        s->behaviourTemplate = addTemplate(
            s->t, QStringLiteral("Behaviour concern"), LetterType::Behaviour,
            QStringLiteral("<p>{{recipient.salutation}},</p><p>About {{student.forename}}.</p><p>{{sender.name}}</p>"));
        s->mentoringTemplate = addTemplate(
            s->t, QStringLiteral("Mentoring consent"), LetterType::Mentoring,
            QStringLiteral(
                "<p>{{recipient.salutation}},</p><p>{{mentoring.keyworker}} will mentor {{student.forename}}. "
                "Reference {{letter.reference}}.</p>"));
        return s;
    }

    static LetterRequest request(qint64 templateId, QList<qint64> students, bool parents = true, bool student = false,
                                 bool share = false)
    {
        LetterRequest r;
        r.templateId = templateId;
        r.studentIds = std::move(students);
        r.recipients = {parents, student, share};
        r.date = QDate(2027, 3, 4);
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- templates -----------------------------------------------------------------------------

    void templateWithUnknownFieldIsRefusedAndNothingSaved()
    {
        auto s = school();
        LetterTemplate t;
        t.name = QStringLiteral("Shoes");
        t.type = LetterType::Attendance;
        t.bodyHtml =
            QStringLiteral("<p>Dear {{recipient.salutation}}, {{student.shoe_size}} and {{mentoring.keyworker}}</p>");
        auto id = LetterTemplateStore(s->t.db()).save(s->admin, t);
        QVERIFY(!id);
        QCOMPARE(id.error().kind, Error::Kind::Invalid);
        QCOMPARE(id.error().details.size(), 2); // unknown; keyworker not for attendance letters
        QCOMPARE(scalar(s->t, QStringLiteral("SELECT COUNT(*) FROM letter_templates WHERE name = 'Shoes'")), 0);
    }

    void onlyAdministratorsWriteTemplates()
    {
        auto s = school();
        LetterTemplate t;
        t.name = QStringLiteral("Mine");
        t.bodyHtml = QStringLiteral("<p>{{student.forename}}</p>");
        for (const Session &who : {s->head, s->mentor, s->teacher}) {
            auto id = LetterTemplateStore(s->t.db()).save(who, t);
            QVERIFY(!id);
            QCOMPARE(id.error().kind, Error::Kind::Forbidden);
        }
        QVERIFY(LetterTemplateStore(s->t.db()).save(s->admin, t));
    }

    void templateNamesAreUniqueAndEditsAreChecked()
    {
        auto s = school();
        LetterTemplateStore store(s->t.db());
        LetterTemplate dup;
        dup.name = QStringLiteral("attendance CONCERN");
        dup.bodyHtml = QStringLiteral("<p>x</p>");
        auto refused = store.save(s->admin, dup);
        QVERIFY(!refused);
        QVERIFY(refused.error().details.join(QLatin1Char(' ')).contains(QStringLiteral("already exists")));
        // A stale copy cannot overwrite a newer save.
        LetterTemplate t = *store.get(s->admin, s->attendanceTemplate);
        LetterTemplate stale = t;
        t.description = QStringLiteral("first");
        QVERIFY(store.save(s->admin, t));
        stale.description = QStringLiteral("second");
        auto conflict = store.save(s->admin, stale);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
    }

    void teachersSeeOnlyAttendanceTemplates()
    {
        auto s = school();
        auto list = LetterTemplateStore(s->t.db()).list(s->teacher);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().type, LetterType::Attendance);
        QCOMPARE(LetterTemplateStore(s->t.db()).list(s->mentor)->size(), 3);
        QCOMPARE(LetterTemplateStore(s->t.db()).get(s->teacher, s->behaviourTemplate).error().kind,
                 Error::Kind::Forbidden);
    }

    void usedTemplateIsArchivedNotDeleted()
    {
        auto s = school();
        LetterService service(s->t.db());
        QVERIFY(service.createDrafts(s->mentor, request(s->behaviourTemplate, {s->sian.student}), false));
        auto removed = LetterTemplateStore(s->t.db()).remove(s->admin, s->behaviourTemplate);
        QVERIFY(removed);
        QVERIFY(!*removed);
        QVERIFY(LetterTemplateStore(s->t.db()).get(s->admin, s->behaviourTemplate)->archived);
        QVERIFY(!service.plan(s->mentor, request(s->behaviourTemplate, {s->sian.student})));
        auto unused = LetterTemplateStore(s->t.db()).remove(s->admin, s->mentoringTemplate);
        QVERIFY(unused && *unused);
    }

    // --- the letterhead -------------------------------------------------------------------------

    void letterheadIsSetByAnAdministratorAndKeptInVersions()
    {
        auto s = school();
        LetterheadStore store(s->t.db());
        const qint64 first = store.current()->id;
        Letterhead l = *store.current();
        l.footer = QStringLiteral("A new footer");
        QImage tall(100, 900, QImage::Format_RGB32);
        tall.fill(Qt::darkBlue);
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        QVERIFY(tall.save(&png, "PNG"));
        l.logoPng = png.data();
        QCOMPARE(store.save(s->mentor, l).error().kind, Error::Kind::Forbidden);
        auto saved = store.save(s->admin, l);
        QVERIFY(saved);
        QVERIFY(*saved > first);
        QCOMPARE(store.current()->footer, QStringLiteral("A new footer"));
        QCOMPARE(QImage::fromData(store.current()->logoPng).height(), LetterheadStore::kMaxLogoHeight);
        // The earlier version stays for letters issued with it.
        QCOMPARE(store.get(first)->footer, QStringLiteral("Headteacher: Test Person"));
        l.logoPng = QByteArray("not an image");
        QCOMPARE(store.save(s->admin, l).error().kind, Error::Kind::Invalid);
        l.logoPng.clear();
        l.schoolName = QStringLiteral("  ");
        QCOMPARE(store.save(s->admin, l).error().kind, Error::Kind::Invalid);
    }

    void withoutASavedLetterheadTheSchoolSettingsAreUsedAndKeptOnIssue()
    {
        TestDatabase t;
        const Session head = t.addUser(QStringLiteral("h.one"), {Role::Headteacher});
        QVERIFY(SchoolSettings(t.db()).setValueUnchecked(SchoolSettings::kName, QStringLiteral("Eastmere School")));
        QVERIFY(SchoolSettings(t.db()).setValueUnchecked(SchoolSettings::kAddress,
                                                         QStringLiteral("1 Road, Eastmere, NX2 1AA")));
        const Family f = addFamily(t, 1);
        const qint64 tid = addTemplate(t, QStringLiteral("Plain"), LetterType::Attendance,
                                       QStringLiteral("<p>{{recipient.salutation}}, from {{school.name}}</p>"));
        const Letterhead current = *LetterheadStore(t.db()).current();
        QCOMPARE(current.id, 0);
        QCOMPARE(current.addressLines(),
                 (QStringList{QStringLiteral("1 Road"), QStringLiteral("Eastmere"), QStringLiteral("NX2 1AA")}));
        LetterService service(t.db());
        auto ids = service.createDrafts(head, request(tid, {f.student}), false);
        QVERIFY(ids);
        QVERIFY(service.get(head, ids->first())->bodyHtml.contains(QStringLiteral("from Eastmere School")));
        QVERIFY(service.issue(head, *ids, IssueMethod::Printed));
        const qint64 kept = service.get(head, ids->first())->letterheadId;
        QVERIFY(kept > 0);
        QCOMPARE(LetterheadStore(t.db()).get(kept)->schoolName, QStringLiteral("Eastmere School"));
    }

    // --- who may write what (reference 000) ------------------------------------------------------

    void teacherWritesAttendanceLettersOnlyForStudentsOnTheirCourse()
    {
        auto s = school();
        LetterService service(s->t.db());
        auto ids = service.createDrafts(s->teacher, request(s->attendanceTemplate, {s->sian.student}), false);
        QVERIFY2(ids, qPrintable(ids.error().fullText()));
        // The letter records the course it came from.
        QVERIFY(service.get(s->teacher, ids->first())->courseId > 0);
        // Not for a student who is not on their course...
        auto notTheirs = service.createDrafts(s->teacher, request(s->attendanceTemplate, {s->ola.student}), false);
        QVERIFY(!notTheirs);
        QCOMPARE(notTheirs.error().kind, Error::Kind::Forbidden);
        // ...and never a behaviour letter.
        auto behaviour = service.checkCreate(s->teacher, LetterType::Behaviour, s->sian.student);
        QVERIFY(!behaviour);
        QCOMPARE(behaviour.error().kind, Error::Kind::Forbidden);
        QVERIFY2(behaviour.error().message.contains(QStringLiteral("create behaviour letters")),
                 qPrintable(behaviour.error().message));
        for (LetterType t : {LetterType::Assessment, LetterType::Mentoring})
            QCOMPARE(service.checkCreate(s->teacher, t, s->sian.student).error().kind, Error::Kind::Forbidden);
        QCOMPARE(LetterService::creatableTypes(s->teacher), QList<LetterType>{LetterType::Attendance});
    }

    void mentorWritesEveryTypeForTheirGroupOnly()
    {
        auto s = school();
        LetterService service(s->t.db());
        for (LetterType t : LetterTerms::allTypes()) {
            QVERIFY(service.checkCreate(s->mentor, t, s->sian.student));
            QCOMPARE(service.checkCreate(s->mentor, t, s->ola.student).error().kind, Error::Kind::Forbidden);
        }
        auto refused =
            service.createDrafts(s->mentor, request(s->behaviourTemplate, {s->sian.student, s->ola.student}), false);
        QVERIFY(!refused);
        QCOMPARE(scalar(s->t, QStringLiteral("SELECT COUNT(*) FROM letters")), 0); // all or nothing
    }

    void headteacherWritesEveryTypeForTheWholeSchool()
    {
        auto s = school();
        LetterService service(s->t.db());
        for (LetterType t : LetterTerms::allTypes())
            for (qint64 student : {s->sian.student, s->ola.student})
                QVERIFY(service.checkCreate(s->head, t, student));
    }

    void administratorWritesTemplatesNotLetters()
    {
        auto s = school();
        QVERIFY(LetterService::creatableTypes(s->admin).isEmpty());
        auto refused = LetterService(s->t.db()).plan(s->admin, request(s->attendanceTemplate, {s->sian.student}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        // ...but may preview a template with a student, to see what it looks like.
        LetterTemplate t = *LetterTemplateStore(s->t.db()).get(s->admin, s->attendanceTemplate);
        auto preview = LetterService(s->t.db()).previewTemplate(s->admin, t, s->sian.student);
        QVERIFY2(preview, qPrintable(preview.error().fullText()));
        QVERIFY(preview->bodyHtml.contains(QStringLiteral("Siân O'Connor-Ní Bhriain")));
    }

    // --- creating letters ----------------------------------------------------------------------

    void oneLetterPerRecipientWithParentalResponsibility()
    {
        auto s = school();
        LetterService service(s->t.db());
        auto ids =
            service.createDrafts(s->head, request(s->attendanceTemplate, {s->sian.student, s->ola.student}), false);
        QVERIFY2(ids, qPrintable(ids.error().fullText()));
        QCOMPARE(ids->size(), 3); // Siân's mother and father; Olúwaseun's mother; no step-father
        const Letter first = *service.get(s->head, ids->at(0));
        QCOMPARE(first.addressee, QStringLiteral("Mrs Aoife O'Connor-Ní Bhriain"));
        QCOMPARE(first.parentIds, QList<qint64>{s->sian.mother});
        QCOMPARE(first.state, LetterState::Draft);
        QVERIFY(first.bodyHtml.contains(QStringLiteral("Dear Mrs O'Connor-Ní Bhriain,")));
        QVERIFY(first.bodyHtml.contains(QStringLiteral("12 Bóthar na Trá<br />Eastmere<br />NX2 4RT")));
        QVERIFY(first.bodyHtml.contains(QStringLiteral("87.5%")));
        const Letter second = *service.get(s->head, ids->at(1));
        QCOMPARE(second.addressee, QStringLiteral("Mr Seán O'Connor-Ní Bhriain"));
        QVERIFY(second.bodyHtml.contains(QStringLiteral("Dear Mr O'Connor-Ní Bhriain,")));
        const Letter third = *service.get(s->head, ids->at(2));
        QVERIFY(third.bodyHtml.contains(QStringLiteral("Olúwaseun Adébáyọ̀")));
        QCOMPARE(scalar(s->t, QStringLiteral("SELECT COUNT(*) FROM letter_recipients")), 3);
        QCOMPARE(scalar(s->t,
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'letter' AND action = 'create'")),
                 3);
        QVERIFY(*AuditLog::verifyChain(s->t.db()) == 0);
    }

    void parentsAtOneAddressShareWhenAskedAndTheStudentGetsTheirOwn()
    {
        auto s = school();
        Query same(s->t.db(), QStringLiteral("UPDATE parents SET address = '12 Bóthar na Trá, Eastmere, NX2 4RT'"));
        QVERIFY(same.exec());
        LetterService service(s->t.db());
        auto ids =
            service.createDrafts(s->head, request(s->attendanceTemplate, {s->sian.student}, true, true, true), false);
        QVERIFY2(ids, qPrintable(ids.error().fullText()));
        QCOMPARE(ids->size(), 2);
        const Letter toStudent = *service.get(s->head, ids->at(0));
        QCOMPARE(toStudent.recipientKind, RecipientKind::Student);
        QVERIFY(toStudent.bodyHtml.contains(QStringLiteral("Dear Siân,")));
        const Letter shared = *service.get(s->head, ids->at(1));
        QCOMPARE(shared.addressee, QStringLiteral("Mrs and Mr O'Connor-Ní Bhriain"));
        QCOMPARE(shared.parentIds, (QList<qint64>{s->sian.mother, s->sian.father}));
    }

    void lettersWithMissingDataNeedConsentAndCannotBeIssuedUntilFilled()
    {
        auto s = school();
        Query noAttendance(s->t.db(), QStringLiteral("UPDATE students SET attendance = NULL WHERE id = ?"));
        noAttendance.bind(s->sian.student);
        QVERIFY(noAttendance.exec());
        LetterService service(s->t.db());
        const LetterRequest r = request(s->attendanceTemplate, {s->sian.student});
        auto plan = service.plan(s->head, r);
        QVERIFY(plan);
        QCOMPARE(plan->incomplete(), 2);
        QVERIFY(plan->problems.first().contains(QStringLiteral("Attendance this year")));
        auto refused = service.createDrafts(s->head, r, false);
        QVERIFY(!refused);
        QCOMPARE(scalar(s->t, QStringLiteral("SELECT COUNT(*) FROM letters")), 0);
        auto ids = service.createDrafts(s->head, r, true);
        QVERIFY(ids);
        const Status blocked = service.issue(s->head, *ids, IssueMethod::Printed);
        QVERIFY(!blocked);
        QVERIFY(blocked.error().details.join(QLatin1Char(' ')).contains(QStringLiteral("Attendance this year")));
        // The user types the figure into each draft; then they can be issued.
        for (qint64 id : *ids) {
            const Letter l = *service.get(s->head, id);
            QString filled = l.bodyHtml;
            filled.replace(QRegularExpression(QStringLiteral("<span[^>]*>\u27e6[^\u27e7]*\u27e7</span>")),
                           QStringLiteral("about 85%"));
            QVERIFY(service.updateDraft(s->head, id, filled, l.rowVersion));
        }
        QVERIFY(service.issue(s->head, *ids, IssueMethod::Printed));
    }

    void planRefusesATemplateThatNoLongerChecks()
    {
        auto s = school();
        Query broken(s->t.db(),
                     QStringLiteral("UPDATE letter_templates SET body_html = '<p>{{student.retired_field}}</p>' "
                                    "WHERE id = ?"));
        broken.bind(s->attendanceTemplate);
        QVERIFY(broken.exec());
        auto plan = LetterService(s->t.db()).plan(s->head, request(s->attendanceTemplate, {s->sian.student}));
        QVERIFY(!plan);
        QCOMPARE(plan.error().details.size(), 1);
        QVERIFY(plan.error().details.first().contains(QStringLiteral("{{student.retired_field}}")));
    }

    void referenceIsMergedIntoEachLetter()
    {
        auto s = school();
        LetterService service(s->t.db());
        auto ids = service.createDrafts(s->mentor, request(s->mentoringTemplate, {s->sian.student}), false);
        QVERIFY(ids);
        for (qint64 id : *ids)
            QVERIFY(service.get(s->mentor, id)
                        ->bodyHtml.contains(QStringLiteral("Reference %1.").arg(LetterTerms::reference(id))));
    }

    // --- drafts, issuing, tracking -------------------------------------------------------------

    void issuedLettersStayExactlyAsSentAfterTheTemplateChanges()
    {
        auto s = school();
        LetterService service(s->t.db());
        auto ids = service.createDrafts(s->head, request(s->attendanceTemplate, {s->sian.student}), false);
        QVERIFY(ids);
        QVERIFY(service.issue(s->head, {ids->first()}, IssueMethod::Pdf));
        const Letter before = *service.get(s->head, ids->first());
        QCOMPARE(before.state, LetterState::Issued);
        QCOMPARE(before.issuedVia, IssueMethod::Pdf);
        QVERIFY(before.letterheadId > 0);
        const qint64 letterheadBefore = before.letterheadId;

        // The template, the student's data and the letterhead all change afterwards.
        LetterTemplateStore templates(s->t.db());
        LetterTemplate t = *templates.get(s->admin, s->attendanceTemplate);
        t.bodyHtml = QStringLiteral("<p>Completely different: {{student.forename}}</p>");
        QVERIFY(templates.save(s->admin, t));
        Query rename(s->t.db(),
                     QStringLiteral("UPDATE students SET legal_forename = 'Changed', attendance = 99 WHERE id = ?"));
        rename.bind(s->sian.student);
        QVERIFY(rename.exec());
        saveLetterhead(s->t);

        const Letter after = *service.get(s->head, ids->first());
        QCOMPARE(after.bodyHtml, before.bodyHtml);
        QCOMPARE(after.letterheadId, letterheadBefore);
        auto render = service.renderable(s->head, {ids->first()});
        QVERIFY(render);
        QCOMPARE(render->first().bodyHtml, before.bodyHtml);
        QVERIFY(render->first().bodyHtml.contains(QStringLiteral("Siân")));
        // ...and it can be neither edited nor deleted.
        QCOMPARE(service.updateDraft(s->head, ids->first(), QStringLiteral("<p>x</p>"), after.rowVersion).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(service.deleteDrafts(s->head, {ids->first()}).error().kind, Error::Kind::Conflict);
        QCOMPARE(service.issue(s->head, {ids->first()}, IssueMethod::Email).error().kind, Error::Kind::Conflict);
        // The draft made at the same time is not re-merged either.
        QVERIFY(service.get(s->head, ids->at(1))->bodyHtml.contains(QStringLiteral("Siân")));
    }

    void draftsAreEditedOneByOneWithConflictDetection()
    {
        auto s = school();
        LetterService service(s->t.db());
        auto ids = service.createDrafts(s->mentor, request(s->behaviourTemplate, {s->sian.student}), false);
        QVERIFY(ids);
        const Letter l = *service.get(s->mentor, ids->first());
        QVERIFY(service.updateDraft(s->mentor, l.id, l.bodyHtml + QStringLiteral("<p>PS: see you Tuesday.</p>"),
                                    l.rowVersion));
        QVERIFY(service.get(s->mentor, l.id)->bodyHtml.contains(QStringLiteral("see you Tuesday")));
        QVERIFY(!service.get(s->mentor, ids->at(1))->bodyHtml.contains(QStringLiteral("see you Tuesday")));
        // A second save from the same stale copy is refused.
        QCOMPARE(service.updateDraft(s->mentor, l.id, l.bodyHtml, l.rowVersion).error().kind, Error::Kind::Conflict);
        QCOMPARE(scalar(s->t, QStringLiteral(
                                  "SELECT COUNT(*) FROM audit_log WHERE entity = 'letter' AND field = 'body_html'")),
                 1);
    }

    void draftsAreManagedByTheirAuthorOrWhoeverTracksTheStudent()
    {
        auto s = school();
        LetterService service(s->t.db());
        auto byTeacher = service.createDrafts(s->teacher, request(s->attendanceTemplate, {s->sian.student}), false);
        QVERIFY(byTeacher);
        // The mentor tracks Siân's letters, so may publish (issue) a draft someone else wrote.
        QVERIFY(service.issue(s->mentor, {byTeacher->first()}, IssueMethod::Printed));
        // The other mentor may not even see it.
        QCOMPARE(service.get(s->otherMentor, byTeacher->at(1)).error().kind, Error::Kind::NotFound);
        // Another teacher's attendance draft is not the teacher's to change.
        auto byHead = service.createDrafts(s->head, request(s->attendanceTemplate, {s->sian.student}), false);
        QVERIFY(byHead);
        QCOMPARE(service.get(s->teacher, byHead->first()).error().kind, Error::Kind::NotFound);
        // A teacher cannot record acknowledgements (no tracking in reference 000's table).
        QCOMPARE(service.acknowledge(s->teacher, byTeacher->first(), AckMethod::ReplySlip, QDate::currentDate())
                     .error()
                     .kind,
                 Error::Kind::Forbidden);
    }

    void acknowledgementFollowsIssueAndIsRecordedOnce()
    {
        auto s = school();
        LetterService service(s->t.db());
        auto ids = service.createDrafts(s->mentor, request(s->mentoringTemplate, {s->sian.student}), false);
        QVERIFY(ids);
        const qint64 id = ids->first();
        QCOMPARE(service.acknowledge(s->mentor, id, AckMethod::ReplySlip, QDate::currentDate()).error().kind,
                 Error::Kind::Conflict);
        QVERIFY(service.issue(s->mentor, {id}, IssueMethod::Printed));
        QCOMPARE(service.acknowledge(s->mentor, id, AckMethod::ReplySlip, QDate::currentDate().addDays(1)).error().kind,
                 Error::Kind::Invalid);
        QVERIFY(service.acknowledge(s->mentor, id, AckMethod::ReplySlip, QDate::currentDate(),
                                    QStringLiteral("consent given")));
        const Letter l = *service.get(s->mentor, id);
        QCOMPARE(l.state, LetterState::Acknowledged);
        QCOMPARE(l.acknowledgedHow, AckMethod::ReplySlip);
        QCOMPARE(l.acknowledgedNote, QStringLiteral("consent given"));
        QCOMPARE(service.acknowledge(s->mentor, id, AckMethod::Opened, QDate::currentDate()).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(service.acknowledge(s->otherMentor, id, AckMethod::Opened, QDate::currentDate()).error().kind,
                 Error::Kind::NotFound);
    }

    void deletingDraftsIsAllOrNothing()
    {
        auto s = school();
        LetterService service(s->t.db());
        auto ids = service.createDrafts(s->head, request(s->attendanceTemplate, {s->sian.student}), false);
        QVERIFY(ids);
        QVERIFY(service.issue(s->head, {ids->at(1)}, IssueMethod::Email));
        QVERIFY(!service.deleteDrafts(s->head, *ids));
        QCOMPARE(scalar(s->t, QStringLiteral("SELECT COUNT(*) FROM letters")), 2);
        QVERIFY(service.deleteDrafts(s->head, {ids->at(0)}));
        QCOMPARE(scalar(s->t, QStringLiteral("SELECT COUNT(*) FROM letters")), 1);
        QCOMPARE(scalar(s->t, QStringLiteral("SELECT COUNT(*) FROM letter_recipients")), 1);
    }

    void trackingViewFollowsScopeAndFilters()
    {
        auto s = school();
        LetterService service(s->t.db());
        QVERIFY(
            service.createDrafts(s->head, request(s->attendanceTemplate, {s->sian.student, s->ola.student}), false));
        auto byTeacher = service.createDrafts(s->teacher, request(s->attendanceTemplate, {s->sian.student}), false);
        QVERIFY(byTeacher);
        QVERIFY(service.issue(s->teacher, *byTeacher, IssueMethod::Printed));

        QCOMPARE(service.list(s->head, {})->size(), 5);        // the whole school
        QCOMPARE(service.list(s->mentor, {})->size(), 4);      // Siân's letters
        QCOMPARE(service.list(s->otherMentor, {})->size(), 1); // Olúwaseun's
        QCOMPARE(service.list(s->teacher, {})->size(), 2);     // the letters they wrote
        QCOMPARE(service.list(s->admin, {}).error().kind, Error::Kind::Forbidden);

        LetterFilter issued;
        issued.state = LetterState::Issued;
        QCOMPARE(service.list(s->head, issued)->size(), 2);
        LetterFilter text;
        text.text = QStringLiteral("adéb");
        QCOMPARE(service.list(s->head, text)->size(), 1);
        text.text = LetterTerms::reference(byTeacher->first());
        QCOMPARE(service.list(s->head, text)->size(), 1);
        text.text = QStringLiteral("100%_"); // LIKE wildcards are taken literally
        QCOMPARE(service.list(s->head, text)->size(), 0);
        LetterFilter none;
        none.studentId = -1;
        QCOMPARE(service.list(s->head, none)->size(), 0);
    }

    void logsCountsButNeverNamesOrLetterText()
    {
        auto s = school();
        QLoggingCategory::setFilterRules(QStringLiteral("mentordesk.letters.info=true"));
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        LetterService service(s->t.db());
        auto ids = service.createDrafts(s->head, request(s->attendanceTemplate, {s->sian.student}), false);
        const bool issued = ids && service.issue(s->head, *ids, IssueMethod::Pdf).ok();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(issued);
        const QString log = g_messages.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("mentordesk.letters: created 2 draft letters")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("mentordesk.letters: issued 2 letters via \"pdf\"")), qPrintable(log));
        for (const char *secret : {"Siân", "O'Connor", "Aoife", "Bóthar", "87.5", "Attendance concern"})
            QVERIFY2(!log.contains(QString::fromUtf8(secret)), secret);
    }

    void letterListModelShowsStatesAndSortsInSql()
    {
        auto s = school();
        LetterService service(s->t.db());
        auto ids =
            service.createDrafts(s->head, request(s->attendanceTemplate, {s->sian.student, s->ola.student}), false);
        QVERIFY(ids);
        QVERIFY(service.issue(s->head, {ids->first()}, IssueMethod::Pdf));
        LetterListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(s->t.db(), s->head));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(LetterListModel::ColumnCount));
        // Newest first by default.
        QCOMPARE(model.index(0, 0).data(LetterListModel::LetterIdRole).toLongLong(), ids->last());
        model.sort(LetterListModel::StudentColumn, Qt::AscendingOrder);
        QVERIFY(
            model.index(0, LetterListModel::StudentColumn).data().toString().startsWith(QStringLiteral("Olúwaseun")));
        model.sort(LetterListModel::StateColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, LetterListModel::StateColumn).data().toString(), QStringLiteral("Issued"));
        QCOMPARE(model.index(0, LetterListModel::StateColumn).data(LetterListModel::StateRole).toString(),
                 QStringLiteral("issued"));
        QVERIFY(
            model.index(0, LetterListModel::IssuedColumn).data().toString().contains(QStringLiteral("saved as pdf")));
        QCOMPARE(model.headerData(LetterListModel::RecipientColumn, Qt::Horizontal).toString(), QStringLiteral("To"));
    }
};

QTEST_GUILESS_MAIN(TestLetterService)
#include "tst_letterservice.moc"
