// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli letters: render letters to PDF, list them and their state, list templates,
// record an acknowledgement.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "letters/Letterhead.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "letters/LetterTemplate.h"
#include "storage/Transaction.h"
#include "students/StudentStore.h"

#include <QCoreApplication>
#include <QFile>

namespace md::cli {

namespace {

// The letters commands; a class so their strings translate under one context.
class LetterCli
{
    Q_DECLARE_TR_FUNCTIONS(md::cli::LetterCli)
public:
    static int render(CliContext &ctx, const QStringList &args);
    static int list(CliContext &ctx, const QStringList &args);
    static int templates(CliContext &ctx, const QStringList &args);
    static int acknowledge(CliContext &ctx, const QStringList &args);
};

QCommandLineOption formatOption(const QString &allowed)
{
    return QCommandLineOption(QStringLiteral("format"),
                              LetterCli::tr("Output format: %1 (default table).").arg(allowed),
                              QStringLiteral("FORMAT"), QStringLiteral("table"));
}

int LetterCli::render(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption templ(QStringLiteral("template"), tr("The letter template's name."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption students(QStringLiteral("students"), tr("The students' UPNs, separated by commas."),
                                      QStringLiteral("UPN[,UPN...]"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Who the letters are to: parents (each parent or carer with parental "
                                   "responsibility), student, or both (default parents)."),
                                QStringLiteral("parents|student|both"), QStringLiteral("parents"));
    const QCommandLineOption share(QStringLiteral("share-address"),
                                   tr("Parents at the same address share one letter."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption course(QStringLiteral("course"),
                                    tr("The course the letters come from (teachers write attendance letters from "
                                       "their courses; found for them when left out)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The letters' date (default today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption preview(QStringLiteral("preview"),
                                     tr("Only write the PDF: no letters are recorded or issued."));
    parser.addOptions({templ, students, to, share, out, course, date, preview});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("letters render --template NAME --students UPN[,UPN...] [--to parents|student|both] --out "
                         "FILE.pdf: merge a template for each student and recipient, one letter per page, into one "
                         "PDF. The letters are recorded as issued (by PDF) unless --preview is given; if anything "
                         "is missing nothing is written."),
                      args, &code))
        return code;
    if (!parser.isSet(templ) || !parser.isSet(students) || !parser.isSet(out)) {
        ctx.err() << tr("letters render needs --template, --students and --out.") << Qt::endl;
        return 2;
    }
    Recipients::Choice choice;
    const QString who = parser.value(to).trimmed().toLower();
    if (who == QLatin1String("parents")) {
        choice.toParents = true;
    } else if (who == QLatin1String("student")) {
        choice.toParents = false;
        choice.toStudent = true;
    } else if (who == QLatin1String("both")) {
        choice.toStudent = true;
    } else {
        ctx.err() << tr("--to must be parents, student or both, not '%1'.").arg(parser.value(to)) << Qt::endl;
        return 2;
    }
    choice.shareByAddress = parser.isSet(share);
    QDate letterDate;
    if (parser.isSet(date)) {
        letterDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!letterDate.isValid()) {
            ctx.err() << tr("--date must be a date like 2027-03-04, not '%1'.").arg(parser.value(date)) << Qt::endl;
            return 2;
        }
    }

    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto t = LetterTemplateStore(**db).getByName(*session, parser.value(templ));
    if (!t)
        return ctx.fail(t.error());

    LetterRequest request;
    request.templateId = t->id;
    request.recipients = choice;
    request.date = letterDate;
    StudentStore store(**db);
    QStringList unknown;
    for (const QString &upn : parser.value(students).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto s = store.getByUpn(*session, upn.trimmed().toUpper());
        if (!s)
            unknown << s.error().message;
        else
            request.studentIds.append(s->id);
    }
    if (!unknown.isEmpty())
        return ctx.fail(
            Error{Error::Kind::NotFound,
                  tr("%n student(s) could not be found; nothing was written.", nullptr, int(unknown.size())), unknown});
    LetterService service(**db);
    if (parser.isSet(course)) {
        auto id = service.findCourse(parser.value(course));
        if (!id)
            return ctx.fail(id.error());
        request.courseId = *id;
    }

    auto plan = service.plan(*session, request);
    if (!plan)
        return ctx.fail(plan.error());
    if (plan->letters.isEmpty())
        return ctx.fail(Error::invalid(tr("There is no one to write to; nothing was written."), plan->problems));
    if (plan->incomplete() > 0) {
        QStringList details = plan->problems;
        if (session->userId() == 0)
            details << tr("Letters are signed by the member of staff you run as: add --user USERNAME.");
        return ctx.fail(Error::invalid(
            tr("%n letter(s) would have gaps where data is missing; nothing was written.", nullptr, plan->incomplete()),
            details));
    }

    LetterRenderer renderer;
    const QString path = parser.value(out);
    if (parser.isSet(preview)) {
        auto letterhead = LetterheadStore(**db).current();
        if (!letterhead)
            return ctx.fail(letterhead.error());
        const auto head = std::make_shared<const Letterhead>(*letterhead);
        QList<RenderLetter> letters;
        for (const PlannedLetter &p : std::as_const(plan->letters))
            letters.append({p.bodyHtml, head, QString()});
        auto done = renderer.renderPdf(path, letters, {}, t->name);
        if (!done)
            return ctx.fail(done.error());
        ctx.out() << tr("Wrote a preview of %n letter(s)", nullptr, done->letters)
                  << tr(" (%n page(s)) to %1; nothing was recorded.", nullptr, done->pages).arg(path) << Qt::endl;
        return 0;
    }

    // Recorded and issued in one transaction that commits only once the PDF is safely written.
    Transaction tx(**db);
    if (!tx.ok())
        return ctx.fail(tx.error());
    auto ids = service.createDrafts(*session, request, false);
    if (!ids)
        return ctx.fail(ids.error());
    if (Status s = service.issue(*session, *ids, IssueMethod::Pdf); !s)
        return ctx.fail(s.error());
    auto letters = service.renderable(*session, *ids);
    if (!letters)
        return ctx.fail(letters.error());
    auto done = renderer.renderPdf(path, *letters, {}, t->name);
    if (!done)
        return ctx.fail(done.error());
    if (Status s = tx.commit(); !s) {
        QFile::remove(path);
        return ctx.fail(s.error());
    }
    ctx.out()
        << tr("Wrote %n letter(s)", nullptr, done->letters) << tr(" (%n page(s)) to %1", nullptr, done->pages).arg(path)
        << tr("; issued as %1 to %2.").arg(LetterTerms::reference(ids->first()), LetterTerms::reference(ids->last()))
        << Qt::endl;
    return 0;
}

int LetterCli::list(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption state(QStringLiteral("state"), tr("Only letters in this state."),
                                   QStringLiteral("draft|issued|acknowledged"));
    const QCommandLineOption type(QStringLiteral("type"), tr("Only letters of this type."),
                                  QStringLiteral("attendance|behaviour|assessment|mentoring"));
    const QCommandLineOption student(QStringLiteral("student"), tr("Only this student's letters."),
                                     QStringLiteral("UPN"));
    const QCommandLineOption format = formatOption(QStringLiteral("table|csv|json"));
    parser.addOptions({state, type, student, format});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("letters list: the letters you may track, newest first, with their state (draft, issued, "
                         "acknowledged)."),
                      args, &code))
        return code;
    LetterFilter filter;
    if (parser.isSet(state)) {
        filter.state = LetterTerms::stateFromString(parser.value(state));
        if (!filter.state) {
            ctx.err() << tr("--state must be draft, issued or acknowledged, not '%1'.").arg(parser.value(state))
                      << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(type)) {
        filter.type = LetterTerms::typeFromString(parser.value(type));
        if (!filter.type) {
            ctx.err() << tr("--type must be attendance, behaviour, assessment or mentoring, not '%1'.")
                             .arg(parser.value(type))
                      << Qt::endl;
            return 2;
        }
    }
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt) {
        ctx.err() << tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)) << Qt::endl;
        return 2;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (parser.isSet(student)) {
        auto s = StudentStore(**db).getByUpn(*session, parser.value(student).trimmed().toUpper());
        if (!s)
            return ctx.fail(s.error());
        filter.studentId = s->id;
    }
    auto letters = LetterService(**db).list(*session, filter);
    if (!letters)
        return ctx.fail(letters.error());
    QList<QStringList> rows;
    for (const LetterSummary &l : std::as_const(*letters))
        rows << QStringList{l.reference(),
                            l.studentName,
                            l.tutorGroup,
                            l.addressee,
                            LetterTerms::toString(l.recipientKind),
                            LetterTerms::toString(l.type),
                            l.templateName,
                            LetterTerms::toString(l.state),
                            l.issuedVia ? LetterTerms::toString(*l.issuedVia) : QString(),
                            l.issuedAt.left(10),
                            l.acknowledgedHow ? LetterTerms::toString(*l.acknowledgedHow) : QString(),
                            l.acknowledgedOn.toString(Qt::ISODate),
                            l.createdByName};
    printRows(
        ctx.out(), *fmt,
        {tr("Reference"), tr("Student"), tr("Tutor group"), tr("To"), tr("Recipient"), tr("Type"), tr("Template"),
         tr("State"), tr("Issued via"), tr("Issued on"), tr("Acknowledged"), tr("Acknowledged on"), tr("Written by")},
        {QStringLiteral("reference"), QStringLiteral("student"), QStringLiteral("tutor_group"), QStringLiteral("to"),
         QStringLiteral("recipient_kind"), QStringLiteral("type"), QStringLiteral("template"), QStringLiteral("state"),
         QStringLiteral("issued_via"), QStringLiteral("issued_on"), QStringLiteral("acknowledged_how"),
         QStringLiteral("acknowledged_on"), QStringLiteral("written_by")},
        rows);
    ctx.out().flush();
    return 0;
}

int LetterCli::templates(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption(QStringLiteral("table|csv|json"));
    const QCommandLineOption archived(QStringLiteral("archived"), tr("Include archived templates."));
    parser.addOptions({format, archived});
    int code = 0;
    if (!parseCommand(ctx, parser, tr("letters templates: the letter templates you may use."), args, &code))
        return code;
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt) {
        ctx.err() << tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)) << Qt::endl;
        return 2;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto list = LetterTemplateStore(**db).list(*session, parser.isSet(archived));
    if (!list)
        return ctx.fail(list.error());
    QList<QStringList> rows;
    for (const LetterTemplate &t : std::as_const(*list))
        rows << QStringList{t.name, LetterTerms::toString(t.type), t.description,
                            t.archived ? tr("archived") : QString()};
    printRows(
        ctx.out(), *fmt, {tr("Name"), tr("Type"), tr("Description"), tr("Archived")},
        {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("description"), QStringLiteral("archived")},
        rows);
    ctx.out().flush();
    return 0;
}

