// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "timetable/TimetablePlanner.h"

#include <QCoreApplication>

namespace md {

// Printable timetables of 1:1 sessions, as HTML for QTextDocument (printed by the UI, or written
// to PDF here): a mentor's timetable for a half term (submitted to the lead at its start), and the
// weekly published timetable that goes onto registers and up for students to check.
class TimetablePrint
{
    Q_DECLARE_TR_FUNCTIONS(md::TimetablePrint)
public:
    static QString mentorTimetableHtml(const QString &schoolName, const QString &mentorName, const QList<WeekPlan> &weeks);
    static QString weeklyHtml(const QString &schoolName, const WeekPlan &week);
    static Status writePdf(const QString &html, const QString &path);
};

} // namespace md
