// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli commands of the mentoring log and timetables: import timetable, import calendar,
// schedule, caseload.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "access/UserStore.h"
#include "importing/ImportFields.h"
#include "mentoring/CaseloadDashboard.h"
#include "storage/Query.h"
#include "timetable/CalendarImporter.h"
#include "timetable/TimetableImporter.h"
#include "timetable/TimetablePlanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace md::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("md::cli", text);
}

void printJson(CliContext &ctx, const QJsonObject &root)
{
    ctx.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)) << Qt::flush;
}

// The user named by --mentor, who must be a mentor or lead mentor.
Result<StaffUser> mentorNamed(Database &db, const QString &username)
{
    auto user = UserStore(db).findByUsername(username);
    if (!user)
        return Error::notFound(tr("There is no staff user '%1'.").arg(username));
    if (!user->roles.contains(Role::Mentor) && !user->roles.contains(Role::LeadMentor))
        return Error::invalid(tr("'%1' is not a mentor.").arg(username));
    return *user;
}

QHash<qint64, QString> upnsOf(Database &db, const QList<qint64> &ids)
{
    QHash<qint64, QString> out;
    Query q(db, QStringLiteral("SELECT id, upn FROM students WHERE id = ?"));
    for (qint64 id : ids) {
        q.bind(id);
        if (q.exec() && q.next())
            out.insert(id, q.string(1));
    }
    return out;
}

