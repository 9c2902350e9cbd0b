// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentors/ReviewTerm.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace md {

// The quality-assurance records of reference 003: supervision and CPD, observations against a
// checklist, learner feedback and the termly performance review. Codes are MentorCatalogue's.

// A supervision meeting or a piece of CPD.
struct DevelopmentRecord
{
    qint64 id = 0;
    qint64 mentorId = 0;
    QString kind; // supervision, cpd
    QDate heldOn;
    QString topic;
    double hours = 0;
    QString notes;
    QString recordedBy;
};

// One checklist item as judged in an observation (its text copied at the time).
struct ObservationJudgement
{
    QString item;
    QString judgement; // met, partly, not_met, not_seen
};

struct Observation
{
    qint64 id = 0;
    qint64 mentorId = 0;
    QDate observedOn;
    QString setting; // session, lesson
    QString observer;
    QString strengths;
    QString development;
    QList<ObservationJudgement> items;
};

// A student's answers to the feedback questionnaire, in MentorCatalogue::feedbackQuestions() order.
struct LearnerFeedback
{
    qint64 id = 0;
    qint64 mentorId = 0;
    qint64 studentId = 0;
    QString studentName;
    QDate collectedOn;
    std::array<int, 5> ratings{}; // each 1..5
    QString comment;
    QString recordedBy;
};

struct PerformanceReviewRecord
{
    qint64 id = 0;
    qint64 mentorId = 0;
    ReviewTerm term;
    QDate reviewedOn;
    QString reviewer;
    QString overall; // exceeds, meets, working_towards, below
    QString strengths;
    QString developmentAreas;
    QString objectives;
    QString mentorComments;
    int rowVersion = 0; // as stored; 0 for a review not saved yet
};

} // namespace md
