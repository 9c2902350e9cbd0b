// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace md {
class MentorWeekModel;
}

namespace md::ui {

// "Timetable": a mentor's week of 1:1 sessions as a grid of periods by days, with any rule a
// session breaks flagged in words. Plans a half term with the scheduler, moves a session by hand,
// opens a session, prints the mentor's timetable and the weekly published timetable. The lead
// mentor may choose any mentor (or everyone), import lesson timetables and edit the calendar.
class TimetablePane : public Pane
{
    Q_OBJECT
public:
    explicit TimetablePane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;

    void showWeek(const QDate &anyDay);
    QDate monday() const { return m_monday; }
    // The mentor shown, or 0 for everyone (the lead mentor's published timetable).
    qint64 mentorId() const;
    void setMentor(qint64 mentorId);

    QTableView *grid() const { return m_grid; }
    MentorWeekModel *weekModel() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    // The session in the current cell (the first, if several), or 0.
    qint64 currentSession() const;
    void moveCurrent();
    void planHalfTerm();
    // What the print buttons print: the mentor's half term, or the weekly published timetable.
    QString mentorTimetableHtml();
    QString weeklyTimetableHtml();

private:
    void reload();
    void print(const QString &html, const QString &title);
    void importTimetables();

    QDate m_monday;
    MentorWeekModel *m_model;
    QComboBox *m_mentor;
    QDateEdit *m_week;
    QTableView *m_grid;
    QLabel *m_summary;
    QList<QPushButton *> m_planButtons;
    bool m_stale = true;
};

} // namespace md::ui
