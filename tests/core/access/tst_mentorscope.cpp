// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 10, part 1: a mentor never sees a student outside their assignment, whichever way they
// ask: the student list and search, the 360° reports, the behaviour log, letters, the registers,
// the exports (subject access, CSV, the audit log) and the command line run with --user.

#include "TestDatabase.h"

#include "access/AuthService.h"
#include "audit/AuditLogModel.h"
#include "behaviour/BehaviourStore.h"
#include "demo/DemoSchool.h"
#include "ilp/IlpPlanStore.h"
#include "interventions/InterventionStore.h"
#include "letters/LetterService.h"
#include "mentoring/CaseloadDashboard.h"
#include "privacy/SubjectAccess.h"
#include "referrals/ReferralStore.h"
#include "reports/ReportScope.h"
#include "reports/ReportStore.h"
#include "reports/ReportStudentListModel.h"
#include "storage/Query.h"
#include "students/StudentFilterModel.h"
#include "students/StudentListModel.h"
#include "students/StudentStore.h"
#include "students/Upn.h"

#include <QtTest>

using namespace md;

class TestMentorScope : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;
    Session m_mentor;
    QString m_mentorName;
    QSet<qint64> m_caseload;
    // The caseload, and the students of records the mentor made or was put on by name (their own
    // referrals, letters, interventions, plans and sessions): what they may reach, and no more.
    QSet<qint64> m_reach;
    qint64 m_in = 0;
    qint64 m_out = 0;
    QString m_inUpn;
    QString m_outUpn;
    QString m_otherMentorName;
    QStringList m_outsideUpns;

    Database &db() { return m_t->db(); }
    QSet<qint64> ids(const QString &sql, const QVariantList &binds = {})
    {
        Query q(db(), sql);
        for (const QVariant &b : binds)
            q.bind(b);
        QSet<qint64> out;
        if (!q.exec())
            return out;
        while (q.next())
            out.insert(q.id(0));
        return out;
    }
    // Fails the test when `seen` holds a student out of reach.
    bool onlyReach(const QSet<qint64> &seen, const char *where)
    {
        const QSet<qint64> leaked = seen - m_reach;
        if (!leaked.isEmpty())
            qWarning("%s shows %lld student(s) outside the mentor's reach", where, qint64(leaked.size()));
        return leaked.isEmpty();
    }
    // Whether a command-line output mentions a student outside the mentor's reach, by UPN or by
    // name ("Surname, Forename" or "Forename Surname", legal or preferred forename).
    QString leakIn(const QString &text) const
    {
        for (const QString &upn : m_outsideUpns)
            if (text.contains(upn))
                return upn;
        for (const QString &name : m_outsideNames)
            if (text.contains(name))
                return name;
        return {};
    }
    QStringList m_outsideNames;
    static QStringList namesOf(const QString &surname, const QString &forename, const QString &preferred)
    {
        QStringList out;
        for (const QString &f : {forename, preferred})
            if (!f.isEmpty())
                out << surname + QStringLiteral(", ") + f << f + QLatin1Char(' ') + surname;
        return out;
    }
    test::CliRun cliAsMentor(const QStringList &args)
    {
        return test::runCli(QStringList{QStringLiteral("--database"), m_t->path(), QStringLiteral("--user"), m_mentorName} +
                            args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_t = std::make_unique<test::TestDatabase>();
        DemoOptions options;
        options.students = 90;
        QVERIFY(DemoSchool::generate(db(), options).ok());
        // A learning mentor (that role only) with a caseload, and a student of another mentor.
        Query q(db(), QStringLiteral("SELECT mg.mentor_id, u.username FROM mentoring_groups mg JOIN users u ON u.id = "
                                     "mg.mentor_id WHERE mg.ended_on IS NULL AND NOT EXISTS (SELECT 1 FROM user_roles ur "
                                     "WHERE ur.user_id = mg.mentor_id AND ur.role <> 'mentor') GROUP BY mg.mentor_id, u.username "
                                     "ORDER BY COUNT(*) DESC, mg.mentor_id LIMIT 1"));
        QVERIFY(q.exec() && q.next());
        const qint64 mentorId = q.id(0);
        m_mentorName = q.string(1);
        q.finish();
        auto mentor = AuthService(db()).sessionFor(m_mentorName);
        QVERIFY(mentor.ok());
        m_mentor = *mentor;
        QVERIFY(m_mentor.roles() == QSet<Role>{Role::Mentor});
        m_caseload = ids(QStringLiteral("SELECT student_id FROM mentoring_groups WHERE mentor_id = ? AND ended_on IS NULL"),
                         {mentorId});
        QVERIFY(m_caseload.size() >= 3);
        m_reach = m_caseload;
        m_reach += ids(QStringLiteral("SELECT student_id FROM referrals WHERE referrer_id = ?"), {mentorId});
        m_reach += ids(QStringLiteral("SELECT student_id FROM letters WHERE created_by = ?"), {mentorId});
        m_reach += ids(QStringLiteral("SELECT student_id FROM interventions WHERE keyworker_id = ?"), {mentorId});
        m_reach += ids(QStringLiteral("SELECT p.student_id FROM ilp_plans p JOIN ilp_plan_mentors pm ON pm.plan_id = p.id "
                                      "WHERE pm.user_id = ?"),
                       {mentorId});
        m_reach += ids(QStringLiteral("SELECT student_id FROM mentoring_sessions WHERE mentor_id = ?"), {mentorId});

        // The student outside: another mentor's, with letters, behaviour and a referral if any has them.
        Query out(db(), QStringLiteral("SELECT s.id, s.upn FROM students s JOIN mentoring_groups mg ON mg.student_id = s.id "
                                       "AND mg.ended_on IS NULL WHERE mg.mentor_id <> ? ORDER BY "
                                       "(CASE WHEN EXISTS (SELECT 1 FROM letters l WHERE l.student_id = s.id) THEN 1 ELSE 0 END) + "
                                       "(CASE WHEN EXISTS (SELECT 1 FROM behaviour_events b WHERE b.student_id = s.id) THEN 1 ELSE 0 END) + "
                                       "(CASE WHEN EXISTS (SELECT 1 FROM referrals r WHERE r.student_id = s.id) THEN 1 ELSE 0 END) DESC, s.id"));
        out.bind(mentorId);
        QVERIFY(out.exec());
        while (out.next()) {
            if (m_reach.contains(out.id(0)))
                continue;
            m_out = out.id(0);
            m_outUpn = out.string(1);
            break;
        }
        out.finish();
        QVERIFY(m_out > 0);
        Query other(db(), QStringLiteral("SELECT u.username FROM mentoring_groups mg JOIN users u ON u.id = mg.mentor_id "
                                         "WHERE mg.student_id = ? AND mg.ended_on IS NULL"));
        other.bind(m_out);
        auto otherName = other.scalar();
        QVERIFY(otherName.ok());
        m_otherMentorName = otherName->toString();
        QVERIFY(!m_otherMentorName.isEmpty() && m_otherMentorName != m_mentorName);
        m_in = *std::min_element(m_caseload.cbegin(), m_caseload.cend());
        Query upns(db(), QStringLiteral("SELECT id, upn, legal_surname, legal_forename, preferred_forename FROM students"));
        QVERIFY(upns.exec());
        QSet<QString> reachNames;
        while (upns.next()) {
            const QStringList names = namesOf(upns.string(2), upns.string(3), upns.string(4));
            if (upns.id(0) == m_in)
                m_inUpn = upns.string(1);
            if (!m_reach.contains(upns.id(0))) {
                m_outsideUpns << upns.string(1);
                m_outsideNames << names;
            } else {
                for (const QString &n : names)
                    reachNames.insert(n);
            }
        }
        upns.finish();
        // A name shared with a student in reach proves nothing.
        m_outsideNames.removeIf([&](const QString &n) { return reachNames.contains(n); });
        QVERIFY(m_outsideUpns.size() > 40);
    }

    void studentListShowsOnlyTheCaseload()
    {
        auto rows = StudentStore(db()).list(m_mentor, true);
        QVERIFY(rows.ok());
        QSet<qint64> seen;
        for (const StudentRow &r : *rows)
            seen.insert(r.student.id);
        QCOMPARE(seen, m_caseload);

        StudentListModel model;
        QVERIFY(model.load(db(), m_mentor, true));
        QCOMPARE(model.rowCount(), int(m_caseload.size()));
    }

    void searchFindsNobodyOutsideTheCaseload()
    {
        StudentListModel model;
        QVERIFY(model.load(db(), m_mentor));
        StudentFilterModel filter;
        filter.setSourceModel(&model);
        filter.setFilterText(m_outUpn);
        QCOMPARE(filter.rowCount(), 0);
        auto out = StudentStore(db()).get(Session::system(), m_out);
        QVERIFY(out.ok());
        filter.setFilterText(out->legalSurname);
        for (int r = 0; r < filter.rowCount(); ++r)
            QVERIFY(m_caseload.contains(model.rowAt(filter.mapToSource(filter.index(r, 0)).row()).student.id));
        filter.setFilterText(m_inUpn);
        QCOMPARE(filter.rowCount(), 1);

        auto byUpn = StudentStore(db()).getByUpn(m_mentor, m_outUpn);
        QVERIFY(!byUpn);
        QCOMPARE(byUpn.error().kind, Error::Kind::NotFound);
        QVERIFY(!byUpn.error().message.isEmpty());
        QVERIFY(!StudentStore(db()).get(m_mentor, m_out));
        QVERIFY(!StudentStore(db()).parents(m_mentor, m_out));
    }

    void reportsCoverOnlyTheCaseload()
    {
        ReportStudentListModel list;
        QVERIFY(list.load(db(), m_mentor));
        QSet<qint64> seen;
        for (int r = 0; r < list.rowCount(); ++r)
            seen.insert(list.studentIdAt(r));
        QCOMPARE(seen, m_caseload);

        const QDate today = QDate::currentDate();
        QVERIFY(ReportStore(db()).student(m_mentor, m_in, today.addDays(-120), today));
        auto refused = ReportStore(db()).student(m_mentor, m_out, today.addDays(-120), today);
        QVERIFY(!refused);
        QVERIFY(!refused.error().message.isEmpty());

        // Course-centric reports list only the mentor's own learners on each course.
        auto courses = ReportScope::courses(db(), m_mentor);
        QVERIFY(courses.ok());
        QVERIFY(!courses->isEmpty());
        for (const ReportCourseRef &c : *courses) {
            auto report = ReportStore(db()).course(m_mentor, c.id);
            QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
            QSet<qint64> learners;
            for (const ReportCourseLearner &l : report->learners)
                learners.insert(l.studentId);
            QVERIFY(onlyReach(learners, "a course report"));
        }
    }

    void behaviourLogCoversOnlyTheCaseload()
    {
        BehaviourStore store(db());
        auto events = store.list(m_mentor, BehaviourFilter{}, 100000);
        QVERIFY(events.ok());
        QSet<qint64> seen;
        for (const BehaviourEvent &e : *events)
            seen.insert(e.studentId);
        QVERIFY(onlyReach(seen, "the behaviour log"));
        auto totals = store.weeklyTotals(m_mentor, BehaviourFilter{});
        QVERIFY(totals.ok());
        seen.clear();
        for (const BehaviourWeekTotal &w : *totals)
            seen.insert(w.studentId);
        QVERIFY(onlyReach(seen, "the weekly totals"));
        BehaviourFilter other;
        other.studentId = m_out;
        auto none = store.list(m_mentor, other, 1000);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        QVERIFY(!store.summary(m_mentor, m_out));
    }

    void lettersCoverOnlyTheCaseload()
    {
        LetterService letters(db());
        auto list = letters.list(m_mentor, LetterFilter{});
        QVERIFY(list.ok());
        QSet<qint64> seen;
        for (const LetterSummary &l : *list)
            seen.insert(l.studentId);
        QVERIFY(onlyReach(seen, "the letters list"));
        const qint64 outLetter = *ids(QStringLiteral("SELECT MIN(id) FROM letters WHERE student_id = ?"), {m_out}).cbegin();
        if (outLetter > 0)
            QVERIFY(!letters.get(m_mentor, outLetter));

        Query t(db(), QStringLiteral("SELECT MIN(id) FROM letter_templates WHERE letter_type = 'behaviour' AND archived = 0"));
        auto templateId = t.scalar();
        QVERIFY(templateId.ok());
        LetterRequest request;
        request.templateId = templateId->toLongLong();
        request.studentIds = {m_out};
        auto planned = letters.plan(m_mentor, request);
        QVERIFY(!planned || planned->letters.isEmpty());
        auto made = letters.createDrafts(m_mentor, request, true);
        QVERIFY(!made);
        QVERIFY(!made.error().message.isEmpty());
        request.studentIds = {m_in};
        auto mine = letters.createDrafts(m_mentor, request, true);
        QVERIFY2(mine.ok(), mine ? "" : qPrintable(mine.error().message));
    }

    void registersAndPlansCoverOnlyTheReach()
    {
        auto interventions = InterventionStore(db()).list(m_mentor, RegisterFilter{});
        QVERIFY(interventions.ok());
        QSet<qint64> seen;
        for (const Intervention &i : *interventions)
            seen.insert(i.studentId);
        QVERIFY(onlyReach(seen, "the mentoring register"));

        ReferralFilter all;
        auto referrals = ReferralStore(db()).list(m_mentor, all);
        QVERIFY(referrals.ok());
        seen.clear();
        for (const Referral &r : *referrals)
            seen.insert(r.studentId);
        QVERIFY(onlyReach(seen, "the referrals list"));

        auto plans = IlpPlanStore(db()).studentList(m_mentor, QDate::currentDate());
        QVERIFY(plans.ok());
        seen.clear();
        for (const IlpStudentRow &r : *plans)
            seen.insert(r.studentId);
        QVERIFY(onlyReach(seen, "the ILP student list"));

        auto facts = CaseloadDashboard(db()).facts(m_mentor, std::nullopt);
        QVERIFY(facts.ok());
        seen.clear();
        for (const CaseFacts &f : *facts)
            seen.insert(f.studentId);
        QVERIFY(onlyReach(seen, "the caseload dashboard"));
    }

    void exportsAreRefused()
    {
        // Subject access: not a mentor's to make, in or out of the group.
        for (qint64 student : {m_in, m_out}) {
            auto sar = SubjectAccess::exportStudent(db(), m_mentor, student);
            QVERIFY(!sar);
            QCOMPARE(sar.error().kind, Error::Kind::Forbidden);
            QVERIFY(!sar.error().message.isEmpty());
        }
        // The audit log (and its CSV export) names every student: not for mentors.
        AuditLogModel audit;
        const Status s = audit.load(db(), m_mentor, AuditFilter{});
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Forbidden);
    }

    void commandLineWithUserShowsOnlyTheCaseload_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString csv = QStringLiteral("--format=csv");
        QTest::newRow("students") << QStringList{QStringLiteral("students"), csv, QStringLiteral("--include-leavers")};
        QTest::newRow("referrals") << QStringList{QStringLiteral("referrals"), csv};
        QTest::newRow("register") << QStringList{QStringLiteral("register"), csv};
        QTest::newRow("letters list") << QStringList{QStringLiteral("letters"), QStringLiteral("list"), csv};
        QTest::newRow("caseload") << QStringList{QStringLiteral("caseload"), csv};
        QTest::newRow("ilp plans") << QStringList{QStringLiteral("ilp"), QStringLiteral("plans"), csv};
    }

    void commandLineWithUserShowsOnlyTheCaseload()
    {
        QFETCH(QStringList, args);
        const test::CliRun run = cliAsMentor(args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString leaked = leakIn(run.out);
        QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("%1 printed a student outside the caseload").arg(args.join(QLatin1Char(' ')))));
    }

    void commandLineWithUserRefusesStudentsOutsideTheCaseload_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("mine");
        const QString dir = m_t->dir();
        for (const bool mine : {true, false}) {
            const QString upn = mine ? m_inUpn : m_outUpn;
            const char *who = mine ? "in the group" : "outside";
            QTest::addRow("report student, %s", who) << QStringList{QStringLiteral("report"), QStringLiteral("student"), upn} << mine;
            QTest::addRow("behaviour, %s", who) << QStringList{QStringLiteral("behaviour"), QStringLiteral("--student"), upn} << mine;
            QTest::addRow("ilp plans --student, %s", who)
                << QStringList{QStringLiteral("ilp"), QStringLiteral("plans"), QStringLiteral("--student"), upn} << mine;
        }
        // Subject access exports are refused to a mentor for every student.
        QTest::addRow("export student, in the group")
            << QStringList{QStringLiteral("export"), QStringLiteral("student"), m_inUpn, QStringLiteral("--out"), dir + QStringLiteral("/in.json")}
            << false;
        QTest::addRow("export student, outside")
            << QStringList{QStringLiteral("export"), QStringLiteral("student"), m_outUpn, QStringLiteral("--out"), dir + QStringLiteral("/out.json")}
            << false;
        QTest::addRow("caseload of another mentor")
            << QStringList{QStringLiteral("caseload"), QStringLiteral("--mentor"), m_otherMentorName} << false;
        QTest::addRow("demo --replace") << QStringList{QStringLiteral("demo"), QStringLiteral("--replace")} << false;
        // A backup is every student's record.
        QTest::addRow("backup") << QStringList{QStringLiteral("backup"), dir + QStringLiteral("/copy.sqlite")} << false;
    }

    void commandLineWithUserRefusesStudentsOutsideTheCaseload()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, mine);
        const test::CliRun run = cliAsMentor(args);
        if (mine) {
            QVERIFY2(run.code == 0, qPrintable(run.err));
        } else {
            QVERIFY2(run.code != 0, qPrintable(run.out));
            QVERIFY(!run.err.trimmed().isEmpty());
            QVERIFY(!run.out.contains(m_outUpn));
        }
        QVERIFY2(leakIn(run.out).isEmpty(), qPrintable(run.out.left(400)));
        // The refusal may repeat the UPN the user typed, but never whose it is.
        QString err = run.err;
        for (const QString &a : args)
            err.remove(a);
        QVERIFY2(leakIn(err).isEmpty(), qPrintable(run.err));
        // demo --replace was refused, not half done: the file is there, the school as it was.
        if (!test::TestDatabase::onPostgres())
            QVERIFY(QFileInfo::exists(m_t->path()));
        Query students(db(), QStringLiteral("SELECT COUNT(*) FROM students"));
        QCOMPARE(students.scalar().value().toInt(), 90);
    }

    // A UPN nobody holds and one outside the mentor's reach are refused in the same words, so
    // --user cannot be used to find out which UPNs the school holds.
    void commandLineWithUserCannotTellUnknownUpnsFromOthers_data()
    {
        QTest::addColumn<QStringList>("command");
        const QString dir = m_t->dir();
        QTest::newRow("report student") << QStringList{QStringLiteral("report"), QStringLiteral("student")};
        QTest::newRow("behaviour") << QStringList{QStringLiteral("behaviour"), QStringLiteral("--student")};
        QTest::newRow("export student")
            << QStringList{QStringLiteral("export"), QStringLiteral("student"), QStringLiteral("--out"), dir + QStringLiteral("/x.json")};
    }

    void commandLineWithUserCannotTellUnknownUpnsFromOthers()
    {
        QFETCH(QStringList, command);
        const QString unknown = Upn::withCheckLetter(QStringLiteral("999999999999"));
        QVERIFY(!unknown.isEmpty());
        Query held(db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE upn = ?"));
        held.bind(unknown);
        QCOMPARE(held.scalar().value().toInt(), 0);
        QString said[2];
        for (int i = 0; i < 2; ++i) {
            const QString upn = i == 0 ? unknown : m_outUpn;
            QStringList args = command;
            args.insert(2, upn); // after the command and its flag
            const test::CliRun run = cliAsMentor(args);
            QVERIFY2(run.code != 0, qPrintable(run.out));
            said[i] = run.err;
            said[i].replace(upn, QStringLiteral("UPN"));
        }
        QCOMPARE(said[0], said[1]);
    }
};

QTEST_GUILESS_MAIN(TestMentorScope)
#include "tst_mentorscope.moc"
