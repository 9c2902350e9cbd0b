// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli ilp: list templates and plans, create and publish plans, print a plan for a
// student, parents or staff as PDF.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "ilp/IlpDocument.h"
#include "ilp/IlpPlanStore.h"
#include "ilp/IlpTemplateStore.h"
#include "students/StudentStore.h"

#include <QCoreApplication>

namespace md::cli {

namespace {

// The ilp commands; a class so their strings translate under one context.
class IlpCli
{
    Q_DECLARE_TR_FUNCTIONS(md::cli::IlpCli)
public:
    static int templates(CliContext &ctx, const QStringList &args);
    static int plans(CliContext &ctx, const QStringList &args);
    static int create(CliContext &ctx, const QStringList &args);
    static int setState(CliContext &ctx, const QStringList &args, IlpPlanState state);
    static int print(CliContext &ctx, const QStringList &args);
};

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

int IlpCli::templates(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    const QCommandLineOption fields(QStringLiteral("fields"), tr("List every field with who sees and edits it."));
    parser.addOptions({format, fields});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("ilp templates: the ILP templates (administrators see drafts too), with their state and "
                         "fields."),
                      args, &code))
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
    auto list = IlpTemplateStore(**db).list(*session);
    if (!list)
        return ctx.fail(list.error());
    QList<QStringList> rows;
    if (parser.isSet(fields)) {
        for (const IlpTemplate &t : std::as_const(*list))
            for (const IlpField &f : t.fields)
                rows << QStringList{t.name, QString::number(f.position), f.label, ilpRolesToCodes(f.seeBy),
                                    ilpRolesToCodes(f.editBy)};
        printRows(ctx.out(), *fmt, {tr("Template"), tr("#"), tr("Field"), tr("Seen by"), tr("Edited by")},
                  {QStringLiteral("template"), QStringLiteral("position"), QStringLiteral("field"),
                   QStringLiteral("seen_by"), QStringLiteral("edited_by")},
                  rows);
    } else {
        for (const IlpTemplate &t : std::as_const(*list))
            rows << QStringList{QString::number(t.id),         t.name,
                                ilpTemplateStateCode(t.state), QString::number(t.fields.size()),
                                QString::number(t.planCount),  t.description};
        printRows(ctx.out(), *fmt, {tr("Id"), tr("Name"), tr("State"), tr("Fields"), tr("Plans"), tr("Description")},
                  {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("state"), QStringLiteral("fields"),
                   QStringLiteral("plans"), QStringLiteral("description")},
                  rows);
    }
    ctx.out().flush();
    return 0;
}

int IlpCli::plans(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption student(QStringLiteral("student"), tr("Every plan of this student, in date order."),
                                     QStringLiteral("UPN"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({student, format});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("ilp plans [--student UPN]: without --student, the ILP student list (your students by group, "
                         "one line per current plan); with it, all that student's plans."),
                      args, &code))
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
    const QStringList headers{tr("Plan"),       tr("Group"),    tr("Student"), tr("UPN"),   tr("Template"),
                              tr("Valid from"), tr("Valid to"), tr("State"),   tr("Filled")};
    const QStringList keys{QStringLiteral("plan"),     QStringLiteral("group"),    QStringLiteral("student"),
                           QStringLiteral("upn"),      QStringLiteral("template"), QStringLiteral("valid_from"),
                           QStringLiteral("valid_to"), QStringLiteral("state"),    QStringLiteral("filled")};
    QList<QStringList> rows;
    if (parser.isSet(student)) {
        auto s = StudentStore(**db).getByUpn(*session, parser.value(student).trimmed().toUpper());
        if (!s)
            return ctx.fail(s.error());
        auto list = IlpPlanStore(**db).forStudent(*session, s->id);
        if (!list)
            return ctx.fail(list.error());
        for (const IlpPlan &p : std::as_const(*list))
            rows << QStringList{QString::number(p.id),
                                s->tutorGroup,
                                p.studentName,
                                p.upn,
                                p.templateName,
                                isoDate(p.validFrom),
                                isoDate(p.validTo),
                                ilpPlanStateCode(p.state),
                                QStringLiteral("%1/%2").arg(p.filledFields()).arg(p.fields.size())};
    } else {
        auto list = IlpPlanStore(**db).studentList(*session, QDate::currentDate());
        if (!list)
            return ctx.fail(list.error());
        for (const IlpStudentRow &r : std::as_const(*list))
            rows << QStringList{r.planId ? QString::number(r.planId) : QString(),
                                r.tutorGroup,
                                r.name,
                                r.upn,
                                r.templateName,
                                isoDate(r.validFrom),
                                isoDate(r.validTo),
                                r.planId ? ilpPlanStateCode(r.state) : QString(),
                                r.planId ? QStringLiteral("%1/%2").arg(r.filled).arg(r.fields) : QString()};
    }
    printRows(ctx.out(), *fmt, headers, keys, rows);
    ctx.out().flush();
    return 0;
}

