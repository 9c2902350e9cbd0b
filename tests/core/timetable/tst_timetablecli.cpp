// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli: import timetable, import calendar, schedule and caseload.
#include "TestDatabase.h"

#include "cli/CliCommands.h"
#include "demo/DemoSchool.h"
#include "storage/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace md;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run runTool(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::runCli(QStringList{QStringLiteral("mentordesk-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}

} // namespace

class TestTimetableCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Three students for m.one with full timetables and an autumn calendar, through the CLI.
    void prepare(test::TestDatabase &t)
    {
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        t.addUser(QStringLiteral("m.two"), {Role::Mentor});
        QString csv = QStringLiteral("UPN,Day,Period,Subject\n");
        const QStringList subjects{QStringLiteral("English"), QStringLiteral("Maths"), QStringLiteral("Science"),
                                   QStringLiteral("Art"), QStringLiteral("PE"), QStringLiteral("History")};
        for (int i = 1; i <= 3; ++i) {
            const qint64 id = t.addStudent(i, QStringLiteral("Pupil"), QStringLiteral("Number%1").arg(i));
            t.assignMentor(mentor.userId(), id);
            Query q(t.db(), QStringLiteral("SELECT upn FROM students WHERE id = ?"));
            q.bind(id);
            const QString upn = q.scalar().value().toString();
            for (int d = 1; d <= 5; ++d)
                for (int p = 1; p <= 5; ++p)
                    csv += QStringLiteral("%1,%2,%3,%4\n").arg(upn).arg(d).arg(p).arg(subjects.at((d + p + i) % subjects.size()));
        }
        const Run imported = runTool({QStringLiteral("--database"), t.path(), QStringLiteral("import"), QStringLiteral("timetable"),
                                      writeFile(m_dir, QStringLiteral("lessons.csv"), csv)});
        QCOMPARE(imported.code, 0);
        QCOMPARE(imported.out.trimmed(), QStringLiteral("Imported 75 lessons for 3 students."));
        const Run calendar = runTool({QStringLiteral("--database"), t.path(), QStringLiteral("import"), QStringLiteral("calendar"),
                                      writeFile(m_dir, QStringLiteral("calendar.csv"),
                                                QStringLiteral("Kind,Name,Start,End\n"
                                                               "term,Autumn term,2026-09-02,2026-12-18\n"
                                                               "holiday,October half term,26/10/2026,30/10/2026\n"
                                                               "assessment_week,Autumn assessments,2026-12-07,2026-12-11\n"))});
        QCOMPARE(calendar.code, 0);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importTimetableRefusesBadLinesWithAReasonEach()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        t.close();
        const Run r = runTool({QStringLiteral("--database"), t.path(), QStringLiteral("import"), QStringLiteral("timetable"),
                               test::testData(QStringLiteral("timetable/bad-rows.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("bad-rows.csv: 6 rows have problems; nothing was imported.\nline 3: ")));
        const Run missing = runTool({QStringLiteral("--database"), t.path(), QStringLiteral("import"), QStringLiteral("timetable")});
        QCOMPARE(missing.code, 2);
    }

    void importCalendarListsEveryBadLine()
    {
        test::TestDatabase t;
        t.close();
        const Run r = runTool({QStringLiteral("--database"), t.path(), QStringLiteral("import"), QStringLiteral("calendar"),
                               writeFile(m_dir, QStringLiteral("bad-calendar.csv"),
                                         QStringLiteral("Kind,Name,Start,End\nterm,Autumn,2026-09-02,2026-12-18\n"
                                                        "break,Half term,2026-10-26,2026-10-30\n"
                                                        "holiday,Backwards,2026-12-30,2026-12-21\n"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("line 3: Kind 'break' is not term")));
        QVERIFY(r.err.contains(QStringLiteral("line 4: it ends (2026-12-21) before it starts")));
    }

    void scheduleProposesAsJsonThenAppliesOnce()
    {
        test::TestDatabase t;
        prepare(t);
        t.close();
        const QStringList base{QStringLiteral("--database"), t.path(), QStringLiteral("schedule"), QStringLiteral("--mentor"),
                               QStringLiteral("m.one"), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                               QStringLiteral("--weeks"), QStringLiteral("7")};
        const Run proposed = runTool(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(proposed.code, 0);
        const QJsonObject json = proposed.json();
        QCOMPARE(json.value(QStringLiteral("mentor")).toString(), QStringLiteral("m.one"));
        QCOMPARE(json.value(QStringLiteral("applied")).toBool(), false);
        const QJsonArray sessions = json.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions.size(), 3 * 6);
        const QJsonObject first = sessions.first().toObject();
        QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-02"));
        QCOMPARE(first.value(QStringLiteral("starts")).toString().size(), 5);
        QVERIFY(!first.value(QStringLiteral("subject")).toString().isEmpty());
        const QJsonArray skipped = json.value(QStringLiteral("skipped_weeks")).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("assessment_week"));

        const Run table = runTool(base);
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QStringLiteral("Lesson missed")));
        QVERIFY(table.out.contains(QStringLiteral("run again with --apply")));

        const Run applied = runTool(base + QStringList{QStringLiteral("--apply")});
        QCOMPARE(applied.code, 0);
        QVERIFY(applied.out.contains(QStringLiteral("Saved 18 sessions.")));
        const Run again = runTool(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(again.json().value(QStringLiteral("sessions")).toArray().size(), 0);
        QCOMPARE(again.json().value(QStringLiteral("already_booked")).toInt(), 18);
    }

    void scheduleNeedsAMentorAndADateAndTheRightToPlan()
    {
        test::TestDatabase t;
        prepare(t);
        t.close();
        const Run usage = runTool({QStringLiteral("--database"), t.path(), QStringLiteral("schedule"), QStringLiteral("--mentor"),
                                   QStringLiteral("m.one")});
        QCOMPARE(usage.code, 2);
        const Run badDate = runTool({QStringLiteral("--database"), t.path(), QStringLiteral("schedule"), QStringLiteral("--mentor"),
                                     QStringLiteral("m.one"), QStringLiteral("--from"), QStringLiteral("31/02/2026")});
        QCOMPARE(badDate.code, 1);
        QVERIFY(badDate.err.contains(QStringLiteral("is not a date")));
        const Run other = runTool({QStringLiteral("--database"), t.path(), QStringLiteral("--user"), QStringLiteral("m.two"),
                                   QStringLiteral("schedule"), QStringLiteral("--mentor"), QStringLiteral("m.one"),
                                   QStringLiteral("--from"), QStringLiteral("2026-11-02")});
        QCOMPARE(other.code, 1);
        QCOMPARE(other.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(other.err.contains(QStringLiteral("your own caseload")));
    }

    void caseloadGivesEveryExpectationAsJson()
    {
        test::TestDatabase t;
        prepare(t);
        t.close();
        const Run r = runTool({QStringLiteral("--database"), t.path(), QStringLiteral("caseload"), QStringLiteral("--mentor"),
                               QStringLiteral("m.one"), QStringLiteral("--on"), QStringLiteral("2026-11-23"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("on")).toString(), QStringLiteral("2026-11-23"));
        const QJsonArray students = json.value(QStringLiteral("students")).toArray();
        QCOMPARE(students.size(), 3);
        const QJsonObject ada = students.first().toObject();
        const QJsonObject items = ada.value(QStringLiteral("expectations")).toObject();
        QCOMPARE(items.size(), 8);
        // On the caseload since 1 Sep with nothing logged: the parent meeting is 69 days late.
        const QJsonObject meeting = items.value(QStringLiteral("initial_parent_meeting")).toObject();
        QCOMPARE(meeting.value(QStringLiteral("state")).toString(), QStringLiteral("overdue"));
        QCOMPARE(meeting.value(QStringLiteral("due_by")).toString(), QStringLiteral("2026-09-15"));
        QCOMPARE(meeting.value(QStringLiteral("overdue_days")).toInt(), 69);
        QCOMPARE(ada.value(QStringLiteral("step")).toObject().value(QStringLiteral("number")).toInt(), 2);
        QVERIFY(json.value(QStringLiteral("overdue_total")).toInt() >= 3 * 5);
        // A mentor may not see another mentor's caseload.
        const Run refused = runTool({QStringLiteral("--database"), t.path(), QStringLiteral("--user"), QStringLiteral("m.two"),
                                     QStringLiteral("caseload"), QStringLiteral("--mentor"), QStringLiteral("m.one")});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains(QStringLiteral("your own caseload")));
    }

    void theDemoSchoolHasOverdueItemsToShow()
    {
        test::TestDatabase t;
        DemoOptions o;
        o.today = QDate(2026, 11, 23);
        auto summary = DemoSchool::generate(t.db(), o);
        QVERIFY(summary);
        t.close();
        const Run r = runTool({QStringLiteral("--database"), t.path(), QStringLiteral("caseload"), QStringLiteral("--on"),
                               QStringLiteral("2026-11-23"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray students = r.json().value(QStringLiteral("students")).toArray();
        QVERIFY(students.size() >= 50);
        QSet<QString> overdueKinds;
        for (const QJsonValue &s : students) {
            const QJsonObject items = s.toObject().value(QStringLiteral("expectations")).toObject();
            for (auto it = items.begin(); it != items.end(); ++it)
                if (it.value().toObject().value(QStringLiteral("state")).toString() == QLatin1String("overdue"))
                    overdueKinds.insert(it.key());
        }
        // The deliberate gaps: an unwritten log, a quiet parent line, missed check-ins, a late update.
        for (const char *kind : {"log_updated", "parent_contact", "daily_check_in", "progress_update"})
            QVERIFY2(overdueKinds.contains(QLatin1String(kind)), kind);
    }
};

QTEST_GUILESS_MAIN(TestTimetableCli)
#include "tst_timetablecli.moc"
