// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/ReferralDetailPanel.h"

#include "access/Permissions.h"
#include "privacy/Restricted.h"
#include "referrals/DecisionPanel.h"
#include "referrals/ReferralObservationsDialog.h"
#include "referrals/ReferralStore.h"
#include "referrals/StepDialog.h"
#include "shell/DeskContext.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace md::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString shortDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

ReferralDetailPanel::ReferralDetailPanel(DeskContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_db(context.db()), m_session(context.session())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_details = new QTextBrowser(this);
    m_details->setAccessibleName(tr("Referral details"));
    m_details->setOpenLinks(false);
    layout->addWidget(m_details, 1);

    auto *grid = new QGridLayout;
    const auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleName(name);
        return b;
    };
    m_assess = button(tr("Start initial &assessment…"), tr("Start the initial assessment"));
    m_observe = button(tr("&Observations…"), tr("Record learning support's observations"));
    m_hub = button(tr("Send to the &hub"), tr("Send to the next hub meeting"));
    m_urgent = button(tr("&Urgent action…"), tr("Record the urgent action plan"));
    m_decide = button(tr("&Decide now…"), tr("Decide the urgent referral now"));
    m_close = button(tr("C&lose…"), tr("Close the referral"));
    m_student = button(tr("Open student &record"), tr("Open the student's record"));
    grid->addWidget(m_assess, 0, 0);
    grid->addWidget(m_observe, 0, 1);
    grid->addWidget(m_hub, 1, 0);
    grid->addWidget(m_urgent, 1, 1);
    grid->addWidget(m_decide, 2, 0);
    grid->addWidget(m_close, 2, 1);
    grid->addWidget(m_student, 3, 0, 1, 2);
    layout->addLayout(grid);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("What happened"));
    layout->addWidget(m_message);

    connect(m_assess, &QPushButton::clicked, this, &ReferralDetailPanel::startAssessment);
    connect(m_observe, &QPushButton::clicked, this, &ReferralDetailPanel::recordObservations);
    connect(m_hub, &QPushButton::clicked, this, &ReferralDetailPanel::sendToHub);
    connect(m_urgent, &QPushButton::clicked, this, &ReferralDetailPanel::urgentAction);
    connect(m_decide, &QPushButton::clicked, this, &ReferralDetailPanel::decideNow);
    connect(m_close, &QPushButton::clicked, this, &ReferralDetailPanel::closeReferral);
    connect(m_student, &QPushButton::clicked, this, [this] {
        if (m_referral.studentId)
            Q_EMIT openStudentRequested(m_referral.studentId);
    });
    showReferral(0);
}

void ReferralDetailPanel::showReferral(qint64 referralId)
{
    // What the last step did stays in view while the same referral is shown again.
    if (referralId != m_referral.id)
        m_message->clear();
    if (referralId == 0) {
        m_referral = Referral();
        m_details->setHtml(QStringLiteral("<p>") + esc(tr("Choose a referral in the register to see it here.")) +
                           QStringLiteral("</p>"));
        updateButtons();
        return;
    }
    ReferralStore store(m_db);
    auto r = store.get(m_session, referralId);
    if (!r) {
        m_referral = Referral();
        m_details->setPlainText(r.error().message);
        updateButtons();
        return;
    }
    m_referral = *r;
    const Student &s = r->student;
    QString html = QStringLiteral("<h3>") + esc(s.displayName()) + QStringLiteral("</h3><p>") +
                   esc(tr("Year %1 · %2 · UPN %3").arg(s.yearGroup).arg(s.tutorGroup, s.upn));
    if (!s.badges().isEmpty())
        html += QStringLiteral("<br>") + esc(tr("Flags: %1").arg(s.badges().join(QStringLiteral(", "))));
    html += QStringLiteral("</p><p><b>") + esc(labelOf(r->status)) + QStringLiteral("</b> · ") + esc(r->nextStep()) +
            QStringLiteral("</p>");
    const auto row = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td valign=\"top\"><b>") + esc(label) +
                                     QStringLiteral("</b></td><td>") + esc(value) + QStringLiteral("</td></tr>");
    };
    html += QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("Referred"),
                tr("%1 by %2 (%3)").arg(shortDate(r->referredOn), r->referrerName, labelOf(r->requestedBy)));
    html += row(tr("Concern"), labelOf(r->concern));
    html += row(tr("Urgency"), r->needsUrgentAction() ? tr("Urgent: discuss with the director of learning today")
                                                      : labelOf(r->urgency));
    if (r->hidden)
        html += row(tr("Description"), Restricted::label() + QStringLiteral(": ") + Restricted::refusal());
    else if (r->restricted)
        html += row(tr("Restricted"), tr("Yes: a safeguarding referral, read only by its referrer, the lead mentor "
                                         "and headteachers"));
    html += row(tr("Description"), r->description);
    html += row(tr("Tried so far"), r->tried);
    html += row(tr("Intervention in mind"), r->suggestedTypeName);
    if (auto evidence = store.evidence(m_session, r->id); evidence && !evidence->isEmpty())
        html += row(tr("Criteria ticked"), QStringLiteral("• ") + evidence->join(QStringLiteral("\n• ")));
    html += row(tr("Observations"), r->observations);
    if (r->assessedOn.isValid())
        html += row(tr("Assessed"), shortDate(r->assessedOn));
    if (r->actionPlanOn.isValid())
        html += row(tr("Urgent action"),
                    tr("%1, discussed with %2: %3").arg(shortDate(r->actionPlanOn), r->discussedWith, r->actionPlan));
    if (auto decisions = store.decisions(m_session, r->id); decisions) {
        for (const HubDecision &d : std::as_const(*decisions)) {
            const QString when = d.meetingOn.isValid() ? tr("Hub %1").arg(shortDate(d.meetingOn))
                                                       : tr("Decided %1").arg(shortDate(d.decidedOn));
            QString text = d.summary();
            if (!d.notes.isEmpty())
                text += QLatin1Char('\n') + d.notes;
            html += row(when, text);
        }
    }
    if (r->closedOn.isValid())
        html += row(tr("Closed"), tr("%1 %2").arg(shortDate(r->closedOn), r->closingNote));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
    updateButtons();
}

