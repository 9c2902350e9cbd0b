// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorsDemo.h"

#include "demo/DemoContext.h"
#include "mentors/MentorCatalogue.h"
#include "mentors/MentorsLogging.h"
#include "mentors/ReviewTerm.h"
#include "school/SchoolSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QSet>

namespace md::demo {

namespace {

// The demo's made-up texts (topics, comments) are translated like any other text.
struct MentorsDemoText
{
    Q_DECLARE_TR_FUNCTIONS(md::MentorsDemo)
};

QString pickText(DemoContext &ctx, const QList<const char *> &texts)
{
    return MentorsDemoText::tr(texts.at(ctx.between(0, int(texts.size()) - 1)));
}

const QList<const char *> kQualifications = {
    QT_TRANSLATE_NOOP("md::MentorsDemo", "BA (Hons) Education Studies"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "BSc (Hons) Psychology"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Level 3 Certificate in Supporting Teaching and Learning"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Level 4 Certificate for Learning Mentors"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "BA (Hons) Youth Work"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Foundation degree in Counselling Skills"),
};
const QList<const char *> kTeacherQualifications = {
    QT_TRANSLATE_NOOP("md::MentorsDemo", "PGCE Secondary with QTS"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "BEd (Hons) with QTS"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "School Direct (salaried) with QTS"),
};
const QList<const char *> kProviderTraining = {
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Local authority learning mentor induction (3 days)"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Restorative practice facilitator course"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Solution-focused conversations, two-day course"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "GROW model for mentors, online course"),
};
const QList<const char *> kSendTraining = {
    QT_TRANSLATE_NOOP("md::MentorsDemo", "SEMH needs in secondary schools (1 day)"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Autism awareness, level 2"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Keyworker role for students with an EHC plan"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Attachment and trauma-informed practice"),
};
const QList<const char *> kNetworks = {
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Regional learning mentor network"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Pastoral leads' forum"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "National association for pastoral care in education"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Local SENCo cluster group"),
};
const QList<const char *> kExperiences = {
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Youth worker at a community centre"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Sports coach for a local club"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Teaching assistant in a primary school"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Volunteer with a young carers' project"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Residential care worker"),
};
const QList<const char *> kSupervisionTopics = {
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Caseload review and priorities"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Supporting a student with anxiety"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Planning the next half term's 1:1 sessions"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Working with parents who are hard to reach"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Endings: closing a long intervention well"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Wellbeing and workload"),
};
const QList<const char *> kCpdTopics = {
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Safeguarding update"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "De-escalation techniques"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Solution-focused conversations refresher"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Emotional literacy for adolescents"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Assessment for learning in 1:1 work"),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "SEND Code of Practice: what changed"),
};
const QList<const char *> kStrengths = {
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Warm, calm relationship; the student talked openly about the week."),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Clear three-part structure; targets revisited at the start."),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Good use of scaling questions to let the student judge progress."),
};
const QList<const char *> kDevelopment = {
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Leave more time for looking forward and setting mini targets."),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Record the session in the log the same day."),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Link the activity more closely to the hub's objectives."),
};
const QList<const char *> kObjectives = {
    QT_TRANSLATE_NOOP("md::MentorsDemo",
                      "Complete the restorative practice course; hold fortnightly parent contact for every student."),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Collect learner feedback from each student before the end of term."),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Bring one case study to each supervision meeting."),
};
const QList<const char *> kComments = {
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Thank you for the support with the harder cases this term."),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "I would like more time for planning sessions."),
    QT_TRANSLATE_NOOP("md::MentorsDemo", "Happy with the objectives we agreed."),
};

// Key stages a mentor with this age range would teach, within the phase's list.
QStringList keyStagesFor(const QString &ageRange, const QList<MentorOption> &offered)
{
    static const QHash<QString, QStringList> fits = {
        {QStringLiteral("3_to_7"), {QStringLiteral("early_years"), QStringLiteral("ks1")}},
        {QStringLiteral("5_to_11"), {QStringLiteral("ks1"), QStringLiteral("ks2")}},
        {QStringLiteral("7_to_11"), {QStringLiteral("ks2")}},
        {QStringLiteral("7_to_14"), {QStringLiteral("ks2"), QStringLiteral("ks3")}},
        {QStringLiteral("11_to_16"), {QStringLiteral("ks3"), QStringLiteral("ks4")}},
        {QStringLiteral("11_to_18"), {QStringLiteral("ks3"), QStringLiteral("ks4"), QStringLiteral("ks5")}},
        {QStringLiteral("14_to_19"), {QStringLiteral("ks4"), QStringLiteral("ks5")}},
    };
    QStringList out;
    for (const MentorOption &o : offered)
        if (fits.value(ageRange).contains(o.code))
            out << o.code;
    if (out.isEmpty() && !offered.isEmpty())
        out << offered.first().code;
    return out;
}

