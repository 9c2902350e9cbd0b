// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace md {

class MergeFieldRegistry;

// Behaviour letters' fields: recent events as a table and points totals (BehaviourMergeFields.cpp).
void registerBehaviourMergeFields(MergeFieldRegistry &registry);
// Assessment letters' fields: the term and the student's grades in it (AssessmentMergeFields.cpp).
void registerAssessmentMergeFields(MergeFieldRegistry &registry);

} // namespace md
