// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorMetrics.h"

#include "mentors/MentorQualityStore.h"
#include "mentors/MentorStore.h"

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
    return tr("Not available: SMART targets are not yet recorded in Mentor Desk");
}

QString MentorMetrics::sessionsUnavailable()
{
    return tr("Not available: 1:1 sessions are not yet recorded in Mentor Desk");
}

QString MentorMetrics::interventionsUnavailable()
{
    return tr("Not available: concluded interventions are not yet recorded in Mentor Desk");
}

Result<MetricInputs> MentorMetricsLoader::load(Database &db, const Session &session, qint64 mentorId)
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
    return in;
}

} // namespace md
