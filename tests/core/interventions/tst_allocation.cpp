// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../referrals/ReferralFixture.h"

#include "access/StudentScope.h"
#include "interventions/AllocationService.h"
#include "interventions/InterventionStore.h"
#include "students/StudentStore.h"

using namespace md;
using md::test::ReferralFixture;

class TestAllocation : public QObject
{
    Q_OBJECT

private:
    // A stage 1 intervention asked for directly, waiting for a keyworker.
    static qint64 waiting(ReferralFixture &f, qint64 student)
    {
        NewIntervention n;
        n.studentId = student;
        n.provisionTypeId = f.typeId("lunch_club");
        n.plannedOn = f.today;
        auto id = InterventionStore(f.db()).requestDirect(f.lead, n);
        if (!id)
            qWarning("requestDirect: %s", qPrintable(id.error().message));
        return id ? *id : 0;
    }

    static void setStudent(ReferralFixture &f, qint64 id, const QString &assignments)
    {
        Query q(f.db(), QStringLiteral("UPDATE students SET ") + assignments + QStringLiteral(" WHERE id = ?"));
        q.bind(id);
        QVERIFY(q.exec());
    }

private Q_SLOTS:
    void loadsShowCaseloadAgainstCapacityFromMentorProfiles()
    {
        ReferralFixture f;
        Query profile(
            f.db(),
            QStringLiteral(
                "INSERT INTO mentor_profiles (user_id, grade, capacity) VALUES (?, 'lead_learning_mentor', 3)"));
        profile.bind(f.lead.userId());
        QVERIFY(profile.exec());
        f.t.assignMentor(f.mentor.userId(), f.ada);
        auto loads = AllocationService(f.db()).loads(f.lead);
        QVERIFY(loads);
        QCOMPARE(loads->size(), 3);
        QCOMPARE(loads->first().mentorId, f.lead.userId()); // the lead first
        QCOMPARE(loads->first().capacity, 3);
        QCOMPARE(loads->first().senSlots, 0);
        const MentorLoad &m = loads->at(1).mentorId == f.mentor.userId() ? loads->at(1) : loads->at(2);
        QCOMPARE(m.caseload, 1);
        QCOMPARE(m.capacity, 8);
        QCOMPARE(m.senSlots, 1);
        QCOMPARE(m.summary(), QStringLiteral("1 of 8 students · SEN keyworker 0 of 1"));
        QVERIFY(!AllocationService(f.db()).loads(f.mentor));
    }

    void assigningUpdatesTheMentoringGroupSoTheMentorSeesTheStudent()
    {
        ReferralFixture f;
        const qint64 id = waiting(f, f.ada);
        QVERIFY(!StudentScope::check(f.db(), f.mentor, Action::ViewStudents, f.ada));
        AllocationRequest req;
        req.interventionId = id;
        req.mentorId = f.mentor.userId();
        auto done = AllocationService(f.db()).assign(f.lead, req);
        QVERIFY2(done, qPrintable(done.error().message));
        QVERIFY(!done->overCapacity);
        QVERIFY(done->prompts.first().contains(QStringLiteral("contact the parents or carers")));
        QVERIFY(StudentScope::check(f.db(), f.mentor, Action::ViewStudents, f.ada));
        auto students = StudentStore(f.db()).list(f.mentor);
        QCOMPARE(students->size(), 1);
        QCOMPARE(students->first().mentorId, f.mentor.userId());
        Query log(f.db(), QStringLiteral("SELECT COUNT(*) FROM keyworker_allocations WHERE intervention_id = ?"));
        log.bind(id);
        QCOMPARE(log.scalar().value().toInt(), 1);
    }

