// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace md {
class AssessmentRosterModel;
}

namespace md::ui {

// A teacher's course assessments: choose a course of the term, give each student a grade from the
// course's scale and a comment, then mark the course complete for the headteacher. A returned
// course shows the headteacher's comment and can be edited again; a complete term is read only.
class AssessmentsPane : public Pane
{
    Q_OBJECT
public:
    explicit AssessmentsPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void reload();
    bool markComplete();

    QComboBox *courseBox() const { return m_course; }
    QTableView *view() const { return m_view; }
    AssessmentRosterModel *model() const { return m_model; }
    QLabel *stageLabel() const { return m_stage; }

private:
    void fillCourses();

    AssessmentRosterModel *m_model;
    QComboBox *m_term;
    QComboBox *m_course;
    QLabel *m_stage;
    QTableView *m_view;
    QPushButton *m_complete;
    bool m_stale = true;
};

} // namespace md::ui
