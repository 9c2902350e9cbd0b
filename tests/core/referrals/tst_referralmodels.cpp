// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

#include "interventions/AllocationService.h"
#include "interventions/CriteriaChecklistModel.h"
#include "interventions/InterventionStore.h"
#include "interventions/MentoringRegisterModel.h"
#include "interventions/MentorLoadModel.h"
#include "interventions/ProvisionTypeModel.h"
#include "interventions/WaitingQueueModel.h"
#include "referrals/HubAgendaModel.h"
#include "referrals/HubReviewModel.h"
#include "referrals/ReferralListModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace md;
using md::test::ReferralFixture;

class TestReferralModels : public QObject
{
    Q_OBJECT

private:
    // Three referrals on one meeting: Ada planned with a keyworker, Bo planned waiting, Cy undecided.
    static qint64 school(ReferralFixture &f)
    {
        const qint64 a = f.refer(f.teacher, f.ada, Urgency::NonUrgent, RequestedBy::Staff, 4);
        const qint64 b = f.refer(f.teacher, f.bo, Urgency::NonUrgent, RequestedBy::Staff, 3);
        const qint64 c = f.refer(f.teacher, f.cy, Urgency::NonUrgent, RequestedBy::Staff, 2);
        const qint64 meeting = f.toHub(a);
        f.toHub(b);
        f.toHub(c);
        for (const auto &[referral, keyworker] : {std::pair{a, f.mentor.userId()}, std::pair{b, qint64(0)}}) {
            HubDecisionInput in;
            in.referralId = referral;
            in.meetingId = meeting;
            in.kind = HubDecisionKind::PlannedIntervention;
            in.provisionTypeId = f.typeId("social_skills");
            in.criteriaIds = f.firstCriterion("social_skills");
            in.keyworkerId = keyworker;
            if (!HubStore(f.db()).decide(f.lead, in))
                qWarning("decide failed");
        }
        f.refer(f.teacher, f.ada, Urgency::Urgent, RequestedBy::Staff, 0);
        return meeting;
    }

private Q_SLOTS:
    void referralListModelSortsInSqlAndShowsUrgencyInWords()
    {
        ReferralFixture f;
        school(f);
        ReferralListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.db(), f.lead);
        QVERIFY(model.load());
        QCOMPARE(model.rowCount(), 4);
        // Newest first by default: the urgent one from today.
        QCOMPARE(model.index(0, ReferralListModel::UrgencyColumn).data().toString(),
                 QStringLiteral("Urgent: act today"));
        QVERIFY(model.index(0, 0).data(ReferralListModel::NeedsUrgentActionRole).toBool());
        model.sort(ReferralListModel::StudentColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ReferralListModel::StudentColumn).data().toString(), QStringLiteral("Stone, Cy"));
        model.sort(ReferralListModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ReferralListModel::StatusColumn).data().toString(), QStringLiteral("New"));
        ReferralFilter filter = model.filter();
        filter.status = ReferralStatus::Decided;
        model.setFilter(filter);
        QVERIFY(model.load());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(ReferralListModel::NextStepColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Next step"));
        model.setSource(f.db(), f.mentor);
        QVERIFY(model.load());
        QCOMPARE(model.rowCount(), 1); // the mentor's own group
    }

    void registerModelShowsKeyworkerReviewAndWaitingStatus()
    {
        ReferralFixture f;
        school(f);
        MentoringRegisterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.db(), f.lead);
        QVERIFY(model.load());
        QCOMPARE(model.rowCount(), 2);
        model.sort(MentoringRegisterModel::StudentColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, MentoringRegisterModel::StudentColumn).data().toString(), QStringLiteral("Quill, Ada"));
        QCOMPARE(model.index(0, MentoringRegisterModel::KeyworkerColumn).data().toString(), QStringLiteral("m.one"));
        QCOMPARE(model.index(1, MentoringRegisterModel::KeyworkerColumn).data().toString(),
                 QStringLiteral("Not allocated"));
        QVERIFY(model.index(1, MentoringRegisterModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("waiting for a keyworker")));
        QCOMPARE(model.index(0, MentoringRegisterModel::StageColumn).data().toInt(), 2);
        const QStringList exported = MentoringRegisterModel::exportRow(model.rowAt(0), f.today);
        QCOMPARE(exported.size(), MentoringRegisterModel::exportHeaders().size());
        QCOMPARE(exported.at(3), QStringLiteral("Social skills programme"));
        model.sort(MentoringRegisterModel::KeyworkerColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, MentoringRegisterModel::KeyworkerColumn).data().toString(), QStringLiteral("m.one"));
    }

    void agendaModelFindsTheNextUndecidedReferral()
    {
        ReferralFixture f;
        const qint64 meeting = school(f);
        HubAgendaModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(f.db(), f.lead, meeting));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0, 0).data(HubAgendaModel::DecidedRole).toBool());
        QCOMPARE(model.nextUndecided(0), 2);
        QCOMPARE(model.index(2, HubAgendaModel::DecisionColumn).data().toString(), QStringLiteral("To decide"));
        QVERIFY(model.index(0, HubAgendaModel::DecisionColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Planned intervention")));
        QVERIFY(!model.load(f.db(), f.mentor, meeting));
        QCOMPARE(model.rowCount(), 0);
    }

    void reviewModelListsWhatIsDueThenWhatWasDecided()
    {
        ReferralFixture f;
        const qint64 first = school(f);
        auto live = InterventionStore(f.db()).list(f.lead, {});
        qint64 started = 0;
        for (const Intervention &i : std::as_const(*live))
            if (i.keyworkerId != 0)
                started = i.id;
        QVERIFY(InterventionStore(f.db()).start(f.lead, started, f.today.addDays(8)));
        QVERIFY(HubStore(f.db()).markHeld(f.lead, first, f.today.addDays(7)));
        auto later = HubStore(f.db()).scheduleMeeting(f.lead, f.today.addDays(200), {});
        QVERIFY(later);
        HubReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(f.db(), f.lead, *later));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HubReviewModel::ResultColumn).data().toString(), QStringLiteral("To review"));
        ReviewInput r;
        r.interventionId = started;
        r.meetingId = *later;
        r.reviewedOn = f.today.addDays(200);
        r.progress = QStringLiteral("Good.");
        r.impact = QStringLiteral("Fewer incidents.");
        r.nextReviewOn = f.today.addDays(260);
        QVERIFY(InterventionStore(f.db()).review(f.lead, r));
        QVERIFY(model.load(f.db(), f.lead, *later));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HubReviewModel::ResultColumn).data().toString(), QStringLiteral("Continue"));
        QVERIFY(model.index(0, 0).data(HubReviewModel::ReviewedRole).toBool());
    }

    void queueAndLoadModelsDragAWaitingStudentOntoAMentor()
    {
        ReferralFixture f;
        school(f);
        WaitingQueueModel queue;
        MentorLoadModel loads;
        QAbstractItemModelTester queueTester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester loadTester(&loads, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(queue.load(f.db(), f.lead, f.today));
        QVERIFY(loads.load(f.db(), f.lead));
        QCOMPARE(queue.rowCount(), 1);
        QCOMPARE(queue.index(0, WaitingQueueModel::StudentColumn).data().toString(),
                 QStringLiteral("Reed, Bo (Year 9)"));
        const int mentorRow = loads.rowOfMentor(f.mentor2.userId());
        QVERIFY(mentorRow >= 0);
        QCOMPARE(loads.index(mentorRow).data(MentorLoadModel::SummaryRole).toString(),
                 QStringLiteral("0 of 8 students · SEN keyworker 0 of 1"));
        std::unique_ptr<QMimeData> mime(queue.mimeData({queue.index(0, 1)}));
        QVERIFY(mime);
        QSignalSpy spy(&loads, &MentorLoadModel::allocationRequested);
        QVERIFY(!loads.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, QModelIndex()));
        loads.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, loads.index(mentorRow));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), queue.rowAt(0).interventionId);
        QCOMPARE(spy.at(0).at(1).toLongLong(), f.mentor2.userId());
    }

    void provisionAndCriteriaModels()
    {
        ReferralFixture f;
        ProvisionTypeModel types;
        QAbstractItemModelTester typeTester(&types, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(types.load(f.db()));
        QCOMPARE(types.rowCount(), 13);
        QCOMPARE(types.index(0, 0).data(ProvisionTypeModel::ChoiceTextRole).toString(),
                 QStringLiteral("Stage 1 · Lunch club"));
        const int anger = types.rowOfType(f.typeId("anger_management"));
        CriteriaChecklistModel criteria;
        QAbstractItemModelTester criteriaTester(&criteria, QAbstractItemModelTester::FailureReportingMode::QtTest);
        criteria.setCriteria(types.rowAt(anger).criteria);
        QCOMPARE(criteria.rowCount(), 2);
        QVERIFY(criteria.checkedIds().isEmpty());
        QVERIFY(criteria.setData(criteria.index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(criteria.checkedIds(), QList<qint64>{types.rowAt(anger).criteria.at(1).id});
        QVERIFY(criteria.index(1).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Ticked")));
        QVERIFY(criteria.flags(criteria.index(0)).testFlag(Qt::ItemIsUserCheckable));
    }
};

QTEST_GUILESS_MAIN(TestReferralModels)
#include "tst_referralmodels.moc"