    void assigningOverCapacityNeedsAnOverrideWithAReason()
    {
        ReferralFixture f;
        AllocationService service(f.db());
        QVERIFY(service.setCapacity(f.lead, f.mentor.userId(), 1, 1));
        const qint64 first = waiting(f, f.ada);
        const qint64 second = waiting(f, f.bo);
        AllocationRequest req;
        req.interventionId = first;
        req.mentorId = f.mentor.userId();
        QVERIFY(service.assign(f.lead, req));
        req.interventionId = second;
        auto refused = service.assign(f.lead, req);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("1 of 1 caseload places")));
        QVERIFY(refused.error().message.contains(QStringLiteral("override")));
        QCOMPARE(InterventionStore(f.db()).get(f.lead, second)->keyworkerId, qint64(0));
        req.overrideReason = QStringLiteral("Knows the family well; short programme.");
        auto done = service.assign(f.lead, req);
        QVERIFY(done);
        QVERIFY(done->overCapacity);
        Query log(f.db(),
                  QStringLiteral(
                      "SELECT over_capacity, override_reason FROM keyworker_allocations WHERE intervention_id = ?"));
        log.bind(second);
        QVERIFY(log.exec() && log.next());
        QCOMPARE(log.integer(0), 1);
        QCOMPARE(log.string(1), QStringLiteral("Knows the family well; short programme."));
        QVERIFY(service.loadOf(f.mentor.userId())->over());
        Query audit(f.db(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'override' AND entity_id = ?"));
        audit.bind(second);
        QCOMPARE(audit.scalar().value().toInt(), 1);
    }

    void highNeedsSenKeyworkerCaseTakesTheSeparatePlace()
    {
        ReferralFixture f;
        AllocationService service(f.db());
        QVERIFY(service.setCapacity(f.lead, f.mentor.userId(), 1, 1));
        setStudent(f, f.bo, QStringLiteral("sen_status = 'E', ehc_plan = 1"));
        const qint64 regular = waiting(f, f.ada);
        const qint64 sen = waiting(f, f.bo);
        const qint64 notSen = waiting(f, f.cy);
        AllocationRequest req;
        req.interventionId = regular;
        req.mentorId = f.mentor.userId();
        QVERIFY(service.assign(f.lead, req));
        req.interventionId = notSen;
        req.senKeyworker = true;
        auto refused = service.assign(f.lead, req);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("SEN register")));
        req.interventionId = sen;
        auto done = service.assign(f.lead, req);
        QVERIFY2(done, qPrintable(done.error().message));
        QVERIFY(!done->overCapacity);
        auto load = service.loadOf(f.mentor.userId());
        QCOMPARE(load->caseload, 2);
        QCOMPARE(load->senCases, 1);
        QVERIFY(load->full());
        QVERIFY(load->senFull());
        QVERIFY(!load->over());
    }

    void onlyMentorsCanBeKeyworkersAndOnlyTheLeadAllocates()
    {
        ReferralFixture f;
        const qint64 id = waiting(f, f.ada);
        AllocationRequest req;
        req.interventionId = id;
        req.mentorId = f.teacher.userId();
        auto notMentor = AllocationService(f.db()).assign(f.lead, req);
        QVERIFY(!notMentor);
        QVERIFY(notMentor.error().message.contains(QStringLiteral("mentor")));
        req.mentorId = f.mentor.userId();
        auto forbidden = AllocationService(f.db()).assign(f.mentor, req);
        QVERIFY(!forbidden);
        QCOMPARE(forbidden.error().kind, Error::Kind::Forbidden);
        QVERIFY(AllocationService(f.db()).assign(f.admin, req));
        QVERIFY(!AllocationService(f.db()).setCapacity(f.lead, f.mentor.userId(), -1, 1));
        QVERIFY(!AllocationService(f.db()).setCapacity(f.mentor, f.mentor.userId(), 6, 1));
    }

    void queueOrdersByThePolicysPrioritiesThenDateReferred()
    {
        ReferralFixture f;
        const qint64 dee = f.t.addStudent(4, QStringLiteral("Dee"), QStringLiteral("Ash"), 10, QStringLiteral("10A"));
        const qint64 eli = f.t.addStudent(5, QStringLiteral("Eli"), QStringLiteral("Birch"), 11, QStringLiteral("11A"));
        const qint64 fay = f.t.addStudent(6, QStringLiteral("Fay"), QStringLiteral("Cedar"), 7, QStringLiteral("7A"));
        setStudent(f, f.cy, QStringLiteral("looked_after = 1"));
        setStudent(f, f.bo, QStringLiteral("ehc_plan = 1, sen_status = 'E'"));
        setStudent(f, dee, QStringLiteral("semh = 1, sen_status = 'K'"));
        setStudent(f, fay, QStringLiteral("semh = 1")); // SEMH but not on the SEN register
        Query flag(f.db(),
                   QStringLiteral("INSERT INTO priority_flags (code, label) VALUES ('young_carer', 'Young carer')"));
        QVERIFY(flag.exec());
        Query mark(f.db(), QStringLiteral("INSERT INTO student_flags (student_id, flag) VALUES (?, 'young_carer')"));
        mark.bind(eli);
        QVERIFY(mark.exec());
        // Made in the reverse of priority order, with Ada and Fay (no priority) on different days.
        const qint64 adaI = waiting(f, f.ada);
        const qint64 fayI = waiting(f, fay);
        const qint64 eliI = waiting(f, eli);
        const qint64 deeI = waiting(f, dee);
        const qint64 boI = waiting(f, f.bo);
        const qint64 cyI = waiting(f, f.cy);
        Query older(f.db(), QStringLiteral("UPDATE interventions SET planned_on = ? WHERE id = ?"));
        older.bind(f.today.addDays(-10)).bind(fayI);
        QVERIFY(older.exec());
        auto queue = AllocationService(f.db()).waiting(f.lead);
        QVERIFY(queue);
        QList<qint64> order;
        for (const WaitingStudent &w : std::as_const(*queue))
            order << w.interventionId;
        QCOMPARE(order, (QList<qint64>{cyI, boI, deeI, eliI, fayI, adaI}));
        QCOMPARE(queue->at(0).priorityReason, QStringLiteral("Looked-after child"));
        QCOMPARE(queue->at(1).priorityReason, QStringLiteral("EHC plan objectives"));
        QCOMPARE(queue->at(2).priorityReason, QStringLiteral("SEMH on the SEN register"));
        QCOMPARE(queue->at(3).priorityReason, QStringLiteral("Priority flag: Young carer"));
        QCOMPARE(queue->at(4).priorityReason, QStringLiteral("Date referred"));
        QCOMPARE(queue->at(0).rank, 1);
        // Allocated students leave the queue.
        AllocationRequest req;
        req.interventionId = cyI;
        req.mentorId = f.mentor.userId();
        QVERIFY(AllocationService(f.db()).assign(f.lead, req));
        QCOMPARE(AllocationService(f.db()).waiting(f.lead)->size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestAllocation)
#include "tst_allocation.moc"
