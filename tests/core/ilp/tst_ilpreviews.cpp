// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Midterm reviews: made by the course's teacher, the scale locking at the first assessment,
// several students assessed at once, self-assessments, the grid model, and which reviews a plan
// shows (those dated inside its validity, both ends included, from every course).
#include "IlpFixture.h"

#include "ilp/IlpReviewGridModel.h"
#include "ilp/IlpReviewStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace md;
using namespace md::test;

namespace {
qint64 courseId(TestDatabase &t, const QString &name)
{
    Query q(t.db(), QStringLiteral("SELECT id FROM courses WHERE name = ?"));
    q.bind(name);
    return q.scalar().value().toLongLong();
}
const QStringList kScale{QStringLiteral("Working towards"), QStringLiteral("Working at"),
                         QStringLiteral("Working beyond")};
} // namespace

class TestIlpReviews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void onlyTheCourseTeacherMakesReviews()
    {
        IlpFixture f;
        const Session other = f.t.addUser(QStringLiteral("t.two"), {Role::Teacher});
        f.t.enrol(other.userId(), f.cy, QStringLiteral("Year 8 Art"));
        const qint64 maths = courseId(f.t, QStringLiteral("Year 8 Maths"));
        IlpReviewStore store(f.t.db());
        QVERIFY(store.create(f.teacher, maths, QStringLiteral("Spring review"), QDate(2027, 3, 1), kScale));
        QCOMPARE(store.create(other, maths, QStringLiteral("X"), QDate(2027, 3, 1), {}).error().kind,
                 Error::Kind::Forbidden);
        QCOMPARE(store.create(f.mentor, maths, QStringLiteral("X"), QDate(2027, 3, 1), {}).error().kind,
                 Error::Kind::Forbidden);
        auto byHead = store.create(f.head, maths, QStringLiteral("Head's"), QDate(2027, 3, 2), {});
        QVERIFY2(byHead, qPrintable(byHead.error().message));
        QCOMPARE(store.courses(f.teacher)->size(), 1);
        QCOMPARE(store.courses(other)->size(), 1);
        QCOMPARE(store.reviews(f.teacher, maths)->size(), 2);
        QCOMPARE(store.create(f.teacher, maths, QStringLiteral(" "), QDate(2027, 3, 1), {}).error().kind,
                 Error::Kind::Invalid);
    }

    void scaleLocksOnceAnyoneIsAssessed()
    {
        IlpFixture f;
        const qint64 maths = courseId(f.t, QStringLiteral("Year 8 Maths"));
        IlpReviewStore store(f.t.db());
        const qint64 id =
            store.create(f.teacher, maths, QStringLiteral("Spring review"), QDate(2027, 3, 1), kScale).value();
        // Before anyone is assessed the scale can change, and a self-assessment does not lock it.
        QVERIFY(store.update(f.teacher, id, QStringLiteral("Spring review"), QDate(2027, 3, 1),
                             {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QVERIFY(store.setSelfAssessment(f.teacher, id, f.ada, QStringLiteral("I try hard"), 0));
        QVERIFY(!store.get(f.teacher, id)->locked);
        QVERIFY(store.update(f.teacher, id, QStringLiteral("Spring review"), QDate(2027, 3, 1), kScale));
        QList<IlpReviewEntry> entries = store.entries(f.teacher, id).value();
        QCOMPARE(entries.size(), 2);
        entries[0].assessment = QStringLiteral("Working at");
        QVERIFY(store.assess(f.teacher, id, {entries[0]}));
        const IlpReview locked = store.get(f.teacher, id).value();
        QVERIFY(locked.locked);
        QCOMPARE(locked.assessed, 1);
        auto refused =
            store.update(f.teacher, id, QStringLiteral("Spring review"), QDate(2027, 3, 1), {QStringLiteral("A")});
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("locked")));
        QCOMPARE(store.get(f.teacher, id)->scale, kScale);
        // Name and date still change.
        QVERIFY(store.update(f.teacher, id, QStringLiteral("Spring midterm"), QDate(2027, 3, 3), kScale));
        // From the version an editor read: a change made at another desk meanwhile is refused, not
        // overwritten.
        const int read = store.get(f.teacher, id)->rowVersion;
        QVERIFY(store.update(f.teacher, id, QStringLiteral("Spring midterm (moved)"), QDate(2027, 3, 10), kScale, read));
        auto stale = store.update(f.teacher, id, QStringLiteral("Spring check"), QDate(2027, 3, 4), kScale, read);
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QVERIFY2(stale.error().message.contains(QStringLiteral("another desk")), qPrintable(stale.error().message));
        QCOMPARE(store.get(f.teacher, id)->name, QStringLiteral("Spring midterm (moved)"));
        QCOMPARE(store.get(f.teacher, id)->date, QDate(2027, 3, 10));
        // A grade off the scale is refused, naming the line and value.
        entries = store.entries(f.teacher, id).value();
        entries[1].assessment = QStringLiteral("Excellent");
        auto bad = store.assess(f.teacher, id, {entries[1]});
        QCOMPARE(bad.error().kind, Error::Kind::Invalid);
        QVERIFY(bad.error().details.first().contains(QStringLiteral("'Excellent' is not on the scale")));
    }

    void reviewWithoutScaleTakesCommentsOnly()
    {
        IlpFixture f;
        const qint64 maths = courseId(f.t, QStringLiteral("Year 8 Maths"));
        IlpReviewStore store(f.t.db());
        const qint64 id = store.create(f.teacher, maths, QStringLiteral("Comments"), QDate(2027, 3, 1), {}).value();
        QList<IlpReviewEntry> entries = store.entries(f.teacher, id).value();
        entries[0].comment = QStringLiteral("Good start");
        QVERIFY(store.assess(f.teacher, id, {entries[0]}));
        entries[1].assessment = QStringLiteral("Working at");
        QCOMPARE(store.assess(f.teacher, id, {entries[1]}).error().kind, Error::Kind::Invalid);
        // Comments lock the (empty) scale too: the review has started.
        QVERIFY(store.get(f.teacher, id)->locked);
    }

    void severalStudentsAtOnceAndStaleLinesRefused()
    {
        IlpFixture f;
        const qint64 maths = courseId(f.t, QStringLiteral("Year 8 Maths"));
        IlpReviewStore store(f.t.db());
        const qint64 id = store.create(f.teacher, maths, QStringLiteral("R"), QDate(2027, 3, 1), kScale).value();
        QList<IlpReviewEntry> entries = store.entries(f.teacher, id).value();
        for (IlpReviewEntry &e : entries)
            e.assessment = QStringLiteral("Working beyond");
        auto v = store.assess(f.teacher, id, entries);
        QVERIFY(v);
        QCOMPARE(*v, (QList<int>{1, 1}));
        // A second teacher's screen still holds version 0: nothing of theirs is saved.
        for (IlpReviewEntry &e : entries)
            e.comment = QStringLiteral("stale");
        QCOMPARE(store.assess(f.head, id, entries).error().kind, Error::Kind::Conflict);
        const QList<IlpReviewEntry> after = store.entries(f.teacher, id).value();
        for (const IlpReviewEntry &e : after)
            QCOMPARE(e.comment, QString());
    }

    void planShowsReviewsInsideItsValidityBoundariesIncluded_data()
    {
        QTest::addColumn<QDate>("reviewDate");
        QTest::addColumn<bool>("shown");
        QTest::newRow("day before start") << QDate(2027, 1, 31) << false;
        QTest::newRow("first day") << QDate(2027, 2, 1) << true;
        QTest::newRow("middle") << QDate(2027, 4, 15) << true;
        QTest::newRow("last day") << QDate(2027, 6, 30) << true;
        QTest::newRow("day after end") << QDate(2027, 7, 1) << false;
    }

    void planShowsReviewsInsideItsValidityBoundariesIncluded()
    {
        QFETCH(QDate, reviewDate);
        QFETCH(bool, shown);
        IlpFixture f;
        const Session art = f.t.addUser(QStringLiteral("t.art"), {Role::Teacher});
        f.t.enrol(art.userId(), f.ada, QStringLiteral("Year 8 Art"));
        const qint64 maths = courseId(f.t, QStringLiteral("Year 8 Maths"));
        IlpReviewStore store(f.t.db());
        // Every course the student takes counts: one review in Maths, one in Art, same date.
        QVERIFY(store.create(f.teacher, maths, QStringLiteral("Maths review"), reviewDate, kScale));
        QVERIFY(store.create(art, courseId(f.t, QStringLiteral("Year 8 Art")), QStringLiteral("Art review"), reviewDate,
                             {}));
        // A course Ada does not take never shows.
        const Session other = f.t.addUser(QStringLiteral("t.other"), {Role::Teacher});
        f.t.enrol(other.userId(), f.cy, QStringLiteral("Year 8 Music"));
        QVERIFY(store.create(other, courseId(f.t, QStringLiteral("Year 8 Music")), QStringLiteral("Music"), reviewDate,
                             {}));

        const IlpPlan plan = f.plan(f.makePlan(f.ada, QDate(2027, 2, 1), QDate(2027, 6, 30)));
        auto reviews = store.forPlan(f.mentor, plan);
        QVERIFY(reviews);
        QCOMPARE(reviews->size(), shown ? 2 : 0);
        if (shown) {
            QStringList courses{reviews->at(0).review.courseName, reviews->at(1).review.courseName};
            courses.sort();
            QCOMPARE(courses, (QStringList{QStringLiteral("Year 8 Art"), QStringLiteral("Year 8 Maths")}));
        }
        QCOMPARE(store.forPlan(f.otherMentor, plan).error().kind, Error::Kind::Forbidden);
    }

    void planReviewCarriesTheStudentsLine()
    {
        IlpFixture f;
        const qint64 maths = courseId(f.t, QStringLiteral("Year 8 Maths"));
        IlpReviewStore store(f.t.db());
        const qint64 id = store.create(f.teacher, maths, QStringLiteral("R"), QDate(2027, 3, 1), kScale).value();
        IlpReviewEntry e = store.entries(f.teacher, id)->at(1); // Ada (8B) after Bo (8A)
        QCOMPARE(e.studentId, f.ada);
        e.assessment = QStringLiteral("Working at");
        e.comment = QStringLiteral("Steady progress");
        const int v = store.assess(f.teacher, id, {e})->first();
        QVERIFY(store.setSelfAssessment(f.mentor, id, f.ada, QStringLiteral("Getting better"), v));
        const QList<IlpPlanReview> r = store.forPlan(f.mentor, f.plan(f.makePlan(f.ada))).value();
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().entry.assessment, QStringLiteral("Working at"));
        QCOMPARE(r.first().entry.comment, QStringLiteral("Steady progress"));
        QCOMPARE(r.first().entry.selfAssessment, QStringLiteral("Getting better"));
    }

    void gridModelSavesEditsAtOnce()
    {
        IlpFixture f;
        const qint64 maths = courseId(f.t, QStringLiteral("Year 8 Maths"));
        const qint64 id =
            IlpReviewStore(f.t.db()).create(f.teacher, maths, QStringLiteral("R"), QDate(2027, 3, 1), kScale).value();
        IlpReviewGridModel model(f.t.db(), f.teacher);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy lock(&model, &IlpReviewGridModel::lockChanged);
        QSignalSpy failed(&model, &IlpReviewGridModel::saveFailed);
        QVERIFY(model.load(id));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.flags(model.index(0, IlpReviewGridModel::AssessmentColumn)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!model.flags(model.index(0, IlpReviewGridModel::StudentColumn)).testFlag(Qt::ItemIsEditable));
        QCOMPARE(model.index(0, 0).data(IlpReviewGridModel::ScaleRole).toStringList(), kScale);
        QVERIFY(model.setData(model.index(0, IlpReviewGridModel::CommentColumn), QStringLiteral("Well done")));
        QCOMPARE(lock.size(), 1);
        QVERIFY(model.review().locked);
        QVERIFY(model.setData(model.index(0, IlpReviewGridModel::SelfAssessmentColumn), QStringLiteral("OK")));
        QVERIFY(!model.setData(model.index(1, IlpReviewGridModel::AssessmentColumn), QStringLiteral("Nope")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(model.assessRows({0, 1}, QStringLiteral("Working at")));
        // What was saved is in the database, not only in the model.
        IlpReviewGridModel fresh(f.t.db(), f.teacher);
        QVERIFY(fresh.load(id));
        QCOMPARE(fresh.index(0, IlpReviewGridModel::CommentColumn).data().toString(), QStringLiteral("Well done"));
        QCOMPARE(fresh.index(0, IlpReviewGridModel::SelfAssessmentColumn).data().toString(), QStringLiteral("OK"));
        QCOMPARE(fresh.index(1, IlpReviewGridModel::AssessmentColumn).data().toString(), QStringLiteral("Working at"));
    }
};

QTEST_GUILESS_MAIN(TestIlpReviews)
#include "tst_ilpreviews.moc"
