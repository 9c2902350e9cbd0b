// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessments/AssessmentTypes.h"

#include <QCoreApplication>

namespace md {

namespace {
struct Form
{
    AssessmentStage stage;
    const char *code;
    const char *label;
};
// clang-format off
const Form kForms[] = {
    {AssessmentStage::NotStarted, "not_started", QT_TRANSLATE_NOOP("md::Assessments", "Not started")},
    {AssessmentStage::InProgress, "in_progress", QT_TRANSLATE_NOOP("md::Assessments", "In progress")},
    {AssessmentStage::Complete,   "complete",    QT_TRANSLATE_NOOP("md::Assessments", "Complete")},
    {AssessmentStage::Approved,   "approved",    QT_TRANSLATE_NOOP("md::Assessments", "Approved")},
    {AssessmentStage::Returned,   "returned",    QT_TRANSLATE_NOOP("md::Assessments", "Returned")},
};
// clang-format on
} // namespace

QString toCode(AssessmentStage stage)
{
    for (const Form &f : kForms)
        if (f.stage == stage)
            return QString::fromLatin1(f.code);
    return {};
}

std::optional<AssessmentStage> assessmentStageFromCode(const QString &code)
{
    for (const Form &f : kForms)
        if (code == QLatin1String(f.code))
            return f.stage;
    return std::nullopt;
}

QString assessmentStageLabel(AssessmentStage stage)
{
    for (const Form &f : kForms)
        if (f.stage == stage)
            return QCoreApplication::translate("md::Assessments", f.label);
    return {};
}

QList<AssessmentStage> allAssessmentStages()
{
    QList<AssessmentStage> out;
    for (const Form &f : kForms)
        out.append(f.stage);
    return out;
}

} // namespace md
