// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorMetrics.h"


#include "mentors/MentorQualityStore.h"
#include "mentors/MentorStore.h"
#include "storage/Query.h"

#include <QLocale>

namespace md {

Share MentorMetrics::targetsMet(const QList<MetricTargetStatus> &targets)
{
    Share s;
    for (MetricTargetStatus t : targets) {
        if (t == MetricTargetStatus::Open)
            continue;
        ++s.of;
        if (t == MetricTargetStatus::Met)
            ++s.count;
    }
    return s;
}

Share MentorMetrics::sessionsAttended(const QList<MetricSessionAttendance> &sessions)
{
    Share s;
    for (MetricSessionAttendance a : sessions) {
        ++s.of;
        if (a == MetricSessionAttendance::Attended)
            ++s.count;
    }
    return s;
}

Share MentorMetrics::interventionsImproved(const QList<MetricInterventionOutcome> &interventions)
{
    Share s;
    for (const MetricInterventionOutcome &i : interventions) {
        const bool attendanceKnown = i.attendanceBefore && i.attendanceAfter;
        const bool behaviourKnown = i.negativePointsBefore && i.negativePointsAfter;
        if (!attendanceKnown && !behaviourKnown)
            continue;
        ++s.of;
        const bool attendanceUp = attendanceKnown && *i.attendanceAfter > *i.attendanceBefore;
        const bool behaviourBetter = behaviourKnown && *i.negativePointsAfter < *i.negativePointsBefore;
        if (attendanceUp || behaviourBetter)
            ++s.count;
    }
    return s;
}

std::optional<double> MentorMetrics::observationScore(const Observation &observation)
{
    double points = 0;
    int judged = 0;
    for (const ObservationJudgement &j : observation.items) {
        if (j.judgement == QLatin1String("met"))
            points += 1;
        else if (j.judgement == QLatin1String("partly"))
            points += 0.5;
        else if (j.judgement != QLatin1String("not_met"))
            continue; // not seen
        ++judged;
    }
    if (judged == 0)
        return std::nullopt;
    return points / judged;
}

std::optional<double> MentorMetrics::averageObservationScore(const QList<Observation> &observations)
{
    double total = 0;
    int scored = 0;
    for (const Observation &o : observations)
        if (const auto score = observationScore(o)) {
            total += *score;
            ++scored;
        }
    if (scored == 0)
        return std::nullopt;
    return total / scored;
}

FeedbackSummary MentorMetrics::feedbackSummary(const QList<LearnerFeedback> &feedback)
{
    FeedbackSummary summary;
    summary.responses = int(feedback.size());
    if (feedback.isEmpty())
        return summary;
    std::array<int, 5> sums{};
    int all = 0;
    for (const LearnerFeedback &f : feedback)
        for (std::size_t q = 0; q < sums.size(); ++q) {
            sums[q] += f.ratings[q];
            all += f.ratings[q];
        }
    for (std::size_t q = 0; q < sums.size(); ++q)
        summary.averages[q] = double(sums[q]) / summary.responses;
    summary.overall = double(all) / (summary.responses * int(sums.size()));
    return summary;
}

MentorMetricsReport MentorMetrics::compute(const MetricInputs &in, const QDate &from, const QDate &to)
{
    MentorMetricsReport r;
    r.from = from;
    r.to = to;
    r.caseload = in.caseload;
    r.capacity = in.capacity;
    auto within = [&](const QDate &d) { return d.isValid() && d >= from && d <= to; };
    for (const DevelopmentRecord &d : in.development) {
        if (d.kind == QLatin1String("supervision")) {
            if (d.heldOn.isValid() && d.heldOn <= to && (!r.lastSupervision.isValid() || d.heldOn > r.lastSupervision))
                r.lastSupervision = d.heldOn;
            if (within(d.heldOn)) {
                ++r.supervisionMeetings;
                r.supervisionHours += d.hours;
            }
        } else if (d.kind == QLatin1String("cpd") && within(d.heldOn)) {
            ++r.cpdRecords;
            r.cpdHours += d.hours;
        }
    }
    QList<Observation> observations;
    for (const Observation &o : in.observations)
        if (within(o.observedOn))
            observations.append(o);
    r.observations = int(observations.size());
    r.observationScore = averageObservationScore(observations);
    QList<LearnerFeedback> feedback;
    for (const LearnerFeedback &f : in.feedback)
        if (within(f.collectedOn))
            feedback.append(f);
    r.feedback = feedbackSummary(feedback);
    if (in.targets)
        r.targetsMet = targetsMet(*in.targets);
    if (in.sessions)
        r.sessionsAttended = sessionsAttended(*in.sessions);
    if (in.interventions)
        r.interventionsImproved = interventionsImproved(*in.interventions);
    return r;
}

QString MentorMetrics::percent(double fraction)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(qRound(fraction * 100)) + QLatin1Char('%');
}

QString MentorMetrics::describe(const std::optional<Share> &share, const QString &unavailable)
{
    if (!share)
        return unavailable;
    if (!share->value())
        return tr("None yet");
    return tr("%1 (%2 of %3)").arg(percent(*share->value())).arg(share->count).arg(share->of);
}

