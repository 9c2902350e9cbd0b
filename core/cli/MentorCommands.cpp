// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli mentors: the mentoring team, and adding a mentor with the add-mentor flow's rules.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "mentors/MentorCatalogue.h"
#include "mentors/MentorDetails.h"
#include "mentors/MentorStore.h"
#include "mentors/MentorTeamModel.h"
#include "school/SchoolSettings.h"

#include <QCoreApplication>

namespace md::cli {

namespace {

// The command-line texts of the mentors commands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::cli::MentorCommands)
};

QStringList optionLabels(const QList<MentorOption> &options)
{
    QStringList out;
    for (const MentorOption &o : options)
        out << o.label;
    return out;
}

int runMentors(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("Output format: table, csv or json (default table)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption removed(QStringLiteral("include-removed"),
                                     Text::tr("Include mentors who have been removed."));
    parser.addOptions({format, removed});
    int code = 0;
    if (!parseCommand(
            ctx, parser,
            Text::tr("mentors: the mentoring team with grade, caseload against capacity, status, overdue items, "
                     "last supervision and CPD hours this school year."),
            args, &code))
        return code;
    const auto fmt = formatFromString(parser.value(format));
    if (!fmt)
        return ctx.fail(Text::tr("Unknown format '%1': use table, csv or json.").arg(parser.value(format)));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    MentorTeamModel team;
    if (Status s = team.load(**db, *session, QDate::currentDate(), parser.isSet(removed)); !s)
        return ctx.fail(s.error());
    QList<QStringList> rows;
    for (int r = 0; r < team.rowCount(); ++r) {
        const MentorTeamModel::Row &row = team.rowAt(r);
        const MentorProfile &m = row.mentor;
        auto cell = [&](int column) { return team.index(r, column).data().toString(); };
        rows << QStringList{m.username,
                            cell(MentorTeamModel::NameColumn),
                            cell(MentorTeamModel::GradeColumn),
                            m.basic.trn,
                            m.basic.email,
                            m.basic.subject.isEmpty() ? QString() : MentorCatalogue::subjectLabel(m.basic.subject),
                            m.basic.ageRange.isEmpty() ? QString() : MentorCatalogue::ageRangeLabel(m.basic.ageRange),
                            m.basic.keyStage.isEmpty() ? QString() : MentorCatalogue::keyStageLabel(m.basic.keyStage),
                            QString::number(m.caseload),
                            m.hasProfile ? QString::number(m.capacity) : QString(),
                            cell(MentorTeamModel::StatusColumn),
                            row.overdue.join(QStringLiteral("; ")),
                            row.lastSupervision.isValid() ? row.lastSupervision.toString(Qt::ISODate) : QString(),
                            cell(MentorTeamModel::CpdHoursColumn)};
    }
    printRows(
        ctx.out(), *fmt,
        {Text::tr("Username"), Text::tr("Name"), Text::tr("Grade"), Text::tr("TRN"), Text::tr("Email"),
         Text::tr("Subject"), Text::tr("Age range"), Text::tr("Key stage"), Text::tr("Caseload"), Text::tr("Capacity"),
         Text::tr("Status"), Text::tr("Overdue"), Text::tr("Last supervision"), Text::tr("CPD hours")},
        {QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("grade"), QStringLiteral("trn"),
         QStringLiteral("email"), QStringLiteral("subject"), QStringLiteral("age_range"), QStringLiteral("key_stage"),
         QStringLiteral("caseload"), QStringLiteral("capacity"), QStringLiteral("status"), QStringLiteral("overdue"),
         QStringLiteral("last_supervision"), QStringLiteral("cpd_hours_this_year")},
        rows);
    ctx.out().flush();
    return 0;
}

int runMentorsAdd(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption first(QStringLiteral("first"), Text::tr("First name."), QStringLiteral("NAME"));
    const QCommandLineOption last(QStringLiteral("last"), Text::tr("Last name."), QStringLiteral("NAME"));
    const QCommandLineOption trn(QStringLiteral("trn"), Text::tr("Teacher reference number (TRN): 7 digits."),
                                 QStringLiteral("N"));
    const QCommandLineOption email(QStringLiteral("email"), Text::tr("Email address."), QStringLiteral("E"));
    const QCommandLineOption subject(
        QStringLiteral("subject"), Text::tr("Subject, as listed for the school's phase (for example \"Mathematics\")."),
        QStringLiteral("S"));
    const QCommandLineOption ageRange(QStringLiteral("age-range"),
                                      Text::tr("Age range (for example \"11 to 16\" or \"7 to 14 - middle years\")."),
                                      QStringLiteral("R"));
    const QCommandLineOption keyStage(QStringLiteral("key-stage"), Text::tr("Key stage (for example \"Key stage 3\")."),
                                      QStringLiteral("K"));
    parser.addOptions({first, last, trn, email, subject, ageRange, keyStage});
    int code = 0;
    if (!parseCommand(ctx, parser,
                      Text::tr("mentors add: add a mentor. Every answer is required; the answers offered depend on the "
                               "school's phase. The new mentor gets a confirmation message in the outbox."),
                      args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err() << Text::tr("mentors add takes no arguments besides its options: %1")
                         .arg(parser.positionalArguments().join(QLatin1Char(' ')))
                  << Qt::endl;
        return 2;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const SchoolPhase phase = SchoolSettings(**db).phase();

    // Options may name an answer by its label or its code; an unknown one is kept as typed, so the
    // rules refuse it with their own message.
    auto answer = [&](const QList<MentorOption> &options, const QCommandLineOption &option) {
        const QString typed = parser.value(option).trimmed();
        const QString code = MentorCatalogue::findCode(options, typed);
        return code.isEmpty() ? typed : code;
    };
    MentorBasicDetails d;
    d.firstName = parser.value(first);
    d.lastName = parser.value(last);
    d.trn = parser.value(trn);
    d.email = parser.value(email);
    d.subject = answer(MentorCatalogue::subjects(phase), subject);
    d.ageRange = answer(MentorCatalogue::ageRanges(phase), ageRange);
    d.keyStage = answer(MentorCatalogue::keyStages(phase, d.ageRange), keyStage);

    const FieldErrors errors = MentorRules::checkBasic(d, phase);
    if (!errors.isEmpty()) {
        for (const FieldError &e : errors) {
            ctx.err() << e.message << Qt::endl;
            // A wrong choice lists the right ones.
            if (e.field == MentorField::Subject && !d.subject.isEmpty())
                ctx.err() << "  "
                          << Text::tr("Subjects: %1")
                                 .arg(optionLabels(MentorCatalogue::subjects(phase)).join(QStringLiteral(", ")))
                          << Qt::endl;
            else if (e.field == MentorField::AgeRange && !d.ageRange.isEmpty())
                ctx.err() << "  "
                          << Text::tr("Age ranges: %1")
                                 .arg(optionLabels(MentorCatalogue::ageRanges(phase)).join(QStringLiteral(", ")))
                          << Qt::endl;
            else if (e.field == MentorField::KeyStage && !d.keyStage.isEmpty())
                ctx.err()
                    << "  "
                    << Text::tr("Key stages: %1")
                           .arg(optionLabels(MentorCatalogue::keyStages(phase, d.ageRange)).join(QStringLiteral(", ")))
                    << Qt::endl;
        }
        return 1;
    }
    auto added = MentorStore(**db).add(*session, d);
    if (!added)
        return ctx.fail(added.error());
    ctx.out()
        << Text::tr("Added %1 as a mentor with the username %2.").arg(MentorRules::tidy(d).fullName(), added->username)
        << '\n';
    if (!added->firstPassword.isEmpty())
        ctx.out() << Text::tr("First password (shown only now; they choose their own when they first sign in): %1")
                         .arg(added->firstPassword)
                  << '\n';
    ctx.out() << Text::tr("The confirmation message to the mentor is in the outbox (message %1).").arg(added->messageId)
              << Qt::endl;
    return 0;
}

} // namespace

QList<Command> mentorCommands()
{
    return {
        {{QStringLiteral("mentors")},
         Text::tr("The mentoring team (--format table|csv|json, --include-removed)"),
         runMentors},
        {{QStringLiteral("mentors"), QStringLiteral("add")},
         Text::tr("Add a mentor (--first --last --trn --email --subject --age-range --key-stage)"),
         runMentorsAdd},
    };
}

} // namespace md::cli
