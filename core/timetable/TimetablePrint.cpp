// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/TimetablePrint.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace md {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QLatin1String kStyle("<style>body { font-family: sans-serif; font-size: 9pt; } h1 { font-size: 14pt; } "
                           "h2 { font-size: 11pt; margin-top: 12pt; } table { border-collapse: collapse; } "
                           "th, td { border: 1px solid #777; padding: 3px; vertical-align: top; } "
                           "th { background: #e8e8e8; } .note { color: #555; } .flag { color: #a30000; }</style>");

bool shown(const PlacedSession &p)
{
    return p.session.status != SessionStatus::Cancelled && p.session.status != SessionStatus::Rescheduled;
}

} // namespace

QString TimetablePrint::mentorTimetableHtml(const QString &schoolName, const QString &mentorName, const QList<WeekPlan> &weeks)
{
    const QLocale locale;
    QString html = QStringLiteral("<html><head>") + kStyle + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(esc(tr("1:1 mentoring timetable: %1").arg(mentorName)), esc(schoolName));
    if (!weeks.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Weeks of %1 to %2. Each session is the first 25 minutes of the lesson shown.")
                                 .arg(locale.toString(weeks.first().monday, QStringLiteral("d MMMM yyyy")),
                                      locale.toString(weeks.last().monday, QStringLiteral("d MMMM yyyy")))));
    for (const WeekPlan &w : weeks) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Week of %1").arg(locale.toString(w.monday, QStringLiteral("d MMMM yyyy")))));
        html += QStringLiteral("<table width=\"100%\"><tr><th></th>");
        for (int d = 0; d < 5; ++d) {
            const QString note = w.dayNotes.at(std::size_t(d));
            html += QStringLiteral("<th>%1%2</th>")
                        .arg(esc(locale.toString(w.monday.addDays(d), QStringLiteral("ddd d MMM"))),
                             note.isEmpty() ? QString() : QStringLiteral("<br/><span class=\"note\">%1</span>").arg(esc(note)));
        }
        html += QStringLiteral("</tr>");
        for (const LessonPeriod &p : w.bells.periods()) {
            html += QStringLiteral("<tr><th>%1<br/>%2</th>").arg(esc(p.name), p.start.toString(QStringLiteral("HH:mm")));
            for (int d = 0; d < 5; ++d) {
                QStringList cell;
                for (const PlacedSession &s : w.sessions) {
                    if (!shown(s) || s.session.date != w.monday.addDays(d) || s.session.period != p.period)
                        continue;
                    QString entry = QStringLiteral("<b>%1</b> %2<br/>%3")
                                        .arg(esc(s.studentName), esc(s.tutorGroup), esc(s.session.subject));
                    if (s.session.status != SessionStatus::Planned)
                        entry += QStringLiteral(" (%1)").arg(esc(labelOf(s.session.status).toLower()));
                    for (const RuleBreak &b : s.breaks)
                        entry += QStringLiteral("<br/><span class=\"flag\">%1</span>").arg(esc(tr("Breaks: %1").arg(b.detail)));
                    cell << entry;
                }
                html += QStringLiteral("<td>%1</td>").arg(cell.join(QStringLiteral("<br/>")));
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</body></html>");
}

QString TimetablePrint::weeklyHtml(const QString &schoolName, const WeekPlan &week)
{
    const QLocale locale;
    QString html = QStringLiteral("<html><head>") + kStyle + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(esc(tr("Mentoring sessions, week of %1").arg(locale.toString(week.monday, QStringLiteral("d MMMM yyyy")))),
                     esc(schoolName));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Students: check when your 1:1 is. Teachers: the student leaves for the first 25 minutes of the "
                            "lesson; if that is not possible, contact the mentor as soon as possible to reschedule.")));
    for (int d = 0; d < 5; ++d) {
        const QDate day = week.monday.addDays(d);
        QList<const PlacedSession *> today;
        for (const PlacedSession &s : week.sessions)
            if (shown(s) && s.session.date == day)
                today.append(&s);
        std::sort(today.begin(), today.end(), [](const PlacedSession *a, const PlacedSession *b) {
            return a->session.period != b->session.period ? a->session.period < b->session.period
                                                          : a->studentName < b->studentName;
        });
        html += QStringLiteral("<h2>%1</h2>").arg(esc(locale.toString(day, QStringLiteral("dddd d MMMM"))));
        const QString note = week.dayNotes.at(std::size_t(d));
        if (today.isEmpty()) {
            html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(note.isEmpty() ? tr("No 1:1 sessions.") : note));
            continue;
        }
        html += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(esc(tr("Time")), esc(tr("Student")), esc(tr("Tutor group")), esc(tr("Lesson")), esc(tr("Mentor")));
        for (const PlacedSession *s : std::as_const(today)) {
            const LessonPeriod *p = week.bells.period(s->session.period);
            const QString time = p ? QStringLiteral("%1\u2013%2").arg(p->start.toString(QStringLiteral("HH:mm")),
                                                                     p->start.addSecs(25 * 60).toString(QStringLiteral("HH:mm")))
                                   : QString::number(s->session.period);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(esc(time), esc(s->studentName), esc(s->tutorGroup), esc(s->session.subject), esc(s->session.mentorName));
        }
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</body></html>");
}

Status TimetablePrint::writePdf(const QString &html, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(300);
    writer.setTitle(tr("Mentoring timetable"));
    QTextDocument doc;
    doc.setHtml(html);
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    if (!QFile::exists(path))
        return Error::io(tr("The timetable could not be written to %1.").arg(path));
    return {};
}

} // namespace md
