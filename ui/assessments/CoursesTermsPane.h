// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace md {
class AssessmentTermModel;
}

namespace md::ui {

class CourseEditor;

// Administration > Courses & terms, for the headteacher and the administrator: the terms (name,
// dates, which one is current; terms never overlap), the courses of each term with their teachers,
// students and grading scale (CourseEditor), and the approval workflow's required stages (only an
// administrator changes those; reference 000 §3.2, "Administration > Workflow"). The core checks
// every permission and the lock of completed terms; its refusals show inline.
class CoursesTermsPane : public Pane
{
    Q_OBJECT
public:
    explicit CoursesTermsPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void reload();

    // Terms tab.
    void startNewTerm();
    bool saveTerm();
    bool deleteTerm();
    bool makeCurrent(bool byDate = false);
    bool selectTerm(qint64 id);
    // Workflow tab.
    bool saveWorkflow();

    QTabWidget *tabs() const { return m_tabs; }
    AssessmentTermModel *termModel() const { return m_terms; }
    QTableView *termView() const { return m_termView; }
    QLineEdit *termNameEdit() const { return m_termName; }
    QDateEdit *startsEdit() const { return m_starts; }
    QDateEdit *endsEdit() const { return m_ends; }
    QLabel *termMessage() const { return m_termMessage; }
    CourseEditor *courseEditor() const { return m_courses; }
    QCheckBox *completionBox() const { return m_requireCompletion; }
    QCheckBox *approvalBox() const { return m_requireApproval; }
    QLabel *workflowMessage() const { return m_workflowMessage; }
    QLabel *workflowSummary() const { return m_workflowSummary; }

private:
    QWidget *buildTermsPage();
    QWidget *buildWorkflowPage();
    void showSelectedTerm();
    void loadWorkflow();
    void describeWorkflow();
    void showTermMessage(const QString &text, bool problem);

    QTabWidget *m_tabs;
    AssessmentTermModel *m_terms;
    QTableView *m_termView = nullptr;
    QLineEdit *m_termName = nullptr;
    QDateEdit *m_starts = nullptr;
    QDateEdit *m_ends = nullptr;
    QLabel *m_termState = nullptr;
    QLabel *m_termMessage = nullptr;
    QPushButton *m_saveTerm = nullptr;
    QPushButton *m_deleteTerm = nullptr;
    QPushButton *m_current = nullptr;
    QPushButton *m_byDate = nullptr;
    qint64 m_editingTerm = 0;
    CourseEditor *m_courses = nullptr;
    QCheckBox *m_requireCompletion = nullptr;
    QCheckBox *m_requireApproval = nullptr;
    QLabel *m_workflowSummary = nullptr;
    QLabel *m_workflowMessage = nullptr;
    QPushButton *m_saveWorkflow = nullptr;
    bool m_stale = true;
};

} // namespace md::ui
