// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/PerformanceReview.h"

#include "mentors/MentorCatalogue.h"
#include "mentors/MentorQualityStore.h"
#include "school/SchoolSettings.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace md {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString dateText(const QDate &date)
{
    return date.isValid()
               ? QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMM yyyy"))
               : QString();
}

QString hoursText(double hours)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(hours, 'f', 1);
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\" width=\"40%\">%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
}

} // namespace

Result<PerformanceReviewContent> PerformanceReview::gather(Database &db, const Session &session, qint64 mentorId,
                                                           const ReviewTerm &term)
{
    PerformanceReviewContent c;
    c.schoolName = SchoolSettings(db).schoolName();
    c.term = term;
    auto mentor = MentorStore(db).find(session, mentorId);
    if (!mentor)
        return mentor.error();
    c.mentor = *mentor;
    auto inputs = MentorMetricsLoader::load(db, session, mentorId, term.first(), term.last());
    if (!inputs)
        return inputs.error();
    c.metrics = MentorMetrics::compute(*inputs, term.first(), term.last());
    for (const DevelopmentRecord &d : std::as_const(inputs->development))
        if (term.contains(d.heldOn))
            c.development.append(d);
    for (const Observation &o : std::as_const(inputs->observations))
        if (term.contains(o.observedOn))
            c.observations.append(o);
    auto review = MentorQualityStore(db).review(session, mentorId, term);
    if (!review)
        return review.error();
    c.review = *review;
    return c;
}

QString PerformanceReview::html(const PerformanceReviewContent &c)
{
    const MentorMetricsReport &m = c.metrics;
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 16pt; } "
                        "h2 { font-size: 12pt; margin-top: 14px; } table { border-collapse: collapse; } "
                        "th, td { padding: 3px 6px; border: 1px solid #888; vertical-align: top; }"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Termly performance review")));
    h += QStringLiteral("<p>%1<br>%2</p>").arg(esc(c.schoolName), esc(c.term.label()));

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(esc(tr("Mentor")));
    h += row(tr("Name"), c.mentor.basic.fullName());
    h += row(tr("Grade"), c.mentor.grade.isEmpty() ? tr("Not set") : MentorCatalogue::gradeLabel(c.mentor.grade));
    if (!c.mentor.basic.subject.isEmpty())
        h += row(tr("Subject"), MentorCatalogue::subjectLabel(c.mentor.basic.subject));
    h += row(tr("Caseload"), m.capacity > 0 ? tr("%1 students (capacity %2)").arg(m.caseload).arg(m.capacity)
                                            : tr("%1 students (no capacity set)").arg(m.caseload));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(esc(tr("Outcomes")));
    h += row(tr("SMART targets met"), MentorMetrics::describe(m.targetsMet, MentorMetrics::targetsUnavailable()));
    h += row(tr("1:1 session attendance"),
             MentorMetrics::describe(m.sessionsAttended, MentorMetrics::sessionsUnavailable()));
    h += row(tr("Interventions concluded with better attendance or behaviour"),
             MentorMetrics::describe(m.interventionsImproved, MentorMetrics::interventionsUnavailable()));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(esc(tr("Supervision and CPD")));
    h += row(tr("Supervision meetings this term"),
             tr("%1 (%2 hours)").arg(m.supervisionMeetings).arg(hoursText(m.supervisionHours)));
    h += row(tr("Last supervision"), m.lastSupervision.isValid() ? dateText(m.lastSupervision) : tr("None recorded"));
    h += row(tr("CPD this term"), tr("%1 hours in %2 records").arg(hoursText(m.cpdHours)).arg(m.cpdRecords));
    h += QStringLiteral("</table>");
    if (!c.development.isEmpty()) {
        h += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                 .arg(esc(tr("Date")), esc(tr("Kind")), esc(tr("Topic")), esc(tr("Hours")));
        for (const DevelopmentRecord &d : c.development)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(dateText(d.heldOn)),
                          esc(MentorCatalogue::labelOf(MentorCatalogue::developmentKinds(), d.kind)), esc(d.topic),
                          esc(hoursText(d.hours)));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(esc(tr("Observations")));
    h += row(tr("Observations this term"), QString::number(m.observations));
    h += row(tr("Checklist score"), m.observationScore ? MentorMetrics::percent(*m.observationScore) : tr("None yet"));
    h += QStringLiteral("</table>");
    for (const Observation &o : c.observations) {
        h += QStringLiteral("<p><b>%1</b> — %2</p>")
                 .arg(esc(dateText(o.observedOn)),
                      esc(MentorCatalogue::labelOf(MentorCatalogue::observationSettings(), o.setting)));
        h += QStringLiteral("<table width=\"100%\">");
        for (const ObservationJudgement &j : o.items)
            h += row(j.item, MentorCatalogue::labelOf(MentorCatalogue::judgements(), j.judgement));
        if (!o.strengths.isEmpty())
            h += row(tr("Strengths"), o.strengths);
        if (!o.development.isEmpty())
            h += row(tr("To develop"), o.development);
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(esc(tr("Learner feedback")));
    h += row(tr("Questionnaires this term"), QString::number(m.feedback.responses));
    const QList<MentorOption> questions = MentorCatalogue::feedbackQuestions();
    for (int q = 0; q < questions.size(); ++q) {
        const auto avg = m.feedback.averages.at(std::size_t(q));
        h += row(questions.at(q).label,
                 avg ? tr("%1 out of 5").arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(*avg, 'f', 1))
                     : tr("No answers yet"));
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(esc(tr("Review")));
    if (c.review) {
        const PerformanceReviewRecord &r = *c.review;
        h += row(tr("Overall judgement"), MentorCatalogue::labelOf(MentorCatalogue::overallJudgements(), r.overall));
        h += row(tr("Strengths"), r.strengths);
        h += row(tr("Areas for development"), r.developmentAreas);
        h += row(tr("Objectives for next term"), r.objectives);
        h += row(tr("Mentor's comments"), r.mentorComments);
        h += row(tr("Reviewed on"), dateText(r.reviewedOn));
        h += row(tr("Reviewer"), r.reviewer);
    } else {
        h += row(tr("Overall judgement"), tr("Not yet reviewed"));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><br>%1 ____________________ &nbsp; %2 ____________________ &nbsp; %3 __________</p>")
             .arg(esc(tr("Mentor's signature")), esc(tr("Reviewer's signature")), esc(tr("Date")));
    h += QStringLiteral("</body></html>");
    return h;
}

void PerformanceReview::fill(QTextDocument &document, const PerformanceReviewContent &content)
{
    document.setHtml(html(content));
    document.setMetaInformation(
        QTextDocument::DocumentTitle,
        tr("Performance review: %1, %2").arg(content.mentor.basic.fullName(), content.term.label()));
}

Status PerformanceReview::writePdf(const PerformanceReviewContent &content, const QString &path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Error::io(tr("Could not write %1: %2").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("Performance review: %1, %2").arg(content.mentor.basic.fullName(), content.term.label()));
    writer.setCreator(QStringLiteral("Mentor Desk"));
    QTextDocument document;
    fill(document, content);
    document.print(&writer);
    return {};
}

} // namespace md
