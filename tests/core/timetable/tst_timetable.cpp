// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The school calendar, lesson timetable import, and the planner over a real database: proposing,
// applying, moving by hand (flagged with the broken rule) and the week view.
#include "TestDatabase.h"

#include "mentoring/SessionStore.h"
#include "storage/Query.h"
#include "timetable/LessonTimetable.h"
#include "timetable/MentorWeekModel.h"
#include "timetable/TimetablePrint.h"
#include "timetable/SchoolCalendar.h"
#include "timetable/TimetableImporter.h"
#include "timetable/TimetablePlanner.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace md;

namespace {

QList<CalendarPeriod> autumnTerm()
{
    return {{0, CalendarKind::Term, QStringLiteral("Autumn term"), QDate(2026, 9, 2), QDate(2026, 12, 18)},
            {0, CalendarKind::Holiday, QStringLiteral("Autumn half term"), QDate(2026, 10, 26), QDate(2026, 10, 30)},
            {0, CalendarKind::AssessmentWeek, QStringLiteral("Autumn assessments"), QDate(2026, 12, 7), QDate(2026, 12, 11)}};
}

int count(Database &db, const QString &sql)
{
    Query q(db, sql);
    return q.scalar().value().toInt();
}

bool hasRule(const QList<RuleBreak> &breaks, ScheduleRule rule)
{
    return std::any_of(breaks.cbegin(), breaks.cend(), [rule](const RuleBreak &b) { return b.rule == rule; });
}

struct Team
{
    test::TestDatabase t;
    Session admin;
    Session mentor;
    Session otherMentor;
    Session lead;
    QList<qint64> students;

    Team()
    {
        admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        otherMentor = t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        lead = t.addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        const QStringList subjects{QStringLiteral("English"), QStringLiteral("Maths"), QStringLiteral("Science"),
                                   QStringLiteral("History"), QStringLiteral("Art"),   QStringLiteral("PE"),
                                   QStringLiteral("French"),  QStringLiteral("Music")};
        QString csv = QStringLiteral("UPN,Day,Period,Subject\n");
        for (int i = 1; i <= 6; ++i) {
            const qint64 id = t.addStudent(i, QStringLiteral("Student"), QStringLiteral("Number%1").arg(i));
            students << id;
            t.assignMentor(i <= 4 ? mentor.userId() : otherMentor.userId(), id);
            Query upn(t.db(), QStringLiteral("SELECT upn FROM students WHERE id = ?"));
            upn.bind(id);
            const QString u = upn.scalar().value().toString();
            for (int d = 1; d <= 5; ++d)
                for (int p = 1; p <= 5; ++p)
                    csv += QStringLiteral("%1,%2,%3,%4\n").arg(u).arg(d).arg(p).arg(subjects.at((d * 5 + p + i) % subjects.size()));
        }
        QByteArray bytes = csv.toUtf8();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        if (!TimetableImporter::importFile(t.db(), admin, buffer, QStringLiteral("lessons.csv")))
            qWarning("timetable import failed");
        if (!CalendarStore(t.db()).replaceAll(admin, autumnTerm()))
            qWarning("calendar failed");
    }
};

} // namespace