int IlpCli::create(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption templ(QStringLiteral("template"),
                                   tr("The published template's name (chosen for you when only one is published)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption students(QStringLiteral("students"), tr("The students' UPNs, separated by commas."),
                                      QStringLiteral("UPN[,UPN...]"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Valid from (default today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Valid to."), QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({templ, students, from, to});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("ilp create --students UPN[,UPN...] --to YYYY-MM-DD [--template NAME] [--from YYYY-MM-DD]: "
                         "one unpublished plan per student, all or none."),
                      args, &code))
        return code;
    if (!parser.isSet(students) || !parser.isSet(to)) {
        ctx.err() << tr("ilp create needs --students and --to.") << Qt::endl;
        return 2;
    }
    const QDate validFrom = parser.isSet(from) ? parseDate(parser.value(from)) : QDate::currentDate();
    const QDate validTo = parseDate(parser.value(to));
    if (!validFrom.isValid() || !validTo.isValid()) {
        ctx.err() << tr("Dates must look like 2027-02-01.") << Qt::endl;
        return 2;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto published = IlpTemplateStore(**db).published(*session);
    if (!published)
        return ctx.fail(published.error());
    qint64 templateId = 0;
    if (parser.isSet(templ)) {
        for (const IlpTemplate &t : std::as_const(*published))
            if (t.name.compare(parser.value(templ).trimmed(), Qt::CaseInsensitive) == 0)
                templateId = t.id;
        if (!templateId)
            return ctx.fail(tr("There is no published ILP template called '%1'.").arg(parser.value(templ)));
    } else if (published->size() == 1) {
        templateId = published->first().id;
    } else {
        return ctx.fail(
            published->isEmpty()
                ? tr("No ILP template is published yet: an administrator must publish one.")
                : tr("%n templates are published: choose one with --template.", nullptr, int(published->size())));
    }
    StudentStore store(**db);
    QList<qint64> ids;
    QStringList unknown;
    for (const QString &upn : parser.value(students).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto s = store.getByUpn(*session, upn.trimmed().toUpper());
        if (!s)
            unknown << s.error().message;
        else
            ids << s->id;
    }
    if (!unknown.isEmpty())
        return ctx.fail(Error{Error::Kind::NotFound,
                              tr("%n student(s) could not be found; no plan was made.", nullptr, int(unknown.size())),
                              unknown});
    auto made = IlpPlanStore(**db).create(*session, templateId, ids, validFrom, validTo);
    if (!made)
        return ctx.fail(made.error());
    QStringList numbers;
    for (qint64 id : std::as_const(*made))
        numbers << QString::number(id);
    ctx.out() << tr("Made %n plan(s): ", nullptr, int(made->size())) << numbers.join(QStringLiteral(", ")) << Qt::endl;
    return 0;
}

int IlpCli::setState(CliContext &ctx, const QStringList &args, IlpPlanState state)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PLAN"), tr("Plan ids, as ilp plans lists them."),
                                 QStringLiteral("PLAN..."));
    int code = 0;
    if (!parseCommand(ctx, parser, tr("ilp %1 PLAN...: all the plans or none.").arg(ilpPlanStateCode(state)), args,
                      &code))
        return code;
    QList<qint64> ids;
    for (const QString &a : parser.positionalArguments()) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0) {
            ctx.err() << tr("'%1' is not a plan id.").arg(a) << Qt::endl;
            return 2;
        }
        ids << id;
    }
    if (ids.isEmpty()) {
        ctx.err() << tr("Give at least one plan id.") << Qt::endl;
        return 2;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (Status s = IlpPlanStore(**db).setState(*session, ids, state); !s)
        return ctx.fail(s.error());
    ctx.out() << tr("%n plan(s) now %1.", nullptr, int(ids.size())).arg(ilpPlanStateLabel(state).toLower()) << Qt::endl;
    return 0;
}

