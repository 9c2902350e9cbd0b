// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviour/BehaviourDemo.h"

#include "behaviour/BehaviourLogging.h"
#include "behaviour/BehaviourStore.h"
#include "common/Logging.h"
#include "demo/DemoContext.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "timetable/SchoolCalendar.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace md::demo {

namespace {

class BehaviourDemoText
{
    Q_DECLARE_TR_FUNCTIONS(md::BehaviourDemo)
};

struct CategoryDef
{
    const char *name;
    BehaviourKind kind;
    int points;
    int weight; // how often it is used, relative to the others of its kind
    const char *descriptions[3];
};

// clang-format off
const CategoryDef kCategories[] = {
    {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Excellent work"), BehaviourKind::Positive, 2, 30,
     {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Outstanding piece of classwork."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Best answer in the class today."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Work displayed on the classroom wall.")}},
    {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Effort in lesson"), BehaviourKind::Positive, 1, 40,
     {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Kept going with a difficult task."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Asked good questions all lesson."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Finished the extension task.")}},
    {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Helping others"), BehaviourKind::Positive, 1, 20,
     {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Helped a classmate who was stuck."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Tidied the room without being asked."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Looked after a new student at lunch.")}},
    {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Outstanding homework"), BehaviourKind::Positive, 2, 10,
     {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Homework well above the expected standard."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Extra research done at home."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Beautifully presented homework.")}},
    {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Low-level disruption"), BehaviourKind::Negative, -1, 40,
     {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Talking over the teacher after two warnings."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Distracting others during the starter."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Out of seat repeatedly.")}},
    {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Lateness to lesson"), BehaviourKind::Negative, -1, 20,
     {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Arrived ten minutes late without a note."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Late back from break."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Late for the third time this week.")}},
    {QT_TRANSLATE_NOOP("md::BehaviourDemo", "No homework"), BehaviourKind::Negative, -1, 15,
     {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Homework not handed in."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Homework incomplete again."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "No equipment and no homework.")}},
    {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Defiance"), BehaviourKind::Negative, -2, 12,
     {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Refused to follow a reasonable instruction."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Refused to move seats when asked."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Walked out of the lesson.")}},
    {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Unkind language"), BehaviourKind::Negative, -2, 8,
     {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Unkind comments to another student."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Swearing in the corridor."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Name-calling at lunch.")}},
    {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Truancy from lesson"), BehaviourKind::Negative, -3, 3,
     {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Found in the toilets during the lesson."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Did not arrive at the lesson; seen on site."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Left the lesson and did not return.")}},
    {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Fighting"), BehaviourKind::Negative, -5, 2,
     {QT_TRANSLATE_NOOP("md::BehaviourDemo", "Involved in a fight on the field."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Pushing and shoving that became a fight."),
      QT_TRANSLATE_NOOP("md::BehaviourDemo", "Fight at the end of the day.")}},
};
// clang-format on

const char *const kPlaces[] = {
    QT_TRANSLATE_NOOP("md::BehaviourDemo", "Corridor"),   QT_TRANSLATE_NOOP("md::BehaviourDemo", "Canteen"),
    QT_TRANSLATE_NOOP("md::BehaviourDemo", "Playground"), QT_TRANSLATE_NOOP("md::BehaviourDemo", "Tutor time"),
    QT_TRANSLATE_NOOP("md::BehaviourDemo", "Assembly"),   QT_TRANSLATE_NOOP("md::BehaviourDemo", "School gate"),
};

// The school's usual holidays, for dates the school calendar does not cover (last school year).
bool usualHoliday(const QDate &d)
{
    const int m = d.month();
    const int day = d.day();
    if ((m == 12 && day >= 20) || (m == 1 && day <= 4))
        return true;
    if (m == 8 || (m == 7 && day >= 22) || (m == 9 && day <= 2))
        return true;
    if (m == 10 && day >= 26)
        return true;
    if (m == 2 && day >= 16 && day <= 20)
        return true;
    if ((m == 3 && day >= 30) || (m == 4 && day <= 10))
        return true;
    if (m == 5 && day >= 25)
        return true;
    return false;
}

// An hour of the school day, the afternoon weighted up: 9:00 ... 15:00.
const int kHourWeights[] = {8, 9, 10, 8, 13, 15, 6}; // 9, 10, 11, 12, 13, 14, 15 o'clock

} // namespace

Status generateBehaviour(DemoContext &ctx)
{
    AuditLog audit(ctx.db, ctx.session.actor());
    BehaviourStore store(ctx.db);
    struct Cat
    {
        qint64 id;
        const CategoryDef *def;
    };
    QList<Cat> positive;
    QList<Cat> negative;
    for (const CategoryDef &def : kCategories) {
        BehaviourCategory c;
        c.name = BehaviourDemoText::tr(def.name);
        c.kind = def.kind;
        c.defaultPoints = def.points;
        auto id = store.addCategoryUnchecked(audit, c);
        if (!id)
            return id.error();
        (def.kind == BehaviourKind::Positive ? positive : negative).append({*id, &def});
    }
    const auto pickCategory = [&ctx](const QList<Cat> &cats) -> const Cat & {
        int total = 0;
        for (const Cat &c : cats)
            total += c.def->weight;
        int r = ctx.between(0, total - 1);
        for (const Cat &c : cats) {
            if (r < c.def->weight)
                return c;
            r -= c.def->weight;
        }
        return cats.first();
    };

    // The days of the last year with their weight: weekdays only, Mondays up, Fridays down, the
    // holidays almost empty.
    auto calendar = SchoolCalendar::load(ctx.db);
    if (!calendar)
        return calendar.error();
    QDate calendarFrom;
    QDate calendarTo;
    for (const CalendarPeriod &p : calendar->periods()) {
        if (p.kind != CalendarKind::Term)
            continue;
        if (!calendarFrom.isValid() || p.start < calendarFrom)
            calendarFrom = p.start;
        if (!calendarTo.isValid() || p.end > calendarTo)
            calendarTo = p.end;
    }
    QList<QDate> days;
    QList<double> cumulative;
    double weightSum = 0;
    for (QDate d = ctx.today.addDays(-364); d <= ctx.today; d = d.addDays(1)) {
        const int dow = d.dayOfWeek();
        if (dow > 5)
            continue;
        const double dayWeight[] = {0, 1.35, 1.0, 1.0, 0.95, 0.8};
        double w = dayWeight[dow];
        const bool inCalendar = calendarFrom.isValid() && d >= calendarFrom && d <= calendarTo;
        const bool holiday = inCalendar ? !calendar->isSchoolDay(d) : usualHoliday(d);
        if (holiday)
            w *= 0.03;
        weightSum += w;
        days.append(d);
        cumulative.append(weightSum);
    }
    const auto pickDay = [&]() {
        const double r = ctx.uniform() * weightSum;
        const auto it = std::upper_bound(cumulative.cbegin(), cumulative.cend(), r);
        return days.at(std::min<qsizetype>(it - cumulative.cbegin(), days.size() - 1));
    };
    int hourTotal = 0;
    for (int w : kHourWeights)
        hourTotal += w;

    QHash<int, QList<const DemoCourse *>> coursesByYear;
    for (const DemoCourse &c : std::as_const(ctx.courses))
        coursesByYear[c.yearGroup].append(&c);
    QList<qint64> teacherIds;
    for (const DemoTeacher &t : std::as_const(ctx.teachers))
        teacherIds.append(t.userId);
    if (teacherIds.isEmpty())
        teacherIds.append(ctx.headteacherId);

    // A handful stand out: about one in a hundred (at least three) with many negative events.
    QList<int> order;
    for (int i = 0; i < ctx.students.size(); ++i)
        order.append(i);
    ctx.shuffle(order);
    const int standouts = std::min<int>(int(ctx.students.size()), std::max(3, int(ctx.students.size()) / 100));
    QSet<int> standout(order.cbegin(), order.cbegin() + standouts);

    BehaviourWriter writer(ctx.db);
    if (Status s = writer.prepare(qint64(ctx.students.size()) * 16); !s)
        return s;
    const QStringList actionsMinor{BehaviourDemoText::tr("Verbal warning"), QString(), QString()};
    const QStringList actionsMedium{BehaviourDemoText::tr("Detention"), BehaviourDemoText::tr("Phone call home"),
                                    BehaviourDemoText::tr("Restorative conversation")};
    const QStringList actionsSerious{BehaviourDemoText::tr("On report"), BehaviourDemoText::tr("Referral"),
                                     BehaviourDemoText::tr("Phone call home")};
    qint64 events = 0;
    for (int i = 0; i < ctx.students.size(); ++i) {
        const Student &student = ctx.students.at(i);
        if (student.dateLeft.isValid())
            continue;
        const bool stands = standout.contains(i);
        // Events a year: most students a handful to a couple of dozen; stand-outs well over a hundred.
        const double u = ctx.uniform();
        const int count = stands ? ctx.between(110, 170) : int(std::floor(2 + 26 * u * u));
        const double negativeShare = stands ? 0.85 : 0.3 + 0.3 * ctx.uniform();
        const QList<const DemoCourse *> courses = coursesByYear.value(student.yearGroup);
        for (int k = 0; k < count; ++k) {
            const bool isNegative = ctx.uniform() < negativeShare;
            const Cat &cat = pickCategory(isNegative ? negative : positive);
            const QDate day = pickDay();
            int r = ctx.between(0, hourTotal - 1);
            int hour = 9;
            for (int h = 0; h < int(std::size(kHourWeights)); ++h) {
                if (r < kHourWeights[h]) {
                    hour = 9 + h;
                    break;
                }
                r -= kHourWeights[h];
            }
            const QString when = QStringLiteral("%1T%2:%3")
                                     .arg(isoDate(day))
                                     .arg(hour, 2, 10, QLatin1Char('0'))
                                     .arg(ctx.between(0, 11) * 5, 2, 10, QLatin1Char('0'));
            qint64 courseId = 0;
            QString place;
            qint64 recorder = 0;
            if (!courses.isEmpty() && ctx.chance(0.8)) {
                const DemoCourse *c = courses.at(ctx.between(0, int(courses.size()) - 1));
                courseId = c->id;
                recorder = c->teacherIds.isEmpty() ? ctx.pick(teacherIds) : ctx.pick(c->teacherIds);
            } else {
                place = BehaviourDemoText::tr(kPlaces[ctx.between(0, int(std::size(kPlaces)) - 1)]);
                recorder = ctx.pick(teacherIds);
            }
            QString action;
            if (cat.def->points <= -3)
                action = ctx.pick(actionsSerious);
            else if (cat.def->points == -2)
                action = ctx.pick(actionsMedium);
            else if (cat.def->points == -1)
                action = ctx.pick(actionsMinor);
            else if (cat.def->points >= 2 && ctx.chance(0.3))
                action = BehaviourDemoText::tr("Praise postcard home");
            const QString description = BehaviourDemoText::tr(cat.def->descriptions[ctx.between(0, 2)]);
            if (Status s = writer.add(student.id, when, courseId, place, cat.id, cat.def->points, description, action,
                                      recorder);
                !s)
                return s;
            ++events;
        }
    }
    if (Status s = writer.finish(); !s)
        return s;
    if (Status s = audit.record(QStringLiteral("generate"), QStringLiteral("behaviour_events"), 0,
                                QStringLiteral("events"), QString(), QString::number(events));
        !s)
        return s;
    qCInfo(lcDemo) << "demo behaviour:" << events << "events," << standouts << "students stand out";
    return {};
}

} // namespace md::demo
