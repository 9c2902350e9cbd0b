// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

// Whether a behaviour category rewards or sanctions. Stored as "positive" / "negative".
enum class BehaviourKind
{
    Positive,
    Negative,
};
QString toCode(BehaviourKind kind);
std::optional<BehaviourKind> behaviourKindFromCode(const QString &code);
QString behaviourKindLabel(BehaviourKind kind);

// One of the school's behaviour categories ("Disruption in lesson", "Excellent work").
struct BehaviourCategory
{
    qint64 id = 0;
    QString name;
    BehaviourKind kind = BehaviourKind::Negative;
    int defaultPoints = 0; // signed: negative categories take points away
    bool active = true;
};

// One recorded event for one student.
struct BehaviourEvent
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString studentUpn;
    QString studentName; // "Surname, Forename"
    QString tutorGroup;
    int yearGroup = 0;
    QDateTime occurredAt; // local, to the minute
    qint64 courseId = 0;
    QString courseName;
    QString place;
    qint64 categoryId = 0;
    QString categoryName;
    BehaviourKind kind = BehaviourKind::Negative;
    int points = 0;
    QString description;
    QString actionTaken;
    qint64 recordedBy = 0;
    QString recordedByName;

    // Where it happened as people say it: the course, or the place.
    QString where() const { return courseName.isEmpty() ? place : courseName; }
};

// An incident as someone records it: one or several students involved, the same details for each.
struct NewBehaviourEvent
{
    QList<qint64> studentIds;
    QDateTime occurredAt;
    qint64 courseId = 0;
    QString place;
    qint64 categoryId = 0;
    std::optional<int> points; // the category's default points when not given
    QString description;
    QString actionTaken;
};

// What the behaviour log shows. Every condition is applied in SQL.
struct BehaviourFilter
{
    qint64 studentId = 0;
    QString tutorGroup;
    QDate from; // inclusive; invalid: no lower bound
    QDate to;   // inclusive; invalid: no upper bound
    qint64 categoryId = 0;
    std::optional<BehaviourKind> kind;
    qint64 recordedBy = 0;
    qint64 courseId = 0;
};

// A student's points in one week (Monday to Sunday).
struct BehaviourWeekTotal
{
    qint64 studentId = 0;
    QString studentUpn;
    QString studentName;
    QString tutorGroup;
    QDate weekStart; // a Monday
    int events = 0;
    int positive = 0; // sum of positive points
    int negative = 0; // sum of negative points (0 or below)

    int net() const { return positive + negative; }
};

// A student's points over a stretch of time (the record tab and letters).
struct BehaviourSummary
{
    int events = 0;
    int positiveEvents = 0;
    int negativeEvents = 0;
    int positive = 0;
    int negative = 0;

    int net() const { return positive + negative; }
};

// The actions staff usually take, offered as suggestions (free text is allowed).
QStringList behaviourActionSuggestions();

// occurred_at's stored form: "YYYY-MM-DDTHH:MM".
QString behaviourTimeCode(const QDateTime &when);
QDateTime behaviourTimeFromCode(const QString &code);

} // namespace md