int IlpCli::print(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption student(QStringLiteral("student"), tr("The student's UPN."), QStringLiteral("UPN"));
    const QCommandLineOption plan(QStringLiteral("plan"), tr("The plan's id (ilp plans --student UPN lists them)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption as(QStringLiteral("as"),
                                tr("Who the copy is for: parent, student or mentor (default mentor). A parent's or "
                                   "student's copy holds only what they may see."),
                                QStringLiteral("parent|student|mentor"), QStringLiteral("mentor"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf"));
    parser.addOptions({student, plan, as, out});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("ilp print --student UPN --plan ID --as parent|student|mentor --out FILE.pdf: the plan as "
                         "that reader sees it, on the school letterhead."),
                      args, &code))
        return code;
    if (!parser.isSet(student) || !parser.isSet(plan) || !parser.isSet(out)) {
        ctx.err() << tr("ilp print needs --student, --plan and --out.") << Qt::endl;
        return 2;
    }
    const auto audience = ilpRoleFromCode(parser.value(as));
    if (!audience || *audience == IlpRole::Teacher) {
        ctx.err() << tr("--as must be parent, student or mentor, not '%1'.").arg(parser.value(as)) << Qt::endl;
        return 2;
    }
    bool ok = false;
    const qint64 planId = parser.value(plan).toLongLong(&ok);
    if (!ok || planId <= 0) {
        ctx.err() << tr("--plan must be a plan id, not '%1'.").arg(parser.value(plan)) << Qt::endl;
        return 2;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto s = StudentStore(**db).getByUpn(*session, parser.value(student).trimmed().toUpper());
    if (!s)
        return ctx.fail(s.error());
    auto p = IlpPlanStore(**db).get(*session, planId);
    if (!p)
        return ctx.fail(p.error());
    if (p->studentId != s->id)
        return ctx.fail(Error::notFound(tr("Plan %1 is not one of %2's plans.").arg(planId).arg(s->upn)));
    auto done = IlpDocument::writePdf(**db, *session, planId, *audience, QDate::currentDate(), parser.value(out));
    if (!done)
        return ctx.fail(done.error());
    ctx.out() << tr("Wrote the %1's copy of plan %2", nullptr).arg(ilpRoleLabel(*audience).toLower()).arg(planId)
              << tr(" (%n page(s)) to %1.", nullptr, done->pages).arg(parser.value(out)) << Qt::endl;
    return 0;
}

} // namespace

QList<Command> ilpCommands()
{
    return {
        {{QStringLiteral("ilp"), QStringLiteral("templates")},
         IlpCli::tr("ILP templates and their fields (--fields)"),
         IlpCli::templates},
        {{QStringLiteral("ilp"), QStringLiteral("plans")},
         IlpCli::tr("The ILP student list, or one student's plans (--student UPN)"),
         IlpCli::plans},
        {{QStringLiteral("ilp"), QStringLiteral("create")},
         IlpCli::tr("Make plans from a published template (--students --to)"),
         IlpCli::create},
        {{QStringLiteral("ilp"), QStringLiteral("publish")},
         IlpCli::tr("Publish plans to students and parents"),
         [](CliContext &c, const QStringList &a) { return IlpCli::setState(c, a, IlpPlanState::Published); }},
        {{QStringLiteral("ilp"), QStringLiteral("archive")},
         IlpCli::tr("Archive plans"),
         [](CliContext &c, const QStringList &a) { return IlpCli::setState(c, a, IlpPlanState::Archived); }},
        {{QStringLiteral("ilp"), QStringLiteral("print")},
         IlpCli::tr("A plan as PDF for a parent, the student or staff (--student --plan --as --out)"),
         IlpCli::print},
    };
}

} // namespace md::cli