int LetterCli::acknowledge(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("REFERENCE"), tr("The letter's reference, as printed (L-000042)."));
    const QCommandLineOption how(QStringLiteral("how"), tr("How it came back (default reply_slip)."),
                                 QStringLiteral("reply_slip|parent_confirmed|student_confirmed|opened"),
                                 QStringLiteral("reply_slip"));
    const QCommandLineOption on(QStringLiteral("on"), tr("When (default today)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A short note."), QStringLiteral("TEXT"));
    parser.addOptions({how, on, note});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("letters acknowledge REFERENCE: record that an issued letter was opened or "
                         "its reply slip came back."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << tr("letters acknowledge needs exactly one REFERENCE.") << Qt::endl;
        return 2;
    }
    const qint64 id = LetterTerms::idFromReference(parser.positionalArguments().first());
    const auto method = LetterTerms::ackMethodFromString(parser.value(how));
    QDate date;
    if (parser.isSet(on))
        date = QDate::fromString(parser.value(on), Qt::ISODate);
    if (id == 0 || !method || (parser.isSet(on) && !date.isValid())) {
        ctx.err() << tr("Give a reference like L-000042, --how as one of reply_slip, parent_confirmed, "
                        "student_confirmed or opened, and --on as YYYY-MM-DD.")
                  << Qt::endl;
        return 2;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (Status s = LetterService(**db).acknowledge(*session, id, *method, date, parser.value(note)); !s)
        return ctx.fail(s.error());
    ctx.out() << tr("%1 recorded as %2.").arg(LetterTerms::reference(id), LetterTerms::label(*method).toLower())
              << Qt::endl;
    return 0;
}

} // namespace

QList<Command> letterCommands()
{
    return {
        {{QStringLiteral("letters"), QStringLiteral("render")},
         LetterCli::tr("Merge a template into letters, one PDF (--template --students --to --out)"),
         LetterCli::render},
        {{QStringLiteral("letters"), QStringLiteral("list")},
         LetterCli::tr("Letters and their state (--state, --type, --student, --format)"),
         LetterCli::list},
        {{QStringLiteral("letters"), QStringLiteral("templates")},
         LetterCli::tr("The letter templates"),
         LetterCli::templates},
        {{QStringLiteral("letters"), QStringLiteral("acknowledge")},
         LetterCli::tr("Record a reply slip or confirmation for a letter"),
         LetterCli::acknowledge},
    };
}

} // namespace md::cli
