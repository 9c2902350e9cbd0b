// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentoring/MentoringTypes.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace md {

// The records of a student's mentoring log, as the stores read and write them.

// A spell of 1:1 mentoring of one student (the "case" the five steps run over).
struct MentoringCase
{
    qint64 id = 0; // 0: not stored yet (implied by the student's mentoring group)
    qint64 studentId = 0;
    qint64 mentorId = 0;
    std::optional<qint64> interventionId;
    QDate openedOn;
    QString actionPlan;
    QDate reviewOn;
    QDate closedOn;
    int rowVersion = 1;
};

struct Objective
{
    qint64 id = 0;
    qint64 studentId = 0;
    std::optional<qint64> interventionId;
    QString text;
    ObjectiveSource source = ObjectiveSource::Hub;
    ObjectiveStatus status = ObjectiveStatus::Active;
    QDate setOn;
    QDate closedOn;
    int rowVersion = 1;
};

struct SmartTarget
{
    qint64 id = 0;
    qint64 studentId = 0;
    std::optional<qint64> interventionId;
    qint64 objectiveId = 0; // 0: not tied to one objective
    QString title;          // the target in the student's words
    QString specific;
    QString measurable;
    QString achievable;
    QString relevant;
    QString timeBound;
    QStringList steps; // the smaller steps or actions it is broken into
    QDate setOn;
    QDate dueOn;
    TargetStatus status = TargetStatus::Active;
    QDate closedOn;
    qint64 followsId = 0; // the met target this one was set after
    int rowVersion = 1;
};

struct TargetProgress
{
    qint64 id = 0;
    qint64 targetId = 0;
    QDate notedOn;
    QString note;
    QString byName;
};

// An observation, behaviour intervention, contact, progress update, termly report, review or note.
struct LogEntry
{
    qint64 id = 0;
    qint64 studentId = 0;
    std::optional<qint64> interventionId;
    EntryKind kind = EntryKind::Note;
    QDate occurredOn;
    QString title;  // the lesson observed, who was contacted, the term reported on
    QString body;   // what happened, the summary
    QString action; // action taken, next steps
    std::optional<ContactParty> party;
    std::optional<ContactMethod> method;
    std::optional<ContactPurpose> purpose;
    std::optional<Consent> consent;
    std::optional<EntryOutcome> outcome;
    QString followUp;
    QDate followUpOn;
    bool followUpDone = false;
    qint64 authorId = 0;
    QString authorName;
    int rowVersion = 1;
    bool restricted = false; // safeguarding: only the author, the lead mentor and headteachers read it
    bool hidden = false;     // restricted and not readable by this session: the content is blank
};

struct CheckIn
{
    qint64 id = 0;
    qint64 studentId = 0;
    QDate on;
    QDateTime at;
    qint64 mentorId = 0;
    QString note;
};

struct MentoringSession
{
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 mentorId = 0;
    QString mentorName;
    std::optional<qint64> interventionId;
    QDate date;
    int period = 0;
    QString subject; // the lesson the student leaves
    std::optional<SessionFocus> focus;
    qint64 targetId = 0;
    SessionStatus status = SessionStatus::Planned;
    QString statusReason;
    qint64 rescheduledFromId = 0;
    std::optional<int> rating; // the student's 1-5 rating of their week
    std::array<QString, kSessionFieldCount> texts;
    QDateTime recordedAt; // when the three-part record was first saved
    bool fromScheduler = false;
    bool movedByHand = false;
    int rowVersion = 1;

    const QString &text(SessionField f) const { return texts.at(std::size_t(f)); }
    void setText(SessionField f, const QString &t) { texts.at(std::size_t(f)) = t; }
    // Any of the three parts written.
    bool hasRecord() const;
};

} // namespace md
