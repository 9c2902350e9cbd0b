// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace md {

class AuditLog;
class Database;
class Session;

// One lesson period of the school day, the same every weekday.
struct LessonPeriod
{
    int period = 0;
    QString name;
    QTime start;
    QTime end;

    int minutes() const { return int(start.secsTo(end) / 60); }
};

// The periods of the school day (table school_periods).
class BellSchedule
{
    Q_DECLARE_TR_FUNCTIONS(md::BellSchedule)
public:
    BellSchedule() = default;
    explicit BellSchedule(QList<LessonPeriod> periods);

    const QList<LessonPeriod> &periods() const { return m_periods; }
    const LessonPeriod *period(int number) const;
    bool contains(int number) const { return period(number) != nullptr; }
    // Minutes of lessons in a day (what "free at least an hour a day" is measured against).
    int lessonMinutesPerDay() const;
    // "Period 3 (11:10-12:10)".
    QString describe(int number) const;

    static Result<BellSchedule> load(const Database &db);
    // Five one-hour lessons, as the migration seeds (tests and generated data).
    static BellSchedule standard();

private:
    QList<LessonPeriod> m_periods;
};

// Monday is day 1, Friday day 5 (ISO weekday numbers).
QString weekdayName(int day);
// "Mon", "monday", "1"... -> 1..5; nothing for other text.
std::optional<int> weekdayFromText(const QString &text);

// A student's weekly lesson timetable: the subject at each (day, period).
class WeeklyTimetable
{
public:
    struct Lesson
    {
        int day = 0;
        int period = 0;
        QString subject;
    };

    void setLesson(int day, int period, const QString &subject) { m_slots.insert(key(day, period), subject); }
    // Empty when the student has no lesson then (a free period or nothing imported).
    QString subjectAt(int day, int period) const { return m_slots.value(key(day, period)); }
    bool hasLesson(int day, int period) const { return m_slots.contains(key(day, period)); }
    bool isEmpty() const { return m_slots.isEmpty(); }
    int size() const { return int(m_slots.size()); }
    // In day then period order.
    QList<Lesson> lessons() const;

private:
    static int key(int day, int period) { return day * 16 + period; }
    QHash<int, QString> m_slots;
};

// Reads and writes students' lesson timetables (table lesson_timetable).
class LessonTimetableStore
{
    Q_DECLARE_TR_FUNCTIONS(md::LessonTimetableStore)
public:
    explicit LessonTimetableStore(Database &db) : m_db(db) {}

    // The timetable of a student the session may see.
    Result<WeeklyTimetable> forStudent(const Session &session, qint64 studentId) const;
    // Timetables of these students, for services that have already checked the caller's scope.
    Result<QHash<qint64, WeeklyTimetable>> loadUnchecked(const QList<qint64> &studentIds) const;
    // Replaces a student's whole timetable; the caller holds the Transaction. Audited as one row.
    Status replaceUnchecked(AuditLog &audit, qint64 studentId, const WeeklyTimetable &timetable);

private:
    Database &m_db;
};

} // namespace md
