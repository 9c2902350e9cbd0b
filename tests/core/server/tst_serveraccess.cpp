// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 12, part 2: access enforced by the server too. Each staff user connects as their own
// PostgreSQL role (`mentordesk-cli server add-user`); the row-level security policies of migration
// 0091 hide what the access matrix hides, at SQL level, whatever the client sends. These checks run
// plain SQL over a connection made as the role, not through the app's services. PostgreSQL only
// (registered as tst_serveraccess_pg by tests/PostgresSuites.cmake).

#include "TestDatabase.h"

#include "access/AccessMatrix.h"
#include "access/ServerAccounts.h"
#include "access/StudentScope.h"
#include "access/UserStore.h"
#include "referrals/HubStore.h"
#include "storage/AuditLog.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace md;

class TestServerAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;
    QStringList m_roles;   // made in this test: dropped at its end
    QString m_passwordFile;
    Session m_mentorA, m_mentorB, m_lead, m_head, m_admin, m_teacher;
    qint64 m_a1 = 0, m_a2 = 0, m_b1 = 0, m_taught = 0;

    static QString uniqueRole(const QString &what)
    {
        static int counter = 0;
        return QStringLiteral("md_%1_%2_%3").arg(what).arg(QCoreApplication::applicationPid()).arg(++counter);
    }

    // `server add-user` run as the owner, the way an administrator would.
    QString addRole(const Session &user)
    {
        const QString role = uniqueRole(user.username());
        const auto r = test::runCli({QStringLiteral("--url"), m_t->path(), QStringLiteral("server"),
                                     QStringLiteral("add-user"), user.username(), QStringLiteral("--role"), role,
                                     QStringLiteral("--password-file"), m_passwordFile});
        if (r.code != 0)
            qWarning("add-user: %s", qPrintable(r.err));
        m_roles << role;
        return role;
    }

    QString urlAs(const QString &role) const
    {
        ServerUrl url = *ServerUrl::parse(m_t->path());
        url.user = role;
        return url.display();
    }

    std::unique_ptr<Database> connectAs(const QString &role)
    {
        ServerUrl url = *ServerUrl::parse(m_t->path());
        url.user = role;
        auto db = Database::openPostgres(url, QStringLiteral("a long enough secret"));
        if (!db) {
            qWarning("connect as %s: %s", qPrintable(role), qPrintable(db.error().message));
            return {};
        }
        return std::move(*db);
    }

    static qint64 count(Database &db, const QString &sql, const QVariantList &binds = {})
    {
        Query q(db, sql);
        for (const QVariant &v : binds)
            q.bind(v);
        auto n = q.scalar();
        if (!n) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(n.error().message));
            return -1;
        }
        return n->toLongLong();
    }

    // A statement the server must refuse; returns its error text ("" when it ran).
    static QString refusal(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (q.exec(sql))
            return {};
        return q.lastError().databaseText();
    }

    void addEntry(qint64 student, const Session &author, bool restricted)
    {
        Query q(m_t->db(), QStringLiteral("INSERT INTO mentoring_entries (student_id, kind, occurred_on, body, author_id, "
                                          "created_at, updated_at, restricted) VALUES (?, 'note', '2026-10-01', "
                                          "'A note', ?, ?, ?, ?)"));
        q.bind(student).bind(author.userId()).bind(isoNow()).bind(isoNow()).bind(restricted ? 1 : 0);
        QVERIFY(q.exec());
    }

    void addSession(qint64 student, const Session &mentor)
    {
        Query q(m_t->db(), QStringLiteral("INSERT INTO mentoring_sessions (student_id, mentor_id, session_date, period, "
                                          "created_at, updated_at) VALUES (?, ?, '2026-10-02', 1, ?, ?)"));
        q.bind(student).bind(mentor.userId()).bind(isoNow()).bind(isoNow());
        QVERIFY(q.exec());
    }

    void addLetter(qint64 student, const Session &author)
    {
        Query q(m_t->db(), QStringLiteral("INSERT INTO letters (template_name, letter_type, student_id, recipient_kind, "
                                          "addressee, body_html, created_by, created_by_name, created_at, updated_at) "
                                          "VALUES ('Consent', 'mentoring', ?, 'parent', 'Parent', '<p>x</p>', ?, ?, ?, ?)"));
        q.bind(student).bind(author.userId()).bind(author.username()).bind(isoNow()).bind(isoNow());
        QVERIFY(q.exec());
    }

    void ownerExec(const QString &sql, const QVariantList &binds = {})
    {
        Query q(m_t->db(), sql);
        for (const QVariant &v : binds)
            q.bind(v);
        QVERIFY2(q.exec(), qPrintable(sql));
    }

    // A mentor's team records, one or two of each kind, written by the owner.
    void addMentorRecords(const Session &mentor)
    {
        const qint64 id = mentor.userId();
        ownerExec(QStringLiteral("INSERT INTO mentor_profiles (user_id, grade, capacity) VALUES (?, 'learning_mentor', 8) "
                                 "ON CONFLICT (user_id) DO NOTHING"),
                  {id});
        for (const char *kind : {"supervision", "cpd"})
            ownerExec(QStringLiteral("INSERT INTO mentor_development (mentor_id, kind, held_on, topic, hours, notes, "
                                     "recorded_by, created_at) VALUES (?, ?, '2026-10-01', 'Topic', 1, 'Notes', 'lead', ?)"),
                      {id, QString::fromLatin1(kind), isoNow()});
        Query obs(m_t->db(), QStringLiteral("INSERT INTO mentor_observations (mentor_id, observed_on, setting, observer, "
                                            "strengths, development, created_at) VALUES (?, '2026-10-05', 'session', "
                                            "'lead', 'Calm', 'Targets', ?) RETURNING id"));
        obs.bind(id).bind(isoNow());
        auto observation = obs.scalar();
        QVERIFY(observation);
        ownerExec(QStringLiteral("INSERT INTO mentor_observation_items (observation_id, position, item, judgement) "
                                 "VALUES (?, 1, 'Planned', 'met')"),
                  {*observation});
        ownerExec(QStringLiteral("INSERT INTO mentor_reviews (mentor_id, school_year, term, reviewed_on, reviewer, "
                                 "overall, updated_at) VALUES (?, 2026, 'autumn', '2026-11-01', 'lead', 'meets', ?)"),
                  {id, isoNow()});
        ownerExec(QStringLiteral("INSERT INTO mentor_removals (mentor_id, removed_on, reason, removed_by, roles_removed) "
                                 "VALUES (?, '2026-11-02', 'other', 'lead', 'mentor')"),
                  {id});
        ownerExec(QStringLiteral("INSERT INTO mentor_outbox (created_at, mentor_id, kind, recipient_name, subject, body, "
                                 "created_by) VALUES (?, ?, 'added', 'A mentor', 'Welcome', 'Welcome to the team', 'lead')"),
                  {isoNow(), id});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::TestDatabase::onPostgres(), "tst_serveraccess needs a PostgreSQL server (run it as _pg)");
    }

    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        m_passwordFile = m_t->dir() + QStringLiteral("/role-password");
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a long enough secret\n");
        f.close();
        m_mentorA = m_t->addUser(QStringLiteral("mentora"), {Role::Mentor});
        m_mentorB = m_t->addUser(QStringLiteral("mentorb"), {Role::Mentor});
        m_lead = m_t->addUser(QStringLiteral("lead"), {Role::LeadMentor});
        m_head = m_t->addUser(QStringLiteral("head"), {Role::Headteacher});
        m_admin = m_t->addUser(QStringLiteral("admin"), {Role::Administrator});
        m_teacher = m_t->addUser(QStringLiteral("teacher"), {Role::Teacher});
        m_a1 = m_t->addStudent(1, QStringLiteral("Ash"), QStringLiteral("Alder"));
        m_a2 = m_t->addStudent(2, QStringLiteral("Bay"), QStringLiteral("Birch"));
        m_b1 = m_t->addStudent(3, QStringLiteral("Cam"), QStringLiteral("Cedar"));
        m_taught = m_t->addStudent(4, QStringLiteral("Dee"), QStringLiteral("Dogwood"));
        m_t->assignMentor(m_mentorA.userId(), m_a1);
        m_t->assignMentor(m_mentorA.userId(), m_a2);
        m_t->assignMentor(m_mentorB.userId(), m_b1);
        m_t->enrol(m_teacher.userId(), m_taught);
        for (qint64 s : {m_a1, m_a2, m_b1, m_taught}) {
            addEntry(s, m_lead, false);
            addSession(s, s == m_b1 ? m_mentorB : m_mentorA);
            addLetter(s, m_lead);
        }
        addEntry(m_a1, m_lead, true);    // restricted, by someone else: mentor A must not see it
        addEntry(m_a1, m_mentorA, true); // restricted, by mentor A: theirs to read
        addEntry(m_b1, m_mentorB, true);
    }

    void cleanup()
    {
        for (const QString &role : std::as_const(m_roles)) {
            Query drop(m_t->db());
            QVERIFY(drop.exec(QStringLiteral("DROP OWNED BY %1").arg(role)));
            QVERIFY(drop.exec(QStringLiteral("DROP ROLE %1").arg(role)));
        }
        m_roles.clear();
        m_t.reset();
    }

    void mentorReadsOnlyTheirAssignedLearnersRows()
    {
        auto db = connectAs(addRole(m_mentorA));
        QVERIFY(db);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM students")), 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM students WHERE id IN (?, ?)"), {m_b1, m_taught}), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM parents WHERE student_id IN (?, ?)"), {m_b1, m_taught}), 0);
        for (const char *table : {"mentoring_entries", "mentoring_sessions", "letters", "mentoring_groups"}) {
            const QString t = QString::fromLatin1(table);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE student_id IN (?, ?)").arg(t), {m_b1, m_taught}), 0);
            QVERIFY2(count(*db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE student_id = ?").arg(t), {m_a1}) > 0, table);
        }
        // Everything, not only what a WHERE asks for: the rows are simply not there.
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(DISTINCT student_id) FROM mentoring_sessions")), 2);
        // Writes outside the reach are refused too, and leave nothing.
        QVERIFY(!refusal(*db, QStringLiteral("INSERT INTO mentoring_entries (student_id, kind, occurred_on, body, "
                                             "author_id, created_at, updated_at) VALUES (%1, 'note', '2026-10-03', "
                                             "'x', %2, 'now', 'now')")
                                  .arg(m_b1)
                                  .arg(m_mentorA.userId()))
                     .isEmpty());
        QSqlQuery upd(db->connection());
        QVERIFY(upd.exec(QStringLiteral("UPDATE students SET tutor_group = 'X' WHERE id = %1").arg(m_b1)));
        QCOMPARE(upd.numRowsAffected(), 0);
        QCOMPARE(count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE tutor_group = 'X'")), 0);
        // The owner (who migrated the database) is not restricted.
        QCOMPARE(count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM students")), 4);
    }

    void restrictedEntriesOnlyForAllowedRolesAndTheirAuthor()
    {
        const QString restricted = QStringLiteral("SELECT COUNT(*) FROM mentoring_entries WHERE restricted = 1");
        auto mentorA = connectAs(addRole(m_mentorA));
        QVERIFY(mentorA);
        QCOMPARE(count(*mentorA, restricted), 1); // their own; not the lead's on the same student
        QCOMPARE(count(*mentorA, restricted + QStringLiteral(" AND author_id <> ?"), {m_mentorA.userId()}), 0);
        auto lead = connectAs(addRole(m_lead));
        QVERIFY(lead);
        QCOMPARE(count(*lead, restricted), 3);
        auto head = connectAs(addRole(m_head));
        QVERIFY(head);
        QCOMPARE(count(*head, restricted), 3);
        // An administrator reaches every student but not safeguarding entries (Action::ReadRestricted).
        auto admin = connectAs(addRole(m_admin));
        QVERIFY(admin);
        QCOMPARE(count(*admin, QStringLiteral("SELECT COUNT(*) FROM students")), 4);
        QCOMPARE(count(*admin, restricted), 0);
        QCOMPARE(count(*admin, QStringLiteral("SELECT COUNT(*) FROM mentoring_entries")), 4);
    }

    void auditLogIsInsertOnlyForStaffRoles()
    {
        auto mentor = connectAs(addRole(m_mentorA));
        auto head = connectAs(addRole(m_head));
        QVERIFY(mentor && head);
        // The app's own path appends (continuing the chain the owner started).
        {
            Transaction tx(*mentor);
            AuditLog audit(*mentor, m_mentorA.actor());
            QVERIFY(audit.changed(QStringLiteral("student"), m_a1, QStringLiteral("tutor_group"), QStringLiteral("8A"),
                                  QStringLiteral("8B")));
            QVERIFY(tx.commit());
        }
        const qint64 before = count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        for (Database *db : {mentor.get(), head.get()}) {
            QVERIFY(!refusal(*db, QStringLiteral("UPDATE audit_log SET new_value = 'changed'")).isEmpty());
            QVERIFY(!refusal(*db, QStringLiteral("DELETE FROM audit_log")).isEmpty());
            QVERIFY(!refusal(*db, QStringLiteral("TRUNCATE audit_log")).isEmpty());
        }
        // Nor written in someone else's name.
        QVERIFY(!refusal(*mentor, QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, entity, prev_hash, "
                                                 "hash) VALUES ('now', %1, 'head', 'update', 'student', 'x', 'y')")
                                      .arg(m_head.userId()))
                     .isEmpty());
        QCOMPARE(count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
        QCOMPARE(count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_value = 'changed'")), 0);
        QCOMPARE(*AuditLog::verifyChain(m_t->db()), qint64(0));
        // A mentor reads only their own entries; the headteacher (Action::ViewAuditLog) all of them.
        QCOMPARE(count(*mentor, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_id IS DISTINCT FROM ?"),
                       {m_mentorA.userId()}),
                 0);
        QCOMPARE(count(*head, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
    }

    void mentorCannotWidenTheirOwnReach()
    {
        auto db = connectAs(addRole(m_mentorA));
        QVERIFY(db);
        QVERIFY(!refusal(*db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (%1, 'headteacher')")
                                  .arg(m_mentorA.userId()))
                     .isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("INSERT INTO mentoring_groups (mentor_id, student_id, started_on) "
                                             "VALUES (%1, %2, '2026-10-01')")
                                  .arg(m_mentorA.userId())
                                  .arg(m_b1))
                     .isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("INSERT INTO course_teachers (course_id, user_id) "
                                             "SELECT id, %1 FROM courses")
                                  .arg(m_mentorA.userId()))
                     .isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("SELECT * FROM server_users")).isEmpty());
        QVERIFY(!refusal(*db, QStringLiteral("SELECT password_hash FROM users")).isEmpty());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM students")), 2);
    }

    // The server's reach for each column of the access matrix is the app's StudentScope for
    // viewing students: the two tables of rules say the same.
    void serverReachMatchesTheAccessMatrix()
    {
        int serial = 10;
        for (AccessColumn column : AccessMatrix::columns()) {
            const QString name = QStringLiteral("col%1").arg(serial++);
            const Session user = m_t->addUser(name, AccessMatrix::rolesOf(column));
            m_t->assignMentor(user.userId(), m_a2);
            m_t->enrol(user.userId(), m_taught, QStringLiteral("Course of ") + name);
            const StudentScope scope = StudentScope::of(user, Action::ViewStudents);
            QVariantList binds = scope.binds;
            const qint64 app = count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM students s WHERE ") + scope.condition, binds);
            auto db = connectAs(addRole(user));
            QVERIFY(db);
            const qint64 server = count(*db, QStringLiteral("SELECT COUNT(*) FROM students"));
            QVERIFY2(app == server, qPrintable(AccessMatrix::columnLabel(column) + QStringLiteral(": app %1, server %2")
                                                                                       .arg(app)
                                                                                       .arg(server)));
        }
    }

    void desksActAsTheirRolesUserWhateverTheyClaim()
    {
        const QString role = addRole(m_mentorA);
        const auto list = test::runCli({QStringLiteral("--url"), urlAs(role), QStringLiteral("students"),
                                        QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out.trimmed().split(QLatin1Char('\n')).size(), 3); // header + two learners
        QVERIFY(list.out.contains(QLatin1String("Alder")));
        QVERIFY(!list.out.contains(QLatin1String("Cedar")));
        const auto claim = test::runCli({QStringLiteral("--url"), urlAs(role), QStringLiteral("--user"),
                                         QStringLiteral("lead"), QStringLiteral("students")});
        QCOMPARE(claim.code, 1);
        QVERIFY(claim.err.contains(QLatin1String("mentora")));
        auto db = connectAs(role);
        QVERIFY(db);
        QCOMPARE(ServerAccounts::connectedStaffUser(*db).value(), std::optional<QString>(QStringLiteral("mentora")));
        QCOMPARE(ServerAccounts::connectedStaffUser(m_t->db()).value(), std::optional<QString>());
    }

    // Migration 0098: the mentoring team's records and the hub's notes, row for row as the access
    // matrix and the mentors' and hub's services let each role read them.
    void mentorTeamRecordsAndHubNotesOnlyForTheRolesTheAppLets()
    {
        addMentorRecords(m_mentorA);
        addMentorRecords(m_mentorB);
        m_t->enrol(m_teacher.userId(), m_a1); // mentor A's learner on the teacher's course
        Query meeting(m_t->db(), QStringLiteral("INSERT INTO hub_meetings (held_on, status, created_at) "
                                                "VALUES ('2026-11-20', 'planned', ?) RETURNING id"));
        meeting.bind(isoNow());
        auto inserted = meeting.scalar();
        QVERIFY(inserted);
        const qint64 meetingId = inserted->toLongLong();
        ownerExec(QStringLiteral("INSERT INTO hub_meeting_notes (meeting_id, notes) VALUES (?, 'Discussed a learner')"),
                  {meetingId});

        const qint64 a = m_mentorA.userId();
        const qint64 b = m_mentorB.userId();
        struct Expected
        {
            const char *who;
            Session user;
            // rows of mentors A and B: profiles, development, observations, observation items,
            // reviews, removals, outbox; then hub meetings and hub meeting notes
            QList<qint64> counts;
        };
        const QList<Expected> expected{
            // A mentor: their own records only (their profile also as their learners' mentor).
            {"mentor", m_mentorA, {1, 2, 1, 1, 1, 1, 0, 1, 0}},
            // A teacher: the profile of the mentor of a student on their course (letters' merge fields).
            {"teacher", m_teacher, {1, 0, 0, 0, 0, 0, 0, 1, 0}},
            // Lead mentor: everything (ViewMentorTeam, ViewMentorQuality, ManageMentors, ManageReferrals).
            {"lead", m_lead, {2, 4, 2, 2, 2, 2, 2, 1, 1}},
            // Headteacher: the team and its quality records; not the outbox nor the hub's notes.
            {"head", m_head, {2, 4, 2, 2, 2, 2, 0, 1, 0}},
            // Administrator: the team (its summary reads development rows), outbox and hub notes;
            // not observations or reviews (ViewMentorQuality is N for an administrator).
            {"admin", m_admin, {2, 4, 0, 0, 0, 2, 2, 1, 1}},
        };
        const QStringList queries{
            QStringLiteral("SELECT COUNT(*) FROM mentor_profiles WHERE user_id IN (?, ?)"),
            QStringLiteral("SELECT COUNT(*) FROM mentor_development WHERE mentor_id IN (?, ?)"),
            QStringLiteral("SELECT COUNT(*) FROM mentor_observations WHERE mentor_id IN (?, ?)"),
            QStringLiteral("SELECT COUNT(*) FROM mentor_observation_items i JOIN mentor_observations o "
                           "ON o.id = i.observation_id WHERE o.mentor_id IN (?, ?)"),
            QStringLiteral("SELECT COUNT(*) FROM mentor_reviews WHERE mentor_id IN (?, ?)"),
            QStringLiteral("SELECT COUNT(*) FROM mentor_removals WHERE mentor_id IN (?, ?)"),
            QStringLiteral("SELECT COUNT(*) FROM mentor_outbox WHERE mentor_id IN (?, ?)"),
            QStringLiteral("SELECT COUNT(*) FROM hub_meetings WHERE id = ?"),
            QStringLiteral("SELECT COUNT(*) FROM hub_meeting_notes"),
        };
        // The owner sees it all.
        QCOMPARE(count(m_t->db(), queries.at(0), {a, b}), 2);
        QCOMPARE(count(m_t->db(), queries.at(8)), 1);
        QHash<QString, QString> roleOf; // a staff user has one server role
        for (const Expected &e : expected) {
            const QString role = addRole(e.user);
            roleOf.insert(QString::fromLatin1(e.who), role);
            auto db = connectAs(role);
            QVERIFY(db);
            for (int i = 0; i < queries.size(); ++i) {
                QVariantList binds;
                if (i < 7)
                    binds = {a, b};
                else if (i == 7)
                    binds = {meetingId};
                const qint64 n = count(*db, queries.at(i), binds);
                QVERIFY2(n == e.counts.at(i), qPrintable(QStringLiteral("%1, %2: %3 rows, expected %4")
                                                             .arg(QString::fromLatin1(e.who), queries.at(i))
                                                             .arg(n)
                                                             .arg(e.counts.at(i))));
            }
        }

        // Mentor A: nothing of mentor B's, by any query.
        auto mentor = connectAs(roleOf.value(QStringLiteral("mentor")));
        QVERIFY(mentor);
        for (const char *table : {"mentor_profiles", "mentor_development", "mentor_observations", "mentor_reviews",
                                  "mentor_removals", "mentor_outbox"}) {
            const QString column = QString::fromLatin1(table) == QLatin1String("mentor_profiles") ? QStringLiteral("user_id")
                                                                                              : QStringLiteral("mentor_id");
            QCOMPARE(count(*mentor, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS DISTINCT FROM ?")
                                        .arg(QString::fromLatin1(table), column),
                           {a}),
                     0);
        }
        // Writes as the app allows them: their own CPD (Action::RecordCpd), not their own supervision,
        // review or grade, and not the hub's notes.
        const QString development = QStringLiteral("INSERT INTO mentor_development (mentor_id, kind, held_on, topic, "
                                                   "hours, recorded_by, created_at) VALUES (%1, '%2', '2026-11-03', "
                                                   "'Course', 2, 'mentora', 'now')");
        QCOMPARE(refusal(*mentor, development.arg(a).arg(QStringLiteral("cpd"))), QString());
        QVERIFY(!refusal(*mentor, development.arg(a).arg(QStringLiteral("supervision"))).isEmpty());
        QVERIFY(!refusal(*mentor, development.arg(b).arg(QStringLiteral("cpd"))).isEmpty());
        QVERIFY(!refusal(*mentor, QStringLiteral("INSERT INTO mentor_reviews (mentor_id, school_year, term, reviewed_on, "
                                                 "reviewer, overall, updated_at) VALUES (%1, 2026, 'spring', "
                                                 "'2027-03-01', 'mentora', 'exceeds', 'now')")
                                      .arg(a))
                     .isEmpty());
        QVERIFY(!refusal(*mentor, QStringLiteral("INSERT INTO hub_meeting_notes (meeting_id, notes) VALUES (%1, 'x') "
                                                 "ON CONFLICT (meeting_id) DO UPDATE SET notes = excluded.notes")
                                      .arg(meetingId))
                     .isEmpty());
        QSqlQuery grade(mentor->connection());
        QVERIFY(grade.exec(QStringLiteral("UPDATE mentor_profiles SET capacity = 99 WHERE user_id = %1").arg(a)));
        QCOMPARE(grade.numRowsAffected(), 0);
        QCOMPARE(count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM mentor_profiles WHERE capacity = 99")), 0);
        QCOMPARE(count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM hub_meeting_notes WHERE meeting_id = ? "
                                                 "AND notes = 'Discussed a learner'"),
                       {meetingId}),
                 1);

        // The app's own path as the lead mentor's role: the hub's notes are there to read and write.
        auto lead = connectAs(roleOf.value(QStringLiteral("lead")));
        QVERIFY(lead);
        HubStore hub(*lead);
        QVERIFY(hub.updateMeeting(m_lead, meetingId, {{QStringLiteral("A lead"), QStringLiteral("Lead mentor")}},
                                  QStringLiteral("Agreed a plan"), hub.meeting(m_lead, meetingId)->rowVersion));
        auto read = hub.meeting(m_lead, meetingId);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->notes, QStringLiteral("Agreed a plan"));
    }

    // Every table of the schema reaches the staff roles (except the owner's own), and every table
    // holding pupil data has row-level security. A table a new capability adds fails here until
    // it has a policy or is named below as shared (no pupil rows), so none is forgotten.
    void everyTableIsGrantedAndEveryPupilTableHasRowSecurity()
    {
        const QString role = addRole(m_mentorA);
        // Tables without per-student rows, readable by every staff role like the app's own lists:
        // settings and reference lists, courses and terms, course-level figures. (The mentors' own
        // records and the hub's notes have policies since migration 0098.)
        const QSet<QString> shared{
            QStringLiteral("assessment_reminders"), QStringLiteral("behaviour_categories"),
            QStringLiteral("course_approvals"), QStringLiteral("courses"), QStringLiteral("hub_attendees"),
            QStringLiteral("hub_meetings"), QStringLiteral("ilp_reviews"), QStringLiteral("ilp_template_fields"),
            QStringLiteral("ilp_templates"), QStringLiteral("keyworker_capacity"), QStringLiteral("letter_templates"),
            QStringLiteral("letterheads"), QStringLiteral("observation_checklist"), QStringLiteral("priority_flags"),
            QStringLiteral("provision_criteria"), QStringLiteral("provision_types"),
            QStringLiteral("report_course_grades"), QStringLiteral("report_course_progress"),
            QStringLiteral("report_course_weeks"), QStringLiteral("retention_rules"), QStringLiteral("role_labels"),
            QStringLiteral("schema_migrations"), QStringLiteral("school_calendar"), QStringLiteral("school_periods"),
            QStringLiteral("settings"), QStringLiteral("terms")};
        const QSet<QString> ownerOnly{QStringLiteral("server_users")};
        const QSet<QString> readOnly{QStringLiteral("schema_migrations")};

        Query tables(m_t->db(),
                     QStringLiteral("SELECT c.relname, c.relrowsecurity, "
                                    "EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
                                    "AND NOT a.attisdropped AND a.attname = 'student_id'), "
                                    "has_any_column_privilege(CAST(? AS TEXT), c.oid, 'SELECT'), "
                                    "has_table_privilege(CAST(? AS TEXT), c.oid, 'INSERT') "
                                    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                    "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1"));
        tables.bind(role).bind(role);
        QVERIFY(tables.exec());
        QStringList problems;
        int seen = 0;
        while (tables.next()) {
            ++seen;
            const QString table = tables.string(0);
            const bool rls = tables.value(1).toBool();
            const bool perStudent = tables.value(2).toBool();
            const bool canRead = tables.value(3).toBool();
            const bool canInsert = tables.value(4).toBool();
            if (ownerOnly.contains(table)) {
                if (canRead || canInsert)
                    problems << table + QStringLiteral(": the owner's only, yet granted");
                continue;
            }
            if (!canRead)
                problems << table + QStringLiteral(": not granted to staff roles (SELECT)");
            if (canInsert == readOnly.contains(table))
                problems << table + (canInsert ? QStringLiteral(": read-only, yet INSERT granted")
                                               : QStringLiteral(": not granted to staff roles (INSERT)"));
            if (perStudent && !rls)
                problems << table + QStringLiteral(": has student_id but no row-level security");
            if (!rls && !shared.contains(table))
                problems << table
                                + QStringLiteral(": no row-level security and not on the list of shared tables "
                                                 "(give it a policy, or list it here if it holds no pupil rows)");
        }
        QVERIFY(seen > 60);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    // A migration after add-user (here: a table made by the owner, then migration 0096 run again, as
    // the next migration would be) gives the existing roles the new table too.
    void aTableALaterMigrationAddsReachesExistingRoles()
    {
        const QString role = addRole(m_mentorA);
        Query make(m_t->db());
        QVERIFY(make.exec(QStringLiteral("CREATE TABLE md_later_capability (id BIGSERIAL PRIMARY KEY, note TEXT)")));
        QVERIFY(make.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 96")));
        make.finish();
        {
            // Not migrating: a staff role may not (the owner's desk or `init` brings the schema up to date).
            ServerUrl url = *ServerUrl::parse(m_t->path());
            url.user = role;
            auto staff = Database::openPostgres(url, QStringLiteral("a long enough secret"), Database::Migrate::No);
            QVERIFY(staff);
            QVERIFY(refusal(**staff, QStringLiteral("SELECT COUNT(*) FROM md_later_capability"))
                        .contains(QLatin1String("permission denied")));
        }
        auto migrated = Database::open(m_t->path());
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
        QCOMPARE((*migrated)->schemaVersion(), Migrations::latestVersion());
        auto staff = connectAs(role);
        QVERIFY(staff);
        QCOMPARE(refusal(*staff, QStringLiteral("INSERT INTO md_later_capability (note) VALUES ('x')")), QString());
        QCOMPARE(count(*staff, QStringLiteral("SELECT COUNT(*) FROM md_later_capability")), 1);
        // ...with the same exceptions as add-user.
        QVERIFY(!refusal(*staff, QStringLiteral("SELECT password_hash FROM users")).isEmpty());
        QVERIFY(!refusal(*staff, QStringLiteral("SELECT * FROM server_users")).isEmpty());
        QVERIFY(!refusal(*staff, QStringLiteral("DELETE FROM audit_log")).isEmpty());
        QVERIFY(!refusal(*staff, QStringLiteral("SELECT md_grant_staff_roles()")).isEmpty());
    }

    // "Change my password" at a desk connected as the staff user's own role changes the role's
    // password: the server gets only a SCRAM verifier, checks the current password itself, and
    // from then on accepts the new password and refuses the old.
    void aStaffRoleChangesItsOwnServerPassword()
    {
        const QString role = addRole(m_mentorA);
        // The throwaway server checks passwords for members of md_password_checked (tools/pg-test-server);
        // another server given by MD_PG_SERVER_URL may trust everyone, and then only the verifier is compared.
        const bool checked = count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM pg_hba_file_rules "
                                                             "WHERE '+md_password_checked' = ANY (user_name)"))
                             > 0;
        if (checked) {
            Query group(m_t->db());
            QVERIFY(group.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE md_password_checked NOLOGIN; "
                                              "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")));
            QVERIFY(group.exec(QStringLiteral("GRANT md_password_checked TO %1").arg(role)));
        }
        const QString oldPassword = QStringLiteral("a long enough secret");
        const QString newPassword = QStringLiteral("river lantern moss");
        ServerUrl url = *ServerUrl::parse(m_t->path());
        url.user = role;
        if (checked)
            QVERIFY(!Database::openPostgres(url, QStringLiteral("not the password")));
        auto desk = Database::openPostgres(url, oldPassword);
        QVERIFY2(desk, desk ? "" : qPrintable(desk.error().message));
        Database &db = **desk;
        UserStore users(db);

        QVERIFY(!users.changeOwnPassword(m_mentorA, oldPassword, oldPassword));
        QVERIFY(!users.changeOwnPassword(m_mentorA, oldPassword, QStringLiteral("short")));
        QVERIFY(!users.changeOwnPassword(m_mentorA, oldPassword, QStringLiteral("iloveyou1")));
        if (checked) {
            const Status wrong = users.changeOwnPassword(m_mentorA, QStringLiteral("not the password"), newPassword);
            QVERIFY(!wrong);
            QCOMPARE(wrong.error().message, QStringLiteral("The current password is not right."));
        }
        // Only as the role's own user: another user's session changes nothing.
        QVERIFY(!ServerAccounts::changeOwnPassword(db, m_mentorB, oldPassword, newPassword));

        const Status changed = users.changeOwnPassword(m_mentorA, oldPassword, newPassword);
        QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));

        Query stored(m_t->db(), QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"));
        stored.bind(role);
        const QString verifier = stored.scalar().value().toString();
        stored.finish();
        QVERIFY(!verifier.contains(newPassword));
        // SCRAM-SHA-256$iterations:salt$storedkey:serverkey, the one the new password makes with that salt.
        const QStringList parts = verifier.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 3);
        const QStringList head = parts.at(1).split(QLatin1Char(':'));
        QCOMPARE(head.size(), 2);
        QCOMPARE(ServerAccounts::scramVerifier(newPassword, QByteArray::fromBase64(head.at(1).toLatin1()),
                                               head.at(0).toInt()),
                 verifier);
        QVERIFY(ServerAccounts::scramVerifier(oldPassword, QByteArray::fromBase64(head.at(1).toLatin1()),
                                              head.at(0).toInt())
                != verifier);
        // Written down, as the user, without the password.
        QCOMPARE(count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND entity_id = ? "
                                                 "AND field = 'server password' AND user_id = ?"),
                       {m_mentorA.userId(), m_mentorA.userId()}),
                 1);
        // The desk's connection keeps the new password for the connections it makes later (live updates).
        QCOMPARE(db.connection().password(), newPassword);
        if (checked) {
            QVERIFY(!Database::openPostgres(url, oldPassword));
            QVERIFY(Database::openPostgres(url, newPassword));
        }
    }

    void addUserStoresOnlyAScramVerifierAndRefusesBadRequests()
    {
        const QString role = addRole(m_mentorB);
        QCOMPARE(count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM server_users WHERE role_name = ? AND user_id = ?"),
                       {role, m_mentorB.userId()}),
                 1);
        Query stored(m_t->db(), QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"));
        stored.bind(role);
        const QString verifier = stored.scalar().value().toString();
        QVERIFY(verifier.startsWith(QLatin1String("SCRAM-SHA-256$4096:")));
        QVERIFY(!verifier.contains(QLatin1String("a long enough secret")));
        // The verifier is PostgreSQL's (checked against Python's hashlib for the same salt).
        QByteArray salt;
        for (int i = 0; i < 16; ++i)
            salt.append(char(i));
        QCOMPARE(ServerAccounts::scramVerifier(QStringLiteral("correct horse battery"), salt),
                 QStringLiteral("SCRAM-SHA-256$4096:AAECAwQFBgcICQoLDA0ODw==$DSORcG4dNUxAHTEo5BL20ymSoLgt8C8jLZ09S+VUVlM="
                                ":9hLrfnf7zvCtDB9drkVXkMgUsd4vpHfg5YQJDrbaZ30="));

        auto run = [&](const QStringList &extra) {
            return test::runCli(QStringList{QStringLiteral("--url"), m_t->path(), QStringLiteral("server"),
                                            QStringLiteral("add-user")}
                                + extra);
        };
        const QString pw = QStringLiteral("--password-file");
        const auto again = run({QStringLiteral("mentorb"), QStringLiteral("--role"), uniqueRole(QStringLiteral("x")), pw, m_passwordFile});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(role));
        const auto unknown = run({QStringLiteral("nobody"), pw, m_passwordFile});
        QCOMPARE(unknown.code, 1);
        const auto badName = run({QStringLiteral("lead"), QStringLiteral("--role"), QStringLiteral("Robert'); DROP"), pw, m_passwordFile});
        QCOMPARE(badName.code, 1);
        const auto notAdmin = test::runCli({QStringLiteral("--url"), m_t->path(), QStringLiteral("--user"),
                                            QStringLiteral("lead"), QStringLiteral("server"), QStringLiteral("add-user"),
                                            QStringLiteral("head"), pw, m_passwordFile});
        QCOMPARE(notAdmin.code, 1);
        const auto sqlite = test::runCli({QStringLiteral("--database"), m_t->dir() + QStringLiteral("/desk.sqlite"),
                                          QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("lead"),
                                          pw, m_passwordFile});
        QCOMPARE(sqlite.code, 2);
        QCOMPARE(count(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM server_users")), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_serveraccess.moc"
