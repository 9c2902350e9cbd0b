// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The 1:1 session scheduler: every rule shown to hold on generated timetables over many seeds,
// every student it leaves out explained (and truly unplaceable), plus one case per rule.
#include "timetable/ScheduleRules.h"
#include "timetable/SessionScheduler.h"

#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace md;

namespace {

const QStringList kSubjects{QStringLiteral("English"), QStringLiteral("Maths"),   QStringLiteral("Science"),
                            QStringLiteral("History"), QStringLiteral("French"),  QStringLiteral("Art"),
                            QStringLiteral("PE"),      QStringLiteral("Music"),   QStringLiteral("Computing"),
                            QStringLiteral("RE"),      QStringLiteral("Drama"),   QStringLiteral("Geography")};

constexpr qint64 kMentor = 1;
constexpr qint64 kOtherMentor = 2;

// One randomly generated world: a calendar, a school day, a caseload with timetables, sessions
// already booked, and a request.
struct World
{
    SchoolCalendar calendar;
    BellSchedule bells;
    QHash<qint64, WeeklyTimetable> timetables;
    ScheduleRequest request;
};

World generate(quint32 seed)
{
    QRandomGenerator rng(seed);
    World w;
    // Autumn and spring terms with half-term holidays, sometimes INSET days and assessment weeks.
    QList<CalendarPeriod> periods{
        {1, CalendarKind::Term, QStringLiteral("Autumn"), QDate(2026, 9, 2), QDate(2026, 12, 18)},
        {2, CalendarKind::Holiday, QStringLiteral("Autumn half term"), QDate(2026, 10, 26), QDate(2026, 10, 30)},
        {3, CalendarKind::Holiday, QStringLiteral("Christmas"), QDate(2026, 12, 21), QDate(2027, 1, 1)},
        {4, CalendarKind::Term, QStringLiteral("Spring"), QDate(2027, 1, 4), QDate(2027, 3, 26)},
        {5, CalendarKind::Holiday, QStringLiteral("Spring half term"), QDate(2027, 2, 15), QDate(2027, 2, 19)},
    };
    const int assessmentWeeks = rng.bounded(3);
    for (int i = 0; i < assessmentWeeks; ++i) {
        const QDate monday = SchoolCalendar::weekStart(QDate(2026, 9, 7).addDays(7 * rng.bounded(26)));
        // Sometimes a whole week, sometimes only part of one.
        const QDate end = rng.bounded(3) == 0 ? monday.addDays(2) : monday.addDays(4);
        periods.append({10 + i, CalendarKind::AssessmentWeek, QStringLiteral("Assessment week %1").arg(i + 1), monday, end});
    }
    if (rng.bounded(2) == 0) {
        const QDate inset = QDate(2026, 9, 7).addDays(rng.bounded(100));
        periods.append({20, CalendarKind::Holiday, QStringLiteral("INSET day"), inset, inset});
    }
    w.calendar = SchoolCalendar(periods);

    // Five or six periods; now and then a short one that cannot hold a session in its first half.
    QList<LessonPeriod> bells;
    const int periodCount = 5 + rng.bounded(2);
    QTime start(8, 50);
    for (int p = 1; p <= periodCount; ++p) {
        const int minutes = rng.bounded(8) == 0 ? 40 : (rng.bounded(2) ? 60 : 50);
        bells.append({p, QStringLiteral("Period %1").arg(p), start, start.addSecs(minutes * 60)});
        start = start.addSecs((minutes + 5) * 60);
    }
    w.bells = BellSchedule(bells);

    // A caseload of 1 to 10 students; most with full timetables, some sparse, a few with none.
    const int students = 1 + rng.bounded(10);
    const int subjectCount = 4 + rng.bounded(int(kSubjects.size()) - 3);
    for (int i = 0; i < students; ++i) {
        const qint64 id = 100 + i;
        SchedulerStudent s;
        s.id = id;
        s.name = QStringLiteral("Student %1").arg(id);
        if (rng.bounded(3) == 0)
            s.availableFrom = QDate(2026, 9, 2).addDays(rng.bounded(120));
        w.request.students.append(s);
        if (rng.bounded(20) == 0)
            continue; // no timetable imported
        const double sparse = rng.bounded(5) == 0 ? 0.7 : 0.05;
        WeeklyTimetable t;
        for (int d = 1; d <= 5; ++d)
            for (int p = 1; p <= periodCount; ++p)
                if (rng.generateDouble() >= sparse)
                    t.setLesson(d, p, kSubjects.at(rng.bounded(subjectCount)));
        w.timetables.insert(id, t);
    }

    w.request.mentorId = kMentor;
    w.request.from = QDate(2026, 9, 2).addDays(rng.bounded(150));
    w.request.weeks = 1 + rng.bounded(8);
    // Sessions already booked: the mentor's with students outside this caseload, another mentor's,
    // and some of these students' earlier sessions this term.
    const int booked = rng.bounded(25);
    for (int i = 0; i < booked; ++i) {
        SlotSession s;
        s.id = 1000 + i;
        s.date = w.request.from.addDays(rng.bounded(70) - 20);
        s.period = 1 + rng.bounded(periodCount);
        const int kind = rng.bounded(3);
        s.mentorId = kind == 1 ? kOtherMentor : kMentor;
        s.studentId = kind == 2 && students > 0 ? 100 + rng.bounded(students) : 900 + i;
        s.subject = kSubjects.at(rng.bounded(subjectCount));
        s.takesStudent = rng.bounded(6) != 0;
        s.takesMentor = true;
        w.request.existing.append(s);
    }
    return w;
}

QList<SlotSession> asSlots(const ScheduleProposal &p)
{
    QList<SlotSession> out;
    for (const ProposedSession &s : p.sessions)
        out.append({0, s.studentId, p.mentorId, s.date, s.period, s.subject, true, true});
    return out;
}

bool hasRule(const QList<RuleBreak> &breaks, ScheduleRule rule)
{
    return std::any_of(breaks.cbegin(), breaks.cend(), [rule](const RuleBreak &b) { return b.rule == rule; });
}

WeeklyTimetable everyLesson(const QString &subject, int periods = 5)
{
    WeeklyTimetable t;
    for (int d = 1; d <= 5; ++d)
        for (int p = 1; p <= periods; ++p)
            t.setLesson(d, p, subject);
    return t;
}

SchoolCalendar autumn()
{
    return SchoolCalendar({{1, CalendarKind::Term, QStringLiteral("Autumn"), QDate(2026, 9, 2), QDate(2026, 12, 18)},
                           {2, CalendarKind::Holiday, QStringLiteral("Autumn half term"), QDate(2026, 10, 26), QDate(2026, 10, 30)},
                           {3, CalendarKind::AssessmentWeek, QStringLiteral("Autumn assessments"), QDate(2026, 12, 7),
                            QDate(2026, 12, 11)}});
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposalsKeepEveryRuleOnGeneratedTimetables()
    {
        constexpr int kSeeds = 400;
        int placedTotal = 0;
        int unplacedTotal = 0;
        for (quint32 seed = 1; seed <= kSeeds; ++seed) {
            const World w = generate(seed);
            const ScheduleRules rules(w.calendar, w.bells, w.timetables);
            const ScheduleProposal proposal = SessionScheduler(rules).propose(w.request);
            const QList<SlotSession> proposed = asSlots(proposal);
            placedTotal += int(proposed.size());
            unplacedTotal += int(proposal.unplaced.size());
            const QDate firstMonday = SchoolCalendar::weekStart(w.request.from);
            const QDate lastDay = firstMonday.addDays(7 * w.request.weeks - 1);

            QHash<qint64, QDate> availableFrom;
            for (const SchedulerStudent &s : w.request.students)
                availableFrom.insert(s.id, s.availableFrom);
            for (int i = 0; i < proposed.size(); ++i) {
                const SlotSession &c = proposed.at(i);
                QList<SlotSession> others = w.request.existing;
                for (int j = 0; j < proposed.size(); ++j)
                    if (j != i) {
                        SlotSession o = proposed.at(j);
                        o.id = -1 - j;
                        others.append(o);
                    }
                const QList<RuleBreak> breaks = rules.check(c, others);
                QStringList text;
                for (const RuleBreak &b : breaks)
                    text << toString(b.rule) + QStringLiteral(": ") + b.detail;
                QVERIFY2(breaks.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(text.join(QStringLiteral("; ")))));
                QVERIFY2(c.date >= w.request.from && c.date <= lastDay, qPrintable(QStringLiteral("seed %1 outside the weeks").arg(seed)));
                const QDate from = availableFrom.value(c.studentId);
                QVERIFY2(!from.isValid() || c.date >= from, qPrintable(QStringLiteral("seed %1: before mentoring started").arg(seed)));
                QCOMPARE(c.subject, rules.subjectAt(c.studentId, c.date, c.period));
            }
            for (const SkippedWeek &skip : proposal.skipped)
                for (const SlotSession &c : proposed)
                    QVERIFY(SchoolCalendar::weekStart(c.date) != skip.weekStart);
        }
        // The generator must exercise both outcomes, or the test proves little.
        QVERIFY(placedTotal > 2000);
        QVERIFY(unplacedTotal > 20);
    }

