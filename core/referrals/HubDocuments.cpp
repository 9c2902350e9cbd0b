// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/HubDocuments.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "interventions/ProvisionMap.h"
#include "referrals/HubStore.h"
#include "referrals/ReferralsLogging.h"
#include "referrals/ReferralStore.h"
#include "school/SchoolSettings.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "students/StudentStore.h"

#include <QDir>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace md {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Paragraphs of user text, line breaks kept.
QString paras(const QString &text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

const QLatin1String kStyle("<style>"
                           "body { font-family: sans-serif; font-size: 10pt; }"
                           "h1 { font-size: 16pt; margin-bottom: 2px; }"
                           "h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }"
                           "table { border-collapse: collapse; }"
                           "th { background: #e8e8e8; text-align: left; }"
                           "th, td { border: 1px solid #888; padding: 3px; vertical-align: top; }"
                           ".muted { color: #555; }"
                           "</style>");

QString page(const QString &title, const QString &body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>") + esc(title) + QStringLiteral("</title>") +
           kStyle + QStringLiteral("</head><body>") + body + QStringLiteral("</body></html>");
}

// A table row; a header row may give each column's share of the width in percent.
QString row(const QStringList &cells, bool header = false, const QList<int> &widths = {})
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        out += QLatin1Char('<') + tag;
        if (i < widths.size())
            out += QStringLiteral(" width=\"%1%\"").arg(widths.at(i));
        out += QLatin1Char('>') + cells.at(i) + QStringLiteral("</") + tag + QLatin1Char('>');
    }
    return out + QStringLiteral("</tr>");
}

QString studentLine(const Student &s)
{
    QString text = esc(s.displayName());
    QStringList where;
    if (s.yearGroup > 0)
        where << QCoreApplication::translate("md::HubDocuments", "Year %1").arg(s.yearGroup);
    if (!s.tutorGroup.isEmpty())
        where << esc(s.tutorGroup);
    if (!where.isEmpty())
        text +=
            QStringLiteral(" <span class=\"muted\">(") + where.join(QStringLiteral(", ")) + QStringLiteral(")</span>");
    return text;
}

QString footer(Database &db)
{
    return QStringLiteral("<p class=\"muted\">") +
           esc(QCoreApplication::translate("md::HubDocuments", "%1 · printed by Mentor Desk on %2")
                   .arg(SchoolSettings(db).schoolName(), longDate(QDate::currentDate()))) +
           QStringLiteral("</p>");
}

} // namespace

QString HubDocuments::recipientLabel(PlanRecipient recipient)
{
    switch (recipient) {
    case PlanRecipient::Tutor:
        return tr("Form tutor");
    case PlanRecipient::Referrer:
        return tr("Referrer");
    case PlanRecipient::Parents:
        return tr("Parents and carers");
    }
    return {};
}

