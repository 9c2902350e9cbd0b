// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/MentoringTypes.h"

namespace md {

#define MD_LABEL(text) QT_TRANSLATE_NOOP("md::Mentoring", text)

template <> const QList<EnumEntry<SessionFocus>> &enumEntries<SessionFocus>()
{
    static const QList<EnumEntry<SessionFocus>> list = {
        {SessionFocus::SolutionFocused, "solution_focused", MD_LABEL("Solution-focused discussion")},
        {SessionFocus::GrowCoaching, "grow_coaching", MD_LABEL("GROW coaching conversation")},
        {SessionFocus::AngerManagement, "anger_management", MD_LABEL("Anger management")},
        {SessionFocus::SocialSkills, "social_skills", MD_LABEL("Social skills")},
        {SessionFocus::EmotionalWellbeing, "emotional_wellbeing", MD_LABEL("Emotional wellbeing")},
        {SessionFocus::AttendancePunctuality, "attendance_punctuality", MD_LABEL("Attendance and punctuality")},
        {SessionFocus::OrganisationalSkills, "organisational_skills", MD_LABEL("Organisational skills")},
        {SessionFocus::StressAnxiety, "stress_anxiety", MD_LABEL("Stress and anxiety management")},
        {SessionFocus::AcademicMotivation, "academic_motivation", MD_LABEL("Academic motivation")},
    };
    return list;
}

template <> const QList<EnumEntry<SessionStatus>> &enumEntries<SessionStatus>()
{
    static const QList<EnumEntry<SessionStatus>> list = {
        {SessionStatus::Planned, "planned", MD_LABEL("Planned")},
        {SessionStatus::Attended, "attended", MD_LABEL("Attended")},
        {SessionStatus::Missed, "missed", MD_LABEL("Missed")},
        {SessionStatus::Rescheduled, "rescheduled", MD_LABEL("Rescheduled")},
        {SessionStatus::Cancelled, "cancelled", MD_LABEL("Cancelled")},
    };
    return list;
}

template <> const QList<EnumEntry<TargetStatus>> &enumEntries<TargetStatus>()
{
    static const QList<EnumEntry<TargetStatus>> list = {
        {TargetStatus::Active, "active", MD_LABEL("Working on it")},
        {TargetStatus::Met, "met", MD_LABEL("Met")},
        {TargetStatus::NotMet, "not_met", MD_LABEL("Not met")},
        {TargetStatus::Withdrawn, "withdrawn", MD_LABEL("Withdrawn")},
    };
    return list;
}

template <> const QList<EnumEntry<ObjectiveStatus>> &enumEntries<ObjectiveStatus>()
{
    static const QList<EnumEntry<ObjectiveStatus>> list = {
        {ObjectiveStatus::Active, "active", MD_LABEL("Active")},
        {ObjectiveStatus::Achieved, "achieved", MD_LABEL("Achieved")},
        {ObjectiveStatus::Withdrawn, "withdrawn", MD_LABEL("Withdrawn")},
    };
    return list;
}

template <> const QList<EnumEntry<ObjectiveSource>> &enumEntries<ObjectiveSource>()
{
    static const QList<EnumEntry<ObjectiveSource>> list = {
        {ObjectiveSource::Hub, "hub", MD_LABEL("Assessment hub")},
        {ObjectiveSource::Mentor, "mentor", MD_LABEL("Mentor's plan")},
    };
    return list;
}

template <> const QList<EnumEntry<EntryKind>> &enumEntries<EntryKind>()
{
    static const QList<EnumEntry<EntryKind>> list = {
        {EntryKind::Observation, "observation", MD_LABEL("Lesson observation")},
        {EntryKind::BehaviourIntervention, "behaviour_intervention", MD_LABEL("Behaviour intervention")},
        {EntryKind::Contact, "contact", MD_LABEL("Contact")},
        {EntryKind::ProgressUpdate, "progress_update", MD_LABEL("Progress update to the lead mentor")},
        {EntryKind::TermlyReport, "termly_report", MD_LABEL("Termly report to the director of learning")},
        {EntryKind::Review, "review", MD_LABEL("Review of progress")},
        {EntryKind::Note, "note", MD_LABEL("Note")},
    };
    return list;
}

template <> const QList<EnumEntry<ContactParty>> &enumEntries<ContactParty>()
{
    static const QList<EnumEntry<ContactParty>> list = {
        {ContactParty::ParentCarer, "parent_carer", MD_LABEL("Parent or carer")},
        {ContactParty::Teacher, "teacher", MD_LABEL("Teacher")},
        {ContactParty::Agency, "agency", MD_LABEL("External agency")},
    };
    return list;
}

template <> const QList<EnumEntry<ContactMethod>> &enumEntries<ContactMethod>()
{
    static const QList<EnumEntry<ContactMethod>> list = {
        {ContactMethod::Phone, "phone", MD_LABEL("Phone call")},
        {ContactMethod::Email, "email", MD_LABEL("Email")},
        {ContactMethod::Meeting, "meeting", MD_LABEL("Face-to-face meeting")},
        {ContactMethod::Letter, "letter", MD_LABEL("Letter")},
        {ContactMethod::Video, "video", MD_LABEL("Video call")},
        {ContactMethod::TextMessage, "text_message", MD_LABEL("Text message")},
    };
    return list;
}

template <> const QList<EnumEntry<ContactPurpose>> &enumEntries<ContactPurpose>()
{
    static const QList<EnumEntry<ContactPurpose>> list = {
        {ContactPurpose::InitialMeeting, "initial_meeting", MD_LABEL("Initial meeting as mentoring starts")},
        {ContactPurpose::Consent, "consent", MD_LABEL("Consent to start mentoring")},
        {ContactPurpose::Routine, "routine", MD_LABEL("Routine update")},
        {ContactPurpose::Concern, "concern", MD_LABEL("A concern")},
        {ContactPurpose::Review, "review", MD_LABEL("Review of progress")},
        {ContactPurpose::Other, "other", MD_LABEL("Other")},
    };
    return list;
}

template <> const QList<EnumEntry<Consent>> &enumEntries<Consent>()
{
    static const QList<EnumEntry<Consent>> list = {
        {Consent::Given, "given", MD_LABEL("Consent given")},
        {Consent::Refused, "refused", MD_LABEL("Consent refused")},
    };
    return list;
}

template <> const QList<EnumEntry<EntryOutcome>> &enumEntries<EntryOutcome>()
{
    static const QList<EnumEntry<EntryOutcome>> list = {
        {EntryOutcome::OnTrack, "on_track", MD_LABEL("On track")},
        {EntryOutcome::SomeConcerns, "some_concerns", MD_LABEL("Some concerns")},
        {EntryOutcome::NotOnTrack, "not_on_track", MD_LABEL("Not on track")},
        {EntryOutcome::Continue, "continue", MD_LABEL("Continue the plan")},
        {EntryOutcome::NewPlan, "new_plan", MD_LABEL("Form a new action plan")},
        {EntryOutcome::Ended, "ended", MD_LABEL("Begin ending mentoring")},
    };
    return list;
}

template <> const QList<EnumEntry<SessionPart>> &enumEntries<SessionPart>()
{
    static const QList<EnumEntry<SessionPart>> list = {
        {SessionPart::ReviewPast, "review_past", MD_LABEL("Review the past")},
        {SessionPart::WorkTogether, "work_together", MD_LABEL("Work together")},
        {SessionPart::LookForward, "look_forward", MD_LABEL("Look forward")},
    };
    return list;
}

template <> const QList<EnumEntry<SessionField>> &enumEntries<SessionField>()
{
    static const QList<EnumEntry<SessionField>> list = {
        {SessionField::Plan, "plan", MD_LABEL("Planned activity")},
        {SessionField::ReviewSuccesses, "review_successes", MD_LABEL("Successes since last time")},
        {SessionField::ReviewDifficulties, "review_difficulties", MD_LABEL("Difficulties")},
        {SessionField::ReviewTargets, "review_targets", MD_LABEL("Progress on targets")},
        {SessionField::ReviewBehaviour, "review_behaviour", MD_LABEL("Behaviour since last time")},
        {SessionField::WorkActivity, "work_activity", MD_LABEL("Activity")},
        {SessionField::WorkEvidence, "work_evidence", MD_LABEL("Evidence of work")},
        {SessionField::ForwardWorries, "forward_worries", MD_LABEL("Worries for the week ahead")},
        {SessionField::ForwardStrategies, "forward_strategies", MD_LABEL("Strategies to practise")},
        {SessionField::ForwardMiniTargets, "forward_mini_targets", MD_LABEL("Mini-targets for next session")},
        {SessionField::Notes, "notes", MD_LABEL("Other notes")},
    };
    return list;
}

#undef MD_LABEL

std::optional<SessionPart> partOf(SessionField field)
{
    switch (field) {
    case SessionField::ReviewSuccesses:
    case SessionField::ReviewDifficulties:
    case SessionField::ReviewTargets:
    case SessionField::ReviewBehaviour:
        return SessionPart::ReviewPast;
    case SessionField::WorkActivity:
    case SessionField::WorkEvidence:
        return SessionPart::WorkTogether;
    case SessionField::ForwardWorries:
    case SessionField::ForwardStrategies:
    case SessionField::ForwardMiniTargets:
        return SessionPart::LookForward;
    case SessionField::Plan:
    case SessionField::Notes:
        break;
    }
    return std::nullopt;
}

QList<SessionField> fieldsOf(SessionPart part)
{
    QList<SessionField> out;
    for (SessionField f : allValues<SessionField>())
        if (partOf(f) == part)
            out.append(f);
    return out;
}

QStringList SessionPrompts::areas(SessionPart part)
{
    switch (part) {
    case SessionPart::ReviewPast:
        return {tr("Review the student's progress since the last meeting."), tr("Help the student to identify WWW and EBI."),
                tr("Discuss particular successes and address any difficulties."),
                tr("Review their progress towards personal targets."), tr("Review behaviour data since the previous meeting.")};
    case SessionPart::WorkTogether:
        return {tr("Focus on a particular target identified in the action plan."),
                tr("Fully plan the session, with the resources ready, linked to the mentoring objectives."),
                tr("Produce some evidence of work, for example a completed worksheet or notes from the conversation.")};
    case SessionPart::LookForward:
        return {tr("Identify any difficulties or anxieties for the week ahead."),
                tr("Develop strategies to practise what you have worked on in the session."),
                tr("Set mini targets to be reviewed by the next session.")};
    }
    return {};
}

QStringList SessionPrompts::questions(SessionPart part)
{
    switch (part) {
    case SessionPart::ReviewPast:
        return {tr("\u201cSo tell me something you have done that you are proud of since our last meeting.\u201d"),
                tr("\u201cTalk me through this incident in Maths yesterday\u2026\u201d"),
                tr("“On a scale of 1–5, how does last week score?”"),
                tr("\u201cWhat could you have done differently to avoid this incident last week\u2026\u201d")};
    case SessionPart::WorkTogether:
        return {};
    case SessionPart::LookForward:
        return {tr("\u201cWhat do you want to achieve over the next week at school?\u201d"),
                tr("\u201cTell me about a lesson or day you are worried about in the next week.\u201d"),
                tr("\u201cWhat will a successful week look like next week?\u201d"),
                tr("\u201cHow will I know you have had a good week?\u201d"),
                tr("\u201cWho will notice if you have a good or bad week?\u201d"),
                tr("\u201cWhat have you learnt from this session that you could practise next week?\u201d")};
    }
    return {};
}

QString SessionPrompts::placeholder(SessionField field)
{
    switch (field) {
    case SessionField::Plan:
        return tr("The activity planned for this session, linked to a target.");
    case SessionField::ReviewSuccesses:
        return tr("\u201cTell me something you have done that you are proud of since our last meeting.\u201d");
    case SessionField::ReviewDifficulties:
        return tr("\u201cWhat could you have done differently to avoid this incident?\u201d");
    case SessionField::ReviewTargets:
        return tr("Progress towards the SMART target and last week's mini-targets.");
    case SessionField::ReviewBehaviour:
        return tr("Behaviour points, incidents and praise since the last session.");
    case SessionField::WorkActivity:
        return tr("What you did together, for example a GROW conversation or a worksheet.");
    case SessionField::WorkEvidence:
        return tr("Evidence of work: a completed worksheet, notes from the conversation\u2026");
    case SessionField::ForwardWorries:
        return tr("\u201cTell me about a lesson or day you are worried about in the next week.\u201d");
    case SessionField::ForwardStrategies:
        return tr("\u201cWhat have you learnt from this session that you could practise next week?\u201d");
    case SessionField::ForwardMiniTargets:
        return tr("\u201cWhat will a successful week look like next week?\u201d");
    case SessionField::Notes:
        return tr("Anything else worth recording.");
    }
    return {};
}

} // namespace md