int runImportTimetable(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV with the columns UPN, Day, Period, Subject."));
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("import timetable FILE: replace the lesson timetables of the students in the file. If any row "
                         "is wrong nothing is imported and every bad line is listed."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << tr("import timetable needs exactly one FILE.") << Qt::endl;
        return 2;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto summary = TimetableImporter::importFile(**db, *session, parser.positionalArguments().first());
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out() << tr("Imported %1 lessons for %2 students.").arg(summary->rows).arg(summary->students) << Qt::endl;
    return 0;
}

int runImportCalendar(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("CSV with the columns Kind (term, half_term, holiday, assessment_week), Name, Start, End."));
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("import calendar FILE: replace the school calendar (terms, half terms, holidays, assessment "
                         "weeks). If any row is wrong nothing changes and every bad line is listed."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << tr("import calendar needs exactly one FILE.") << Qt::endl;
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(tr("%1 could not be opened: %2").arg(path, file.errorString()));
    const auto periods = CalendarImporter::read(file, QFileInfo(path).fileName());
    if (!periods)
        return ctx.fail(periods.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (Status s = CalendarStore(**db).replaceAll(*session, *periods); !s)
        return ctx.fail(s.error());
    ctx.out() << tr("The school calendar now has %1 entries.").arg(periods->size()) << Qt::endl;
    return 0;
}

int runSchedule(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption mentor(QStringLiteral("mentor"), tr("The mentor whose caseload to plan."), QStringLiteral("USERNAME"));
    const QCommandLineOption from(QStringLiteral("from"), tr("The first day to plan (yyyy-mm-dd or dd/mm/yyyy)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption weeks(QStringLiteral("weeks"), tr("How many weeks (default 7, a half term)."), QStringLiteral("N"),
                                   QStringLiteral("7"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: table|csv|json (default table)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption apply(QStringLiteral("apply"), tr("Save the proposed sessions."));
    parser.addOptions({mentor, from, weeks, format, apply});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("schedule --mentor USERNAME --from DATE [--weeks N] [--format json] [--apply]: propose weekly 1:1 "
                         "sessions for a caseload that keep every rule, and explain any student it cannot place."),
                      args, &code))
        return code;
    if (!parser.isSet(mentor) || !parser.isSet(from)) {
        ctx.err() << tr("schedule needs --mentor USERNAME and --from DATE.") << Qt::endl;
        return 2;
    }
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt)
        return ctx.fail(tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)));
    const auto start = ImportFields::date(parser.value(from));
    if (!start)
        return ctx.fail(tr("--from '%1' is not a date (write yyyy-mm-dd or dd/mm/yyyy).").arg(parser.value(from)));
    bool numeric = false;
    const int n = parser.value(weeks).toInt(&numeric);
    if (!numeric)
        return ctx.fail(tr("--weeks '%1' is not a number.").arg(parser.value(weeks)));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto who = mentorNamed(**db, parser.value(mentor));
    if (!who)
        return ctx.fail(who.error());
    TimetablePlanner planner(**db);
    auto proposal = planner.propose(*session, who->id, *start, n);
    if (!proposal)
        return ctx.fail(proposal.error());
    std::sort(proposal->sessions.begin(), proposal->sessions.end(), [](const ProposedSession &a, const ProposedSession &b) {
        return a.date != b.date ? a.date < b.date : a.period < b.period;
    });
    int saved = 0;
    if (parser.isSet(apply)) {
        auto applied = planner.apply(*session, *proposal);
        if (!applied)
            return ctx.fail(applied.error());
        saved = *applied;
    }
    auto bells = BellSchedule::load(**db);
    if (!bells)
        return ctx.fail(bells.error());
    QList<qint64> ids;
    for (const ProposedSession &s : proposal->sessions)
        ids << s.studentId;
    for (const UnplacedStudent &u : proposal->unplaced)
        ids << u.studentId;
    const QHash<qint64, QString> upns = upnsOf(**db, ids);
    QHash<qint64, QString> names;
    for (const UnplacedStudent &u : proposal->unplaced)
        names.insert(u.studentId, u.name);
    {
        Query q(**db, QStringLiteral("SELECT COALESCE(NULLIF(preferred_forename, ''), legal_forename) || ' ' || "
                                     "COALESCE(NULLIF(preferred_surname, ''), legal_surname) FROM students WHERE id = ?"));
        for (qint64 id : std::as_const(ids)) {
            q.bind(id);
            if (q.exec() && q.next())
                names.insert(id, q.string(0));
        }
    }
    const QLocale locale;
    auto times = [&](int period) {
        const LessonPeriod *p = bells->period(period);
        return p ? std::pair(p->start.toString(QStringLiteral("HH:mm")),
                             p->start.addSecs(60 * SchedulePolicy().sessionMinutes).toString(QStringLiteral("HH:mm")))
                 : std::pair(QString(), QString());
    };
    if (*fmt == Format::Json) {
        QJsonArray sessions;
        for (const ProposedSession &s : proposal->sessions) {
            const auto [begins, ends] = times(s.period);
            sessions.append(QJsonObject{{QStringLiteral("week"), isoDate(SchoolCalendar::weekStart(s.date))},
                                        {QStringLiteral("date"), isoDate(s.date)},
                                        {QStringLiteral("period"), s.period},
                                        {QStringLiteral("starts"), begins},
                                        {QStringLiteral("ends"), ends},
                                        {QStringLiteral("upn"), upns.value(s.studentId)},
                                        {QStringLiteral("student"), names.value(s.studentId)},
                                        {QStringLiteral("subject"), s.subject}});
        }
        QJsonArray unplaced;
        for (const UnplacedStudent &u : proposal->unplaced) {
            QJsonArray rules;
            QJsonArray reasons;
            for (const RuleBreak &b : u.reasons) {
                rules.append(toString(b.rule));
                reasons.append(b.detail);
            }
            unplaced.append(QJsonObject{{QStringLiteral("week"), isoDate(u.weekStart)},
                                        {QStringLiteral("upn"), upns.value(u.studentId)},
                                        {QStringLiteral("student"), u.name},
                                        {QStringLiteral("rules"), rules},
                                        {QStringLiteral("reasons"), reasons},
                                        {QStringLiteral("explanation"), u.explanation}});
        }
        QJsonArray skipped;
        for (const SkippedWeek &s : proposal->skipped)
            skipped.append(QJsonObject{{QStringLiteral("week"), isoDate(s.weekStart)},
                                       {QStringLiteral("rule"), toString(s.rule)},
                                       {QStringLiteral("reason"), s.reason}});
        printJson(ctx, QJsonObject{{QStringLiteral("mentor"), who->username},
                                   {QStringLiteral("from"), isoDate(*start)},
                                   {QStringLiteral("weeks"), n},
                                   {QStringLiteral("applied"), parser.isSet(apply)},
                                   {QStringLiteral("saved"), saved},
                                   {QStringLiteral("already_booked"), proposal->alreadyBooked},
                                   {QStringLiteral("sessions"), sessions},
                                   {QStringLiteral("unplaced"), unplaced},
                                   {QStringLiteral("skipped_weeks"), skipped}});
        return 0;
    }
    QList<QStringList> rows;
    for (const ProposedSession &s : proposal->sessions) {
        const auto [begins, ends] = times(s.period);
        rows << QStringList{isoDate(s.date), locale.dayName(s.date.dayOfWeek(), QLocale::ShortFormat), QString::number(s.period),
                            begins + QLatin1Char('-') + ends, upns.value(s.studentId), names.value(s.studentId), s.subject};
    }
    printRows(ctx.out(), *fmt, {tr("Date"), tr("Day"), tr("Period"), tr("Time"), tr("UPN"), tr("Student"), tr("Lesson missed")},
              {QStringLiteral("date"), QStringLiteral("day"), QStringLiteral("period"), QStringLiteral("time"),
               QStringLiteral("upn"), QStringLiteral("student"), QStringLiteral("subject")},
              rows);
    if (*fmt == Format::Table) {
        for (const SkippedWeek &s : proposal->skipped)
            ctx.out() << tr("Week of %1: %2").arg(isoDate(s.weekStart), s.reason) << '\n';
        for (const UnplacedStudent &u : proposal->unplaced)
            ctx.out() << tr("Not placed: %1").arg(u.explanation) << '\n';
        if (proposal->alreadyBooked > 0)
            ctx.out() << tr("%1 student-weeks already had a session and were left as they are.").arg(proposal->alreadyBooked)
                      << '\n';
        ctx.out() << (parser.isSet(apply) ? tr("Saved %1 sessions.").arg(saved)
                                          : tr("%1 sessions proposed; run again with --apply to save them.")
                                                .arg(proposal->sessions.size()))
                  << Qt::endl;
    }
    return 0;
}

