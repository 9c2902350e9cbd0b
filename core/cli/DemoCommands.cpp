// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli demo: generate the synthetic demo school.
#include "cli/CliCommands.h"
#include "access/Permissions.h"
#include "access/Session.h"

#include "demo/DemoSchool.h"
#include "school/SchoolSettings.h"
#include "school/SchoolStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

namespace md::cli {

namespace {

// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::cli)
};

// Only the demo school, or a database with nobody in it, may be thrown away by --replace.
Status checkReplaceable(const QString &path)
{
    auto db = Database::openSqlite(path, Database::Migrate::No);
    if (!db)
        return db.error();
    if ((*db)->schemaVersion() == 0 || SchoolSettings(**db).isDemo())
        return {};
    auto cohort = SchoolStats::cohort(**db);
    if (cohort && cohort->value(QStringLiteral("on_roll")) == 0)
        return {};
    return Error::conflict(Tr::tr("%1 holds a real school's data: --replace only replaces the demo school.").arg(path));
}

int runDemo(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption students(QStringLiteral("students"), Tr::tr("How many students (default 720)."),
                                      QStringLiteral("N"), QStringLiteral("720"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed for the generator; the same seed gives the same school."),
                                  QStringLiteral("S"), QStringLiteral("20261123"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     Tr::tr("Delete the database file first (only when it is the demo school or empty)."));
    parser.addOptions({students, seed, replace});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      Tr::tr("demo: fill an empty database with a synthetic demo school (no real names)."), args, &code))
        return code;
    bool okN = false;
    bool okS = false;
    const int n = parser.value(students).toInt(&okN);
    const quint32 s = parser.value(seed).toUInt(&okS);
    if (!okN || n < 1 || n > 200000)
        return ctx.fail(Tr::tr("--students must be a whole number from 1 to 200000, not '%1'.").arg(parser.value(students)));
    if (!okS)
        return ctx.fail(Tr::tr("--seed must be a whole number, not '%1'.").arg(parser.value(seed)));

    // With --user, that user must be allowed to (re)generate the demo school, before anything is replaced.
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (Status allowed = Permissions::require(*session, Action::GenerateDemoSchool); !allowed)
        return ctx.fail(allowed.error());
    ctx.closeDatabase();

    if (parser.isSet(replace) && QFile::exists(ctx.databasePath())) {
        Status removable = checkReplaceable(ctx.databasePath());
        if (!removable)
            return ctx.fail(removable.error());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(ctx.databasePath() + suffix);
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    DemoOptions options;
    options.students = n;
    options.seed = s;
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoSchool::generate(**db, *session, options);
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out() << Tr::tr("Demo school ready in %1 ms: %2 students, %3 parents/carers, %4 staff (%5 mentors). "
                    "The app signs in as %6.")
                     .arg(timer.elapsed())
                     .arg(summary->students)
                     .arg(summary->parents)
                     .arg(summary->staff)
                     .arg(summary->mentors)
                     .arg(summary->signInAs)
              << Qt::endl;
    return 0;
}

} // namespace

QList<Command> demoCommands()
{
    return {
        {{QStringLiteral("demo")}, Tr::tr("Generate the demo school (--students N, --seed S)"), runDemo},
    };
}

} // namespace md::cli
