// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Merge fields whose data the behaviour log holds. Letters see the events up to the letter's date.
#include "behaviour/BehaviourMergeFields.h"

#include "behaviour/BehaviourEvent.h"
#include "letters/MergeFields.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "students/Student.h"

#include <QLocale>

namespace md {

namespace {

class BehaviourFieldText
{
    Q_DECLARE_TR_FUNCTIONS(md::MergeFields)
public:
    static QString none(int weeks) { return tr("No behaviour events were recorded in the last %1 weeks.").arg(weeks); }
    static QString date() { return tr("Date"); }
    static QString category() { return tr("Category"); }
    static QString where() { return tr("Lesson or place"); }
    static QString points() { return tr("Points"); }
    static QString action() { return tr("Action taken"); }
};

constexpr int kRecentWeeks = 12;
constexpr int kRecentRows = 10;

QDate letterDate(const MergeContext &c)
{
    return c.date.isValid() ? c.date : QDate::currentDate();
}

// Points since the start of the school year (1 September on or before the letter's date).
QVariantList yearTotals(const MergeContext &c)
{
    return c.cache
        .value(QStringLiteral("behaviour.totals/%1").arg(c.student.id),
               [&c]() -> QVariant {
                   const QDate d = letterDate(c);
                   const QDate start(d.month() >= 9 ? d.year() : d.year() - 1, 9, 1);
                   Query q(c.db, QStringLiteral("SELECT SUM(CASE WHEN points > 0 THEN points ELSE 0 END), "
                                                "SUM(CASE WHEN points < 0 THEN points ELSE 0 END), COUNT(*) "
                                                "FROM behaviour_events WHERE student_id = ? AND occurred_at >= ? "
                                                "AND occurred_at < ?"));
                   q.bind(c.student.id).bind(isoDate(start)).bind(isoDate(d.addDays(1)));
                   if (!q.exec() || !q.next())
                       return QVariantList();
                   return QVariantList{q.integer(0), q.integer(1), q.integer(2)};
               })
        .toList();
}

FieldValue total(const MergeContext &c, int which)
{
    const QVariantList t = yearTotals(c);
    if (t.size() < 3)
        return std::nullopt;
    if (which == 2)
        return QString::number(t.at(0).toInt() + t.at(1).toInt());
    return QString::number(t.at(which).toInt());
}

FieldValue recentEvents(const MergeContext &c)
{
    const QDate d = letterDate(c);
    Query q(c.db, QStringLiteral("SELECT e.occurred_at, cat.name, COALESCE(co.name, e.place, ''), e.points, "
                                 "COALESCE(e.action_taken, '') FROM behaviour_events e "
                                 "JOIN behaviour_categories cat ON cat.id = e.category_id "
                                 "LEFT JOIN courses co ON co.id = e.course_id "
                                 "WHERE e.student_id = ? AND e.occurred_at >= ? AND e.occurred_at < ? "
                                 "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?"));
    q.bind(c.student.id).bind(isoDate(d.addDays(-7 * kRecentWeeks))).bind(isoDate(d.addDays(1))).bind(kRecentRows);
    if (!q.exec())
        return std::nullopt;
    QString rows;
    while (q.next()) {
        const QDateTime when = behaviourTimeFromCode(q.string(0));
        const int points = q.integer(3);
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td><td>%5</td></tr>")
                    .arg(QLocale().toString(when, QStringLiteral("d MMM yyyy, HH:mm")).toHtmlEscaped(),
                         q.string(1).toHtmlEscaped(), q.string(2).toHtmlEscaped(),
                         points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points),
                         q.string(4).toHtmlEscaped());
    }
    if (rows.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(BehaviourFieldText::none(kRecentWeeks).toHtmlEscaped());
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                          "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                          "<th align=\"right\">%4</th><th align=\"left\">%5</th></tr>")
               .arg(BehaviourFieldText::date().toHtmlEscaped(), BehaviourFieldText::category().toHtmlEscaped(),
                    BehaviourFieldText::where().toHtmlEscaped(), BehaviourFieldText::points().toHtmlEscaped(),
                    BehaviourFieldText::action().toHtmlEscaped()) +
           rows + QStringLiteral("</table>");
}

} // namespace

void registerBehaviourMergeFields(MergeFieldRegistry &registry)
{
    const QList<LetterType> types{LetterType::Behaviour, LetterType::Mentoring};
    registry.add({QStringLiteral("behaviour.recent_events"), QT_TRANSLATE_NOOP("md::MergeFields", "Behaviour"),
                  QT_TRANSLATE_NOOP("md::MergeFields", "Recent events (table, last 12 weeks)"), FieldKind::Html, types,
                  &recentEvents});
    registry.add({QStringLiteral("behaviour.points_positive"), QT_TRANSLATE_NOOP("md::MergeFields", "Behaviour"),
                  QT_TRANSLATE_NOOP("md::MergeFields", "Positive points this school year"), FieldKind::Text, types,
                  [](const MergeContext &c) { return total(c, 0); }});
    registry.add({QStringLiteral("behaviour.points_negative"), QT_TRANSLATE_NOOP("md::MergeFields", "Behaviour"),
                  QT_TRANSLATE_NOOP("md::MergeFields", "Negative points this school year"), FieldKind::Text, types,
                  [](const MergeContext &c) { return total(c, 1); }});
    registry.add({QStringLiteral("behaviour.points_total"), QT_TRANSLATE_NOOP("md::MergeFields", "Behaviour"),
                  QT_TRANSLATE_NOOP("md::MergeFields", "Net points this school year"), FieldKind::Text, types,
                  [](const MergeContext &c) { return total(c, 2); }});
}

} // namespace md
