// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/Referral.h"
#include "referrals/StepDialog.h"

class QLabel;
class QPlainTextEdit;

namespace md::ui {

class DeskContext;

// Learning support's observations of one referral, saved with the referral's row version. While
// open it follows the referral (live/LiveUpdates RecordWatch): another desk's save shows at once
// while nothing here is unsaved; over unsaved edits it is only noted, and the save then shows both
// versions (ConflictDialog) instead of overwriting theirs.
class ReferralObservationsDialog : public StepDialog
{
    Q_OBJECT
public:
    ReferralObservationsDialog(DeskContext &context, const Referral &referral, QWidget *parent = nullptr);

    QPlainTextEdit *observationsEdit() const { return m_observations; }
    // Says when another desk changed the referral while this dialog is open.
    QLabel *liveNote() const { return m_liveNote; }
    // The row version the dialog saves from (the one it last showed).
    int version() const { return m_referral.rowVersion; }
    // After OK: the user kept another desk's observations instead of saving these.
    bool discarded() const { return m_discarded; }

private:
    Status save();

    DeskContext &m_context;
    Referral m_referral;
    QString m_shown; // the observations as last filled in, to tell unsaved edits
    QPlainTextEdit *m_observations;
    QLabel *m_liveNote;
    bool m_discarded = false;
};

} // namespace md::ui