Result<QString> HubDocuments::minutesHtml(const Session &session, qint64 meetingId) const
{
    HubStore hub(m_db);
    auto meeting = hub.meeting(session, meetingId);
    if (!meeting)
        return meeting.error();
    auto agenda = hub.agenda(session, meetingId);
    if (!agenda)
        return agenda.error();
    auto reviews = hub.reviews(session, meetingId);
    if (!reviews)
        return reviews.error();

    QString body = QStringLiteral("<h1>") + esc(tr("Minutes of the assessment hub")) + QStringLiteral("</h1><p>") +
                   esc(longDate(meeting->heldOn)) + QStringLiteral(" · ") +
                   esc(meeting->status == MeetingStatus::Held ? tr("held") : tr("planned")) + QStringLiteral("</p>");
    body += QStringLiteral("<h2>") + esc(tr("Attendees")) + QStringLiteral("</h2>");
    if (meeting->attendees.isEmpty()) {
        body += QStringLiteral("<p class=\"muted\">") + esc(tr("No attendees recorded.")) + QStringLiteral("</p>");
    } else {
        body += QStringLiteral("<ul>");
        for (const HubAttendee &a : std::as_const(meeting->attendees)) {
            QString who = esc(a.name);
            if (!a.role.isEmpty())
                who += a.name.isEmpty() ? esc(a.role) : QStringLiteral(", ") + esc(a.role);
            body += QStringLiteral("<li>") + who + QStringLiteral("</li>");
        }
        body += QStringLiteral("</ul>");
    }
    if (!meeting->notes.trimmed().isEmpty())
        body += QStringLiteral("<h2>") + esc(tr("Notes")) + QStringLiteral("</h2><p>") + paras(meeting->notes) +
                QStringLiteral("</p>");

    body += QStringLiteral("<h2>") + esc(tr("Referrals discussed")) + QStringLiteral("</h2>");
    if (agenda->isEmpty()) {
        body += QStringLiteral("<p class=\"muted\">") + esc(tr("No referrals were on the agenda.")) +
                QStringLiteral("</p>");
    } else {
        body +=
            QStringLiteral("<table width=\"100%\">") + row({esc(tr("#")), esc(tr("Student")), esc(tr("Concern")),
                                                            esc(tr("Referred")), esc(tr("Decision")), esc(tr("Notes"))},
                                                           true, {4, 17, 12, 19, 32, 16});
        for (const AgendaItem &item : std::as_const(*agenda)) {
            const Referral &r = item.referral;
            QString decision;
            QString notes;
            if (item.decision) {
                decision = esc(item.decision->summary());
                if (!item.decision->timescale.isEmpty())
                    decision += QStringLiteral("<br>") + esc(tr("Timescale: %1").arg(item.decision->timescale));
                if (!item.decision->externalSupport.isEmpty())
                    decision +=
                        QStringLiteral("<br>") + esc(tr("External support: %1").arg(item.decision->externalSupport));
                if (item.decision->reviewOn.isValid())
                    decision += QStringLiteral("<br>") + esc(tr("Review: %1").arg(shortDate(item.decision->reviewOn)));
                notes = paras(item.decision->notes);
            } else {
                decision = QStringLiteral("<i>") + esc(tr("Not decided: carried to the next meeting")) +
                           QStringLiteral("</i>");
            }
            const QString referred =
                esc(tr("%1 by %2 (%3)").arg(shortDate(r.referredOn), r.referrerName, labelOf(r.requestedBy))) +
                (r.urgency == Urgency::Urgent ? QStringLiteral("<br><b>") + esc(tr("Urgent")) + QStringLiteral("</b>")
                                              : QString());
            body += row({QString::number(item.position), studentLine(r.student), esc(labelOf(r.concern)), referred,
                         decision, notes});
        }
        body += QStringLiteral("</table>");
    }

    body += QStringLiteral("<h2>") + esc(tr("Interventions reviewed")) + QStringLiteral("</h2>");
    if (reviews->isEmpty()) {
        body += QStringLiteral("<p class=\"muted\">") + esc(tr("No interventions were due for review.")) +
                QStringLiteral("</p>");
    } else {
        body += QStringLiteral("<table width=\"100%\">") +
                row({esc(tr("Student")), esc(tr("Intervention")), esc(tr("Keyworker")), esc(tr("Progress")),
                     esc(tr("Impact")), esc(tr("Result"))},
                    true, {15, 17, 13, 20, 20, 15});
        for (const ReviewItem &item : std::as_const(*reviews)) {
            const Intervention &i = item.intervention;
            const QString what = esc(i.provisionName) + QStringLiteral("<br>") + esc(tr("Stage %1").arg(i.stage));
            if (item.review) {
                QString result = esc(labelOf(item.review->result));
                if (item.review->nextReviewOn.isValid())
                    result +=
                        QStringLiteral("<br>") + esc(tr("Next review: %1").arg(shortDate(item.review->nextReviewOn)));
                if (!item.review->changes.isEmpty())
                    result += QStringLiteral("<br>") + esc(item.review->changes);
                body += row({studentLine(i.student), what, esc(i.keyworkerName), paras(item.review->progress),
                             paras(item.review->impact), result});
            } else {
                body += row({studentLine(i.student), what, esc(i.keyworkerName),
                             QStringLiteral("<i>") + esc(tr("Due %1: not yet reviewed").arg(shortDate(i.reviewOn))) +
                                 QStringLiteral("</i>"),
                             QString(), QString()});
            }
        }
        body += QStringLiteral("</table>");
    }
    body += footer(m_db);
    return page(meeting->title(), body);
}