    void everyExpectedStudentWeekIsPlacedOrExplained()
    {
        for (quint32 seed = 1; seed <= 400; ++seed) {
            const World w = generate(seed);
            const ScheduleRules rules(w.calendar, w.bells, w.timetables);
            const ScheduleProposal proposal = SessionScheduler(rules).propose(w.request);
            QSet<QPair<qint64, QDate>> placed;
            for (const ProposedSession &s : proposal.sessions) {
                const auto key = qMakePair(s.studentId, SchoolCalendar::weekStart(s.date));
                QVERIFY2(!placed.contains(key), qPrintable(QStringLiteral("seed %1: two sessions in a week").arg(seed)));
                placed.insert(key);
            }
            QSet<QPair<qint64, QDate>> unplaced;
            for (const UnplacedStudent &u : proposal.unplaced) {
                QVERIFY(!u.reasons.isEmpty());
                QVERIFY(u.explanation.contains(u.name));
                QVERIFY(!placed.contains(qMakePair(u.studentId, u.weekStart)));
                unplaced.insert(qMakePair(u.studentId, u.weekStart));
            }
            const QDate firstMonday = SchoolCalendar::weekStart(w.request.from);
            for (int week = 0; week < w.request.weeks; ++week) {
                const QDate monday = firstMonday.addDays(7 * week);
                for (const SchedulerStudent &s : w.request.students) {
                    bool expected = false;
                    for (int d = 0; d < 5; ++d) {
                        const QDate day = monday.addDays(d);
                        if (day >= w.request.from && (!s.availableFrom.isValid() || day >= s.availableFrom)
                            && w.calendar.isSchoolDay(day) && !w.calendar.isAssessmentDay(day))
                            expected = true;
                    }
                    bool booked = false;
                    for (const SlotSession &e : w.request.existing)
                        if (e.studentId == s.id && e.takesStudent && SchoolCalendar::weekStart(e.date) == monday)
                            booked = true;
                    const auto key = qMakePair(s.id, monday);
                    if (!expected || booked) {
                        QVERIFY2(!placed.contains(key), qPrintable(QStringLiteral("seed %1: placed when not expected").arg(seed)));
                        continue;
                    }
                    QVERIFY2(placed.contains(key) || unplaced.contains(key),
                             qPrintable(QStringLiteral("seed %1: student %2 week %3 neither placed nor explained")
                                            .arg(seed)
                                            .arg(s.id)
                                            .arg(monday.toString(Qt::ISODate))));
                }
            }
        }
    }

