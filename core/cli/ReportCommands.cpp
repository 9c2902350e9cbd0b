// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli commands of the 360° reports: import activity | progress | grades | attendance FILE,
// and report student UPN (the key figures as text).
#include "cli/CliCommands.h"
#include "access/StudentScope.h"

#include "reports/ReportImpact.h"
#include "reports/ReportImporter.h"
#include "reports/ReportStore.h"
#include "reports/ReportStudentModels.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QLocale>

namespace md::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::cli)
};

QString columnsOf(ReportImportKind kind)
{
    switch (kind) {
    case ReportImportKind::Activity:
        return Tr::tr("UPN, Course, Week, Minutes, and optionally Messages and Posts");
    case ReportImportKind::Progress:
        return Tr::tr("UPN, Course, Task, Type (Mandatory or Optional), and optionally Due, Completed and Time Online");
    case ReportImportKind::Grades:
        return Tr::tr("UPN, Course, Date, Grade (9-1, A*-U or a percentage such as 72%)");
    case ReportImportKind::Attendance:
        return Tr::tr("UPN, Week, Attendance (%)");
    }
    return {};
}

int runImport(ReportImportKind kind, CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("CSV with the columns %1.").arg(columnsOf(kind)));
    int code = 0;
    const QString word = toString(kind);
    if (!parseCommand(ctx, parser,
                      Tr::tr("import %1 FILE: add or replace %1 rows for the 360° reports and recompute the course "
                             "averages. If any row is wrong nothing is imported and every bad line is listed.")
                          .arg(word),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << Tr::tr("import %1 needs exactly one FILE.").arg(word) << Qt::endl;
        return 2;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto summary = ReportImporter::importFile(**db, *session, kind, parser.positionalArguments().first());
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out() << Tr::tr("Imported %1 rows: %2 new, %3 updated, %4 unchanged.")
                     .arg(summary->rows)
                     .arg(summary->created)
                     .arg(summary->updated)
                     .arg(summary->unchanged)
              << Qt::endl;
    return 0;
}

int runReportStudent(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("UPN"), Tr::tr("The student's UPN."));
    const QCommandLineOption today(QStringLiteral("today"), Tr::tr("The report's last day (default: today)."),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOption(today);
    int code = 0;
    if (!parseCommand(ctx, parser,
                      Tr::tr("report student UPN: the 360° report's key figures for one student: activity, progress "
                             "and grades per course against the class, and before / during / after each intervention."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << Tr::tr("report student needs exactly one UPN.") << Qt::endl;
        return 2;
    }
    QDate to = QDate::currentDate();
    if (parser.isSet(today)) {
        to = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!to.isValid()) {
            ctx.err() << Tr::tr("--today '%1' is not a date (write YYYY-MM-DD).").arg(parser.value(today)) << Qt::endl;
            return 2;
        }
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    Query find(**db, QStringLiteral("SELECT id FROM students WHERE upn = ?"));
    find.bind(parser.positionalArguments().first().trimmed().toUpper());
    auto id = find.scalar();
    if (!id)
        return ctx.fail(id.error());
    // Out of the user's reach and unknown read the same, so --user cannot test which UPNs exist.
    if (Status s = StudentScope::check(**db, *session, Action::ViewReports, id->toLongLong()); !s)
        return ctx.fail(s.error());
    if (id->isNull())
        return ctx.fail(
            Error::notFound(Tr::tr("There is no student with UPN %1.").arg(parser.positionalArguments().first())));
    auto report = ReportStore(**db).student(*session, id->toLongLong(), ReportStore::defaultFrom(to), to);
    if (!report)
        return ctx.fail(report.error());
    QTextStream &out = ctx.out();
    const QLocale locale;
    out << report->studentName << " (" << report->yearAndGroup << ")\n";
    out << Tr::tr("%1 to %2")
               .arg(locale.toString(report->from, QLocale::ShortFormat),
                    locale.toString(report->to, QLocale::ShortFormat))
        << "\n\n";
    auto table = [&](const QAbstractItemModel &m) {
        QStringList head;
        for (int c = 0; c < m.columnCount(); ++c)
            head << m.headerData(c, Qt::Horizontal).toString();
        out << head.join(QStringLiteral(" | ")) << '\n';
        for (int r = 0; r < m.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < m.columnCount(); ++c)
                cells << m.index(r, c).data().toString();
            out << cells.join(QStringLiteral(" | ")) << '\n';
        }
        out << '\n';
    };
    out << Tr::tr("Activity") << '\n';
    ReportActivityModel activity;
    activity.setReport(*report);
    table(activity);
    out << Tr::tr("Progress") << '\n';
    ReportProgressModel progress;
    progress.setReport(*report);
    table(progress);
    out << Tr::tr("Grades") << '\n';
    ReportGradesModel grades;
    grades.setReport(*report);
    table(grades);
    if (report->pastoral) {
        out << Tr::tr("Impact of interventions") << '\n';
        ReportImpactModel impact;
        impact.setRows(ReportImpact::compute(*report, to));
        if (impact.rowCount() == 0)
            out << Tr::tr("No interventions in this period.") << "\n";
        else
            table(impact);
    }
    out.flush();
    return 0;
}

} // namespace

QList<Command> reportCommands()
{
    QList<Command> list;
    for (ReportImportKind kind : {ReportImportKind::Activity, ReportImportKind::Progress, ReportImportKind::Grades,
                                  ReportImportKind::Attendance}) {
        const QString summary = kind == ReportImportKind::Attendance
                                    ? Tr::tr("Import attendance by week from the MIS's CSV export")
                                    : Tr::tr("Import %1 from the learning platform's CSV export").arg(toString(kind));
        list.append({{QStringLiteral("import"), toString(kind)},
                     summary,
                     [kind](CliContext &ctx, const QStringList &args) { return runImport(kind, ctx, args); }});
    }
    list.append({{QStringLiteral("report"), QStringLiteral("student")},
                 Tr::tr("Print a student's 360° report figures"),
                 runReportStudent});
    return list;
}

} // namespace md::cli
