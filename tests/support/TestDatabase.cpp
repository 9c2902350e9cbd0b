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

#include <QFile>
#include <QStandardPaths>
#include <QtTest>

namespace md::test {

TestDatabase::TestDatabase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("test.mentordesk"));
    auto db = Database::openSqlite(m_path);
    if (!db)
        qWarning("TestDatabase: %s", qPrintable(db.error().message));
    else
        m_db = std::move(*db);
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto db = Database::openSqlite(m_path);
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