class TestTimetable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void calendarKnowsSchoolDaysTermsAndHalfTerms()
    {
        const SchoolCalendar cal(autumnTerm());
        QVERIFY(cal.isSchoolDay(QDate(2026, 9, 2)));
        QVERIFY(!cal.isSchoolDay(QDate(2026, 9, 1)));   // before term
        QVERIFY(!cal.isSchoolDay(QDate(2026, 9, 5)));   // Saturday
        QVERIFY(!cal.isSchoolDay(QDate(2026, 10, 27))); // half term
        QVERIFY(cal.isSchoolDay(QDate(2026, 12, 8)));
        QVERIFY(cal.isAssessmentDay(QDate(2026, 12, 8)));
        QCOMPARE(cal.termOf(QDate(2026, 11, 2))->name, QStringLiteral("Autumn term"));
        QVERIFY(!cal.termOf(QDate(2026, 12, 22)));
        QCOMPARE(cal.termForReporting(QDate(2026, 12, 22))->name, QStringLiteral("Autumn term"));
        // No half terms entered: split at the holiday.
        const auto halves = cal.halfTermsOf(*cal.termOf(QDate(2026, 11, 2)));
        QCOMPARE(halves.size(), 2);
        QCOMPARE(halves.at(0).end, QDate(2026, 10, 25));
        QCOMPARE(halves.at(1).start, QDate(2026, 10, 31));
        QCOMPARE(cal.halfTermOf(QDate(2026, 11, 2))->start, QDate(2026, 10, 31));
        QCOMPARE(cal.nextSchoolDay(QDate(2026, 10, 23)), QDate(2026, 11, 2));
        QCOMPARE(cal.previousSchoolDay(QDate(2026, 11, 2)), QDate(2026, 10, 23));
        QCOMPARE(cal.schoolDaysBetween(QDate(2026, 10, 19), QDate(2026, 11, 6)), 10);
    }

    void calendarWithoutTermsFallsBackToWeekdays()
    {
        const SchoolCalendar cal;
        QVERIFY(cal.isSchoolDay(QDate(2026, 11, 23)));
        QVERIFY(!cal.isSchoolDay(QDate(2026, 11, 22)));
        QCOMPARE(cal.termOf(QDate(2026, 11, 23))->start, QDate(2026, 9, 1));
        QCOMPARE(cal.termOf(QDate(2027, 2, 1))->start, QDate(2027, 1, 4));
    }

    void calendarChangesAreCheckedAndForTheRightRoles()
    {
        Team team;
        CalendarStore store(team.t.db());
        CalendarPeriod bad{0, CalendarKind::Holiday, QStringLiteral("Backwards"), QDate(2026, 11, 5), QDate(2026, 11, 1)};
        auto refused = store.add(team.admin, bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("before it starts")));
        CalendarPeriod inset{0, CalendarKind::Holiday, QStringLiteral("INSET day"), QDate(2026, 11, 27), QDate(2026, 11, 27)};
        QCOMPARE(int(store.add(team.mentor, inset).error().kind), int(Error::Kind::Forbidden));
        auto id = store.add(team.lead, inset);
        QVERIFY(id);
        QVERIFY(!SchoolCalendar::load(team.t.db())->isSchoolDay(QDate(2026, 11, 27)));
        QVERIFY(store.remove(team.lead, *id));
        QVERIFY(SchoolCalendar::load(team.t.db())->isSchoolDay(QDate(2026, 11, 27)));
    }

    void importReplacesEachListedStudentsTimetable()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const qint64 bo = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        auto summary = TimetableImporter::importFile(t.db(), admin, test::testData(QStringLiteral("timetable/lessons.csv")));
        QVERIFY2(summary, qPrintable(summary.error().fullText()));
        QCOMPARE(summary->rows, 5);
        QCOMPARE(summary->students, 2);
        auto tts = LessonTimetableStore(t.db()).loadUnchecked({ada, bo});
        QCOMPARE(tts->value(ada).size(), 3);
        QCOMPARE(tts->value(ada).subjectAt(2, 3), QStringLiteral("Science"));
        QCOMPARE(tts->value(bo).subjectAt(5, 5), QStringLiteral("Design and Technology"));
        // A second file naming only Ada replaces hers and leaves Bo's alone.
        QByteArray again("UPN,Day,Period,Subject\nX801200000001,Fri,4,Drama\n");
        QBuffer buffer(&again);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(TimetableImporter::importFile(t.db(), admin, buffer, QStringLiteral("again.csv")));
        tts = LessonTimetableStore(t.db()).loadUnchecked({ada, bo});
        QCOMPARE(tts->value(ada).size(), 1);
        QCOMPARE(tts->value(bo).size(), 2);
        Query audit(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE field = 'lesson_timetable'"));
        QCOMPARE(audit.scalar().value().toInt(), 3);
    }

    void importListsEveryBadLineAndWritesNothing()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        auto result = TimetableImporter::importFile(t.db(), admin, test::testData(QStringLiteral("timetable/bad-rows.csv")));
        QVERIFY(!result);
        QCOMPARE(result.error().message, QStringLiteral("bad-rows.csv: 6 rows have problems; nothing was imported."));
        const QStringList d = result.error().details;
        QCOMPARE(d.size(), 6);
        QVERIFY2(d.at(0).startsWith(QStringLiteral("line 3: Day 'Saturday' is not a school day")), qPrintable(d.at(0)));
        QVERIFY2(d.at(1).startsWith(QStringLiteral("line 4: Period '9' is not a period of the school day")), qPrintable(d.at(1)));
        QVERIFY2(d.at(2).contains(QStringLiteral("line 5: UPN 'C801200000099' is not a student in this school")), qPrintable(d.at(2)));
        QVERIFY2(d.at(3).startsWith(QStringLiteral("line 6: ")), qPrintable(d.at(3)));
        QVERIFY2(d.at(4).contains(QStringLiteral("already has a lesson on Monday period 1 (line 2)")), qPrintable(d.at(4)));
        QVERIFY2(d.at(5).startsWith(QStringLiteral("line 8: Subject is blank")), qPrintable(d.at(5)));
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM lesson_timetable")), 0);

        auto missing = TimetableImporter::importFile(t.db(), admin, test::testData(QStringLiteral("timetable/missing-column.csv")));
        QVERIFY(!missing);
        QVERIFY(missing.error().fullText().contains(QStringLiteral("Subject")));
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        auto refused = TimetableImporter::importFile(t.db(), mentor, test::testData(QStringLiteral("timetable/lessons.csv")));
        QCOMPARE(int(refused.error().kind), int(Error::Kind::Forbidden));
    }

    void aMentorPlansTheirOwnCaseloadAndTheLeadAnyone()
    {
        Team team;
        TimetablePlanner planner(team.t.db());
        auto own = planner.propose(team.mentor, team.mentor.userId(), QDate(2026, 11, 2), 7);
        QVERIFY2(own, qPrintable(own.error().message));
        // Four students, seven weeks less the assessment week of 7 December.
        QCOMPARE(own->sessions.size(), 4 * 6);
        QCOMPARE(own->skipped.size(), 1);
        QCOMPARE(own->skipped.first().weekStart, QDate(2026, 12, 7));
        auto refused = planner.propose(team.mentor, team.otherMentor.userId(), QDate(2026, 11, 2), 7);
        QCOMPARE(int(refused.error().kind), int(Error::Kind::Forbidden));
        QVERIFY(planner.propose(team.lead, team.otherMentor.userId(), QDate(2026, 11, 2), 7));
        auto all = planner.proposeTeam(team.lead, QDate(2026, 11, 2), 7);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QVERIFY(!planner.proposeTeam(team.mentor, QDate(2026, 11, 2), 7));
    }

    void applyingSavesTheProposalOnceAndReproposingAddsNothing()
    {
        Team team;
        TimetablePlanner planner(team.t.db());
        auto proposal = planner.propose(team.mentor, team.mentor.userId(), QDate(2026, 11, 2), 4);
        QVERIFY(proposal);
        QCOMPARE(proposal->skipped.size(), 0);
        QCOMPARE(proposal->sessions.size(), 16);
        auto saved = planner.apply(team.mentor, *proposal);
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(*saved, 16);
        QCOMPARE(count(team.t.db(), QStringLiteral("SELECT COUNT(*) FROM mentoring_sessions WHERE source = 'scheduler'")), 16);
        auto again = planner.propose(team.mentor, team.mentor.userId(), QDate(2026, 11, 2), 4);
        QCOMPARE(again->sessions.size(), 0);
        QCOMPARE(again->alreadyBooked, 16);
    }

    void applyRefusesAProposalTheTimetableHasOvertaken()
    {
        Team team;
        TimetablePlanner planner(team.t.db());
        auto proposal = planner.propose(team.mentor, team.mentor.userId(), QDate(2026, 11, 2), 1);
        QVERIFY(proposal);
        const ProposedSession first = proposal->sessions.first();
        // Meanwhile the mentor books that slot by hand for another student.
        NewSession clash{team.students.at(3), first.date, first.period, {}, 0, {}, {}, team.mentor.userId(), false, {}};
        if (first.studentId == team.students.at(3))
            clash.studentId = team.students.at(2);
        QVERIFY(SessionStore(team.t.db()).plan(team.mentor, clash));
        auto refused = planner.apply(team.mentor, *proposal);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), int(Error::Kind::Conflict));
        QVERIFY(refused.error().message.contains(QStringLiteral("Nothing was saved")));
        QCOMPARE(count(team.t.db(), QStringLiteral("SELECT COUNT(*) FROM mentoring_sessions")), 1);
    }

    void aMoveByHandIsSavedAndFlaggedWithTheRuleItBreaks()
    {
        Team team;
        TimetablePlanner planner(team.t.db());
        auto proposal = planner.propose(team.mentor, team.mentor.userId(), QDate(2026, 11, 2), 1);
        QVERIFY(planner.apply(team.mentor, *proposal));
        auto week = planner.week(team.mentor, team.mentor.userId(), QDate(2026, 11, 2));
        QVERIFY(week);
        QCOMPARE(week->sessions.size(), 4);
        for (const PlacedSession &p : week->sessions)
            QVERIFY(p.breaks.isEmpty());
        const PlacedSession a = week->sessions.at(0);
        const PlacedSession b = week->sessions.at(1);

        // Onto another session's slot: a clash, saved anyway, flagged on both.
        auto breaks = planner.move(team.mentor, b.session.id, a.session.date, a.session.period);
        QVERIFY2(breaks, qPrintable(breaks.error().message));
        QVERIFY(hasRule(*breaks, ScheduleRule::NoMentorClash));
        auto moved = SessionStore(team.t.db()).get(team.mentor, b.session.id);
        QCOMPARE(moved->date, a.session.date);
        QVERIFY(moved->movedByHand);
        week = planner.week(team.mentor, team.mentor.userId(), QDate(2026, 11, 2));
        int flagged = 0;
        for (const PlacedSession &p : week->sessions)
            flagged += hasRule(p.breaks, ScheduleRule::NoMentorClash) ? 1 : 0;
        QCOMPARE(flagged, 2);
        Query audit(team.t.db(), QStringLiteral("SELECT new_value FROM audit_log WHERE field = 'slot' ORDER BY id DESC LIMIT 1"));
        QVERIFY(audit.scalar().value().toString().contains(QStringLiteral("breaks: mentor_clash")));

        // Into half term, and into the assessment week.
        QVERIFY(hasRule(*planner.move(team.mentor, b.session.id, QDate(2026, 10, 27), 2), ScheduleRule::SchoolDaysOnly));
        QVERIFY(hasRule(*planner.move(team.mentor, b.session.id, QDate(2026, 12, 8), 2), ScheduleRule::NoAssessmentWeek));
        QVERIFY(hasRule(*planner.breaksOf(team.mentor, b.session.id), ScheduleRule::NoAssessmentWeek));
        // Back to a good slot: nothing broken.
        QVERIFY(planner.move(team.mentor, b.session.id, b.session.date, b.session.period)->isEmpty());
        // Another mentor may not move it.
        QCOMPARE(int(planner.move(team.otherMentor, b.session.id, b.session.date, 1).error().kind), int(Error::Kind::Forbidden));
    }

    void theWeekGridListsSessionsAndSaysWhichRulesTheyBreak()
    {
        Team team;
        TimetablePlanner planner(team.t.db());
        QVERIFY(planner.apply(team.mentor, *planner.propose(team.mentor, team.mentor.userId(), QDate(2026, 11, 2), 1)));
        auto week = planner.week(team.mentor, team.mentor.userId(), QDate(2026, 11, 4));
        QVERIFY(week);
        MentorWeekModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeek(*week);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 5);
        int cells = 0;
        for (int r = 0; r < 5; ++r)
            for (int c = 0; c < 5; ++c)
                cells += int(model.sessionsAt(r, c).size());
        QCOMPARE(cells, 4);
        const PlacedSession first = week->sessions.first();
        const int column = int(week->monday.daysTo(first.session.date));
        const QModelIndex cell = model.index(first.session.period - 1, column);
        QVERIFY(cell.data().toString().contains(first.studentName));
        QVERIFY(cell.data().toString().contains(first.session.subject));
        QCOMPARE(cell.data(MentorWeekModel::SessionIdsRole).toList().first().toLongLong(), first.session.id);
        QVERIFY(!cell.data(MentorWeekModel::FlaggedRole).toBool());
        // Move a second session onto it: both flagged, in words.
        const PlacedSession second = week->sessions.at(1);
        QVERIFY(planner.move(team.mentor, second.session.id, first.session.date, first.session.period));
        model.setWeek(*planner.week(team.mentor, team.mentor.userId(), QDate(2026, 11, 4)));
        QVERIFY(cell.data(MentorWeekModel::FlaggedRole).toBool());
        QVERIFY(cell.data().toString().contains(QStringLiteral("\u26a0 Breaks: no two sessions for the mentor at once")));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("already has a session")));
        QCOMPARE(model.flaggedCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Mon 2 Nov"));
    }

    void timetablesPrintPerMentorAndAsTheWeeklyPublishedTimetable()
    {
        Team team;
        TimetablePlanner planner(team.t.db());
        QVERIFY(planner.apply(team.mentor, *planner.propose(team.mentor, team.mentor.userId(), QDate(2026, 11, 30), 2)));
        auto weeks = planner.weeks(team.lead, team.mentor.userId(), QDate(2026, 11, 30), 2);
        QVERIFY(weeks);
        const QString mentorHtml = TimetablePrint::mentorTimetableHtml(QStringLiteral("Test School"), QStringLiteral("M One"), *weeks);
        QVERIFY(mentorHtml.contains(QStringLiteral("1:1 mentoring timetable: M One")));
        QVERIFY(mentorHtml.contains(QStringLiteral("Student Number1")));
        QVERIFY(mentorHtml.contains(QStringLiteral("Autumn assessments: no 1:1 sessions")));
        const QString weekly = TimetablePrint::weeklyHtml(QStringLiteral("Test School"), weeks->first());
        QVERIFY(weekly.contains(QStringLiteral("Mentoring sessions, week of 30 November 2026")));
        QCOMPARE(weekly.count(QStringLiteral("<tr><td>")), 4);
        const QString pdf = QDir(team.t.dir()).filePath(QStringLiteral("weekly.pdf"));
        QVERIFY(TimetablePrint::writePdf(weekly, pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        if (const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext")); !tool.isEmpty()) {
            QProcess p;
            p.start(tool, {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished());
            QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Student Number1")));
        }
    }

    void theWeekShowsWhyADayHasNoSessions()
    {
        Team team;
        auto week = TimetablePlanner(team.t.db()).week(team.lead, std::nullopt, QDate(2026, 12, 9));
        QVERIFY(week);
        QCOMPARE(week->monday, QDate(2026, 12, 7));
        QVERIFY(week->dayNotes.at(0).contains(QStringLiteral("Autumn assessments")));
        auto holiday = TimetablePlanner(team.t.db()).week(team.lead, std::nullopt, QDate(2026, 10, 28));
        QCOMPARE(holiday->dayNotes.at(2), QStringLiteral("Autumn half term"));
        QCOMPARE(TimetablePlanner(team.t.db()).halfTermFrom(QDate(2026, 10, 27))->start, QDate(2026, 10, 31));
    }
};

// A QGuiApplication: writing a PDF needs fonts.
QTEST_MAIN(TestTimetable)
#include "tst_timetable.moc"