QString MentorMetrics::targetsUnavailable()
{
    return tr("Not available: choose a period to count SMART targets closed in it");
}

QString MentorMetrics::sessionsUnavailable()
{
    return tr("Not available: choose a period to count the 1:1 sessions due in it");
}

QString MentorMetrics::interventionsUnavailable()
{
    return tr("Not available: choose a period to count the interventions concluded in it");
}

namespace {

// Average weekly attendance and total negative behaviour points for one student in [from, to).
Status pastoral(Database &db, qint64 studentId, const QDate &from, const QDate &to, std::optional<double> *attendance,
                std::optional<int> *negativePoints)
{
    Query a(db, QStringLiteral("SELECT AVG(percent), COUNT(*) FROM report_attendance WHERE student_id = ? "
                               "AND week_start >= ? AND week_start < ?"));
    a.bind(studentId).bind(isoDate(from)).bind(isoDate(to));
    if (Status s = a.exec(); !s)
        return s;
    if (a.next() && a.integer(1) > 0)
        *attendance = a.value(0).toDouble();
    Query b(db, QStringLiteral("SELECT COALESCE(SUM(-points), 0), COUNT(*) FROM behaviour_events WHERE student_id = ? "
                               "AND points < 0 AND occurred_at >= ? AND occurred_at < ?"));
    b.bind(studentId).bind(isoDate(from)).bind(isoDate(to));
    if (Status s = b.exec(); !s)
        return s;
    // Behaviour is recorded for everyone or no one: a student with no negative events has 0.
    Query any(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM behaviour_events)"));
    auto recorded = any.scalar();
    if (!recorded)
        return recorded.error();
    if (b.next() && recorded->toBool())
        *negativePoints = b.integer(0);
    return {};
}

} // namespace

Result<MetricInputs> MentorMetricsLoader::load(Database &db, const Session &session, qint64 mentorId, const QDate &from,
                                               const QDate &to)
{
    MetricInputs in;
    MentorQualityStore quality(db);
    auto development = quality.development(session, mentorId);
    if (!development)
        return development.error();
    in.development = *development;
    auto observations = quality.observations(session, mentorId);
    if (!observations)
        return observations.error();
    in.observations = *observations;
    auto feedback = quality.feedback(session, mentorId);
    if (!feedback)
        return feedback.error();
    in.feedback = *feedback;
    auto mentor = MentorStore(db).find(session, mentorId);
    if (!mentor)
        return mentor.error();
    in.caseload = mentor->caseload;
    in.capacity = mentor->hasProfile ? mentor->capacity : 0;
    if (!from.isValid() || !to.isValid())
        return in;

    QList<MetricTargetStatus> targets;
    Query t(db, QStringLiteral("SELECT status FROM smart_targets WHERE created_by = ? AND status IN ('met', 'not_met') "
                               "AND closed_on >= ? AND closed_on <= ?"));
    t.bind(mentorId).bind(isoDate(from)).bind(isoDate(to));
    if (Status s = t.exec(); !s)
        return s.error();
    while (t.next())
        targets << (t.string(0) == QLatin1String("met") ? MetricTargetStatus::Met : MetricTargetStatus::NotMet);
    in.targets = targets;

    QList<MetricSessionAttendance> sessions;
    Query m(db, QStringLiteral("SELECT status FROM mentoring_sessions WHERE mentor_id = ? AND session_date >= ? "
                               "AND session_date <= ? AND status IN ('attended', 'missed', 'cancelled')"));
    m.bind(mentorId).bind(isoDate(from)).bind(isoDate(to));
    if (Status s = m.exec(); !s)
        return s.error();
    while (m.next()) {
        const QString st = m.string(0);
        sessions << (st == QLatin1String("attended") ? MetricSessionAttendance::Attended
                     : st == QLatin1String("missed") ? MetricSessionAttendance::StudentAbsent
                                                     : MetricSessionAttendance::Cancelled);
    }
    in.sessions = sessions;

    QList<MetricInterventionOutcome> outcomes;
    Query i(db, QStringLiteral("SELECT student_id, started_on, concluded_on FROM interventions WHERE keyworker_id = ? "
                               "AND status = 'concluded' AND started_on IS NOT NULL AND concluded_on >= ? "
                               "AND concluded_on <= ?"));
    i.bind(mentorId).bind(isoDate(from)).bind(isoDate(to));
    if (Status s = i.exec(); !s)
        return s.error();
    QList<std::tuple<qint64, QDate, QDate>> concluded;
    while (i.next())
        concluded.append({i.id(0), i.date(1), i.date(2)});
    for (const auto &[student, started, ended] : std::as_const(concluded)) {
        MetricInterventionOutcome o;
        if (Status s = pastoral(db, student, started.addDays(-42), started, &o.attendanceBefore, &o.negativePointsBefore); !s)
            return s.error();
        if (Status s = pastoral(db, student, ended.addDays(1), ended.addDays(43), &o.attendanceAfter, &o.negativePointsAfter);
            !s)
            return s.error();
        outcomes << o;
    }
    in.interventions = outcomes;
    return in;
}

} // namespace md
