// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/LessonTimetable.h"

#include "access/StudentScope.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QLocale>

#include <algorithm>

namespace md {

BellSchedule::BellSchedule(QList<LessonPeriod> periods) : m_periods(std::move(periods))
{
    std::sort(m_periods.begin(), m_periods.end(),
              [](const LessonPeriod &a, const LessonPeriod &b) { return a.period < b.period; });
}

const LessonPeriod *BellSchedule::period(int number) const
{
    for (const LessonPeriod &p : m_periods)
        if (p.period == number)
            return &p;
    return nullptr;
}

int BellSchedule::lessonMinutesPerDay() const
{
    int total = 0;
    for (const LessonPeriod &p : m_periods)
        total += p.minutes();
    return total;
}

QString BellSchedule::describe(int number) const
{
    const LessonPeriod *p = period(number);
    if (!p)
        return tr("Period %1").arg(number);
    return tr("%1 (%2\u2013%3)").arg(p->name, p->start.toString(QStringLiteral("HH:mm")), p->end.toString(QStringLiteral("HH:mm")));
}

Result<BellSchedule> BellSchedule::load(const Database &db)
{
    Query q(db, QStringLiteral("SELECT period, name, starts_at, ends_at FROM school_periods ORDER BY period"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<LessonPeriod> periods;
    while (q.next())
        periods.append({q.integer(0), q.string(1), QTime::fromString(q.string(2), QStringLiteral("HH:mm")),
                        QTime::fromString(q.string(3), QStringLiteral("HH:mm"))});
    return BellSchedule(periods);
}

BellSchedule BellSchedule::standard()
{
    return BellSchedule({{1, tr("Period 1"), QTime(8, 50), QTime(9, 50)},
                         {2, tr("Period 2"), QTime(9, 50), QTime(10, 50)},
                         {3, tr("Period 3"), QTime(11, 10), QTime(12, 10)},
                         {4, tr("Period 4"), QTime(12, 10), QTime(13, 10)},
                         {5, tr("Period 5"), QTime(13, 55), QTime(14, 55)}});
}

QString weekdayName(int day)
{
    return QLocale().dayName(day, QLocale::LongFormat);
}

std::optional<int> weekdayFromText(const QString &text)
{
    const QString t = text.trimmed().toCaseFolded();
    if (t.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const int n = t.toInt(&isNumber);
    if (isNumber)
        return n >= 1 && n <= 5 ? std::optional(n) : std::nullopt;
    // The file's vocabulary (English day names and their usual abbreviations), not translated.
    static const char *const names[5][3] = {{"monday", "mon", "mo"},
                                            {"tuesday", "tue", "tues"},
                                            {"wednesday", "wed", "weds"},
                                            {"thursday", "thu", "thurs"},
                                            {"friday", "fri", "fr"}};
    for (int d = 0; d < 5; ++d)
        for (const char *name : names[d])
            if (t == QLatin1String(name))
                return d + 1;
    return std::nullopt;
}

QList<WeeklyTimetable::Lesson> WeeklyTimetable::lessons() const
{
    QList<Lesson> out;
    out.reserve(m_slots.size());
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it)
        out.append({it.key() / 16, it.key() % 16, it.value()});
    std::sort(out.begin(), out.end(), [](const Lesson &a, const Lesson &b) {
        return a.day != b.day ? a.day < b.day : a.period < b.period;
    });
    return out;
}

Result<WeeklyTimetable> LessonTimetableStore::forStudent(const Session &session, qint64 studentId) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewMentoringLog, studentId); !s)
        return s.error();
    auto all = loadUnchecked({studentId});
    if (!all)
        return all.error();
    return all->value(studentId);
}

Result<QHash<qint64, WeeklyTimetable>> LessonTimetableStore::loadUnchecked(const QList<qint64> &studentIds) const
{
    QHash<qint64, WeeklyTimetable> out;
    if (studentIds.isEmpty())
        return out;
    // One query for the lot; the ids are bound in chunks to stay under SQLite's variable limit.
    constexpr int kChunk = 400;
    for (int from = 0; from < studentIds.size(); from += kChunk) {
        const QList<qint64> chunk = studentIds.mid(from, kChunk);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        Query q(m_db, QStringLiteral("SELECT student_id, day, period, subject FROM lesson_timetable WHERE student_id IN (")
                          + marks.join(QLatin1Char(',')) + QStringLiteral(")"));
        for (qint64 id : chunk)
            q.bind(id);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            out[q.id(0)].setLesson(q.integer(1), q.integer(2), q.string(3));
    }
    return out;
}

Status LessonTimetableStore::replaceUnchecked(AuditLog &audit, qint64 studentId, const WeeklyTimetable &timetable)
{
    Query count(m_db, QStringLiteral("SELECT COUNT(*) FROM lesson_timetable WHERE student_id = ?"));
    count.bind(studentId);
    auto before = count.scalar();
    if (!before)
        return before.error();
    Query clear(m_db, QStringLiteral("DELETE FROM lesson_timetable WHERE student_id = ?"));
    clear.bind(studentId);
    if (Status s = clear.exec(); !s)
        return s;
    Query insert(m_db, QStringLiteral("INSERT INTO lesson_timetable (student_id, day, period, subject) VALUES (?, ?, ?, ?)"));
    for (const WeeklyTimetable::Lesson &l : timetable.lessons()) {
        insert.bind(studentId).bind(l.day).bind(l.period).bind(l.subject);
        if (Status s = insert.exec(); !s)
            return s;
    }
    return audit.changed(QStringLiteral("student"), studentId, QStringLiteral("lesson_timetable"),
                         QStringLiteral("%1 lessons").arg(before->toInt()),
                         QStringLiteral("%1 lessons").arg(timetable.size()));
}

} // namespace md
