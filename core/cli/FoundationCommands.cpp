// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli commands of the foundation: init, students, stats, check.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "school/SchoolSettings.h"
#include "school/SchoolStats.h"
#include "storage/AuditLog.h"
#include "storage/Migrations.h"
#include "students/StudentFilterModel.h"
#include "students/StudentListModel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace md::cli {

namespace {

// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::cli)
};

QCommandLineOption formatOption(const QString &allowed, const QString &fallback)
{
    return QCommandLineOption(QStringLiteral("format"), Tr::tr("Output format: %1 (default %2).").arg(allowed, fallback),
                              QStringLiteral("FORMAT"), fallback);
}

int runInit(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parseCommand(ctx, parser, Tr::tr("init: create the database, or bring an existing one up to this version's schema."),
                      args, &code))
        return code;
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    ctx.out() << Tr::tr("Database ready: %1 (schema %2)").arg((*db)->location()).arg((*db)->schemaVersion()) << Qt::endl;
    return 0;
}

int runStudents(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption filter(QStringLiteral("filter"), Tr::tr("Only students matching TEXT (name, UPN, tutor group, flags)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption format = formatOption(QStringLiteral("table|csv|json"), QStringLiteral("table"));
    const QCommandLineOption leavers(QStringLiteral("include-leavers"), Tr::tr("Include students who have left."));
    parser.addOptions({filter, format, leavers});
    int code = 0;
    if (!parseCommand(ctx, parser, Tr::tr("students: list the students you may see."), args, &code))
        return code;
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt)
        return ctx.fail(Tr::tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    StudentListModel model;
    if (Status s = model.load(**db, *session, parser.isSet(leavers)); !s)
        return ctx.fail(s.error());
    StudentFilterModel filtered;
    filtered.setSourceModel(&model);
    filtered.setFilterText(parser.value(filter));
    QList<QStringList> rows;
    for (int r = 0; r < filtered.rowCount(); ++r) {
        const Student &s = model.rowAt(filtered.mapToSource(filtered.index(r, 0)).row()).student;
        const StudentRow &row = model.rowAt(filtered.mapToSource(filtered.index(r, 0)).row());
        rows << QStringList{s.upn,
                            s.legalSurname,
                            s.legalForename,
                            s.preferredForename,
                            s.yearGroup > 0 ? QString::number(s.yearGroup) : QString(),
                            s.tutorGroup,
                            toCode(s.senStatus),
                            s.badges().join(QLatin1Char(' ')),
                            s.attendance ? QString::number(*s.attendance, 'f', 1) : QString(),
                            row.mentorName};
    }
    printRows(ctx.out(), *fmt,
              {Tr::tr("UPN"), Tr::tr("Surname"), Tr::tr("Forename"), Tr::tr("Preferred"), Tr::tr("Year"), Tr::tr("Tutor group"), Tr::tr("SEN"),
               Tr::tr("Flags"), Tr::tr("Attendance"), Tr::tr("Mentor")},
              {QStringLiteral("upn"), QStringLiteral("surname"), QStringLiteral("forename"),
               QStringLiteral("preferred_forename"), QStringLiteral("year"), QStringLiteral("tutor_group"),
               QStringLiteral("sen_status"), QStringLiteral("flags"), QStringLiteral("attendance"),
               QStringLiteral("mentor")},
              rows);
    return 0;
}

int runStats(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption(QStringLiteral("table|json"), QStringLiteral("table"));
    parser.addOption(format);
    int code = 0;
    if (!parseCommand(ctx, parser, Tr::tr("stats: counts of every kind of record, and the cohort's make-up."), args, &code))
        return code;
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt || *fmt == Format::Csv)
        return ctx.fail(Tr::tr("Unknown format '%1': use table or json.").arg(parser.value(format)));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto counts = SchoolStats::tableCounts(**db);
    if (!counts)
        return ctx.fail(counts.error());
    auto cohort = SchoolStats::cohort(**db);
    if (!cohort)
        return ctx.fail(cohort.error());
    if (*fmt == Format::Json) {
        QJsonObject tables;
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            tables.insert(it.key(), it.value());
        QJsonObject c;
        for (auto it = cohort->cbegin(); it != cohort->cend(); ++it)
            c.insert(it.key(), it.value());
        QJsonObject root{{QStringLiteral("schema_version"), (*db)->schemaVersion()},
                         {QStringLiteral("demo"), SchoolSettings(**db).isDemo()},
                         {QStringLiteral("counts"), tables},
                         {QStringLiteral("cohort"), c}};
        ctx.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)) << Qt::flush;
        return 0;
    }
    QList<QStringList> rows;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        rows << QStringList{it.key(), QString::number(it.value())};
    for (auto it = cohort->cbegin(); it != cohort->cend(); ++it)
        rows << QStringList{QStringLiteral("cohort.") + it.key(), QString::number(it.value())};
    printRows(ctx.out(), Format::Table, {Tr::tr("Records"), Tr::tr("Count")}, {}, rows);
    return 0;
}

int runCheck(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parseCommand(ctx, parser, Tr::tr("check: integrity check, schema version and the audit log's hash chain."), args,
                      &code))
        return code;
    auto opened = Database::open(ctx.serverUrl().isEmpty() ? ctx.databasePath() : ctx.serverUrl(), Database::Migrate::No,
                                 [&ctx](const ServerUrl &url) { return ctx.serverPassword(url); });
    if (!opened)
        return ctx.fail(opened.error());
    Database &db = **opened;
    auto integrity = db.integrityCheck();
    if (!integrity)
        return ctx.fail(integrity.error());
    const bool intact = *integrity == QStringList{QStringLiteral("ok")};
    const int version = db.schemaVersion();
    ctx.out() << Tr::tr("Schema version: %1 (this program: %2)").arg(version).arg(Migrations::latestVersion()) << '\n';
    ctx.out() << Tr::tr("Integrity check: %1").arg(intact ? Tr::tr("ok") : integrity->join(QStringLiteral("; "))) << '\n';
    qint64 tampered = 0;
    if (version > 0) {
        auto chain = AuditLog::verifyChain(db);
        if (!chain)
            return ctx.fail(chain.error());
        tampered = *chain;
        ctx.out() << (tampered == 0 ? Tr::tr("Audit log: intact")
                                    : Tr::tr("Audit log: entry %1 or one before it has been altered").arg(tampered))
                  << '\n';
    }
    ctx.out().flush();
    if (!intact)
        return ctx.fail(Tr::tr("The database is damaged: restore it from a backup."));
    if (tampered != 0)
        return ctx.fail(Tr::tr("The audit log has been altered outside Mentor Desk."));
    if (version < Migrations::latestVersion())
        ctx.out() << Tr::tr("The database needs updating: run mentordesk-cli init.") << Qt::endl;
    return 0;
}

} // namespace

QList<Command> foundationCommands()
{
    return {
        {{QStringLiteral("init")}, Tr::tr("Create the database or bring it up to date"), runInit},
        {{QStringLiteral("students")}, Tr::tr("List students (--filter, --format table|csv|json)"), runStudents},
        {{QStringLiteral("stats")}, Tr::tr("Counts of every kind of record (--format table|json)"), runStats},
        {{QStringLiteral("check")}, Tr::tr("Integrity check and schema version"), runCheck},
    };
}

} // namespace md::cli
