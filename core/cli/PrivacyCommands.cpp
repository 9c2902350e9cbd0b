// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli export student: the subject access export.
#include "cli/CliCommands.h"

#include "privacy/SubjectAccess.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QJsonArray>

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

} // namespace

QList<Command> privacyCommands()
{
    return {
        {{QStringLiteral("export"), QStringLiteral("student")},
         Tr::tr("Everything held on one student (subject access request) as JSON and PDF"),
         runExportStudent},
    };
}

} // namespace md::cli
