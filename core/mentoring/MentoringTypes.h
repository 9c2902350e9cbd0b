// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

// The stored enumerations of the mentoring log. Each has one table (MentoringTypes.cpp) giving its
// string form, which is what the database stores, and its label, which is what people read.

// What a 1:1 session works on (reference 004, Appendix 1, "Examples of session focus").
enum class SessionFocus
{
    SolutionFocused,
    GrowCoaching,
    AngerManagement,
    SocialSkills,
    EmotionalWellbeing,
    AttendancePunctuality,
    OrganisationalSkills,
    StressAnxiety,
    AcademicMotivation,
};

enum class SessionStatus
{
    Planned,
    Attended,
    Missed,      // the student did not come (reason given)
    Rescheduled, // moved to another slot (reason given); the new session points back to it
    Cancelled,
};

enum class TargetStatus
{
    Active,
    Met,
    NotMet,
    Withdrawn,
};

enum class ObjectiveStatus
{
    Active,
    Achieved,
    Withdrawn,
};

enum class ObjectiveSource
{
    Hub,    // set by the assessment hub
    Mentor, // added by the mentor in the plan (step 3)
};

// The kinds of log entry besides sessions, targets, objectives and check-ins.
enum class EntryKind
{
    Observation,
    BehaviourIntervention,
    Contact,
    ProgressUpdate, // fortnightly, to the lead learning mentor
    TermlyReport,   // termly, to the director of learning
    Review,         // step 5: review progress and evaluate impact
    Note,           // any other significant event
};

enum class ContactParty
{
    ParentCarer,
    Teacher,
    Agency, // an external agency: a counselling service, alternative provision...
};

enum class ContactMethod
{
    Phone,
    Email,
    Meeting,
    Letter,
    Video,
    TextMessage,
};

enum class ContactPurpose
{
    InitialMeeting, // the first meeting with the parent/carer when mentoring starts
    Consent,        // gaining consent to start working with the student (step 2)
    Routine,
    Concern,
    Review,
    Other,
};

enum class Consent
{
    Given,
    Refused,
};

enum class EntryOutcome
{
    OnTrack,      // progress updates
    SomeConcerns,
    NotOnTrack,
    Continue,     // reviews
    NewPlan,
    Ended,
};

// The three parts of a 1:1 session (reference 004, Appendix 1).
enum class SessionPart
{
    ReviewPast,
    WorkTogether,
    LookForward,
};

// The text fields of a session record; the string form is the column name.
enum class SessionField
{
    Plan,
    ReviewSuccesses,
    ReviewDifficulties,
    ReviewTargets,
    ReviewBehaviour,
    WorkActivity,
    WorkEvidence,
    ForwardWorries,
    ForwardStrategies,
    ForwardMiniTargets,
    Notes,
};
constexpr int kSessionFieldCount = 11;

// A value of one of the enums above with its string form and (untranslated) label.
template <typename E> struct EnumEntry
{
    E value;
    const char *code;
    const char *label;
};
template <typename E> const QList<EnumEntry<E>> &enumEntries();

// String form, as stored.
template <typename E> QString codeOf(E value)
{
    for (const EnumEntry<E> &e : enumEntries<E>())
        if (e.value == value)
            return QLatin1String(e.code);
    return {};
}
template <typename E> std::optional<E> fromCode(const QString &code)
{
    for (const EnumEntry<E> &e : enumEntries<E>())
        if (code == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}
template <typename E> QList<E> allValues()
{
    QList<E> out;
    for (const EnumEntry<E> &e : enumEntries<E>())
        out.append(e.value);
    return out;
}
// Translated label.
template <typename E> QString labelOf(E value)
{
    for (const EnumEntry<E> &e : enumEntries<E>())
        if (e.value == value)
            return QCoreApplication::translate("md::Mentoring", e.label);
    return {};
}

template <> const QList<EnumEntry<SessionFocus>> &enumEntries<SessionFocus>();
template <> const QList<EnumEntry<SessionStatus>> &enumEntries<SessionStatus>();
template <> const QList<EnumEntry<TargetStatus>> &enumEntries<TargetStatus>();
template <> const QList<EnumEntry<ObjectiveStatus>> &enumEntries<ObjectiveStatus>();
template <> const QList<EnumEntry<ObjectiveSource>> &enumEntries<ObjectiveSource>();
template <> const QList<EnumEntry<EntryKind>> &enumEntries<EntryKind>();
template <> const QList<EnumEntry<ContactParty>> &enumEntries<ContactParty>();
template <> const QList<EnumEntry<ContactMethod>> &enumEntries<ContactMethod>();
template <> const QList<EnumEntry<ContactPurpose>> &enumEntries<ContactPurpose>();
template <> const QList<EnumEntry<Consent>> &enumEntries<Consent>();
template <> const QList<EnumEntry<EntryOutcome>> &enumEntries<EntryOutcome>();
template <> const QList<EnumEntry<SessionPart>> &enumEntries<SessionPart>();
template <> const QList<EnumEntry<SessionField>> &enumEntries<SessionField>();

// Which part of the session a field belongs to (Plan and Notes belong to none).
std::optional<SessionPart> partOf(SessionField field);
QList<SessionField> fieldsOf(SessionPart part);

// The guidance of reference 004's Appendix 1 that the session editor offers as prompts.
class SessionPrompts
{
    Q_DECLARE_TR_FUNCTIONS(md::SessionPrompts)
public:
    // What the part should cover ("Review the student's progress since last meeting"...).
    static QStringList areas(SessionPart part);
    // The appendix's example questions for the part (Work together has none: it lists the foci).
    static QStringList questions(SessionPart part);
    // A short placeholder for a field's box.
    static QString placeholder(SessionField field);
};

} // namespace md
