// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ILP templates and plans over a real database: the snapshot a plan takes of its template, the
// visibility and edit matrix per role and field, publishing and who then sees what, concurrent
// edits, permanent audited deletion, the student list and its model, permissions both ways.
#include "IlpFixture.h"

#include "ilp/IlpStudentListModel.h"
#include "storage/AuditLog.h"

#include <QAbstractItemModelTester>

using namespace md;
using namespace md::test;

class TestIlpPlans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void templateChangesNeverReachExistingPlans()
    {
        IlpFixture f;
        const qint64 planId = f.makePlan(f.ada);
        IlpTemplateStore store(f.t.db());
        IlpTemplate tpl = store.get(f.admin, f.templateId).value();
        tpl.fields[0].label = QStringLiteral("Renamed strengths");
        tpl.fields[1].seeBy = IlpRoles(IlpRole::Mentor); // targets hidden from students from now on
        tpl.fields.removeLast();
        tpl.fields.append(
            {0, 0, QStringLiteral("New field"), {}, IlpRoles(IlpRole::Mentor), IlpRoles(IlpRole::Mentor)});
        QVERIFY(store.save(f.admin, tpl));
        const IlpPlan p = f.plan(planId);
        QCOMPARE(p.fields.size(), 6);
        QCOMPARE(p.fields.at(0).label, QStringLiteral("Strengths"));
        QVERIFY(p.fields.at(1).visibleTo(IlpRole::Student));
        QCOMPARE(p.fields.last().label, QStringLiteral("Mentor only"));
        QCOMPARE(p.templateName, QStringLiteral("Termly ILP"));
        // A new plan takes the template as it is now.
        const IlpPlan fresh = f.plan(f.makePlan(f.bo));
        QCOMPARE(fresh.fields.at(0).label, QStringLiteral("Renamed strengths"));
        QCOMPARE(fresh.fields.last().label, QStringLiteral("New field"));
        // Even unpublishing the template leaves the plans alone.
        QVERIFY(store.setState(f.admin, f.templateId, IlpTemplateState::Unpublished));
        QCOMPARE(f.plan(planId).fields.size(), 6);
    }

    void onlyPublishedTemplatesMakePlans()
    {
        IlpFixture f;
        IlpTemplateStore store(f.t.db());
        auto draft = store.create(f.admin, IlpFixture::templateNamed(QStringLiteral("Draft plan")));
        QVERIFY(draft);
        auto refused = IlpPlanStore(f.t.db()).create(f.mentor, *draft, {f.ada}, QDate(2027, 1, 1), QDate(2027, 3, 1));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("Draft plan")));
        // Mentors only see published templates; the administrator sees them all.
        QCOMPARE(store.list(f.mentor)->size(), 1);
        QCOMPARE(store.list(f.admin)->size(), 2);
        QCOMPARE(store.list(f.teacher)->size(), 1);
        QVERIFY(store.setState(f.admin, *draft, IlpTemplateState::Published));
        QCOMPARE(store.setState(f.admin, *draft, IlpTemplateState::Draft).error().kind, Error::Kind::Conflict);
        // A template nobody can see a field of cannot be published.
        IlpTemplate blind = IlpFixture::templateNamed(QStringLiteral("Blind"));
        for (IlpField &fld : blind.fields)
            fld.seeBy = {};
        auto blindId = store.create(f.admin, blind);
        QVERIFY(blindId);
        QCOMPARE(store.setState(f.admin, *blindId, IlpTemplateState::Published).error().kind, Error::Kind::Invalid);
    }

    void templateProblemsNameTheField()
    {
        IlpFixture f;
        IlpTemplate tpl = IlpFixture::templateNamed(QStringLiteral("Bad"));
        tpl.fields[2].label = QStringLiteral("  ");
        tpl.fields[4].label = QStringLiteral("targets");
        auto r = IlpTemplateStore(f.t.db()).create(f.admin, tpl);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QVERIFY(r.error().details.contains(QStringLiteral("Field 3: the label is blank")));
        QVERIFY(r.error().details.contains(QStringLiteral("Field 5: the label 'targets' is used twice")));
        // Only administrators manage templates.
        QCOMPARE(
            IlpTemplateStore(f.t.db()).create(f.mentor, IlpFixture::templateNamed(QStringLiteral("X"))).error().kind,
            Error::Kind::Forbidden);
        QCOMPARE(IlpTemplateStore(f.t.db())
                     .create(f.admin, IlpFixture::templateNamed(QStringLiteral("termly ilp")))
                     .error()
                     .kind,
                 Error::Kind::Conflict);
    }

    void visibilityAndEditMatrix_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("mentorT"); // "se": s = sees, e = edits, - = neither
        QTest::addColumn<QString>("teacherT");
        QTest::addColumn<QString>("studentT");
        QTest::addColumn<QString>("parentT");
        QTest::newRow("strengths") << int(IlpFixture::Strengths) << "se"
                                   << "se"
                                   << "se"
                                   << "s-";
        QTest::newRow("targets") << int(IlpFixture::Targets) << "se"
                                 << "s-"
                                 << "s-"
                                 << "s-";
        QTest::newRow("student voice") << int(IlpFixture::StudentVoice) << "s-"
                                       << "s-"
                                       << "se"
                                       << "s-";
        QTest::newRow("parent voice") << int(IlpFixture::ParentVoice) << "s-"
                                      << "s-"
                                      << "--"
                                      << "se";
        QTest::newRow("staff notes") << int(IlpFixture::StaffNotes) << "se"
                                     << "se"
                                     << "--"
                                     << "--";
        // Edit ticked for everyone, seen by the mentor only: nobody else gets the field at all.
        QTest::newRow("mentor only") << int(IlpFixture::MentorOnly) << "se"
                                     << "--"
                                     << "--"
                                     << "--";
    }

    void visibilityAndEditMatrix()
    {
        QFETCH(int, field);
        QFETCH(QString, mentorT);
        QFETCH(QString, teacherT);
        QFETCH(QString, studentT);
        QFETCH(QString, parentT);
        IlpFixture f;
        const qint64 planId = f.makePlan(f.ada, QDate::currentDate().addDays(-10), QDate::currentDate().addDays(10));
        f.fillAll(planId);
        QVERIFY(IlpPlanStore(f.t.db()).setState(f.mentor, {planId}, IlpPlanState::Published));
        const IlpPlan p = f.plan(planId);
        const IlpPlanField &fld = p.fields.at(field);
        const std::pair<IlpRole, QString> expected[] = {{IlpRole::Mentor, mentorT},
                                                        {IlpRole::Teacher, teacherT},
                                                        {IlpRole::Student, studentT},
                                                        {IlpRole::Parent, parentT}};
        for (const auto &[role, want] : expected) {
            const bool sees = want.at(0) == QLatin1Char('s');
            const bool edits = want.at(1) == QLatin1Char('e');
            QCOMPARE(fld.visibleTo(role), sees);
            QCOMPARE(fld.editableBy(role), edits);
            // What the role is given: the field is there exactly when they may see it.
            const QList<IlpPlan> seen = IlpPlanStore::asSeenBy({p}, role, QDate::currentDate());
            QCOMPARE(seen.size(), 1);
            bool present = false;
            for (const IlpPlanField &g : seen.first().fields)
                present = present || g.id == fld.id;
            QCOMPARE(present, sees);
        }
        // Enforced in core: the teacher's save goes through only where the teacher may edit.
        auto v = IlpPlanStore(f.t.db()).saveField(f.teacher, fld.id, QStringLiteral("by the teacher"), fld.version);
        QCOMPARE(bool(v), teacherT.at(1) == QLatin1Char('e'));
        if (!v)
            QCOMPARE(v.error().kind, Error::Kind::Forbidden);
        auto m =
            IlpPlanStore(f.t.db()).saveField(f.mentor, fld.id, QStringLiteral("by the mentor"), v ? *v : fld.version);
        QCOMPARE(bool(m), mentorT.at(1) == QLatin1Char('e'));
        // On a student's behalf only where the student may edit (and so see).
        auto s = IlpPlanStore(f.t.db()).saveField(f.mentor, fld.id, QStringLiteral("student's words"),
                                                  f.plan(planId).fields.at(field).version, nullptr, IlpRole::Student);
        QCOMPARE(bool(s), studentT.at(1) == QLatin1Char('e'));
    }

    void unpublishedPlansAreStaffOnlyAndParentsSeeCurrentOnes()
    {
        IlpFixture f;
        const QDate today(2027, 3, 10);
        const qint64 current = f.makePlan(f.ada, QDate(2027, 2, 1), QDate(2027, 6, 30));
        const qint64 old = f.makePlan(f.ada, QDate(2026, 9, 1), QDate(2027, 1, 31));
        const qint64 unpublished = f.makePlan(f.ada, QDate(2027, 2, 1), QDate(2027, 6, 30));
        IlpPlanStore store(f.t.db());
        QVERIFY(store.setState(f.mentor, {current, old}, IlpPlanState::Published));
        const QList<IlpPlan> all = store.forStudent(f.mentor, f.ada).value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().id, old); // date order
        QCOMPARE(IlpPlanStore::asSeenBy(all, IlpRole::Mentor, today).size(), 3);
        QCOMPARE(IlpPlanStore::asSeenBy(all, IlpRole::Teacher, today).size(), 3);
        const QList<IlpPlan> student = IlpPlanStore::asSeenBy(all, IlpRole::Student, today);
        QCOMPARE(student.size(), 2);
        QCOMPARE(IlpPlanStore::asSeenBy(all, IlpRole::Parent, today).size(), 1);
        QCOMPARE(IlpPlanStore::asSeenBy(all, IlpRole::Parent, today).first().id, current);
        QVERIFY(!IlpPlanStore::mayView(f.plan(unpublished), IlpRole::Student, today));
        // Archived plans are no longer published and are read only.
        QVERIFY(store.setState(f.mentor, {current}, IlpPlanState::Archived));
        QVERIFY(!IlpPlanStore::mayView(f.plan(current), IlpRole::Parent, today));
        const IlpPlanField fld = f.plan(current).fields.first();
        QCOMPARE(store.saveField(f.mentor, fld.id, QStringLiteral("late"), fld.version).error().kind,
                 Error::Kind::Conflict);
    }

    void concurrentEditOfTheSameFieldIsDetected()
    {
        IlpFixture f;
        // The student's mentor and the headteacher (who manages every plan) work on one plan.
        const qint64 planId = f.makePlan(f.ada);
        IlpPlanStore store(f.t.db());
        const IlpPlanField fld = f.plan(planId).fields.at(IlpFixture::Targets);
        QCOMPARE(fld.version, 0);
        // Both opened the plan at version 0; m.two saves first.
        auto first = store.saveField(f.head, fld.id, QStringLiteral("Their targets"), 0);
        QVERIFY(first);
        QCOMPARE(*first, 1);
        IlpFieldConflict conflict;
        auto second = store.saveField(f.mentor, fld.id, QStringLiteral("My targets"), 0, &conflict);
        QVERIFY(!second);
        QCOMPARE(second.error().kind, Error::Kind::Conflict);
        QVERIFY(second.error().message.contains(QStringLiteral("head")));
        QCOMPARE(conflict.theirValue, QStringLiteral("Their targets"));
        QCOMPARE(conflict.version, 1);
        QCOMPARE(f.plan(planId).fields.at(IlpFixture::Targets).value, QStringLiteral("Their targets"));
        // Keeping mine is a deliberate save against their version.
        auto keep = store.saveField(f.mentor, fld.id, QStringLiteral("My targets"), conflict.version);
        QVERIFY(keep);
        QCOMPARE(f.plan(planId).fields.at(IlpFixture::Targets).value, QStringLiteral("My targets"));
        // A different field of the same plan is no conflict.
        const IlpPlanField other = f.plan(planId).fields.at(IlpFixture::Strengths);
        QVERIFY(store.saveField(f.head, other.id, QStringLiteral("Kind"), other.version));
    }

    void aMentorAddedToAPlanWorksOnThatPlanOnly()
    {
        IlpFixture f;
        const qint64 shared = f.makePlan(f.ada);
        const qint64 other = f.makePlan(f.ada);
        IlpPlanStore store(f.t.db());
        QCOMPARE(store.get(f.otherMentor, shared).error().kind, Error::Kind::Forbidden);
        QCOMPARE(store.addMentor(f.teacher, shared, f.otherMentor.userId()).error().kind, Error::Kind::Forbidden);
        QCOMPARE(store.addMentor(f.mentor, shared, f.teacher.userId()).error().kind, Error::Kind::Invalid);
        QVERIFY(store.addMentor(f.mentor, shared, f.otherMentor.userId()));
        QVERIFY(store.addMentor(f.mentor, shared, f.otherMentor.userId())); // twice is once
        QCOMPARE(f.auditRows(QStringLiteral("ilp_plan"), QStringLiteral("update")), 1);
        const IlpPlan p = store.get(f.otherMentor, shared).value();
        QCOMPARE(p.mentors.size(), 1);
        QCOMPARE(p.mentors.first().name, QStringLiteral("m.two"));
        QCOMPARE(store.get(f.otherMentor, other).error().kind, Error::Kind::Forbidden);
        QCOMPARE(store.forStudent(f.otherMentor, f.ada)->size(), 1);
        // Both mentors edit: the same field at once is a conflict, never a silent overwrite.
        const IlpPlanField fld = p.fields.at(IlpFixture::Targets);
        QVERIFY(store.saveField(f.otherMentor, fld.id, QStringLiteral("From m.two"), fld.version));
        QCOMPARE(store.saveField(f.mentor, fld.id, QStringLiteral("From m.one"), fld.version).error().kind,
                 Error::Kind::Conflict);
        // Managing the plan stays with the student's own mentor (and headteachers).
        QCOMPARE(store.setState(f.otherMentor, {shared}, IlpPlanState::Published).error().kind, Error::Kind::Forbidden);
        // m.two's list: their own Cy, and Ada with the shared plan only.
        const QList<IlpStudentRow> rows = store.studentList(f.otherMentor, QDate(2027, 1, 10)).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).studentId, f.cy);
        QCOMPARE(rows.at(1).studentId, f.ada);
        QCOMPARE(rows.at(1).planId, shared);
        QVERIFY(store.removeMentor(f.mentor, shared, f.otherMentor.userId()));
        QCOMPARE(store.get(f.otherMentor, shared).error().kind, Error::Kind::Forbidden);
        QCOMPARE(store.mentorCandidates(f.mentor)->size(), 2);
    }

    void deleteIsPermanentAndAudited()
    {
        IlpFixture f;
        const qint64 planId = f.makePlan(f.ada);
        f.fillAll(planId);
        IlpPlanStore store(f.t.db());
        QCOMPARE(store.remove(f.teacher, {planId}).error().kind, Error::Kind::Forbidden);
        QCOMPARE(store.remove(f.otherMentor, {planId}).error().kind, Error::Kind::Forbidden);
        QVERIFY(store.remove(f.mentor, {planId}));
        QCOMPARE(store.get(f.mentor, planId).error().kind, Error::Kind::NotFound);
        Query q(f.t.db(),
                QStringLiteral("SELECT (SELECT COUNT(*) FROM ilp_plans) + (SELECT COUNT(*) FROM ilp_plan_fields)"));
        QCOMPARE(q.scalar().value().toInt(), 0);
        QCOMPARE(f.auditRows(QStringLiteral("ilp_plan"), QStringLiteral("delete")), 1);
        Query a(f.t.db(),
                QStringLiteral(
                    "SELECT username, old_value FROM audit_log WHERE entity = 'ilp_plan' AND action = 'delete'"));
        QVERIFY(a.exec());
        QVERIFY(a.next());
        QCOMPARE(a.string(0), QStringLiteral("m.one"));
        QVERIFY(a.string(1).contains(QStringLiteral("Termly ILP")));
        QVERIFY(a.string(1).contains(QStringLiteral("student %1").arg(f.ada)));
        QCOMPARE(AuditLog::verifyChain(f.t.db()).value(), 0);
    }

    void createForSeveralIsAllOrNothing()
    {
        IlpFixture f;
        IlpPlanStore store(f.t.db());
        // Cy is m.two's: the whole batch is refused and nothing is made.
        auto r = store.create(f.mentor, f.templateId, {f.ada, f.bo, f.cy}, QDate(2027, 1, 1), QDate(2027, 4, 1));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QCOMPARE(store.forStudent(f.mentor, f.ada)->size(), 0);
        auto ok = store.create(f.mentor, f.templateId, {f.ada, f.bo}, QDate(2027, 1, 1), QDate(2027, 4, 1));
        QVERIFY(ok);
        QCOMPARE(ok->size(), 2);
        QCOMPARE(f.auditRows(QStringLiteral("ilp_plan"), QStringLiteral("create")), 2);
        QCOMPARE(store.create(f.mentor, f.templateId, {f.ada}, QDate(2027, 4, 1), QDate(2027, 1, 1)).error().kind,
                 Error::Kind::Invalid);
        // Teachers view and contribute but do not create; administrators do not see plans.
        QCOMPARE(store.create(f.teacher, f.templateId, {f.ada}, QDate(2027, 1, 1), QDate(2027, 4, 1)).error().kind,
                 Error::Kind::Forbidden);
        QVERIFY(store.forStudent(f.teacher, f.ada));
        QCOMPARE(store.forStudent(f.admin, f.ada).error().kind, Error::Kind::Forbidden);
        QVERIFY(store.create(f.head, f.templateId, {f.cy}, QDate(2027, 1, 1), QDate(2027, 4, 1)));
    }

    void datesAreEditableAndChecked()
    {
        IlpFixture f;
        const qint64 planId = f.makePlan(f.ada);
        IlpPlanStore store(f.t.db());
        QVERIFY(store.setDates(f.mentor, planId, QDate(2027, 1, 15), QDate(2027, 7, 20)));
        QCOMPARE(f.plan(planId).validFrom, QDate(2027, 1, 15));
        QCOMPARE(f.plan(planId).validTo, QDate(2027, 7, 20));
        QCOMPARE(store.setDates(f.mentor, planId, QDate(2027, 7, 20), QDate(2027, 1, 15)).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(store.setDates(f.teacher, planId, QDate(2027, 1, 1), QDate(2027, 2, 1)).error().kind,
                 Error::Kind::Forbidden);
        QCOMPARE(f.auditRows(QStringLiteral("ilp_plan"), QStringLiteral("update")), 2);
    }

    void studentListHasOneRowPerCurrentPlanSortedByGroup()
    {
        IlpFixture f;
        const QDate today = QDate::currentDate();
        f.makePlan(f.ada, today.addDays(-5), today.addDays(30));
        f.makePlan(f.ada, today.addDays(-1), today.addDays(60));
        const qint64 ended = f.makePlan(f.bo, today.addDays(-90), today.addDays(-1));
        const qint64 archived = f.makePlan(f.bo, today.addDays(-5), today.addDays(30));
        QVERIFY(IlpPlanStore(f.t.db()).setState(f.mentor, {archived}, IlpPlanState::Archived));
        Q_UNUSED(ended);
        IlpStudentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(f.t.db(), f.mentor, today));
        // Bo (8A) first with no current plan, then Ada (8B) twice; Cy is not m.one's.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.row(0).studentId, f.bo);
        QCOMPARE(model.row(0).planId, 0);
        QCOMPARE(model.index(0, IlpStudentListModel::PlanColumn).data().toString(), QStringLiteral("No current plan"));
        QCOMPARE(model.row(1).studentId, f.ada);
        QCOMPARE(model.row(2).studentId, f.ada);
        QVERIFY(model.row(1).planId != model.row(2).planId);
        QCOMPARE(model.index(1, IlpStudentListModel::GroupColumn).data().toString(), QStringLiteral("8B"));
        QCOMPARE(model.index(1, IlpStudentListModel::FilledColumn).data().toString(), QStringLiteral("0 of 6"));
        // The teacher's list is the course's students; the headteacher's the whole school.
        QVERIFY(model.reload(f.t.db(), f.teacher, today));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.reload(f.t.db(), f.head, today));
        QCOMPARE(model.rowCount(), 4);
        // A supervisor sees the whole school, or narrows it to their own group.
        const Session sup = f.t.addUser(QStringLiteral("sup"), {Role::Mentor, Role::Headteacher});
        f.t.assignMentor(sup.userId(), f.cy);
        QVERIFY(model.reload(f.t.db(), sup, today));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.reload(f.t.db(), sup, today, true));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.row(0).studentId, f.cy);
        QVERIFY(model.reload(f.t.db(), f.mentor, today, true));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.reload(f.t.db(), f.admin, today));
        QCOMPARE(model.rowCount(), 0);
    }

    void fieldSavesAreAuditedWithOldAndNew()
    {
        IlpFixture f;
        const qint64 planId = f.makePlan(f.ada);
        const IlpPlanField fld = f.plan(planId).fields.at(IlpFixture::StudentVoice);
        QVERIFY(IlpPlanStore(f.t.db()).saveField(f.mentor, fld.id, QStringLiteral("I like art"), 0, nullptr,
                                                 IlpRole::Student));
        const IlpPlanField after = f.plan(planId).fields.at(IlpFixture::StudentVoice);
        QCOMPARE(after.value, QStringLiteral("I like art"));
        QVERIFY(after.updatedBy.contains(QStringLiteral("for the student")));
        Query a(f.t.db(),
                QStringLiteral("SELECT field, old_value, new_value FROM audit_log WHERE entity = 'ilp_plan_field'"));
        QVERIFY(a.exec());
        QVERIFY(a.next());
        QCOMPARE(a.string(0), QStringLiteral("Student voice (student)"));
        QCOMPARE(a.string(1), QString());
        QCOMPARE(a.string(2), QStringLiteral("I like art"));
    }
};

QTEST_GUILESS_MAIN(TestIlpPlans)
#include "tst_ilpplans.moc"