Result<QList<qint64>> HubDocuments::plannedDecisions(const Session &session, qint64 meetingId) const
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s.error();
    auto decisions = HubStore::selectDecisions(
        m_db, QStringLiteral("hd.meeting_id = ? AND hd.intervention_id IS NOT NULL"), {meetingId});
    if (!decisions)
        return decisions.error();
    QList<qint64> ids;
    for (const HubDecision &d : std::as_const(*decisions))
        ids << d.id;
    return ids;
}

Result<QString> HubDocuments::actionPlanHtml(const Session &session, qint64 decisionId, PlanRecipient recipient) const
{
    if (Status s = Permissions::require(session, Action::ManageReferrals); !s)
        return s.error();
    auto decisions = HubStore::selectDecisions(m_db, QStringLiteral("hd.id = ?"), {decisionId});
    if (!decisions)
        return decisions.error();
    if (decisions->isEmpty())
        return Error::notFound(tr("That hub decision no longer exists."));
    const HubDecision d = decisions->first();
    if (d.kind != HubDecisionKind::PlannedIntervention || d.interventionId == 0)
        return Error::invalid(tr("Only a planned intervention has an action plan to share."));
    auto referral = ReferralStore(m_db).getUnchecked(d.referralId);
    if (!referral)
        return referral.error();
    const Referral &r = *referral;
    const Student &s = r.student;
    Query desc(m_db, QStringLiteral("SELECT pt.description FROM interventions i JOIN provision_types pt "
                                    "ON pt.id = i.provision_type_id WHERE i.id = ?"));
    desc.bind(d.interventionId);
    auto description = desc.scalar();
    if (!description)
        return description.error();

    SchoolSettings school(m_db);
    const QDate decided = d.meetingOn.isValid() ? d.meetingOn : d.decidedOn;
    QString body;
    body += QStringLiteral("<p class=\"muted\">") + esc(school.schoolName());
    if (const QString address = school.value(SchoolSettings::kAddress); !address.isEmpty())
        body += QStringLiteral("<br>") + esc(address);
    body += QStringLiteral("</p>");

    switch (recipient) {
    case PlanRecipient::Parents: {
        auto parents = StudentStore(m_db).parents(session, s.id);
        if (!parents)
            return parents.error();
        QStringList names;
        QString salutation = tr("Dear parent or carer");
        for (const Parent &p : std::as_const(*parents)) {
            if (!p.parentalResponsibility)
                continue;
            names << p.fullName();
            if (names.size() == 1)
                salutation = p.salutation();
        }
        if (!names.isEmpty())
            body += QStringLiteral("<p>") + esc(names.join(tr(" and "))) + QStringLiteral("</p>");
        body += QStringLiteral("<p>") + esc(longDate(QDate::currentDate())) + QStringLiteral("</p>");
        body += QStringLiteral("<p>") + esc(salutation) + QStringLiteral(",</p>");
        body += QStringLiteral("<p>") +
                esc(tr("The school's pastoral assessment hub met on %1 to talk about how we can best support %2. "
                       "We have agreed the plan below.")
                        .arg(longDate(decided), s.displayName())) +
                QStringLiteral("</p>");
        break;
    }
    case PlanRecipient::Tutor:
        body += QStringLiteral("<h1>") + esc(tr("Action plan for %1 (for information)").arg(s.displayName())) +
                QStringLiteral("</h1>");
        body += QStringLiteral("<p>") +
                esc(tr("To the form tutor of %1. The assessment hub met on %2 and agreed this plan.")
                        .arg(s.tutorGroup.isEmpty() ? s.displayName() : s.tutorGroup, longDate(decided))) +
                QStringLiteral("</p>");
        break;
    case PlanRecipient::Referrer:
        body += QStringLiteral("<h1>") + esc(tr("Your referral of %1").arg(s.displayName())) + QStringLiteral("</h1>");
        body += QStringLiteral("<p>") +
                esc(tr("To %1. Thank you for your referral of %2 (%3). The assessment hub discussed it on %4 and "
                       "agreed this plan.")
                        .arg(r.referrerName, longDate(r.referredOn), labelOf(r.concern).toLower(), longDate(decided))) +
                QStringLiteral("</p>");
        break;
    }

    body += QStringLiteral("<h2>") + esc(tr("The plan")) + QStringLiteral("</h2><table width=\"100%\">");
    body += row({esc(tr("Student")), studentLine(s)});
    body += row({esc(tr("Intervention")), esc(d.provisionName) + QStringLiteral("<br><span class=\"muted\">") +
                                              esc(description->toString()) + QStringLiteral("</span>")});
    body += row({esc(tr("Keyworker")), d.keyworkerName.isEmpty() ? esc(tr("To be allocated")) : esc(d.keyworkerName)});
    body += row({esc(tr("Timescale")), esc(d.timescale)});
    body += row({esc(tr("External support")), d.externalSupport.isEmpty() ? esc(tr("None")) : esc(d.externalSupport)});
    if (!d.objectives.isEmpty()) {
        QString list = QStringLiteral("<ol>");
        for (const QString &o : d.objectives)
            list += QStringLiteral("<li>") + esc(o) + QStringLiteral("</li>");
        body += row({esc(tr("Objectives")), list + QStringLiteral("</ol>")});
    }
    body += row({esc(tr("Review")), esc(tr("At the assessment hub on or after %1").arg(longDate(d.reviewOn)))});
    body += QStringLiteral("</table>");

    switch (recipient) {
    case PlanRecipient::Parents:
        body += QStringLiteral("<p>") +
                esc(d.keyworkerName.isEmpty()
                        ? tr("A keyworker will be allocated shortly and will contact you to explain the support.")
                        : tr("%1, the keyworker, will contact you to explain the support.").arg(d.keyworkerName)) +
                QStringLiteral(" ") +
                esc(tr("If you have any other concerns, please contact the school: we would be glad to talk them "
                       "through with you.")) +
                QStringLiteral("</p><p>") + esc(tr("Yours sincerely,")) + QStringLiteral("</p><p>") +
                esc(tr("Learning support, %1").arg(school.schoolName())) + QStringLiteral("</p>");
        break;
    case PlanRecipient::Tutor:
        body += QStringLiteral("<p>") +
                esc(tr("Please allow the student to attend their 1:1 sessions and tell the keyworker "
                       "about anything that may affect the plan.")) +
                QStringLiteral("</p>");
        body += footer(m_db);
        break;
    case PlanRecipient::Referrer:
        body += QStringLiteral("<p>") +
                esc(tr("The plan is reviewed at the assessment hub; please tell the keyworker of "
                       "anything that may affect it.")) +
                QStringLiteral("</p>");
        body += footer(m_db);
        break;
    }
    return page(tr("Action plan: %1").arg(s.displayName()), body);
}

