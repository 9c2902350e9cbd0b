// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The course-data imports (activity, progress, grades) and weekly attendance: the same rules as
// every import (all or nothing, every bad line named with its field and value), upserts by key,
// and the course averages recomputed in the same transaction.
#include "TestDatabase.h"

#include "cli/CliCommands.h"
#include "reports/ReportImporter.h"
#include "storage/Query.h"
#include "students/Upn.h"

#include <QBuffer>
#include <QtTest>

using namespace md;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    Query q(db, sql);
    auto v = q.scalar();
    return v ? v->toLongLong() : -1;
}

QString upn(int serial)
{
    return Upn::withCheckLetter(QStringLiteral("80120000") +
                                QString::number(serial).rightJustified(4, QLatin1Char('0')));
}

Result<ImportSummary> run(test::TestDatabase &t, const Session &s, ReportImportKind kind, const QString &csv,
                          const QString &name = QStringLiteral("data.csv"))
{
    QByteArray bytes = csv.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return ReportImporter::importFile(t.db(), s, kind, buffer, name);
}

} // namespace

class TestReportImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> t;
    Session lead;
    Session teacher;
    qint64 a = 0, b = 0, c = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        t = std::make_unique<test::TestDatabase>();
        lead = t->addUser(QStringLiteral("lead"), {Role::LeadMentor});
        teacher = t->addUser(QStringLiteral("teach"), {Role::Teacher});
        a = t->addStudent(1, QStringLiteral("Ada"), QStringLiteral("Ash"));
        b = t->addStudent(2, QStringLiteral("Ben"), QStringLiteral("Birch"));
        c = t->addStudent(3, QStringLiteral("Cal"), QStringLiteral("Cedar"));
        t->enrol(teacher.userId(), a);
        t->enrol(teacher.userId(), b);
        t->enrol(teacher.userId(), a, QStringLiteral("Year 8 Art"));
    }

    void importsActivityAndRecomputesTheCourseAverage()
    {
        const QString csv = QStringLiteral("UPN,Course,Week,Minutes,Messages,Discussion posts\n"
                                           "%1,Year 8 Maths,2026-09-09,60,3,1\n"
                                           "%2,year 8 maths,07/09/2026,30,,\n"
                                           "%1,Year 8 Maths,2026-09-14,90,0,0\n")
                                .arg(upn(1), upn(2));
        auto r = run(*t, lead, ReportImportKind::Activity, csv);
        QVERIFY2(r, qPrintable(r.error().fullText()));
        QCOMPARE(r->rows, 3);
        QCOMPARE(r->created, 3);
        // Any day of a week is stored as its Monday.
        QCOMPARE(
            scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM report_activity WHERE week_start = '2026-09-07'")), 2);
        // Two learners on the course: (60 + 30) / 2 and 90 / 2.
        Query q(t->db(),
                QStringLiteral(
                    "SELECT week_start, learners, minutes, messages FROM report_course_weeks ORDER BY week_start"));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.integer(1), 2);
        QCOMPARE(q.value(2).toDouble(), 45.0);
        QCOMPARE(q.value(3).toDouble(), 1.5);
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toDouble(), 45.0);
        QVERIFY(!q.next());
    }

    void replacesARowWithTheSameKeyAndCountsUnchanged()
    {
        const QString first =
            QStringLiteral("UPN,Course,Week,Minutes\n%1,Year 8 Maths,2026-09-07,60\n%1,Year 8 Art,2026-09-07,20\n")
                .arg(upn(1));
        QVERIFY(run(*t, lead, ReportImportKind::Activity, first));
        const QString second =
            QStringLiteral("UPN,Course,Week,Minutes\n%1,Year 8 Maths,2026-09-08,75\n%1,Year 8 Art,2026-09-07,20\n")
                .arg(upn(1));
        auto r = run(*t, lead, ReportImportKind::Activity, second);
        QVERIFY2(r, qPrintable(r.error().fullText()));
        QCOMPARE(r->created, 0);
        QCOMPARE(r->updated, 1);
        QCOMPARE(r->unchanged, 1);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT minutes FROM report_activity a JOIN courses c ON c.id = "
                                                "a.course_id WHERE c.name = 'Year 8 Maths'")),
                 75);
    }

    void refusesTheWholeFileAndNamesEveryBadLine()
    {
        const QString csv = QStringLiteral("UPN,Course,Week,Minutes\n"
                                           "%1,Year 8 Maths,2026-09-07,60\n"
                                           "%3,Year 8 Maths,2026-09-07,60\n"
                                           "%1,Year 9 Latin,2026-09-07,60\n"
                                           "%2,Year 8 Art,2026-09-07,60\n"
                                           "%1,Year 8 Maths,31/02/2026,60\n"
                                           "%1,Year 8 Maths,2026-09-14,lots\n"
                                           "%1,Year 8 Maths,2026-09-21,20000\n"
                                           "%1,Year 8 Maths,2026-09-08,10\n"
                                           "%1,Year 8 Maths,2099-01-05,10\n")
                                .arg(upn(1), upn(2), QStringLiteral("Z999999999999"));
        auto r = run(*t, lead, ReportImportKind::Activity, csv, QStringLiteral("activity.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().message, QStringLiteral("activity.csv: 8 rows have problems; nothing was imported."));
        const QStringList d = r.error().details;
        QCOMPARE(d.size(), 8);
        QCOMPARE(d.at(0),
                 QStringLiteral(
                     "line 3: UPN 'Z999999999999' is not a student in this database (import the students first)"));
        QCOMPARE(d.at(1), QStringLiteral("line 4: Course 'Year 9 Latin' is not a course in this database"));
        QCOMPARE(d.at(2), QStringLiteral("line 5: Course 'Year 8 Art': the student is not on this course"));
        QCOMPARE(d.at(3), QStringLiteral("line 6: Week '31/02/2026' is not a date (write dd/mm/yyyy or yyyy-mm-dd)"));
        QCOMPARE(d.at(4), QStringLiteral("line 7: Minutes 'lots' is not a whole number from 0 to 10080"));
        QCOMPARE(d.at(5), QStringLiteral("line 8: Minutes '20000' is not a whole number from 0 to 10080"));
        QCOMPARE(d.at(6), QStringLiteral("line 9: the same student, course and week are already on line 2"));
        QCOMPARE(d.at(7), QStringLiteral("line 10: Week '2099-01-05' is in the future"));
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM report_activity")), 0);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM report_course_weeks")), 0);
    }

    void refusesAFileWithoutItsColumnsOrEmpty()
    {
        auto empty = run(*t, lead, ReportImportKind::Grades, QString(), QStringLiteral("grades.csv"));
        QVERIFY(!empty);
        QCOMPARE(empty.error().message,
                 QStringLiteral("grades.csv is empty: its first line must name the columns (UPN, "
                                "Course, Date, Grade); nothing was imported."));
        auto missing =
            run(*t, lead, ReportImportKind::Grades, QStringLiteral("UPN,Course,Date\n"), QStringLiteral("grades.csv"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.startsWith(QStringLiteral("grades.csv: ")),
                 qPrintable(missing.error().message));
        QVERIFY(missing.error().message.contains(QStringLiteral("Grade")));
        QVERIFY(missing.error().message.endsWith(QStringLiteral("nothing was imported.")));
        auto twice = run(*t, lead, ReportImportKind::Attendance, QStringLiteral("UPN,Week,Attendance,Attendance\n"));
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("more than one column named")));
    }

    void readsGradesOnEveryScale()
    {
        QCOMPARE(*ReportImporter::gradePercent(QStringLiteral("72%")), 72.0);
        QCOMPARE(*ReportImporter::gradePercent(QStringLiteral("9")), 100.0);
        QCOMPARE(*ReportImporter::gradePercent(QStringLiteral("U")), 0.0);
        QCOMPARE(*ReportImporter::gradePercent(QStringLiteral("a*")), 100.0);
        QCOMPARE(*ReportImporter::gradePercent(QStringLiteral("C")), 62.5);
        QVERIFY(!ReportImporter::gradePercent(QStringLiteral("10")));
        QVERIFY(!ReportImporter::gradePercent(QStringLiteral("72")));
        QVERIFY(!ReportImporter::gradePercent(QStringLiteral("104%")));
        const QString csv =
            QStringLiteral("UPN,Course,Date,Grade\n%1,Year 8 Maths,2026-10-01,6\n%2,Year 8 Maths,2026-10-01,50%\n"
                           "%1,Year 8 Maths,2026-11-01,Q\n")
                .arg(upn(1), upn(2));
        auto bad = run(*t, lead, ReportImportKind::Grades, csv);
        QVERIFY(!bad);
        QCOMPARE(bad.error().details,
                 QStringList{QStringLiteral("line 4: Grade 'Q' is not a grade on the 9-1 or A*-U scale or "
                                            "a percentage (write 7, B or 72%)")});
        auto good = run(*t, lead, ReportImportKind::Grades, csv.left(csv.lastIndexOf(upn(1))));
        QVERIFY2(good, qPrintable(good.error().fullText()));
        QCOMPARE(good->created, 2);
        // (66.7 + 50) / 2
        Query q(t->db(), QStringLiteral("SELECT learners, percent FROM report_course_grades"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.integer(0), 2);
        QVERIFY(qAbs(q.value(1).toDouble() - (600.0 / 9 + 50) / 2) < 1e-9);
    }

    void importsProgressAndAttendance()
    {
        const QString progress = QStringLiteral("UPN,Course,Task,Type,Due,Completed,Time Online\n"
                                                "%1,Year 8 Maths,Fractions quiz,Mandatory,2026-09-18,2026-09-17,25\n"
                                                "%1,Year 8 Maths,Extension,Optional,2026-09-18,,0\n"
                                                "%2,Year 8 Maths,Fractions quiz,mandatory,2026-09-18,,\n"
                                                "%2,Year 8 Maths,Extension,maybe,2026-09-18,,\n")
                                     .arg(upn(1), upn(2));
        auto bad = run(*t, lead, ReportImportKind::Progress, progress);
        QVERIFY(!bad);
        QCOMPARE(bad.error().details,
                 QStringList{QStringLiteral("line 5: Type 'maybe' is not mandatory or optional (write "
                                            "Mandatory or Optional, or Y or N)")});
        auto good = run(*t, lead, ReportImportKind::Progress, progress.left(progress.lastIndexOf(upn(2))));
        QVERIFY2(good, qPrintable(good.error().fullText()));
        QCOMPARE(good->created, 3);
        // Ada 100% mandatory, Ben 0%: the class 50%. Only Ada has optional work: 0%.
        Query q(t->db(),
                QStringLiteral(
                    "SELECT learners, mandatory_rate, optional_rate, minutes_online FROM report_course_progress"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.integer(0), 2);
        QCOMPARE(q.value(1).toDouble(), 50.0);
        QCOMPARE(q.value(2).toDouble(), 0.0);
        QCOMPARE(q.value(3).toDouble(), 12.5);

        const QString attendance =
            QStringLiteral("UPN,Week,Attendance %\n%1,2026-09-07,96.5\n%1,2026-09-14,80%\n%2,2026-09-07,101\n")
                .arg(upn(1), upn(2));
        auto refused = run(*t, lead, ReportImportKind::Attendance, attendance);
        QVERIFY(!refused);
        QCOMPARE(refused.error().details,
                 QStringList{QStringLiteral("line 4: Attendance % '101' is not a percentage from 0 to 100")});
        auto ok = run(*t, lead, ReportImportKind::Attendance, attendance.left(attendance.lastIndexOf(upn(2))));
        QVERIFY2(ok, qPrintable(ok.error().fullText()));
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM report_attendance")), 2);
    }

    void onlyStaffWhoMayImportCourseData()
    {
        const QString csv = QStringLiteral("UPN,Week,Attendance\n%1,2026-09-07,96\n").arg(upn(1));
        auto r = run(*t, teacher, ReportImportKind::Attendance, csv);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        const Session head = t->addUser(QStringLiteral("head"), {Role::Headteacher});
        QVERIFY(run(*t, head, ReportImportKind::Attendance, csv));
    }

    void theCommandLineImportsAndPrintsTheReport()
    {
        const QString file = t->dir() + QStringLiteral("/attendance.csv");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("UPN,Week,Attendance\n%1,2026-09-07,96\n%1,2026-09-14,88\n").arg(upn(1)).toUtf8());
        f.close();
        const QString path = t->path();
        t->close();
        auto cli = [&](const QStringList &args, QString *out, QString *err) {
            QTextStream o(out), e(err);
            return cli::runCli(QStringList{QStringLiteral("mentordesk-cli"), QStringLiteral("--database"), path} + args,
                               o, e);
        };
        QString out, err;
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("attendance"), file}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Imported 2 rows: 2 new, 0 updated, 0 unchanged.")),
                 qPrintable(out + err));
        out.clear();
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("student"), upn(1), QStringLiteral("--today"),
                      QStringLiteral("2026-11-30")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Ada Ash")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("No activity recorded for this course")));
        QVERIFY(out.contains(QStringLiteral("No interventions in this period.")));
        out.clear();
        err.clear();
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("grades"), t->dir() + QStringLiteral("/missing.csv")},
                     &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("missing.csv could not be opened")));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("activity")}, &out, &err), 2);
    }

    void namesTheKindsForTheCommandLine()
    {
        for (auto k : {ReportImportKind::Activity, ReportImportKind::Progress, ReportImportKind::Grades,
                       ReportImportKind::Attendance})
            QVERIFY(reportImportKindFromString(toString(k)) == k);
        QVERIFY(!reportImportKindFromString(QStringLiteral("behaviour")));
    }
};

QTEST_GUILESS_MAIN(TestReportImport)
#include "tst_reportimport.moc"