void ReferralDetailPanel::updateButtons()
{
    const bool manage = Permissions::allows(m_session, Action::ManageReferrals);
    const Referral &r = m_referral;
    const bool has = r.id != 0;
    const bool urgent = r.urgency == Urgency::Urgent;
    m_assess->setVisible(manage);
    m_observe->setVisible(manage);
    m_hub->setVisible(manage);
    m_urgent->setVisible(manage);
    m_decide->setVisible(manage);
    m_close->setVisible(manage);
    m_assess->setEnabled(has && r.status == ReferralStatus::New);
    m_observe->setEnabled(has && (r.status == ReferralStatus::InitialAssessment ||
                                  r.status == ReferralStatus::AwaitingHub || r.status == ReferralStatus::UrgentAction));
    m_hub->setEnabled(has && !urgent && r.status == ReferralStatus::InitialAssessment);
    m_urgent->setEnabled(has && urgent &&
                         (r.status == ReferralStatus::New || r.status == ReferralStatus::InitialAssessment));
    m_decide->setEnabled(has && r.status == ReferralStatus::UrgentAction);
    m_close->setEnabled(has && r.status == ReferralStatus::Decided);
    m_student->setEnabled(has);
}

void ReferralDetailPanel::done(const Status &status, const QString &success)
{
    if (!status) {
        m_message->setText(status.error().message);
        return;
    }
    const qint64 id = m_referral.id;
    showReferral(id);
    m_message->setText(success);
    Q_EMIT statusMessage(success);
    Q_EMIT changed(id);
}

void ReferralDetailPanel::startAssessment()
{
    StepDialog dialog(tr("Initial assessment"),
                      tr("Learning support make an initial assessment and begin a series of observations."),
                      tr("Start assessment"), this);
    auto *observations = dialog.addText(tr("&Observations so far:"), tr("Observations"));
    auto *date = dialog.addDate(tr("&Date:"), tr("Date of the assessment"), QDate::currentDate());
    const qint64 id = m_referral.id;
    dialog.setAction(
        [&] { return ReferralStore(m_db).startAssessment(m_session, id, observations->toPlainText(), date->date()); });
    if (dialog.exec() == QDialog::Accepted)
        done({}, tr("Initial assessment started."));
}

void ReferralDetailPanel::recordObservations()
{
    // The dialog follows the referral while open and saves from the version it last showed.
    ReferralObservationsDialog dialog(m_context, m_referral, this);
    if (dialog.exec() == QDialog::Accepted)
        done({}, dialog.discarded() ? tr("Your observations were discarded; the referral shows the saved ones.")
                                    : tr("Observations saved."));
}

void ReferralDetailPanel::sendToHub()
{
    auto placed = ReferralStore(m_db).sendToHub(m_session, m_referral.id, QDate::currentDate());
    if (!placed) {
        done(placed.error(), {});
        return;
    }
    done({}, placed->meetingId != 0
                 ? tr("On the agenda of the hub meeting on %1.")
                       .arg(QLocale().toString(placed->proposedOn, QLocale::LongFormat))
                 : tr("Waiting for the hub: no meeting is scheduled, so the hub is proposed by %1. Schedule one in the "
                      "Assessment hub screen.")
                       .arg(QLocale().toString(placed->proposedOn, QLocale::LongFormat)));
}

void ReferralDetailPanel::urgentAction()
{
    StepDialog dialog(tr("Urgent action"),
                      tr("An urgent referral is discussed at once with the relevant director of learning, and the "
                         "action plan is recorded the same day."),
                      tr("Record action plan"), this);
    auto *who = dialog.addLine(tr("Discussed &with:"), tr("Director of learning discussed with"));
    auto *plan = dialog.addText(tr("Action &plan:"), tr("Action plan"));
    const qint64 id = m_referral.id;
    dialog.setAction([&] {
        return ReferralStore(m_db).recordUrgentAction(m_session, id, who->text(), plan->toPlainText(),
                                                      QDate::currentDate());
    });
    if (dialog.exec() == QDialog::Accepted)
        done({}, tr("Urgent action plan recorded. Decide the intervention now or at the next hub."));
}

void ReferralDetailPanel::decideNow()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Decide the urgent referral"));
    dialog.setAccessibleName(tr("Decide the urgent referral"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *panel = new DecisionPanel(m_db, m_session, &dialog);
    panel->setReferral(m_referral, 0, QDate::currentDate());
    layout->addWidget(panel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QStringList prompts;
    connect(panel, &DecisionPanel::decided, &dialog, [&](const DecisionDone &d) {
        prompts = d.prompts;
        dialog.accept();
    });
    dialog.resize(640, 720);
    if (dialog.exec() == QDialog::Accepted)
        done({}, prompts.join(QLatin1Char('\n')));
}

void ReferralDetailPanel::closeReferral()
{
    StepDialog dialog(tr("Close the referral"), tr("A decided referral is closed once its actions are done."),
                      tr("Close referral"), this);
    auto *note = dialog.addText(tr("&Note:"), tr("Closing note"));
    const qint64 id = m_referral.id;
    dialog.setAction(
        [&] { return ReferralStore(m_db).close(m_session, id, note->toPlainText(), QDate::currentDate()); });
    if (dialog.exec() == QDialog::Accepted)
        done({}, tr("Referral closed."));
}

} // namespace md::ui
