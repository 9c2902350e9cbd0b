// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerLoad.h"

#include "access/PasswordHasher.h"
#include "access/ServerAccounts.h"
#include "access/UserStore.h"
#include "access/Session.h"
#include "demo/DemoSchool.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/MentoringGroupStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <cmath>
#include <memory>

namespace md::load {

namespace {

struct Counts
{
    int entries = 0, sessions = 0, letters = 0;
};

Result<Counts> countsOf(Database &db, qint64 userId)
{
    Counts c;
    const QList<std::pair<int *, QString>> queries = {
        {&c.entries, QStringLiteral("SELECT COUNT(*) FROM mentoring_entries WHERE author_id = ?")},
        {&c.sessions, QStringLiteral("SELECT COUNT(*) FROM mentoring_sessions WHERE mentor_id = ?")},
        {&c.letters, QStringLiteral("SELECT COUNT(*) FROM letters WHERE created_by = ?")},
    };
    for (const auto &[target, sql] : queries) {
        Query q(db, sql);
        q.bind(userId);
        auto n = q.scalar();
        if (!n)
            return n.error();
        *target = n->toInt();
    }
    return c;
}

// The demo school's team is eight below 1,500 students: more mentors, each given six learners
// nobody mentors yet (with a parent to write to), until there are `wanted` plain mentors with a caseload.
Status addMentors(Database &db, int wanted)
{
    Query have(db, QStringLiteral("SELECT COUNT(DISTINCT g.mentor_id) FROM mentoring_groups g WHERE g.ended_on IS NULL "
                                  "AND NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = g.mentor_id AND r.role <> 'mentor')"));
    auto n = have.scalar();
    if (!n)
        return n.error();
    have.finish();
    const auto hash = PasswordHasher::hash(QStringLiteral("load test mentor"), PasswordHasher::Cost::Minimum);
    if (!hash)
        return hash.error();
    for (int i = n->toInt(); i < wanted; ++i) {
        NewStaffUser u{QStringLiteral("load.mentor%1").arg(i + 1), QStringLiteral("Load Mentor %1").arg(i + 1), {}, {},
                       {Role::Mentor}, *hash};
        auto id = UserStore(db).create(Session::system(), u);
        if (!id)
            return id.error();
        Query free(db, QStringLiteral("SELECT s.id FROM students s WHERE s.date_left IS NULL AND NOT EXISTS "
                                      "(SELECT 1 FROM mentoring_groups g WHERE g.student_id = s.id AND g.ended_on IS NULL) "
                                      "AND EXISTS (SELECT 1 FROM parents p WHERE p.student_id = s.id "
                                      "AND p.parental_responsibility = 1) ORDER BY s.id LIMIT 6"));
        if (Status s = free.exec(); !s)
            return s;
        QList<qint64> students;
        while (free.next())
            students << free.id(0);
        free.finish();
        Transaction tx(db);
        AuditLog audit(db, Session::system().actor());
        for (qint64 student : students)
            if (Status s = MentoringGroupStore(db).assignUnchecked(audit, *id, student, QDate::currentDate()); !s)
                return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

// Runs a statement on the maintenance connection (CREATE/DROP DATABASE cannot be in a transaction).
Status adminExec(Database &admin, const QString &sql)
{
    Query q(admin);
    return q.exec(sql);
}

// Clean-up: a failure is reported, and the rest still runs.
void tidy(Database &db, const QString &sql)
{
    if (Status s = adminExec(db, sql); !s)
        qWarning("load test clean-up: %s", qPrintable(s.error().message));
}

} // namespace

double LoadReport::percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = std::min(samples.size() - 1, qsizetype(std::ceil(p * double(samples.size())) - 1));
    return samples.at(std::max<qsizetype>(0, rank));
}

Result<LoadReport> ServerLoad::run(const ServerUrl &maintenance, const QString &clientProgram, const LoadOptions &options)
{
    LoadReport report;
    QElapsedTimer setup;
    setup.start();
    auto admin = Database::openPostgres(maintenance, {}, Database::Migrate::No);
    if (!admin)
        return admin.error();
    const QString tag = QStringLiteral("%1_%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    const QString dbName = QStringLiteral("md_load_") + tag;
    if (Status s = adminExec(**admin, QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(dbName)); !s)
        return s.error();
    QStringList roles;
    auto cleanUp = [&] {
        for (const QString &role : std::as_const(roles))
            tidy(**admin, QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    };

    {
        auto opened = Database::openPostgres(maintenance.withDatabase(dbName));
        if (!opened) {
            tidy(**admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(dbName));
            return opened.error();
        }
        Database &db = **opened;
        DemoOptions demo;
        demo.students = options.students;
        if (auto made = DemoSchool::generate(db, demo); !made)
            report.problems << QStringLiteral("demo school: ") + made.error().message;
        if (Status s = addMentors(db, options.clients); !s)
            report.problems << QStringLiteral("extra mentors: ") + s.error().message;

        // Mentors with nothing but the mentor role and a caseload: one per client.
        QList<std::pair<qint64, QString>> mentors;
        Query q(db, QStringLiteral("SELECT u.id, u.username FROM users u WHERE u.active = 1 "
                                   "AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'mentor') "
                                   "AND NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role <> 'mentor') "
                                   "AND EXISTS (SELECT 1 FROM mentoring_groups g WHERE g.mentor_id = u.id AND g.ended_on IS NULL) "
                                   "ORDER BY u.id"));
        if (Status s = q.exec(); !s)
            report.problems << s.error().message;
        while (q.next() && mentors.size() < options.clients)
            mentors.append({q.id(0), q.string(1)});
        q.finish();
        if (mentors.size() < options.clients)
            report.problems << QStringLiteral("the demo school has %1 mentors with a caseload, not %2")
                                   .arg(mentors.size())
                                   .arg(options.clients);

        QList<Counts> before;
        for (int i = 0; i < mentors.size() && report.problems.isEmpty(); ++i) {
            const QString role = QStringLiteral("mdload_%1_%2").arg(tag).arg(i + 1);
            auto account = ServerAccounts::addUser(db, Session::system(), mentors.at(i).second, role,
                                                   QStringLiteral("load test password"));
            if (!account) {
                report.problems << account.error().message;
                break;
            }
            roles << role;
            auto c = countsOf(db, mentors.at(i).first);
            if (!c)
                return c.error();
            before << *c;
        }
        report.setupSeconds = double(setup.elapsed()) / 1000.0;

        if (report.problems.isEmpty()) {
            // Every client at once.
            std::vector<std::unique_ptr<QProcess>> processes;
            QElapsedTimer wall;
            wall.start();
            for (int i = 0; i < roles.size(); ++i) {
                ServerUrl url = maintenance.withDatabase(dbName);
                url.user = roles.at(i);
                auto p = std::make_unique<QProcess>();
                p->setProgram(clientProgram);
                p->setArguments({QStringLiteral("--url"), url.display(), QStringLiteral("--seconds"),
                                 QString::number(options.seconds), QStringLiteral("--seed"), QString::number(i + 1)});
                p->start();
                processes.push_back(std::move(p));
            }
            const int waitMs = int(options.seconds * 1000) + 120000;
            for (int i = 0; i < int(processes.size()); ++i) {
                QProcess &p = *processes.at(std::size_t(i));
                LoadClient client;
                client.user = mentors.at(i).second;
                if (!p.waitForFinished(waitMs)) {
                    p.kill();
                    p.waitForFinished();
                    report.problems << QStringLiteral("client %1 did not finish").arg(i + 1);
                }
                client.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
                const QByteArray err = p.readAllStandardError();
                const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
                if (o.isEmpty())
                    report.problems << QStringLiteral("client %1 said nothing (exit %2): %3")
                                           .arg(i + 1)
                                           .arg(client.exitCode)
                                           .arg(QString::fromUtf8(err).trimmed());
                client.entries = o.value(QStringLiteral("entries")).toInt();
                client.sessions = o.value(QStringLiteral("sessions")).toInt();
                client.letters = o.value(QStringLiteral("letters")).toInt();
                client.reads = o.value(QStringLiteral("reads")).toInt();
                client.errors = o.value(QStringLiteral("errors")).toInt();
                for (const QJsonValue &v : o.value(QStringLiteral("error_texts")).toArray())
                    client.errorTexts << v.toString();
                const QJsonObject lat = o.value(QStringLiteral("latencies_ms")).toObject();
                for (auto it = lat.constBegin(); it != lat.constEnd(); ++it)
                    for (const QJsonValue &v : it.value().toArray()) {
                        report.latenciesMs[it.key()].append(v.toDouble());
                        report.allLatenciesMs.append(v.toDouble());
                    }
                auto after = countsOf(db, mentors.at(i).first);
                if (!after)
                    return after.error();
                client.entriesInDb = after->entries - before.at(i).entries;
                client.sessionsInDb = after->sessions - before.at(i).sessions;
                client.lettersInDb = after->letters - before.at(i).letters;
                if (client.exitCode != 0 || client.errors > 0)
                    report.problems << QStringLiteral("client %1 (%2): exit %3, %4 failed operations: %5")
                                           .arg(i + 1)
                                           .arg(client.user)
                                           .arg(client.exitCode)
                                           .arg(client.errors)
                                           .arg(client.errorTexts.join(QStringLiteral("; ")));
                if (client.entriesInDb != client.entries || client.sessionsInDb != client.sessions
                    || client.lettersInDb != client.letters)
                    report.problems << QStringLiteral("client %1 (%2) wrote entries/sessions/letters %3/%4/%5, the "
                                                      "database holds %6/%7/%8")
                                           .arg(i + 1)
                                           .arg(client.user)
                                           .arg(client.entries)
                                           .arg(client.sessions)
                                           .arg(client.letters)
                                           .arg(client.entriesInDb)
                                           .arg(client.sessionsInDb)
                                           .arg(client.lettersInDb);
                report.clients << client;
            }
            report.wallSeconds = double(wall.elapsed()) / 1000.0;
            auto broken = AuditLog::verifyChain(db);
            report.chainIntact = broken && *broken == 0;
            if (!report.chainIntact)
                report.problems << QStringLiteral("the audit chain is broken at entry %1").arg(broken ? *broken : -1);
        }
        // Nothing of the roles may remain for DROP ROLE to succeed.
        for (const QString &role : std::as_const(roles))
            tidy(db, QStringLiteral("DROP OWNED BY %1").arg(role));
    }
    tidy(**admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(dbName));
    cleanUp();
    return report;
}

} // namespace md::load