int runCaseload(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption mentor(QStringLiteral("mentor"), tr("The mentor (default: the whole team, for the lead mentor)."),
                                    QStringLiteral("USERNAME"));
    const QCommandLineOption on(QStringLiteral("on"), tr("Evaluate as on this day (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: table|csv|json (default table)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({mentor, on, format});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      tr("caseload --mentor USERNAME [--format json]: what is done and what is overdue for each student on "
                         "a mentor's caseload, and the step of the five-step approach each case is at."),
                      args, &code))
        return code;
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt)
        return ctx.fail(tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)));
    QDate today = QDate::currentDate();
    if (parser.isSet(on)) {
        const auto d = ImportFields::date(parser.value(on));
        if (!d)
            return ctx.fail(tr("--on '%1' is not a date (write yyyy-mm-dd or dd/mm/yyyy).").arg(parser.value(on)));
        today = *d;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    std::optional<qint64> mentorId;
    QString mentorName;
    if (parser.isSet(mentor)) {
        auto who = mentorNamed(**db, parser.value(mentor));
        if (!who)
            return ctx.fail(who.error());
        mentorId = who->id;
        mentorName = who->username;
    }
    auto rows = CaseloadDashboard(**db).load(*session, mentorId, today);
    if (!rows)
        return ctx.fail(rows.error());
    QList<qint64> ids;
    for (const CaseloadRow &r : std::as_const(*rows))
        ids << r.facts.studentId;
    const QHash<qint64, QString> upns = upnsOf(**db, ids);
    const QList<Expectation> expectations = allExpectations();
    if (*fmt == Format::Json) {
        QJsonArray students;
        int overdue = 0;
        for (const CaseloadRow &r : std::as_const(*rows)) {
            QJsonObject items;
            for (const ExpectationStatus &s : r.statuses) {
                static const char *const states[] = {"done", "due", "overdue", "not_yet"};
                items.insert(toString(s.what),
                             QJsonObject{{QStringLiteral("state"), QLatin1String(states[int(s.state)])},
                                         {QStringLiteral("text"), s.text},
                                         {QStringLiteral("detail"), s.detail},
                                         {QStringLiteral("due_by"), s.dueBy.isValid() ? isoDate(s.dueBy) : QString()},
                                         {QStringLiteral("last_done"), s.lastDone.isValid() ? isoDate(s.lastDone) : QString()},
                                         {QStringLiteral("overdue_days"), s.isOverdue() ? s.overdue : 0}});
            }
            QJsonArray missing;
            if (!r.steps.complete())
                for (const QString &m : r.steps.currentStep().missing)
                    missing.append(m);
            overdue += r.overdueCount();
            students.append(QJsonObject{
                {QStringLiteral("upn"), upns.value(r.facts.studentId)},
                {QStringLiteral("student"), r.facts.studentName},
                {QStringLiteral("mentor"), r.facts.mentorName},
                {QStringLiteral("started_on"), isoDate(r.facts.startedOn)},
                {QStringLiteral("overdue"), r.overdueCount()},
                {QStringLiteral("step"), QJsonObject{{QStringLiteral("number"), std::min(r.steps.current, 5)},
                                                     {QStringLiteral("complete"), r.steps.complete()},
                                                     {QStringLiteral("title"), r.steps.complete() ? QString()
                                                                                  : FiveSteps::title(r.steps.currentStep().step)},
                                                     {QStringLiteral("missing"), missing}}},
                {QStringLiteral("expectations"), items}});
        }
        printJson(ctx, QJsonObject{{QStringLiteral("mentor"), mentorName},
                                   {QStringLiteral("on"), isoDate(today)},
                                   {QStringLiteral("students"), students},
                                   {QStringLiteral("overdue_total"), overdue}});
        return 0;
    }
    QStringList headers{tr("Student"), tr("UPN"), tr("Mentor"), tr("Step"), tr("Overdue")};
    QStringList keys{QStringLiteral("student"), QStringLiteral("upn"), QStringLiteral("mentor"), QStringLiteral("step"),
                     QStringLiteral("overdue")};
    for (Expectation e : expectations) {
        headers << CaseloadPolicy::title(e);
        keys << toString(e);
    }
    QList<QStringList> out;
    for (const CaseloadRow &r : std::as_const(*rows)) {
        QStringList row{r.facts.studentName, upns.value(r.facts.studentId), r.facts.mentorName,
                        r.steps.complete() ? tr("all done") : FiveSteps::shortTitle(r.steps.currentStep().step),
                        QString::number(r.overdueCount())};
        for (const ExpectationStatus &s : r.statuses)
            row << s.text;
        out << row;
    }
    printRows(ctx.out(), *fmt, headers, keys, out);
    return 0;
}

} // namespace

QList<Command> mentoringCommands()
{
    return {
        {{QStringLiteral("import"), QStringLiteral("timetable")}, tr("Import students' lesson timetables from CSV"),
         runImportTimetable},
        {{QStringLiteral("import"), QStringLiteral("calendar")}, tr("Replace the school calendar from CSV"), runImportCalendar},
        {{QStringLiteral("schedule")}, tr("Propose (and --apply) a mentor's 1:1 sessions"), runSchedule},
        {{QStringLiteral("caseload")}, tr("What is done and overdue on a caseload"), runCaseload},
    };
}

} // namespace md::cli