    void anUnplacedStudentHasNoFreeSlotLeft()
    {
        // Explanations are honest: after the proposal, no lesson that week could take the
        // student without breaking a rule.
        int checked = 0;
        for (quint32 seed = 1; seed <= 400; ++seed) {
            const World w = generate(seed);
            const ScheduleRules rules(w.calendar, w.bells, w.timetables);
            const ScheduleProposal proposal = SessionScheduler(rules).propose(w.request);
            QList<SlotSession> all = w.request.existing;
            all += asSlots(proposal);
            for (int i = 0; i < all.size(); ++i)
                if (all[i].id == 0)
                    all[i].id = -1 - i;
            QHash<qint64, QDate> availableFrom;
            for (const SchedulerStudent &s : w.request.students)
                availableFrom.insert(s.id, s.availableFrom);
            for (const UnplacedStudent &u : proposal.unplaced) {
                for (int d = 0; d < 5; ++d) {
                    const QDate day = u.weekStart.addDays(d);
                    if (day < w.request.from || (availableFrom.value(u.studentId).isValid() && day < availableFrom.value(u.studentId)))
                        continue;
                    for (const LessonPeriod &p : w.bells.periods()) {
                        const SlotSession c{0, u.studentId, kMentor, day, p.period, QString(), true, true};
                        QVERIFY2(!rules.check(c, all).isEmpty(),
                                 qPrintable(QStringLiteral("seed %1: %2 left out but %3 period %4 was free")
                                                .arg(seed)
                                                .arg(u.studentId)
                                                .arg(day.toString(Qt::ISODate))
                                                .arg(p.period)));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 100);
    }

    void sameInputGivesTheSameProposal()
    {
        for (quint32 seed = 1; seed <= 50; ++seed) {
            const World w = generate(seed);
            const ScheduleRules rules(w.calendar, w.bells, w.timetables);
            const ScheduleProposal a = SessionScheduler(rules).propose(w.request);
            const ScheduleProposal b = SessionScheduler(rules).propose(w.request);
            QCOMPARE(a.sessions.size(), b.sessions.size());
            for (int i = 0; i < a.sessions.size(); ++i) {
                QCOMPARE(a.sessions.at(i).date, b.sessions.at(i).date);
                QCOMPARE(a.sessions.at(i).period, b.sessions.at(i).period);
                QCOMPARE(a.sessions.at(i).studentId, b.sessions.at(i).studentId);
            }
        }
    }

    void assessmentWeeksAndHolidaysAreSkippedWithAReason()
    {
        const ScheduleRules rules(autumn(), BellSchedule::standard(), {{100, everyLesson(QStringLiteral("English"))}});
        ScheduleRequest req;
        req.mentorId = kMentor;
        req.from = QDate(2026, 10, 19);
        req.weeks = 9; // to the week of 14 Dec: crosses half term and the assessment week
        req.students = {{100, QStringLiteral("Ada Quill"), {}}};
        const ScheduleProposal p = SessionScheduler(rules).propose(req);
        QCOMPARE(p.skipped.size(), 2);
        QCOMPARE(p.skipped.at(0).weekStart, QDate(2026, 10, 26));
        QCOMPARE(toString(p.skipped.at(0).rule), toString(ScheduleRule::SchoolDaysOnly));
        QVERIFY(p.skipped.at(0).reason.contains(QStringLiteral("Autumn half term")));
        QCOMPARE(p.skipped.at(1).weekStart, QDate(2026, 12, 7));
        QCOMPARE(toString(p.skipped.at(1).rule), toString(ScheduleRule::NoAssessmentWeek));
        QVERIFY(p.skipped.at(1).reason.contains(QStringLiteral("assessment week")));
        for (const ProposedSession &s : p.sessions)
            QVERIFY(!rules.calendar().isAssessmentDay(s.date) && rules.calendar().isSchoolDay(s.date));
    }

    void aSubjectIsMissedAtMostTwicePerTermThenExplained()
    {
        // Only Maths on the timetable: two sessions this term, then nothing that keeps the rule.
        const ScheduleRules rules(autumn(), BellSchedule::standard(), {{100, everyLesson(QStringLiteral("Maths"))}});
        ScheduleRequest req;
        req.mentorId = kMentor;
        req.from = QDate(2026, 9, 7);
        req.weeks = 4;
        req.students = {{100, QStringLiteral("Ada Quill"), {}}};
        const ScheduleProposal p = SessionScheduler(rules).propose(req);
        QCOMPARE(p.sessions.size(), 2);
        QCOMPARE(p.unplaced.size(), 2);
        QCOMPARE(toString(p.unplaced.first().reasons.first().rule), toString(ScheduleRule::SubjectMissLimit));
        QVERIFY2(p.unplaced.first().explanation.contains(QStringLiteral("Maths already missed 2 times this term")),
                 qPrintable(p.unplaced.first().explanation));
        // A new term starts the count again.
        req.from = QDate(2027, 1, 4);
        SchoolCalendar withSpring({{1, CalendarKind::Term, QStringLiteral("Autumn"), QDate(2026, 9, 2), QDate(2026, 12, 18)},
                                   {2, CalendarKind::Term, QStringLiteral("Spring"), QDate(2027, 1, 4), QDate(2027, 3, 26)}});
        const ScheduleRules spring(withSpring, BellSchedule::standard(), {{100, everyLesson(QStringLiteral("Maths"))}});
        req.existing = {{1, 100, kMentor, QDate(2026, 12, 1), 1, QStringLiteral("Maths"), true, true},
                        {2, 100, kMentor, QDate(2026, 12, 8), 1, QStringLiteral("Maths"), true, true}};
        QCOMPARE(SessionScheduler(spring).propose(req).sessions.size(), 2);
    }

    void theMentorKeepsAnHourFreeEachDay()
    {
        // Six students who can only come on Monday: five one-hour periods, so at most four.
        WeeklyTimetable mondayOnly;
        for (int p = 1; p <= 5; ++p)
            mondayOnly.setLesson(1, p, kSubjects.at(p));
        QHash<qint64, WeeklyTimetable> tts;
        ScheduleRequest req;
        req.mentorId = kMentor;
        req.from = QDate(2026, 9, 7);
        req.weeks = 1;
        for (int i = 0; i < 6; ++i) {
            tts.insert(100 + i, mondayOnly);
            req.students.append({100 + i, QStringLiteral("Student %1").arg(i), {}});
        }
        const ScheduleRules rules(autumn(), BellSchedule::standard(), tts);
        const ScheduleProposal p = SessionScheduler(rules).propose(req);
        QCOMPARE(p.sessions.size(), 4);
        QCOMPARE(p.unplaced.size(), 2);
        QVERIFY(hasRule(p.unplaced.first().reasons, ScheduleRule::NoMentorClash));
        QVERIFY(hasRule(p.unplaced.first().reasons, ScheduleRule::MentorFreeHour));
    }

    void twoStudentsWithOneLessonDoNotClash()
    {
        WeeklyTimetable one;
        one.setLesson(2, 3, QStringLiteral("Art"));
        const ScheduleRules rules(autumn(), BellSchedule::standard(), {{100, one}, {101, one}});
        ScheduleRequest req;
        req.mentorId = kMentor;
        req.from = QDate(2026, 9, 7);
        req.weeks = 1;
        req.students = {{100, QStringLiteral("A"), {}}, {101, QStringLiteral("B"), {}}};
        const ScheduleProposal p = SessionScheduler(rules).propose(req);
        QCOMPARE(p.sessions.size(), 1);
        QCOMPARE(p.unplaced.size(), 1);
        QCOMPARE(p.unplaced.first().reasons.size(), 2);
        QVERIFY(hasRule(p.unplaced.first().reasons, ScheduleRule::FirstHalfOfLesson)); // the other 24 periods
        QVERIFY(hasRule(p.unplaced.first().reasons, ScheduleRule::NoMentorClash));
    }

    void aStudentWithoutATimetableIsExplained()
    {
        const ScheduleRules rules(autumn(), BellSchedule::standard(), {});
        ScheduleRequest req;
        req.mentorId = kMentor;
        req.from = QDate(2026, 9, 7);
        req.weeks = 1;
        req.students = {{100, QStringLiteral("Ada Quill"), {}}};
        const ScheduleProposal p = SessionScheduler(rules).propose(req);
        QCOMPARE(p.unplaced.size(), 1);
        QVERIFY(p.unplaced.first().explanation.contains(QStringLiteral("no lesson timetable")));
    }

    void aShortPeriodHoldsNoSession()
    {
        const BellSchedule bells({{1, QStringLiteral("Period 1"), QTime(9, 0), QTime(9, 40)},
                                  {2, QStringLiteral("Period 2"), QTime(9, 40), QTime(10, 40)},
                                  {3, QStringLiteral("Period 3"), QTime(11, 0), QTime(12, 0)}});
        WeeklyTimetable t;
        t.setLesson(1, 1, QStringLiteral("Maths"));
        const ScheduleRules rules(autumn(), bells, {{100, t}});
        const SlotSession c{0, 100, kMentor, QDate(2026, 9, 7), 1, QString(), true, true};
        QVERIFY(hasRule(rules.check(c, {}), ScheduleRule::FirstHalfOfLesson));
    }

    void lessonsMissedRotateOverAHalfTerm()
    {
        WeeklyTimetable t;
        int k = 0;
        for (int d = 1; d <= 5; ++d)
            for (int p = 1; p <= 5; ++p)
                t.setLesson(d, p, kSubjects.at(k++ % 10));
        const ScheduleRules rules(autumn(), BellSchedule::standard(), {{100, t}});
        ScheduleRequest req;
        req.mentorId = kMentor;
        req.from = QDate(2026, 9, 7);
        req.weeks = 7;
        req.students = {{100, QStringLiteral("Ada Quill"), {}}};
        const ScheduleProposal p = SessionScheduler(rules).propose(req);
        QCOMPARE(p.sessions.size(), 7);
        QSet<QString> subjects;
        for (const ProposedSession &s : p.sessions)
            subjects.insert(s.subject);
        QCOMPARE(subjects.size(), 7); // seven different lessons before any is missed twice
    }

    void eachRuleIsReportedForAMoveThatBreaksIt()
    {
        WeeklyTimetable t = everyLesson(QStringLiteral("Maths"));
        t.setLesson(3, 2, QString()); // no lesson on Wednesday period 2
        WeeklyTimetable gap;
        for (int d = 1; d <= 5; ++d)
            for (int p = 1; p <= 5; ++p)
                if (!(d == 3 && p == 2))
                    gap.setLesson(d, p, QStringLiteral("Maths"));
        const ScheduleRules rules(autumn(), BellSchedule::standard(), {{100, gap}, {101, everyLesson(QStringLiteral("Art"))}});
        const QDate mon(2026, 9, 14);
        auto at = [](qint64 student, const QDate &d, int p) { return SlotSession{0, student, kMentor, d, p, QString(), true, true}; };
        QList<SlotSession> others{{1, 100, kMentor, QDate(2026, 9, 7), 1, QStringLiteral("Maths"), true, true},
                                  {2, 100, kMentor, QDate(2026, 9, 21), 1, QStringLiteral("Maths"), true, true}};
        // Maths for the third time this term.
        QVERIFY(hasRule(rules.check(at(100, mon, 3), others), ScheduleRule::SubjectMissLimit));
        // A second session in a week.
        QVERIFY(hasRule(rules.check(at(100, QDate(2026, 9, 8), 2), others), ScheduleRule::OneSessionPerWeek));
        // Not in a lesson.
        QVERIFY(hasRule(rules.check(at(100, QDate(2026, 9, 16), 2), {}), ScheduleRule::FirstHalfOfLesson));
        // Assessment week, half term, weekend.
        QVERIFY(hasRule(rules.check(at(101, QDate(2026, 12, 8), 1), {}), ScheduleRule::NoAssessmentWeek));
        QVERIFY(hasRule(rules.check(at(101, QDate(2026, 10, 27), 1), {}), ScheduleRule::SchoolDaysOnly));
        QVERIFY(hasRule(rules.check(at(101, QDate(2026, 9, 12), 1), {}), ScheduleRule::SchoolDaysOnly));
        // The mentor's clash and their free hour.
        const QList<SlotSession> busy{{3, 900, kMentor, mon, 1, QStringLiteral("Art"), true, true},
                                      {4, 901, kMentor, mon, 2, QStringLiteral("Art"), true, true},
                                      {5, 902, kMentor, mon, 3, QStringLiteral("Art"), true, true},
                                      {6, 903, kOtherMentor, mon, 5, QStringLiteral("Art"), true, true}};
        QVERIFY(hasRule(rules.check(at(101, mon, 1), busy), ScheduleRule::NoMentorClash));
        QVERIFY(!hasRule(rules.check(at(101, mon, 4), busy), ScheduleRule::MentorFreeHour));
        QList<SlotSession> fuller = busy;
        fuller.append({7, 904, kMentor, mon, 4, QStringLiteral("Art"), true, true});
        QVERIFY(hasRule(rules.check(at(101, mon, 5), fuller), ScheduleRule::MentorFreeHour));
        // Another mentor's session at the same time is not a clash.
        QVERIFY(!hasRule(rules.check(at(101, mon, 5), busy), ScheduleRule::NoMentorClash));
        // A legal move breaks nothing.
        QVERIFY(rules.check(at(101, mon, 4), busy).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
