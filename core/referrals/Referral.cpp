// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/Referral.h"

#include <QCoreApplication>
#include <QLocale>

namespace md {

QString Referral::nextStep() const
{
    const QLocale locale;
    switch (status) {
    case ReferralStatus::New:
        return urgency == Urgency::Urgent
                   ? QCoreApplication::translate("md::Referrals",
                                                 "URGENT: assess and discuss with the director of learning today")
                   : QCoreApplication::translate("md::Referrals", "Initial assessment by learning support");
    case ReferralStatus::InitialAssessment:
        return urgency == Urgency::Urgent
                   ? QCoreApplication::translate("md::Referrals", "URGENT: record the action plan today")
                   : QCoreApplication::translate("md::Referrals", "Observations, then send to the hub");
    case ReferralStatus::AwaitingHub:
        if (nextMeetingOn.isValid())
            return QCoreApplication::translate("md::Referrals", "Hub meeting %1")
                .arg(locale.toString(nextMeetingOn, QLocale::ShortFormat));
        if (hubProposedOn.isValid())
            return QCoreApplication::translate("md::Referrals", "Hub proposed by %1 (no meeting scheduled)")
                .arg(locale.toString(hubProposedOn, QLocale::ShortFormat));
        return QCoreApplication::translate("md::Referrals", "Next hub meeting");
    case ReferralStatus::UrgentAction:
        return QCoreApplication::translate("md::Referrals", "Decide the intervention now");
    case ReferralStatus::Decided:
        if (decision && *decision == HubDecisionKind::MonitorAndReview)
            return nextMeetingOn.isValid()
                       ? QCoreApplication::translate("md::Referrals", "Monitored; recommendation at the hub %1")
                             .arg(locale.toString(nextMeetingOn, QLocale::ShortFormat))
                       : QCoreApplication::translate("md::Referrals", "Monitored until the next hub meeting");
        return decision ? labelOf(*decision) : QString();
    case ReferralStatus::Closed:
        return QCoreApplication::translate("md::Referrals", "Closed %1")
            .arg(locale.toString(closedOn, QLocale::ShortFormat));
    }
    return {};
}

QString HubDecision::summary() const
{
    QString text = labelOf(kind);
    switch (kind) {
    case HubDecisionKind::PlannedIntervention:
        text += QStringLiteral(": ") + provisionName;
        if (stage > 0)
            text += QCoreApplication::translate("md::Referrals", " (stage %1)").arg(stage);
        text += keyworkerName.isEmpty()
                    ? QCoreApplication::translate("md::Referrals", ", keyworker to be allocated")
                    : QCoreApplication::translate("md::Referrals", ", keyworker %1").arg(keyworkerName);
        break;
    case HubDecisionKind::MonitorAndReview:
        if (monitorBy)
            text += QStringLiteral(": ") + labelOf(*monitorBy);
        if (!monitorName.isEmpty())
            text += QStringLiteral(" (") + monitorName + QLatin1Char(')');
        break;
    case HubDecisionKind::NoIntervention:
        text += QCoreApplication::translate("md::Referrals", ": sent to the form tutor for information");
        break;
    case HubDecisionKind::SenAssessment:
        text += QCoreApplication::translate("md::Referrals", ": passed to the SENCo");
        break;
    }
    return text;
}

} // namespace md
