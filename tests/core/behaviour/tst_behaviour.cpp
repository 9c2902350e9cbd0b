// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourFixture.h"

#include "behaviour/BehaviourEventModel.h"
#include "behaviour/BehaviourMergeFields.h"
#include "letters/Letterhead.h"
#include "letters/MergeFields.h"
#include "students/Student.h"

#include <QAbstractItemModelTester>

using namespace md;
using md::test::BehaviourFixture;

namespace {
QDateTime daysAgo(int days, int hour = 10)
{
    return QDateTime(QDate::currentDate().addDays(-days), QTime(hour, 0));
}

QSet<qint64> studentsSeen(Database &db, const Session &session)
{
    QSet<qint64> out;
    auto rows = BehaviourStore(db).list(session, {}, 1000);
    if (rows)
        for (const BehaviourEvent &e : std::as_const(*rows))
            out.insert(e.studentId);
    return out;
}
} // namespace

class TestBehaviour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scopeFollowsTheRoleTable()
    {
        BehaviourFixture f;
        for (qint64 s : {f.ada, f.bo, f.cy, f.di})
            QVERIFY(f.record(f.head, s, f.disruption, daysAgo(1)) > 0);
        QCOMPARE(studentsSeen(f.db(), f.teacher), (QSet<qint64>{f.ada, f.bo})); // their course
        QCOMPARE(studentsSeen(f.db(), f.teacher2), (QSet<qint64>{f.cy}));
        QCOMPARE(studentsSeen(f.db(), f.mentor), (QSet<qint64>{f.bo, f.di})); // their group, any course
        QCOMPARE(studentsSeen(f.db(), f.head), (QSet<qint64>{f.ada, f.bo, f.cy, f.di}));
        QCOMPARE(studentsSeen(f.db(), f.lead), (QSet<qint64>{f.ada, f.bo, f.cy, f.di}));
        auto admin = BehaviourStore(f.db()).list(f.admin, {}, 10);
        QVERIFY(!admin);
        QCOMPARE(admin.error().kind, Error::Kind::Forbidden);
    }

    void refusesRecordingOutsideScope()
    {
        BehaviourFixture f;
        NewBehaviourEvent e;
        e.studentIds = {f.ada, f.cy}; // Cy is not on t.one's course
        e.categoryId = f.disruption;
        e.occurredAt = daysAgo(0);
        auto ids = BehaviourStore(f.db()).record(f.teacher, e);
        QVERIFY(!ids);
        QCOMPARE(ids.error().kind, Error::Kind::Forbidden);
        QCOMPARE(BehaviourStore(f.db()).count(f.head, {}).value(), 0); // nothing half-written
        e.studentIds = {f.di};
        QVERIFY(!BehaviourStore(f.db()).record(f.teacher, e));
        MD_VERIFY_OK(BehaviourStore(f.db()).record(f.mentor, e));
        QVERIFY(!BehaviourStore(f.db()).record(f.admin, e));
    }

    void quickEntryRecordsOneEventPerStudentWithDefaultPoints()
    {
        BehaviourFixture f;
        NewBehaviourEvent e;
        e.studentIds = {f.ada, f.bo, f.ada}; // a duplicate is recorded once
        e.categoryId = f.fighting;
        e.occurredAt = daysAgo(2, 13);
        e.courseId = f.maths;
        e.description = QStringLiteral("Scuffle at the door");
        e.actionTaken = QStringLiteral("Detention");
        const int before = f.auditRows(QStringLiteral("behaviour_event"));
        auto ids = BehaviourStore(f.db()).record(f.teacher, e);
        QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().message));
        QCOMPARE(ids->size(), 2);
        QCOMPARE(f.auditRows(QStringLiteral("behaviour_event")), before + 2);
        auto rows = BehaviourStore(f.db()).list(f.head, {}, 10);
        QCOMPARE(rows->size(), 2);
        for (const BehaviourEvent &ev : std::as_const(*rows)) {
            QCOMPARE(ev.points, -5);
            QCOMPARE(ev.courseName, QStringLiteral("Year 8 Maths"));
            QCOMPARE(ev.actionTaken, QStringLiteral("Detention"));
            QCOMPARE(ev.recordedBy, f.teacher.userId());
            QCOMPARE(ev.occurredAt, daysAgo(2, 13));
        }
        // Pupil data stays out of the audit log's summaries.
        Query q(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_value LIKE '%Scuffle%'"));
        QCOMPARE(q.scalar().value().toInt(), 0);
    }

    void refusesBadIncidents_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("no students") << 0;
        QTest::newRow("future") << 1;
        QTest::newRow("positive points on a negative category") << 2;
        QTest::newRow("no category") << 3;
        QTest::newRow("description too long") << 4;
    }

    void refusesBadIncidents()
    {
        QFETCH(int, what);
        BehaviourFixture f;
        NewBehaviourEvent e;
        e.studentIds = {f.ada};
        e.categoryId = f.disruption;
        e.occurredAt = daysAgo(1);
        switch (what) {
        case 0:
            e.studentIds.clear();
            break;
        case 1:
            e.occurredAt = QDateTime(QDate::currentDate().addDays(2), QTime(9, 0));
            break;
        case 2:
            e.points = 3;
            break;
        case 3:
            e.categoryId = 0;
            break;
        case 4:
            e.description = QString(BehaviourStore::kMaxDescriptionLength + 1, QLatin1Char('x'));
            break;
        }
        auto ids = BehaviourStore(f.db()).record(f.head, e);
        QVERIFY(!ids);
        QCOMPARE(ids.error().kind, Error::Kind::Invalid);
        QVERIFY(!ids.error().message.isEmpty());
    }

    void filtersByStudentGroupDatesCategoryAndRecorder()
    {
        BehaviourFixture f;
        f.record(f.teacher, f.ada, f.good, daysAgo(1));
        f.record(f.teacher, f.bo, f.disruption, daysAgo(10));
        f.record(f.head, f.cy, f.fighting, daysAgo(40));
        f.record(f.mentor, f.di, f.disruption, daysAgo(3));
        BehaviourStore store(f.db());
        const auto ids = [&](const BehaviourFilter &filter) {
            QSet<qint64> out;
            const QList<BehaviourEvent> rows = store.list(f.head, filter, 100).value();
            for (const BehaviourEvent &e : rows)
                out.insert(e.studentId);
            return out;
        };
        BehaviourFilter byStudent;
        byStudent.studentId = f.bo;
        QCOMPARE(ids(byStudent), QSet<qint64>{f.bo});
        BehaviourFilter byGroup;
        byGroup.tutorGroup = QStringLiteral("9C");
        QCOMPARE(ids(byGroup), (QSet<qint64>{f.cy, f.di}));
        BehaviourFilter byDates;
        byDates.from = QDate::currentDate().addDays(-12);
        byDates.to = QDate::currentDate().addDays(-2);
        QCOMPARE(ids(byDates), (QSet<qint64>{f.bo, f.di}));
        BehaviourFilter byCategory;
        byCategory.categoryId = f.disruption;
        QCOMPARE(ids(byCategory), (QSet<qint64>{f.bo, f.di}));
        BehaviourFilter positive;
        positive.kind = BehaviourKind::Positive;
        QCOMPARE(ids(positive), QSet<qint64>{f.ada});
        BehaviourFilter byRecorder;
        byRecorder.recordedBy = f.teacher.userId();
        QCOMPARE(ids(byRecorder), (QSet<qint64>{f.ada, f.bo}));
        QCOMPARE(store.count(f.head, byRecorder).value(), 2);
        BehaviourFilter unknown;
        unknown.studentId = -1;
        QCOMPARE(ids(unknown), QSet<qint64>{});
    }

    void modelReadsPageByPageNewestFirst()
    {
        BehaviourFixture f;
        for (int i = 0; i < 25; ++i)
            f.record(f.head, i % 2 ? f.ada : f.cy, f.disruption, daysAgo(i, 9 + i % 6));
        {
            // One page holds everything here: the tester fetches more on its own during a reset,
            // which a paged model cannot tell from the view's scrolling.
            BehaviourEventModel whole;
            QAbstractItemModelTester tester(&whole, QAbstractItemModelTester::FailureReportingMode::QtTest);
            whole.setSource(f.db(), f.head);
            QVERIFY(whole.load());
            QCOMPARE(whole.rowCount(), 25);
            QVERIFY(!whole.canFetchMore({}));
        }
        BehaviourEventModel model;
        model.setSource(f.db(), f.head);
        model.setPageSize(10);
        QVERIFY(model.load());
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.eventAt(r - 1).occurredAt >= model.eventAt(r).occurredAt);
        QCOMPARE(model.index(0, BehaviourEventModel::PointsColumn).data().toString(), QStringLiteral("-1"));
        QCOMPARE(model.headerData(BehaviourEventModel::CategoryColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Category"));
    }

    void totalsPerStudentAndWeekPutTheWorstFirst()
    {
        BehaviourFixture f;
        const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek()).addDays(-14);
        const auto at = [&](int day) { return QDateTime(monday.addDays(day), QTime(11, 0)); };
        f.record(f.head, f.ada, f.good, at(0));
        f.record(f.head, f.ada, f.disruption, at(2));
        f.record(f.head, f.cy, f.fighting, at(1));
        f.record(f.head, f.cy, f.disruption, at(4));
        f.record(f.head, f.cy, f.good, at(7)); // the next week
        auto totals = BehaviourStore(f.db()).weeklyTotals(f.head, {});
        QVERIFY(totals);
        QCOMPARE(totals->size(), 3);
        QCOMPARE(totals->at(0).studentId, f.cy);
        QCOMPARE(totals->at(0).weekStart, monday);
        QCOMPARE(totals->at(0).events, 2);
        QCOMPARE(totals->at(0).negative, -6);
        QCOMPARE(totals->at(0).net(), -6);
        BehaviourTotalsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.db(), f.mentor);
        QVERIFY(model.load({}));
        QCOMPARE(model.rowCount(), 0); // none of these students is in the mentor's group
        auto summary = BehaviourStore(f.db()).summary(f.head, f.cy);
        QCOMPARE(summary->events, 3);
        QCOMPARE(summary->positive, 2);
        QCOMPARE(summary->net(), -4);
        QVERIFY(!BehaviourStore(f.db()).summary(f.teacher, f.cy)); // not on t.one's course
    }

    void deletingIsForTheRecorderOrTheWholeSchool()
    {
        BehaviourFixture f;
        const qint64 id = f.record(f.teacher, f.bo, f.disruption, daysAgo(1));
        auto byMentor = BehaviourStore(f.db()).deleteEvent(f.mentor, id);
        QVERIFY(!byMentor);
        QCOMPARE(byMentor.error().kind, Error::Kind::Forbidden);
        QVERIFY(BehaviourStore(f.db()).deleteEvent(f.teacher, id));
        QCOMPARE(BehaviourStore(f.db()).count(f.head, {}).value(), 0);
        QCOMPARE(f.auditRows(QStringLiteral("behaviour_event")), 2); // created, deleted
    }

    void categoriesAreCheckedAndUnique()
    {
        BehaviourFixture f;
        BehaviourCategory c;
        c.name = QStringLiteral("good WORK");
        c.kind = BehaviourKind::Positive;
        c.defaultPoints = 1;
        QCOMPARE(BehaviourStore(f.db()).addCategory(f.head, c).error().kind, Error::Kind::Conflict);
        c.name = QStringLiteral("Kindness");
        c.defaultPoints = -1;
        QCOMPARE(BehaviourStore(f.db()).addCategory(f.head, c).error().kind, Error::Kind::Invalid);
        c.defaultPoints = 1;
        QCOMPARE(BehaviourStore(f.db()).addCategory(f.teacher, c).error().kind, Error::Kind::Forbidden);
        QVERIFY(BehaviourStore(f.db()).addCategory(f.admin, c));
        QCOMPARE(BehaviourStore(f.db()).categories()->size(), 4);
    }

    void lettersResolveBehaviourAndAssessmentFields()
    {
        BehaviourFixture f;
        f.record(f.head, f.ada, f.disruption, daysAgo(3));
        f.record(f.head, f.ada, f.good, daysAgo(2));
        MD_VERIFY_OK(AssessmentService(f.db()).setAssessment(f.teacher, f.maths, f.ada, QStringLiteral("7"),
                                                             QStringLiteral("Steady <progress>")));
        const MergeFieldRegistry &registry = MergeFieldRegistry::instance();
        for (const char *key : {"behaviour.recent_events", "behaviour.points_positive", "behaviour.points_negative",
                                "behaviour.points_total", "assessment.grades", "assessment.term"})
            QVERIFY2(registry.find(QString::fromLatin1(key)), key);
        QVERIFY(!registry.find(QStringLiteral("behaviour.points_total"))->allows(LetterType::Attendance));
        Student student;
        student.id = f.ada;
        Recipient recipient;
        Letterhead letterhead;
        MergeCache cache;
        MergeContext ctx{f.db(),    f.head,     student, recipient, LetterType::Behaviour, QDate::currentDate(),
                         QString(), letterhead, cache};
        QCOMPARE(registry.find(QStringLiteral("behaviour.points_total"))->resolve(ctx).value(), QStringLiteral("1"));
        QCOMPARE(registry.find(QStringLiteral("behaviour.points_negative"))->resolve(ctx).value(),
                 QStringLiteral("-1"));
        const QString table = registry.find(QStringLiteral("behaviour.recent_events"))->resolve(ctx).value();
        QVERIFY(table.contains(QStringLiteral("Disruption")));
        QVERIFY(table.contains(QStringLiteral("<table")));
        MergeCache cache2;
        MergeContext actx{f.db(),    f.head,     student, recipient, LetterType::Assessment, QDate::currentDate(),
                          QString(), letterhead, cache2};
        const QString grades = registry.find(QStringLiteral("assessment.grades"))->resolve(actx).value();
        QVERIFY2(grades.contains(QStringLiteral("Year 8 Maths")), qPrintable(grades));
        QVERIFY(grades.contains(QStringLiteral("Steady &lt;progress&gt;")));
        QCOMPARE(registry.find(QStringLiteral("assessment.term"))->resolve(actx).value(),
                 QStringLiteral("Autumn 2026"));
    }
};

QTEST_GUILESS_MAIN(TestBehaviour)
#include "tst_behaviour.moc"
