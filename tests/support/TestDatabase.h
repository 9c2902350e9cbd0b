// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace md::test {

// A fresh database in its own temporary folder, migrated to the latest schema, for one test.
// When MD_TEST_PG_URL (or the file named by MD_TEST_PG_URL_FILE, which the _pg ctest entries set)
// gives a PostgreSQL server, the database is instead a new database on that server, copied from
// a migrated template and dropped at the end; path() is then its postgresql:// URL.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // The engine the core suites run on in this process (PostgreSQL when a test server is given).
    static Engine engine();
    static bool onPostgres() { return engine() == Engine::PostgreSQL; }

    bool isValid() const { return m_db != nullptr; }
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the file (to check what was really written).
    void reopen();
    void close() { m_db.reset(); }

    // A staff user with these roles, created directly; returns a session for them.
    Session addUser(const QString &username, const QSet<Role> &roles);
    // A student with a valid UPN made from `serial`; returns its id.
    qint64 addStudent(int serial, const QString &forename, const QString &surname, int year = 8,
                      const QString &tutorGroup = QStringLiteral("8A"));
    // Puts the student in the mentor's group / on a course the teacher teaches.
    void assignMentor(qint64 mentorId, qint64 studentId);
    void enrol(qint64 teacherId, qint64 studentId, const QString &course = QStringLiteral("Year 8 Maths"));

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_serverDatabase; // PostgreSQL: the database made for this test, dropped at the end
    std::unique_ptr<Database> m_db;
};

// What mentordesk-cli printed and returned, run in-process (cli::runCli).
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &args);

// A file in tests/data, found by a configured path (never relative to the working directory).
QString testData(const QString &name);
// The whole content of a file, for byte-for-byte comparisons.
QByteArray fileBytes(const QString &path);

} // namespace md::test