Result<QString> HubDocuments::bulletinText(const Session &session, qint64 meetingId) const
{
    HubStore hub(m_db);
    auto meeting = hub.meeting(session, meetingId);
    if (!meeting)
        return meeting.error();
    auto agenda = hub.agenda(session, meetingId);
    if (!agenda)
        return agenda.error();
    QStringList lines;
    lines << tr("Assessment hub, %1: new actions").arg(longDate(meeting->heldOn));
    int actions = 0;
    for (const AgendaItem &item : std::as_const(*agenda)) {
        if (!item.decision)
            continue;
        const Student &s = item.referral.student;
        const QString who = s.tutorGroup.isEmpty() ? s.displayName() : tr("%1 (%2)").arg(s.displayName(), s.tutorGroup);
        switch (item.decision->kind) {
        case HubDecisionKind::PlannedIntervention:
            lines << (item.decision->keyworkerName.isEmpty()
                          ? tr("• %1: support from the learning mentor team; keyworker to be confirmed.").arg(who)
                          : tr("• %1: keyworker %2. Please allow them to attend their 1:1 sessions.")
                                .arg(who, item.decision->keyworkerName));
            ++actions;
            break;
        case HubDecisionKind::MonitorAndReview:
            lines << tr("• %1: being monitored until the next hub meeting.").arg(who);
            ++actions;
            break;
        case HubDecisionKind::NoIntervention:
        case HubDecisionKind::SenAssessment:
            // Not an action for every member of staff; the form tutor or SENCo is told directly.
            break;
        }
    }
    if (actions == 0)
        lines << tr("No new actions for staff from this meeting.");
    lines << tr("For more information, please speak to the lead learning mentor.");
    return lines.join(QLatin1Char('\n'));
}

