// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli commands of the referral register, the assessment hub and the mentoring register.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "access/UserStore.h"
#include "interventions/MentoringRegisterModel.h"
#include "referrals/HubDocuments.h"
#include "referrals/HubStore.h"
#include "referrals/ReferralImporter.h"
#include "referrals/ReferralStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace md::cli {

namespace {

// Translation context for the commands' messages.
class ReferralCli
{
    Q_DECLARE_TR_FUNCTIONS(md::cli::ReferralCommands)
};

int runImportReferrals(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), ReferralCli::tr("The CSV the online referral form exported."));
    int code = 0;
    if (!parseCommand(ctx, parser,
                      ReferralCli::tr("import referrals FILE: add the referral form's responses to the referral "
                                      "register. If any row is wrong nothing is imported and every bad line is "
                                      "listed; responses already imported are skipped."),
                      args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err() << ReferralCli::tr("import referrals needs exactly one FILE.") << Qt::endl;
        return 2;
    }
    Database *db = nullptr;
    Session session;
    if (!openDatabaseAndSession(ctx, &db, &session, &code))
        return code;
    auto summary = ReferralImporter::importFile(*db, session, parser.positionalArguments().first());
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out() << ReferralCli::tr("Imported %1 rows: %2 new referrals, %3 already in the register.")
                     .arg(summary->rows)
                     .arg(summary->created)
                     .arg(summary->unchanged)
              << Qt::endl;
    return 0;
}

int runReferrals(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    QStringList codes;
    for (ReferralStatus s : enumValues<ReferralStatus>())
        codes << toCode(s);
    const QCommandLineOption status(
        QStringLiteral("status"),
        ReferralCli::tr("Only referrals in this state: %1, or open (everything not closed).")
            .arg(codes.join(QStringLiteral(", "))),
        QStringLiteral("S"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({status, format});
    int code = 0;
    if (!parseCommand(ctx, parser, ReferralCli::tr("referrals: list the referrals you may see, newest first."), args,
                      &code))
        return code;
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt)
        return ctx.fail(ReferralCli::tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)));
    ReferralFilter filter;
    if (parser.isSet(status)) {
        const QString s = parser.value(status).trimmed().toLower();
        if (s == QLatin1String("open"))
            filter.openOnly = true;
        else if (const auto st = enumFromCode<ReferralStatus>(s))
            filter.status = st;
        else
            return ctx.fail(ReferralCli::tr("Unknown status '%1': use %2 or open.")
                                .arg(parser.value(status), codes.join(QStringLiteral(", "))));
    }
    Database *db = nullptr;
    Session session;
    if (!openDatabaseAndSession(ctx, &db, &session, &code))
        return code;
    auto list = ReferralStore(*db).list(session, filter);
    if (!list)
        return ctx.fail(list.error());
    QList<QStringList> rows;
    for (const Referral &r : std::as_const(*list))
        rows << QStringList{QString::number(r.id),
                            r.referredOn.toString(Qt::ISODate),
                            r.student.upn,
                            r.student.sortName(),
                            r.student.tutorGroup,
                            toCode(r.concern),
                            toCode(r.urgency),
                            toCode(r.status),
                            r.referrerName,
                            toCode(r.requestedBy),
                            r.decision ? toCode(*r.decision) : QString(),
                            r.nextStep()};
    printRows(ctx.out(), *fmt,
              {ReferralCli::tr("Id"), ReferralCli::tr("Referred"), ReferralCli::tr("UPN"), ReferralCli::tr("Student"),
               ReferralCli::tr("Tutor group"), ReferralCli::tr("Concern"), ReferralCli::tr("Urgency"),
               ReferralCli::tr("Status"), ReferralCli::tr("Referrer"), ReferralCli::tr("Requested by"),
               ReferralCli::tr("Decision"), ReferralCli::tr("Next step")},
              {QStringLiteral("id"), QStringLiteral("referred_on"), QStringLiteral("upn"), QStringLiteral("student"),
               QStringLiteral("tutor_group"), QStringLiteral("concern"), QStringLiteral("urgency"),
               QStringLiteral("status"), QStringLiteral("referrer"), QStringLiteral("requested_by"),
               QStringLiteral("decision"), QStringLiteral("next_step")},
              rows);
    ctx.out().flush();
    return 0;
}

int runRegister(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    const QCommandLineOption mentor(QStringLiteral("mentor"), ReferralCli::tr("Only this keyworker's interventions."),
                                    QStringLiteral("USERNAME"));
    const QCommandLineOption stage(QStringLiteral("stage"), ReferralCli::tr("Only this stage (1, 2 or 3)."),
                                   QStringLiteral("N"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     ReferralCli::tr("Only interventions whose review is overdue."));
    const QCommandLineOption concluded(
        QStringLiteral("include-concluded"),
        ReferralCli::tr("Include concluded interventions with their outcome and impact."));
    parser.addOptions({format, mentor, stage, overdue, concluded});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      ReferralCli::tr("register: the mentoring register, every student currently receiving an "
                                      "intervention."),
                      args, &code))
        return code;
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt)
        return ctx.fail(ReferralCli::tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)));
    RegisterFilter filter;
    if (parser.isSet(stage)) {
        bool ok = false;
        filter.stage = parser.value(stage).toInt(&ok);
        if (!ok || filter.stage < 1 || filter.stage > 3)
            return ctx.fail(ReferralCli::tr("--stage must be 1, 2 or 3, not '%1'.").arg(parser.value(stage)));
    }
    filter.overdueOnly = parser.isSet(overdue);
    filter.includeConcluded = parser.isSet(concluded);
    Database *db = nullptr;
    Session session;
    if (!openDatabaseAndSession(ctx, &db, &session, &code))
        return code;
    if (parser.isSet(mentor)) {
        auto user = UserStore(*db).findByUsername(parser.value(mentor));
        if (!user)
            return ctx.fail(ReferralCli::tr("No staff user is called '%1'.").arg(parser.value(mentor)));
        filter.keyworkerId = user->id;
    }
    auto list = InterventionStore(*db).list(session, filter);
    if (!list)
        return ctx.fail(list.error());
    QList<QStringList> rows;
    for (const Intervention &i : std::as_const(*list))
        rows << MentoringRegisterModel::exportRow(i, filter.today);
    printRows(ctx.out(), *fmt, MentoringRegisterModel::exportHeaders(), MentoringRegisterModel::exportKeys(), rows);
    ctx.out().flush();
    return 0;
}

