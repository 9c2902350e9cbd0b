// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli export student: the subject access export.
#include "cli/CliCommands.h"
#include "access/StudentScope.h"

#include "privacy/Retention.h"
#include "privacy/SubjectAccess.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace md::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::cli)
};

int runExportStudent(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("UPN"), Tr::tr("The student's unique pupil number."));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("Write the JSON export to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Tr::tr("Also write the readable copy as a PDF to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption encrypt(QStringLiteral("encrypt"), Tr::tr("Seal the files with a passphrase."));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      Tr::tr("Read the passphrase from the first line of PATH (implies --encrypt)."),
                                      QStringLiteral("PATH"));
    parser.addOptions({out, pdf, encrypt, passFile});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      Tr::tr("export student UPN --out FILE.json [--pdf FILE.pdf]: everything held on one student, for "
                             "a subject access request. The export is recorded in the audit log."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out)) {
        ctx.err() << Tr::tr("export student needs a UPN and --out FILE.") << Qt::endl;
        return 2;
    }
    QString passphrase;
    if (parser.isSet(encrypt) || parser.isSet(passFile)) {
        auto p = ctx.passphrase(parser.value(passFile), true);
        if (!p)
            return ctx.fail(p.error());
        passphrase = *p;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QString upn = parser.positionalArguments().first();
    Query find(**db, QStringLiteral("SELECT id FROM students WHERE upn = ?"));
    find.bind(upn);
    auto id = find.scalar();
    if (!id)
        return ctx.fail(id.error());
    // Out of the user's reach and unknown read the same, so --user cannot test which UPNs exist.
    if (Status s = StudentScope::check(**db, *session, Action::ExportSubjectAccess, id->toLongLong()); !s)
        return ctx.fail(s.error());
    if (id->isNull())
        return ctx.fail(Tr::tr("There is no student with the UPN %1.").arg(upn));
    auto exported = SubjectAccess::exportStudent(**db, *session, id->toLongLong());
    if (!exported)
        return ctx.fail(exported.error());
    if (Status s = SubjectAccess::writeFiles(**db, *exported, parser.value(out), parser.value(pdf), passphrase); !s)
        return ctx.fail(s.error());
    int records = 1;
    for (auto it = exported->constBegin(); it != exported->constEnd(); ++it)
        if (it.value().isArray())
            records += int(it.value().toArray().size());
    ctx.out() << Tr::tr("Subject access export written to %1 (%2 records).").arg(parser.value(out)).arg(records) << '\n';
    if (parser.isSet(pdf))
        ctx.out() << Tr::tr("Readable copy written to %1.").arg(parser.value(pdf)) << '\n';
    ctx.out().flush();
    return 0;
}

int runRetention(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("erase"), Tr::tr("Erase everything listed (asks for --yes)."), QStringLiteral("[erase]"));
    const QCommandLineOption yes(QStringLiteral("yes"), Tr::tr("Confirm the erasure; it cannot be undone."));
    const QCommandLineOption json(QStringLiteral("format"), Tr::tr("table (default) or json."), QStringLiteral("FORMAT"),
                                  QStringLiteral("table"));
    const QCommandLineOption today(QStringLiteral("today"), Tr::tr("Review as on DATE (YYYY-MM-DD)."), QStringLiteral("DATE"));
    parser.addOptions({yes, json, today});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      Tr::tr("retention [erase --yes]: list the records past their retention period, or erase them. "
                             "The erasure is audited (by whom, under which rule), never the data."),
                      args, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    const bool erase = !pos.isEmpty() && pos.first() == QLatin1String("erase");
    if (pos.size() > 1 || (!pos.isEmpty() && !erase)) {
        ctx.err() << Tr::tr("retention takes no argument but \"erase\".") << Qt::endl;
        return 2;
    }
    const QDate on = parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate) : QDate::currentDate();
    if (!on.isValid())
        return ctx.fail(Tr::tr("--today needs a date like 2026-12-04, not \"%1\".").arg(parser.value(today)));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto due = Retention::review(**db, *session, on);
    if (!due)
        return ctx.fail(due.error());
    if (erase) {
        if (!parser.isSet(yes)) {
            ctx.err() << Tr::tr("Erasing cannot be undone: run again with --yes to erase %n student record set(s).", nullptr,
                                int(due->size()))
                      << Qt::endl;
            return 2;
        }
        auto summary = Retention::erase(**db, *session, *due, on);
        if (!summary)
            return ctx.fail(summary.error());
        ctx.out() << Tr::tr("Erased %1 records for %2 students; %3 audit entries blanked; the file went from %4 to %5 bytes.")
                         .arg(summary->records)
                         .arg(due->size())
                         .arg(summary->auditRedacted)
                         .arg(summary->bytesBefore)
                         .arg(summary->bytesAfter)
                  << Qt::endl;
        return 0;
    }
    if (parser.value(json) == QLatin1String("json")) {
        QJsonArray rows;
        for (const RetentionDue &d : std::as_const(*due))
            rows.append(QJsonObject{{QStringLiteral("kind"), d.kind},
                                    {QStringLiteral("upn"), d.upn},
                                    {QStringLiteral("records"), d.records},
                                    {QStringLiteral("due_since"), d.dueSince.toString(Qt::ISODate)}});
        ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    if (due->isEmpty()) {
        ctx.out() << Tr::tr("Nothing is past its retention period.") << Qt::endl;
        return 0;
    }
    for (const RetentionDue &d : std::as_const(*due))
        ctx.out() << d.upn << '\t' << Retention::label(d.kind) << '\t' << d.records << '\t'
                  << d.dueSince.toString(Qt::ISODate) << '\n';
    ctx.out().flush();
    return 0;
}

} // namespace

QList<Command> privacyCommands()
{
    return {
        {{QStringLiteral("export"), QStringLiteral("student")},
         Tr::tr("Everything held on one student (subject access request) as JSON and PDF"),
         runExportStudent},
        {{QStringLiteral("retention")}, Tr::tr("List (or erase with erase --yes) the records past their retention period"),
         runRetention},
    };
}

} // namespace md::cli
