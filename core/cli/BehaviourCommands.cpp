// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli commands of the behaviour log and the assessment approval queue (issue 5).
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "access/StudentScope.h"
#include "assessments/AssessmentService.h"
#include "behaviour/BehaviourImporter.h"
#include "behaviour/BehaviourStore.h"
#include "importing/ImportFields.h"
#include "storage/Query.h"

#include <QCoreApplication>

namespace md::cli {

namespace {

class BehaviourCli
{
    Q_DECLARE_TR_FUNCTIONS(md::cli::BehaviourCommands)
};

int runImportBehaviour(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), BehaviourCli::tr("The CSV of behaviour events."));
    int code = 0;
    if (!parseCommand(ctx, parser,
                      BehaviourCli::tr("import behaviour FILE: add behaviour events from a CSV file (columns UPN, "
                                       "Date, Time, Category, Points, Course, Place, Description, Action taken, "
                                       "Recorded by). If any row is wrong nothing is imported and every bad line "
                                       "is listed."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << BehaviourCli::tr("import behaviour needs exactly one FILE.") << Qt::endl;
        return 2;
    }
    Database *db = nullptr;
    Session session;
    if (!openDatabaseAndSession(ctx, &db, &session, &code))
        return code;
    auto summary = BehaviourImporter::importFile(*db, session, parser.positionalArguments().first());
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out() << BehaviourCli::tr("Imported %1 behaviour events.").arg(summary->created) << Qt::endl;
    return 0;
}

int runBehaviour(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption student(QStringLiteral("student"), BehaviourCli::tr("The student's UPN."),
                                     QStringLiteral("UPN"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  BehaviourCli::tr("Only events on or after this date (yyyy-mm-dd or dd/mm/yyyy)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({student, from, format});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      BehaviourCli::tr("behaviour --student UPN: a student's behaviour events, newest first."), args,
                      &code))
        return code;
    if (!parser.isSet(student)) {
        ctx.err() << BehaviourCli::tr("behaviour needs --student UPN.") << Qt::endl;
        return 2;
    }
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt)
        return ctx.fail(BehaviourCli::tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)));
    BehaviourFilter filter;
    if (parser.isSet(from)) {
        const auto d = ImportFields::date(parser.value(from));
        if (!d)
            return ctx.fail(BehaviourCli::tr("--from '%1' is not a date (write yyyy-mm-dd or dd/mm/yyyy).")
                                .arg(parser.value(from)));
        filter.from = *d;
    }
    Database *db = nullptr;
    Session session;
    if (!openDatabaseAndSession(ctx, &db, &session, &code))
        return code;
    const QString upn = parser.value(student).trimmed().toUpper();
    Query q(*db, QStringLiteral("SELECT id FROM students WHERE upn = ?"));
    q.bind(upn);
    auto id = q.scalar();
    if (!id)
        return ctx.fail(id.error());
    // Out of the user's reach and unknown read the same, so --user cannot test which UPNs exist.
    if (Status s = StudentScope::check(*db, session, Action::ViewBehaviour, id->toLongLong()); !s)
        return ctx.fail(s.error());
    if (id->isNull())
        return ctx.fail(BehaviourCli::tr("There is no student with UPN %1.").arg(upn));
    filter.studentId = id->toLongLong();
    BehaviourStore store(*db);
    QList<QStringList> rows;
    BehaviourCursor after;
    for (;;) {
        auto page = store.list(session, filter, 1000, after);
        if (!page)
            return ctx.fail(page.error());
        for (const BehaviourEvent &e : std::as_const(*page))
            rows << QStringList{QString::number(e.id),
                                behaviourTimeCode(e.occurredAt),
                                e.studentUpn,
                                e.studentName,
                                e.categoryName,
                                QString::number(e.points),
                                e.where(),
                                e.actionTaken,
                                e.recordedByName,
                                e.description};
        if (page->size() < 1000)
            break;
        after = {behaviourTimeCode(page->constLast().occurredAt), page->constLast().id};
    }
    printRows(ctx.out(), *fmt,
              {BehaviourCli::tr("Id"), BehaviourCli::tr("When"), BehaviourCli::tr("UPN"), BehaviourCli::tr("Student"),
               BehaviourCli::tr("Category"), BehaviourCli::tr("Points"), BehaviourCli::tr("Course or place"),
               BehaviourCli::tr("Action taken"), BehaviourCli::tr("Recorded by"), BehaviourCli::tr("Description")},
              {QStringLiteral("id"), QStringLiteral("occurred_at"), QStringLiteral("upn"), QStringLiteral("student"),
               QStringLiteral("category"), QStringLiteral("points"), QStringLiteral("where"),
               QStringLiteral("action_taken"), QStringLiteral("recorded_by"), QStringLiteral("description")},
              rows);
    return 0;
}

int runApprovals(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption term(QStringLiteral("term"),
                                  BehaviourCli::tr("The term's name (default: the current term)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({term, format});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      BehaviourCli::tr("approvals --term NAME: every course of the term with the stage of its "
                                       "assessments, how many students are assessed and whom to remind."),
                      args, &code))
        return code;
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt)
        return ctx.fail(BehaviourCli::tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)));
    Database *db = nullptr;
    Session session;
    if (!openDatabaseAndSession(ctx, &db, &session, &code))
        return code;
    AssessmentService service(*db);
    AssessmentTerm chosen;
    if (parser.isSet(term)) {
        auto t = service.findTerm(parser.value(term));
        if (!t)
            return ctx.fail(t.error());
        chosen = *t;
    } else {
        auto t = service.currentTerm();
        if (!t)
            return ctx.fail(t.error());
        if (!*t)
            return ctx.fail(BehaviourCli::tr("There are no terms yet."));
        chosen = **t;
    }
    auto queue = service.queue(session, chosen.id);
    if (!queue)
        return ctx.fail(queue.error());
    QList<QStringList> rows;
    for (const CourseApproval &c : std::as_const(*queue))
        rows << QStringList{QString::number(c.courseId),
                            c.courseName,
                            c.teacherNames.join(QStringLiteral("; ")),
                            toCode(c.stage),
                            QString::number(c.assessed),
                            QString::number(c.enrolled),
                            c.needsReminder() ? QStringLiteral("yes") : QStringLiteral("no"),
                            c.returnComment};
    printRows(ctx.out(), *fmt,
              {BehaviourCli::tr("Id"), BehaviourCli::tr("Course"), BehaviourCli::tr("Teachers"),
               BehaviourCli::tr("Stage"), BehaviourCli::tr("Assessed"), BehaviourCli::tr("Enrolled"),
               BehaviourCli::tr("Remind"), BehaviourCli::tr("Return comment")},
              {QStringLiteral("course_id"), QStringLiteral("course"), QStringLiteral("teachers"),
               QStringLiteral("stage"), QStringLiteral("assessed"), QStringLiteral("enrolled"),
               QStringLiteral("remind"), QStringLiteral("return_comment")},
              rows);
    return 0;
}

} // namespace

QList<Command> behaviourCommands()
{
    return {
        {{QStringLiteral("import"), QStringLiteral("behaviour")},
         BehaviourCli::tr("Import behaviour events from CSV"),
         &runImportBehaviour},
        {{QStringLiteral("behaviour")}, BehaviourCli::tr("List a student's behaviour events"), &runBehaviour},
        {{QStringLiteral("approvals")}, BehaviourCli::tr("The assessment approval queue of a term"), &runApprovals},
    };
}

} // namespace md::cli