int runHubMeetings(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    int code = 0;
    if (!parseCommand(ctx, parser, ReferralCli::tr("hub meetings: the assessment hub's meetings, newest first."), args,
                      &code))
        return code;
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt)
        return ctx.fail(ReferralCli::tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)));
    Database *db = nullptr;
    Session session;
    if (!openDatabaseAndSession(ctx, &db, &session, &code))
        return code;
    auto meetings = HubStore(*db).meetings(session);
    if (!meetings)
        return ctx.fail(meetings.error());
    QList<QStringList> rows;
    for (const HubMeeting &m : std::as_const(*meetings))
        rows << QStringList{
            QString::number(m.id),          m.heldOn.toString(Qt::ISODate),  toCode(m.status),
            QString::number(m.agendaCount), QString::number(m.decidedCount), QString::number(m.reviewCount)};
    printRows(ctx.out(), *fmt,
              {ReferralCli::tr("Id"), ReferralCli::tr("Date"), ReferralCli::tr("Status"), ReferralCli::tr("Referrals"),
               ReferralCli::tr("Decided"), ReferralCli::tr("Reviews")},
              {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("status"), QStringLiteral("referrals"),
               QStringLiteral("decided"), QStringLiteral("reviews")},
              rows);
    ctx.out().flush();
    return 0;
}

// "hub minutes ID --pdf FILE" and "hub bulletin ID" share the reading of the meeting id.
bool meetingArgument(CliContext &ctx, const QCommandLineParser &parser, const QString &command, qint64 *id)
{
    bool ok = false;
    if (parser.positionalArguments().size() == 1)
        *id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || *id <= 0) {
        ctx.err() << ReferralCli::tr("%1 needs one MEETING id (see hub meetings).").arg(command) << Qt::endl;
        return false;
    }
    return true;
}

int runHubMinutes(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("MEETING"), ReferralCli::tr("The meeting's id (see hub meetings)."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), ReferralCli::tr("Save the minutes as a PDF file."),
                                 QStringLiteral("FILE"));
    parser.addOption(pdf);
    int code = 0;
    if (!parseCommand(ctx, parser,
                      ReferralCli::tr("hub minutes MEETING --pdf FILE: save a hub meeting's minutes as PDF (without "
                                      "--pdf the minutes are printed as HTML)."),
                      args, &code))
        return code;
    qint64 id = 0;
    if (!meetingArgument(ctx, parser, QStringLiteral("hub minutes"), &id))
        return 2;
    Database *db = nullptr;
    Session session;
    if (!openDatabaseAndSession(ctx, &db, &session, &code))
        return code;
    auto html = HubDocuments(*db).minutesHtml(session, id);
    if (!html)
        return ctx.fail(html.error());
    if (!parser.isSet(pdf)) {
        ctx.out() << *html << Qt::endl;
        return 0;
    }
    auto meeting = HubStore(*db).meeting(session, id);
    if (!meeting)
        return ctx.fail(meeting.error());
    if (Status s = HubDocuments::writePdf(*html, parser.value(pdf), meeting->title()); !s)
        return ctx.fail(s.error());
    ctx.out() << ReferralCli::tr("Minutes saved to %1").arg(parser.value(pdf)) << Qt::endl;
    return 0;
}

int runHubBulletin(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("MEETING"), ReferralCli::tr("The meeting's id (see hub meetings)."));
    int code = 0;
    if (!parseCommand(ctx, parser,
                      ReferralCli::tr("hub bulletin MEETING: the staff-bulletin text of a meeting's new actions."),
                      args, &code))
        return code;
    qint64 id = 0;
    if (!meetingArgument(ctx, parser, QStringLiteral("hub bulletin"), &id))
        return 2;
    Database *db = nullptr;
    Session session;
    if (!openDatabaseAndSession(ctx, &db, &session, &code))
        return code;
    auto text = HubDocuments(*db).bulletinText(session, id);
    if (!text)
        return ctx.fail(text.error());
    ctx.out() << *text << Qt::endl;
    return 0;
}

} // namespace

QList<Command> referralCommands()
{
    return {
        {{QStringLiteral("import"), QStringLiteral("referrals")},
         ReferralCli::tr("Import the online referral form's CSV export"),
         runImportReferrals},
        {{QStringLiteral("referrals")},
         ReferralCli::tr("List referrals (--status S, --format table|csv|json)"),
         runReferrals},
        {{QStringLiteral("register")},
         ReferralCli::tr("The mentoring register (--format table|csv|json)"),
         runRegister},
        {{QStringLiteral("hub"), QStringLiteral("meetings")},
         ReferralCli::tr("List assessment hub meetings"),
         runHubMeetings},
        {{QStringLiteral("hub"), QStringLiteral("minutes")},
         ReferralCli::tr("Save a hub meeting's minutes as PDF"),
         runHubMinutes},
        {{QStringLiteral("hub"), QStringLiteral("bulletin")},
         ReferralCli::tr("A hub meeting's staff-bulletin text"),
         runHubBulletin},
    };
}

} // namespace md::cli