QString judgementFor(DemoContext &ctx, double strength)
{
    const double r = ctx.uniform();
    if (r < 0.04)
        return QStringLiteral("not_seen");
    if (r < 0.04 + 0.55 * strength + 0.2)
        return QStringLiteral("met");
    if (r < 0.93)
        return QStringLiteral("partly");
    return QStringLiteral("not_met");
}

} // namespace

Status generateMentorDetails(DemoContext &ctx)
{
    const SchoolPhase phase = SchoolSettings(ctx.db).phase();
    const QList<MentorOption> subjects = MentorCatalogue::subjects(phase);
    const QList<MentorOption> ageRanges = MentorCatalogue::ageRanges(phase);
    const QString lead = ctx.mentors.isEmpty() ? QString() : ctx.mentors.first().username;
    const QString supervisor = ctx.supervisor.username;

    Query name(ctx.db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
    Query profile(ctx.db);
    Query development(ctx.db);
    Query observation(ctx.db);
    Query item(ctx.db);
    Query feedback(ctx.db);
    Query review(ctx.db);
    for (auto [query, sql] :
         {std::pair{&profile, "UPDATE mentor_profiles SET first_name = ?, last_name = ?, trn = ?, subject = ?, "
                              "age_range = ?, key_stage = ?, date_qualified = ?, qualifications = ?, "
                              "date_started_mentoring = ?, provider_training = ?, send_training = ?, "
                              "subject_networks = ?, other_experiences = ? WHERE user_id = ?"},
          std::pair{&development, "INSERT INTO mentor_development (mentor_id, kind, held_on, topic, hours, notes, "
                                  "recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
          std::pair{&observation, "INSERT INTO mentor_observations (mentor_id, observed_on, setting, observer, "
                                  "strengths, development, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"},
          std::pair{&item, "INSERT INTO mentor_observation_items (observation_id, position, item, judgement) "
                           "VALUES (?, ?, ?, ?)"},
          std::pair{&feedback, "INSERT INTO learner_feedback (mentor_id, student_id, collected_on, listens, "
                               "helps_targets, feels_safe, helps_lessons, would_recommend, comment, recorded_by, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"},
          std::pair{&review, "INSERT INTO mentor_reviews (mentor_id, school_year, term, reviewed_on, reviewer, "
                             "overall, strengths, development_areas, objectives, mentor_comments, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"}})
        if (Status s = query->prepare(QString::fromLatin1(sql)); !s)
            return s;
    QStringList checklist;
    {
        Query items(ctx.db, QStringLiteral("SELECT item FROM observation_checklist ORDER BY position, id"));
        if (Status s = items.exec(); !s)
            return s;
        while (items.next())
            checklist << items.string(0);
    }

    AuditLog audit(ctx.db, ctx.session.actor());
    const QString now = isoNow();
    // A year of records: from the start of the previous school year, so last term's review has data.
    const QDate historyStart = ctx.schoolYearStart.addYears(-1);
    const ReviewTerm lastTerm = ReviewTerm::containing(ctx.today).previous();
    QSet<QString> trns;
    int records = 0;
    int feedbackRows = 0;
    for (const DemoMentor &m : std::as_const(ctx.mentors)) {
        name.bind(m.userId);
        auto display = name.scalar();
        if (!display)
            return display.error();
        const QString full = display->toString();
        const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
        const QString first = space < 0 ? full : full.left(space);
        const QString last = space < 0 ? QString() : full.mid(space + 1);
        QString trn;
        do
            trn = QString::number(ctx.between(1000000, 9999999));
        while (trns.contains(trn));
        trns.insert(trn);
        const QString subject = ctx.pick(subjects).code;
        QString ageRange;
        if (phase == SchoolPhase::Secondary) {
            const double r = ctx.uniform();
            ageRange = r < 0.6 ? QStringLiteral("11_to_16")
                               : (r < 0.9 ? QStringLiteral("11_to_18") : MentorCatalogue::kMiddleYears);
        } else {
            ageRange = ctx.pick(ageRanges).code;
        }
        const QString keyStage = ctx.pick(keyStagesFor(ageRange, MentorCatalogue::keyStages(phase, ageRange)));
        const bool teacher = ctx.chance(0.35);
        const QDate started = ctx.dateBetween(ctx.today.addYears(-9), ctx.schoolYearStart.addYears(-1));
        const QDate qualified = teacher ? ctx.dateBetween(started.addYears(-12), started.addYears(-1)) : QDate();
        profile.bind(first)
            .bind(last)
            .bind(trn)
            .bind(subject)
            .bind(ageRange)
            .bind(keyStage)
            .bind(qualified)
            .bind(pickText(ctx, teacher ? kTeacherQualifications : kQualifications))
            .bind(started)
            .bind(pickText(ctx, kProviderTraining))
            .bind(pickText(ctx, kSendTraining))
            .bind(pickText(ctx, kNetworks))
            .bind(pickText(ctx, kExperiences))
            .bind(m.userId);
        if (Status s = profile.exec(); !s)
            return s;
        if (Status s = audit.changed(QStringLiteral("mentor_profile"), m.userId, QStringLiteral("details"), QString(),
                                     QStringList{subject, ageRange, keyStage}.join(QLatin1Char(',')));
            !s)
            return s;

        // The lead supervises the team; the assistant head for inclusion supervises the lead.
        const QString supervisorName = m.userId == ctx.leadMentorId ? supervisor : lead;
        // Supervision about every six weeks; now and then the latest one slips (the team view
        // then shows it overdue).
        const bool slipping = ctx.chance(0.25);
        for (QDate d = historyStart.addDays(ctx.between(10, 20)); d <= ctx.today; d = d.addDays(ctx.between(38, 46))) {
            if (slipping && d.daysTo(ctx.today) < 50)
                break;
            development.bind(m.userId)
                .bind(QStringLiteral("supervision"))
                .bind(d)
                .bind(pickText(ctx, kSupervisionTopics))
                .bind(1.0)
                .bind(QVariant())
                .bind(supervisorName)
                .bind(now);
            if (Status s = development.exec(); !s)
                return s;
            ++records;
        }
        // A few pieces of CPD each term.
        for (ReviewTerm t = ReviewTerm::containing(historyStart); t.first() <= ctx.today; t = t.next()) {
            const int pieces = ctx.between(0, 2);
            for (int k = 0; k < pieces; ++k) {
                const QDate d = ctx.dateBetween(t.first(), std::min(t.last(), ctx.today));
                development.bind(m.userId)
                    .bind(QStringLiteral("cpd"))
                    .bind(d)
                    .bind(pickText(ctx, kCpdTopics))
                    .bind(double(ctx.between(2, 12)) / 2.0)
                    .bind(QVariant())
                    .bind(m.username)
                    .bind(now);
                if (Status s = development.exec(); !s)
                    return s;
                ++records;
            }
            // One observation a term, three weeks in or later.
            const QDate earliest = t.first().addDays(21);
            if (earliest > ctx.today || checklist.isEmpty())
                continue;
            const QDate when = ctx.dateBetween(earliest, std::min(t.last(), ctx.today));
            observation.bind(m.userId)
                .bind(when)
                .bind(ctx.chance(0.7) ? QStringLiteral("session") : QStringLiteral("lesson"))
                .bind(supervisorName)
                .bind(pickText(ctx, kStrengths))
                .bind(pickText(ctx, kDevelopment))
                .bind(now);
            auto id = observation.scalar();
            if (!id)
                return id.error();
            const double strength = ctx.uniform();
            for (int i = 0; i < checklist.size(); ++i) {
                item.bind(id->toLongLong()).bind(i + 1).bind(checklist.at(i)).bind(judgementFor(ctx, strength));
                if (Status s = item.exec(); !s)
                    return s;
            }
            ++records;
        }
        // Feedback from about half of the current caseload, collected this school year.
        const QDate feedbackFrom = ctx.schoolYearStart.addDays(28);
        if (feedbackFrom <= ctx.today) {
            for (qint64 student : m.caseload) {
                if (!ctx.chance(0.5))
                    continue;
                feedback.bind(m.userId).bind(student).bind(ctx.dateBetween(feedbackFrom, ctx.today));
                for (int q = 0; q < MentorCatalogue::kFeedbackQuestions; ++q)
                    feedback.bind(ctx.chance(0.1) ? ctx.between(1, 3) : ctx.between(3, 5));
                feedback.bind(QVariant()).bind(m.username).bind(now);
                auto id = feedback.scalar();
                if (!id)
                    return id.error();
                if (Status s = audit.created(QStringLiteral("learner_feedback"), id->toLongLong(),
                                             QStringLiteral("student %1, mentor %2").arg(student).arg(m.userId));
                    !s)
                    return s;
                ++feedbackRows;
            }
        }
        // Last term's performance review.
        const double r = ctx.uniform();
        review.bind(m.userId)
            .bind(lastTerm.schoolYear)
            .bind(lastTerm.code())
            .bind(ctx.dateBetween(lastTerm.last().addDays(-20), std::min(lastTerm.last(), ctx.today)))
            .bind(supervisorName)
            .bind(r < 0.2 ? QStringLiteral("exceeds")
                          : (r < 0.85 ? QStringLiteral("meets") : QStringLiteral("working_towards")))
            .bind(pickText(ctx, kStrengths))
            .bind(pickText(ctx, kDevelopment))
            .bind(pickText(ctx, kObjectives))
            .bind(pickText(ctx, kComments))
            .bind(now);
        if (Status s = review.exec(); !s)
            return s;
    }
    if (Status s = audit.record(QStringLiteral("generate"), QStringLiteral("mentor_quality"), 0,
                                QStringLiteral("records"), QString(), QString::number(records));
        !s)
        return s;
    qCInfo(lcMentors) << "demo mentor details:" << ctx.mentors.size() << "mentors," << records
                      << "supervision, CPD and observation records," << feedbackRows << "feedback questionnaires";
    return {};
}

} // namespace md::demo
