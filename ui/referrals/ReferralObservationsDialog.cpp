// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/ReferralObservationsDialog.h"

#include "common/VersionedSave.h"
#include "live/LiveUpdates.h"

#include "referrals/ReferralStore.h"
#include "shell/DeskContext.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace md::ui {

ReferralObservationsDialog::ReferralObservationsDialog(DeskContext &context, const Referral &referral, QWidget *parent)
    : StepDialog(tr("Observations"), tr("Learning support's observations: in class, round-robins, staff evaluations."),
                 tr("Save"), parent),
      m_context(context), m_referral(referral), m_shown(referral.observations)
{
    m_observations = addText(tr("&Observations:"), tr("Observations"), referral.observations);
    m_liveNote = new QLabel(this);
    m_liveNote->setAccessibleName(tr("Changed at another desk"));
    m_liveNote->setWordWrap(true);
    m_liveNote->hide();
    addWidget(QString(), m_liveNote);
    setAction([this] { return save(); });

    auto *watch = new RecordWatch(m_context, QStringLiteral("referrals"), m_referral.id, m_liveNote, this);
    watch->hasUnsavedEdits = [this] { return m_observations->toPlainText() != m_shown; };
    watch->version = [this] { return m_referral.rowVersion; };
    watch->reload = [this] {
        auto fresh = ReferralStore(m_context.db()).get(m_context.session(), m_referral.id);
        if (!fresh) {
            // Deleted or no longer readable: say so; saving then shows the conflict.
            m_liveNote->setText(tr("This referral was changed at another desk and cannot be shown again: %1")
                                    .arg(fresh.error().message));
            m_liveNote->show();
            return;
        }
        showReferral(*fresh);
    };
}

void ReferralObservationsDialog::showReferral(const Referral &referral)
{
    m_referral = referral;
    m_observations->setPlainText(referral.observations);
    m_shown = referral.observations;
    m_liveNote->setText(tr("Updated with a change made at another desk."));
    m_liveNote->show();
}

Status ReferralObservationsDialog::save()
{
    const QString text = m_observations->toPlainText();
    Status result;
    m_discarded = false;
    // Theirs kept: the dialog closes and the referral shows the stored observations.
    VersionedSave(this, m_context.db(), m_context.session().actor())
        .onDiscarded([this] { m_discarded = true; })
        .onProblem([&result](const Error &e) { result = e; })
        .run(m_referral.rowVersion, [&](int version) {
            return ReferralStore(m_context.db()).recordObservations(m_context.session(), m_referral.id, text, version);
        });
    return result;
}

} // namespace md::ui
