// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "assessments/AssessmentService.h"
#include "behaviour/BehaviourStore.h"
#include "demo/DemoSchool.h"
#include "storage/Query.h"

#include <QtTest>

using namespace md;

class TestBehaviourDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aYearOfEventsWithASchoolsRhythm()
    {
        test::TestDatabase t;
        DemoOptions options;
        options.students = 300;
        options.today = QDate(2026, 11, 23);
        QVERIFY(DemoSchool::generate(t.db(), options));
        Query n(t.db(), QStringLiteral("SELECT COUNT(*), MIN(occurred_at), MAX(occurred_at) FROM behaviour_events"));
        QVERIFY(n.exec() && n.next());
        QVERIFY2(n.integer(0) > 300 * 5, qPrintable(QString::number(n.integer(0))));
        QVERIFY(n.string(1) >= QStringLiteral("2025-11-24"));
        QVERIFY(n.string(2) < QStringLiteral("2026-11-24"));
        // More on Mondays than on Fridays, more in the afternoon than the morning.
        QHash<int, int> byDay;
        int morning = 0;
        int afternoon = 0;
        int august = 0;
        int october = 0;
        Query all(t.db(), QStringLiteral("SELECT occurred_at FROM behaviour_events"));
        QVERIFY(all.exec());
        while (all.next()) {
            const QDateTime when = behaviourTimeFromCode(all.string(0));
            ++byDay[when.date().dayOfWeek()];
            (when.time().hour() < 12 ? morning : afternoon) += 1;
            august += when.date().month() == 8 ? 1 : 0;
            october += when.date().month() == 10 ? 1 : 0;
        }
        QVERIFY(byDay.value(6) == 0 && byDay.value(7) == 0);
        QVERIFY2(byDay.value(1) > byDay.value(5) * 1.3,
                 qPrintable(QStringLiteral("%1 %2").arg(byDay.value(1)).arg(byDay.value(5))));
        QVERIFY(afternoon > morning);
        QVERIFY2(august * 10 < october, qPrintable(QStringLiteral("%1 %2").arg(august).arg(october)));
        // A handful of students stand out.
        Query worst(t.db(), QStringLiteral("SELECT student_id, SUM(points) FROM behaviour_events GROUP BY student_id "
                                           "ORDER BY SUM(points) LIMIT 4"));
        QVERIFY(worst.exec());
        QList<int> totals;
        while (worst.next())
            totals << worst.integer(1);
        Query median(t.db(), QStringLiteral("SELECT COUNT(*) FROM behaviour_events GROUP BY student_id"));
        QVERIFY(median.exec());
        QList<int> counts;
        while (median.next())
            counts << median.integer(0);
        std::sort(counts.begin(), counts.end());
        QVERIFY(counts.at(counts.size() / 2) < 30);
        QVERIFY2(totals.at(2) < -80, qPrintable(QString::number(totals.at(2))));
    }

    void coursesOfTheCurrentTermAtEveryStage()
    {
        test::TestDatabase t;
        DemoOptions options;
        options.students = 200;
        options.today = QDate(2026, 11, 23);
        QVERIFY(DemoSchool::generate(t.db(), options));
        AssessmentService service(t.db());
        auto current = service.currentTerm(options.today);
        QVERIFY(current && *current);
        QVERIFY((*current)->startsOn <= options.today);
        auto queue = service.queue(Session::system(), (*current)->id);
        QVERIFY(queue);
        QVERIFY(queue->size() > 5);
        QSet<AssessmentStage> stages;
        for (const CourseApproval &c : std::as_const(*queue)) {
            stages.insert(c.stage);
            if (c.stage == AssessmentStage::Complete || c.stage == AssessmentStage::Approved)
                QCOMPARE(c.assessed, c.enrolled);
            if (c.stage == AssessmentStage::Returned)
                QVERIFY(!c.returnComment.isEmpty());
        }
        QCOMPARE(stages.size(), 5);
        // The demo's assessment letter draft carries the student's grades.
        Query letter(t.db(), QStringLiteral("SELECT body_html FROM letters WHERE letter_type = 'assessment'"));
        QVERIFY(letter.exec() && letter.next());
        QVERIFY2(letter.string(0).contains(QStringLiteral("<table")), qPrintable(letter.string(0).left(400)));
        Query behaviourLetter(t.db(), QStringLiteral("SELECT body_html FROM letters WHERE letter_type = 'behaviour'"));
        QVERIFY(behaviourLetter.exec() && behaviourLetter.next());
        QVERIFY(behaviourLetter.string(0).contains(QStringLiteral("positive points")));
        QVERIFY(!behaviourLetter.string(0).contains(QStringLiteral("{{")));
    }
};

QTEST_GUILESS_MAIN(TestBehaviourDemo)
#include "tst_behaviourdemo.moc"
