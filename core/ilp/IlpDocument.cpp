// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpDocument.h"

#include "access/Session.h"
#include "ilp/IlpPlanStore.h"
#include "ilp/IlpReviewStore.h"
#include "letters/Letterhead.h"

#include <QLocale>

namespace md {

namespace {

QString paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out << line.toHtmlEscaped();
    return out.join(QStringLiteral("<br />"));
}

} // namespace

QString IlpDocument::title(const IlpPlan &plan, IlpRole audience)
{
    return tr("Individual learning plan: %1 (%2 copy)").arg(plan.studentName, ilpRoleLabel(audience).toLower());
}

QString IlpDocument::html(const IlpPlan &source, IlpRole audience, const QList<IlpPlanReview> &reviews)
{
    const IlpPlan plan = source.visibleTo(audience);
    const QLocale locale;
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h2 style=\"color:#1d3557;\">") + tr("Individual learning plan").toHtmlEscaped() +
         QStringLiteral("</h2>");
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const std::pair<QString, QString> facts[] = {
        {tr("Student"), plan.studentName},
        {tr("Plan"), plan.templateName},
        {tr("Valid"), tr("%1 to %2")
                          .arg(locale.toString(plan.validFrom, QLocale::LongFormat),
                               locale.toString(plan.validTo, QLocale::LongFormat))},
        {tr("Copy for"), ilpRoleLabel(audience)},
    };
    for (const auto &[label, value] : facts)
        h += QStringLiteral("<tr><td width=\"110\"><b>") + label.toHtmlEscaped() + QStringLiteral("</b></td><td>") +
             value.toHtmlEscaped() + QStringLiteral("</td></tr>");
    if (audience == IlpRole::Mentor || audience == IlpRole::Teacher)
        h += QStringLiteral("<tr><td><b>") + tr("State").toHtmlEscaped() + QStringLiteral("</b></td><td>") +
             ilpPlanStateLabel(plan.state).toHtmlEscaped() + QStringLiteral("</td></tr>");
    h += QStringLiteral("</table>");
    for (const IlpPlanField &f : plan.fields) {
        h += QStringLiteral("<h3 style=\"color:#1d3557; margin-top:14px;\">") + f.label.toHtmlEscaped() +
             QStringLiteral("</h3>");
        if (f.value.trimmed().isEmpty())
            h += QStringLiteral("<p style=\"color:#666666;\"><i>") + tr("Not filled in yet.").toHtmlEscaped() +
                 QStringLiteral("</i></p>");
        else
            h += QStringLiteral("<p>") + paragraphs(f.value.trimmed()) + QStringLiteral("</p>");
    }
    // Parents see the plan's content block only; students and staff also the midterm reviews.
    if (audience != IlpRole::Parent && !reviews.isEmpty()) {
        h += QStringLiteral("<h3 style=\"color:#1d3557; margin-top:14px;\">") + tr("Midterm reviews").toHtmlEscaped() +
             QStringLiteral("</h3><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>") +
             tr("Date").toHtmlEscaped() + QStringLiteral("</th><th>") + tr("Course").toHtmlEscaped() +
             QStringLiteral("</th><th>") + tr("Review").toHtmlEscaped() + QStringLiteral("</th><th>") +
             tr("Assessment").toHtmlEscaped() + QStringLiteral("</th><th>") + tr("Teacher's comment").toHtmlEscaped() +
             QStringLiteral("</th><th>") + tr("Self-assessment").toHtmlEscaped() + QStringLiteral("</th></tr>");
        for (const IlpPlanReview &r : reviews)
            h += QStringLiteral("<tr><td>") + locale.toString(r.review.date, QLocale::ShortFormat) +
                 QStringLiteral("</td><td>") + r.review.courseName.toHtmlEscaped() + QStringLiteral("</td><td>") +
                 r.review.name.toHtmlEscaped() + QStringLiteral("</td><td>") + r.entry.assessment.toHtmlEscaped() +
                 QStringLiteral("</td><td>") + paragraphs(r.entry.comment) + QStringLiteral("</td><td>") +
                 paragraphs(r.entry.selfAssessment) + QStringLiteral("</td></tr>");
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

Result<RenderLetter> IlpDocument::build(Database &db, const Session &session, qint64 planId, IlpRole audience,
                                        const QDate &today)
{
    auto plan = IlpPlanStore(db).get(session, planId);
    if (!plan)
        return plan.error();
    if (!IlpPlanStore::mayView(*plan, audience, today)) {
        if (audience == IlpRole::Parent && plan->state == IlpPlanState::Published)
            return Error::conflict(tr("Parents only see current plans, and this one is valid from %1 to %2.")
                                       .arg(isoDate(plan->validFrom), isoDate(plan->validTo)));
        return Error::conflict(tr("The %1 cannot see this plan: it is %2, not published.")
                                   .arg(ilpRoleLabel(audience).toLower(), ilpPlanStateLabel(plan->state).toLower()));
    }
    QList<IlpPlanReview> reviews;
    if (audience != IlpRole::Parent) {
        auto r = IlpReviewStore(db).forPlan(session, *plan);
        if (!r)
            return r.error();
        reviews = *r;
    }
    auto letterhead = LetterheadStore(db).current();
    if (!letterhead)
        return letterhead.error();
    RenderLetter doc;
    doc.bodyHtml = html(*plan, audience, reviews);
    doc.letterhead = std::make_shared<const Letterhead>(*letterhead);
    return doc;
}

Result<RenderSummary> IlpDocument::writePdf(Database &db, const Session &session, qint64 planId, IlpRole audience,
                                            const QDate &today, const QString &path)
{
    auto doc = build(db, session, planId, audience, today);
    if (!doc)
        return doc.error();
    auto plan = IlpPlanStore(db).get(session, planId);
    if (!plan)
        return plan.error();
    LetterRenderer renderer;
    return renderer.renderPdf(path, {*doc}, {}, title(*plan, audience));
}

} // namespace md
