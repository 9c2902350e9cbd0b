// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentors/MentorMetrics.h"
#include "mentors/MentorQuality.h"
#include "mentors/MentorStore.h"

#include <QCoreApplication>

#include <optional>

class QTextDocument;

namespace md {

class Database;
class Session;

// Everything on a mentor's termly performance review form.
struct PerformanceReviewContent
{
    QString schoolName;
    MentorProfile mentor;
    ReviewTerm term;
    MentorMetricsReport metrics;
    std::optional<PerformanceReviewRecord> review; // the reviewer's judgement and comments, once written
    QList<DevelopmentRecord> development;          // in the term
    QList<Observation> observations;               // in the term
};

// The termly performance review form (reference 003: measurable outcomes and constructive
// feedback rather than a perfunctory review), combining the mentor's caseload, supervision and
// CPD, observations, learner feedback and outcome metrics with the reviewer's judgement. Made
// as HTML for the screen and for printing, or written straight to PDF.
class PerformanceReview
{
    Q_DECLARE_TR_FUNCTIONS(md::PerformanceReview)
public:
    // Gathers the content for one mentor and term from the database.
    static Result<PerformanceReviewContent> gather(Database &db, const Session &session, qint64 mentorId,
                                                   const ReviewTerm &term);
    static QString html(const PerformanceReviewContent &content);
    // A document ready to print (the UI's QPrinter) or to write as PDF.
    static void fill(QTextDocument &document, const PerformanceReviewContent &content);
    static Status writePdf(const PerformanceReviewContent &content, const QString &path);
};

} // namespace md
