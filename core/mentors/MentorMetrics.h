// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentors/MentorQuality.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace md {

class Database;
class Session;

// A share: `count` of `of`. Empty (no value) when there was nothing to count.
struct Share
{
    int count = 0;
    int of = 0;
    std::optional<double> value() const { return of > 0 ? std::optional<double>(double(count) / of) : std::nullopt; }
    bool operator==(const Share &other) const = default;
};

// The outcome inputs reference 003's metrics need from other capabilities. Each is given to the
// calculator as a list, so the sums can be checked by hand and any source can feed them.
enum class MetricTargetStatus
{
    Open, // not yet reviewed: not counted
    Met,
    NotMet,
};

enum class MetricSessionAttendance
{
    Attended,
    StudentAbsent,
    Cancelled, // by the mentor or the school; still a session the student did not get
};

// A concluded intervention's pastoral data before it started and after it ended.
struct MetricInterventionOutcome
{
    std::optional<double> attendanceBefore; // percent
    std::optional<double> attendanceAfter;
    std::optional<int> negativePointsBefore; // behaviour points over the same length of time
    std::optional<int> negativePointsAfter;
};

struct FeedbackSummary
{
    int responses = 0;
    std::array<std::optional<double>, 5> averages{}; // per question, MentorCatalogue order
    std::optional<double> overall;                   // the mean of every rating
};

// Everything the metrics are computed from. The outcome lists are empty optionals when their
// source is not recorded in Mentor Desk (then the metric says so rather than showing 0%).
struct MetricInputs
{
    int caseload = 0;
    int capacity = 0; // 0: none set
    QList<DevelopmentRecord> development;
    QList<Observation> observations;
    QList<LearnerFeedback> feedback;
    std::optional<QList<MetricTargetStatus>> targets;
    std::optional<QList<MetricSessionAttendance>> sessions;
    std::optional<QList<MetricInterventionOutcome>> interventions;
};

// The metrics over a period (a term, for the review).
struct MentorMetricsReport
{
    QDate from;
    QDate to;
    int caseload = 0;
    int capacity = 0;
    int supervisionMeetings = 0;
    double supervisionHours = 0;
    QDate lastSupervision; // the last on or before `to`, even before `from`
    double cpdHours = 0;
    int cpdRecords = 0;
    int observations = 0;
    std::optional<double> observationScore; // 0..1
    FeedbackSummary feedback;
    std::optional<Share> targetsMet;            // empty: source not available
    std::optional<Share> sessionsAttended;      // empty: source not available
    std::optional<Share> interventionsImproved; // empty: source not available
};

// Reference 003's outcome-based metrics for one mentor: share of targets met, session
// attendance, interventions concluded with better attendance or behaviour, observation scores,
// learner feedback, supervision and CPD. Pure functions of their inputs.
class MentorMetrics
{
    Q_DECLARE_TR_FUNCTIONS(md::MentorMetrics)
public:
    // Met among the targets that have been reviewed (met or not met); open ones do not count.
    static Share targetsMet(const QList<MetricTargetStatus> &targets);
    // Attended among the sessions that were due (attended, student absent or cancelled).
    static Share sessionsAttended(const QList<MetricSessionAttendance> &sessions);
    // Concluded with attendance up or negative behaviour points down, among the interventions
    // that have at least one before-and-after pair.
    static Share interventionsImproved(const QList<MetricInterventionOutcome> &interventions);
    // Met counts 1, partly met 0.5, not met 0; items not seen are left out. Empty when nothing
    // was judged.
    static std::optional<double> observationScore(const Observation &observation);
    // The mean of the observations' scores (those with a score).
    static std::optional<double> averageObservationScore(const QList<Observation> &observations);
    static FeedbackSummary feedbackSummary(const QList<LearnerFeedback> &feedback);

    static MentorMetricsReport compute(const MetricInputs &inputs, const QDate &from, const QDate &to);

    // "75% (3 of 4)", or the reason there is no figure.
    static QString describe(const std::optional<Share> &share, const QString &unavailable);
    static QString percent(double fraction);

    // What this build reads for each outcome metric's source, for the screens and the review.
    static QString targetsUnavailable();
    static QString sessionsUnavailable();
    static QString interventionsUnavailable();
};

// Gathers a mentor's MetricInputs from what is recorded in the database: caseload and capacity,
// supervision and CPD, observations and learner feedback; and, over the period from..to, the
// SMART targets they set that were closed as met or not met, their 1:1 sessions that were due
// (attended, missed, cancelled), and the interventions they were keyworker for that concluded,
// with weekly attendance and negative behaviour points over six weeks before the start and six
// weeks after the end. Without a period the three outcome inputs stay empty (not available).
class MentorMetricsLoader
{
public:
    static Result<MetricInputs> load(Database &db, const Session &session, qint64 mentorId, const QDate &from = {},
                                     const QDate &to = {});
};

} // namespace md