QString HubDocuments::registerHtml(const QList<Intervention> &rows, const QString &schoolName, const QDate &today,
                                   const QString &filterSummary)
{
    QString body = QStringLiteral("<h1>") + esc(tr("Mentoring register")) + QStringLiteral("</h1><p>") +
                   esc(tr("%1 · %2 · %n intervention(s)", nullptr, int(rows.size())).arg(schoolName, longDate(today)));
    if (!filterSummary.isEmpty())
        body += QStringLiteral("<br>") + esc(filterSummary);
    body += QStringLiteral("</p><table width=\"100%\">") +
            row({esc(tr("Student")), esc(tr("Intervention")), esc(tr("Stage")), esc(tr("Keyworker")), esc(tr("Start")),
                 esc(tr("Review")), esc(tr("Status")), esc(tr("Objectives")), esc(tr("Outcome and impact"))},
                true);
    for (const Intervention &i : rows) {
        QString objectives;
        for (int k = 0; k < i.objectives.size(); ++k)
            objectives += (k ? QStringLiteral("<br>") : QString()) + QString::number(k + 1) + QStringLiteral(". ") +
                          esc(i.objectives.at(k));
        QString outcome;
        if (i.outcome)
            outcome = QStringLiteral("<b>") + esc(labelOf(*i.outcome)) + QStringLiteral("</b><br>") + esc(i.impact);
        body += row({studentLine(i.student), esc(i.provisionName), QString::number(i.stage), esc(i.keyworkerName),
                     esc(shortDate(i.startedOn.isValid() ? i.startedOn : i.plannedOn)), esc(shortDate(i.reviewOn)),
                     esc(i.statusText(today)), objectives, outcome});
    }
    body += QStringLiteral("</table>");
    return page(tr("Mentoring register"), body);
}

void HubDocuments::render(const QString &html, QPagedPaintDevice *device)
{
    QTextDocument doc;
    doc.setHtml(html);
    // print() lays the document out on the device's page and adds 2 cm margins of its own.
    doc.print(device);
}

Status HubDocuments::writePdf(const QString &html, const QString &path, const QString &title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Mentor Desk"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print adds 2 cm margins itself.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        render(html, &writer);
    }
    if (!file.commit())
        return Error::io(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    qCInfo(lcReferrals) << "document written as PDF";
    return {};
}

} // namespace md
