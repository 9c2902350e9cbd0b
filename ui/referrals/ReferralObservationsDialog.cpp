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
    m_liveNote = RecordWatch::makeNote(this);
    addWidget(QString(), m_liveNote);
    setAction([this] { return save(); });

    auto *watch = new RecordWatch(m_context, QStringLiteral("referrals"), m_referral.id, m_liveNote, this);
    watch->hasUnsavedEdits = [this] { return m_observations->toPlainText() != m_shown; };
    watch->version = [this] { return m_referral.rowVersion; };
    watch->reload = [this]() -> Status {
        auto fresh = ReferralStore(m_context.db()).get(m_context.session(), m_referral.id);
        if (!fresh)
            return fresh.error();
        m_referral = *fresh;
        m_observations->setPlainText(fresh->observations);
        m_shown = fresh->observations;
        return {};
    };
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
