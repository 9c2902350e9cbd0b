// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "access/PasswordHasher.h"
#include "access/UserStore.h"
#include "cli/CliCommands.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/MentoringGroupStore.h"
#include "students/StudentStore.h"
#include "students/Upn.h"

#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

#include <optional>

namespace md::test {

namespace {

// The maintenance URL of the test server, if this process runs its suites on PostgreSQL.
const std::optional<ServerUrl> &testServer()
{
    static const std::optional<ServerUrl> server = []() -> std::optional<ServerUrl> {
        QString text = qEnvironmentVariable("MD_TEST_PG_URL");
        if (text.isEmpty() && qEnvironmentVariableIsSet("MD_TEST_PG_URL_FILE")) {
            QFile f(qEnvironmentVariable("MD_TEST_PG_URL_FILE"));
            if (f.open(QIODevice::ReadOnly))
                text = QString::fromUtf8(f.readAll()).trimmed();
            if (text.isEmpty())
                qFatal("MD_TEST_PG_URL_FILE is set but %s holds no server URL: was the test server started?",
                       qPrintable(f.fileName()));
        }
        if (text.isEmpty())
            return std::nullopt;
        auto url = ServerUrl::parse(text);
        if (!url)
            qFatal("MD_TEST_PG_URL: %s", qPrintable(url.error().message));
        return *url;
    }();
    return server;
}

// One connection per process to the server's maintenance database, for CREATE/DROP DATABASE.
QSqlDatabase adminConnection()
{
    const QString name = QStringLiteral("md-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const ServerUrl &u = *testServer();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(u.host);
    db.setPort(u.port);
    db.setUserName(u.user);
    db.setPassword(u.password);
    db.setDatabaseName(u.database);
    if (!db.open())
        qFatal("TestDatabase: the test server %s cannot be reached: %s", qPrintable(u.display()),
               qPrintable(db.lastError().text()));
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
    return db;
}

bool adminExec(const QString &sql)
{
    QSqlQuery q(adminConnection());
    if (!q.exec(sql)) {
        qWarning("TestDatabase: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// A database migrated to this build's schema, made once per server and copied for every test
// (CREATE DATABASE ... TEMPLATE is much faster than running the migrations each time).
QString templateDatabase()
{
    static const QString name = [] {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const Migration &m : Migrations::all())
            hash.addData(m.sql.toUtf8());
        const QString tpl = QStringLiteral("md_tpl_%1_%2")
                                .arg(Migrations::latestVersion())
                                .arg(QString::fromLatin1(hash.result().toHex().left(12)));
        adminExec(QStringLiteral("SELECT pg_advisory_lock(727275)"));
        QSqlQuery q(adminConnection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = ?"));
        q.addBindValue(tpl);
        const bool exists = q.exec() && q.next() && q.value(0).toInt() > 0;
        q.finish();
        if (!exists) {
            const QString building = tpl + QStringLiteral("_new");
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(building));
            adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(building));
            {
                auto db = Database::openPostgres(testServer()->withDatabase(building));
                if (!db)
                    qFatal("TestDatabase: migrating the template failed: %s", qPrintable(db.error().message));
            }
            adminExec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, tpl));
        }
        adminExec(QStringLiteral("SELECT pg_advisory_unlock(727275)"));
        return tpl;
    }();
    return name;
}

} // namespace

Engine TestDatabase::engine()
{
    return testServer() ? Engine::PostgreSQL : Engine::SQLite;
}

TestDatabase::TestDatabase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (onPostgres()) {
        static int counter = 0;
        m_serverDatabase = QStringLiteral("md_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_serverDatabase));
        adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_serverDatabase, templateDatabase()));
        m_path = testServer()->withDatabase(m_serverDatabase).display();
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.mentordesk"));
    }
    auto db = Database::open(m_path);
    if (!db)
        qWarning("TestDatabase: %s", qPrintable(db.error().message));
    else
        m_db = std::move(*db);
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_serverDatabase.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto db = Database::open(m_path);
    if (db)
        m_db = std::move(*db);
}

Session TestDatabase::addUser(const QString &username, const QSet<Role> &roles)
{
    static const QString hash = *PasswordHasher::hash(QStringLiteral("correct horse"), PasswordHasher::Cost::Minimum);
    NewStaffUser u{username, username, {}, {}, roles, hash};
    auto id = UserStore(*m_db).create(Session::system(), u);
    if (!id) {
        qWarning("addUser: %s", qPrintable(id.error().message));
        return {};
    }
    return Session(*id, username, username, roles);
}

qint64 TestDatabase::addStudent(int serial, const QString &forename, const QString &surname, int year,
                                const QString &tutorGroup)
{
    Student s;
    s.upn = Upn::withCheckLetter(QStringLiteral("80120000") + QString::number(serial).rightJustified(4, QLatin1Char('0')));
    s.legalForename = forename;
    s.legalSurname = surname;
    s.yearGroup = year;
    s.tutorGroup = tutorGroup;
    s.dateOfBirth = QDate(2013, 3, 1);
    Transaction tx(*m_db);
    StudentWriter writer(*m_db, Actor{0, QStringLiteral("test")});
    qint64 id = 0;
    auto outcome = writer.upsertByUpn(s, &id);
    if (!outcome)
        qWarning("addStudent: %s", qPrintable(outcome.error().message));
    Parent p;
    p.studentId = id;
    p.title = QStringLiteral("Ms");
    p.forename = QStringLiteral("Parent");
    p.surname = surname;
    p.relationship = QStringLiteral("Mother");
    p.phone = QStringLiteral("07700 900123");
    if (auto added = writer.addParent(p); !added)
        qWarning("addParent: %s", qPrintable(added.error().message));
    if (Status c = tx.commit(); !c)
        qWarning("addStudent commit: %s", qPrintable(c.error().message));
    return id;
}

void TestDatabase::assignMentor(qint64 mentorId, qint64 studentId)
{
    Transaction tx(*m_db);
    AuditLog audit(*m_db, Actor{0, QStringLiteral("test")});
    if (Status s = MentoringGroupStore(*m_db).assignUnchecked(audit, mentorId, studentId, QDate(2026, 9, 1)); !s)
        qWarning("assignMentor: %s", qPrintable(s.error().message));
    if (Status c = tx.commit(); !c)
        qWarning("assignMentor commit: %s", qPrintable(c.error().message));
}

void TestDatabase::enrol(qint64 teacherId, qint64 studentId, const QString &course)
{
    Query find(*m_db, QStringLiteral("SELECT id FROM courses WHERE name = ?"));
    find.bind(course);
    qint64 courseId = find.scalar().value().toLongLong();
    if (courseId == 0) {
        Query add(*m_db, QStringLiteral("INSERT INTO courses (name, created_at) VALUES (?, ?) RETURNING id"));
        add.bind(course).bind(isoNow());
        courseId = add.scalar().value().toLongLong();
    }
    Query t(*m_db, QStringLiteral("INSERT INTO course_teachers (course_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    t.bind(courseId).bind(teacherId);
    Query s(*m_db, QStringLiteral("INSERT INTO course_students (course_id, student_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    s.bind(courseId).bind(studentId);
    if (!t.exec() || !s.exec())
        qWarning("enrol failed");
}

QString testData(const QString &name)
{
    return QStringLiteral(MD_TEST_DATA_DIR "/") + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

CliRun runCli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::runCli(QStringList{QStringLiteral("mentordesk-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace md::test
