// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "ilp/IlpTypes.h"
#include "letters/LetterRenderer.h"

#include <QCoreApplication>

namespace md {

class Database;
class Session;

// A plan printed for one audience (reference 001, 10): for a student or for parents it holds only
// the fields the template lets them see, and only a plan they may see at all (published; for
// parents also current). It goes out on the school letterhead through the letters' renderer, so
// print preview, printing and the PDF (desk or command line) are one layout.
class IlpDocument
{
    Q_DECLARE_TR_FUNCTIONS(md::IlpDocument)
public:
    // The plan's HTML as `audience` sees it, midterm reviews included for staff and the student.
    static QString html(const IlpPlan &plan, IlpRole audience, const QList<IlpPlanReview> &reviews);

    // Loads the plan and builds the printable document for `audience`; refuses a plan the audience
    // may not see. `today` decides whether a parent's plan is current.
    static Result<RenderLetter> build(Database &db, const Session &session, qint64 planId, IlpRole audience,
                                      const QDate &today);
    // build() then a PDF at `path` (written whole or not at all).
    static Result<RenderSummary> writePdf(Database &db, const Session &session, qint64 planId, IlpRole audience,
                                          const QDate &today, const QString &path);
    static QString title(const IlpPlan &plan, IlpRole audience);
};

} // namespace md
