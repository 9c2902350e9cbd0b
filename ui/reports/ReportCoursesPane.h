// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace md {
class ReportCourseModel;
}

namespace md::ui {

class ReportChartPanel;

// "Courses" (reference 000 §2.2, course-centric): for one course, every learner the user may see
// with their activity, progress and grades against the course average, sortable, those below the
// average highlighted. The chart draws one page of learners at a time (kPageSize) so a
// headteacher's year-group course never becomes thousands of bars.
class ReportCoursesPane : public Pane
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 30;

    explicit ReportCoursesPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;

    QComboBox *courses() const { return m_courses; }
    ReportCourseModel *model() const { return m_model; }
    ReportChartPanel *panel() const { return m_panel; }
    QLabel *summary() const { return m_summary; }
    int page() const { return m_page; }
    // Shows the course (by id); false with a message when it is not in the user's view.
    bool showCourse(qint64 courseId);

private:
    void reload();
    void setPage(int page);

    QComboBox *m_courses = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
    ReportCourseModel *m_model = nullptr;
    ReportChartPanel *m_panel = nullptr;
    int m_page = 0;
    bool m_stale = true;
};

} // namespace md::ui
