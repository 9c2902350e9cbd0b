// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace md {
class AssessmentCourseModel;
}

namespace md::ui {

class DeskContext;

// The Courses tab of Courses & terms: the courses of a term (or every course), and a form for
// the selected one: name, subject, year group, term, teachers, grading scale (ordered, best
// first; presets; locked once anyone is assessed) and the enrolled students (enrol a tutor group
// or one student by UPN; take students off). The core decides; refusals show inline.
class CourseEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CourseEditor(DeskContext &context, QWidget *parent = nullptr);

    void reload();
    void startNew();
    bool save();
    bool selectCourse(qint64 id);
    bool enrolGroup(const QString &tutorGroup);
    bool enrolUpn(const QString &upn);
    bool unenrolSelected();
    void addGrade(const QString &grade);
    void moveGrade(int delta);
    void removeGrade();
    void applyPreset(int index);

    AssessmentCourseModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *filterBox() const { return m_filter; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *termBox() const { return m_term; }
    QListWidget *teacherList() const { return m_teachers; }
    QListWidget *scaleList() const { return m_scale; }
    QComboBox *presetBox() const { return m_preset; }
    QListWidget *studentList() const { return m_students; }
    QLabel *messageLabel() const { return m_message; }
    QStringList scale() const;
    qint64 editingCourse() const { return m_editing; }

private:
    void fillChoices();
    void loadList();
    void showSelected();
    void loadStudents();
    void showMessage(const QString &text, bool problem);
    void setLocked(bool locked, bool scaleLocked);

    DeskContext &m_context;
    AssessmentCourseModel *m_model;
    QComboBox *m_filter;
    QTableView *m_view;
    QLabel *m_message;
    QLineEdit *m_name;
    QLineEdit *m_subject;
    QSpinBox *m_year;
    QComboBox *m_term;
    QListWidget *m_teachers;
    QListWidget *m_scale;
    QLineEdit *m_grade;
    QComboBox *m_preset;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_removeGrade;
    QLabel *m_state;
    QListWidget *m_students;
    QComboBox *m_group;
    QPushButton *m_enrolGroup;
    QLineEdit *m_upn;
    QPushButton *m_unenrol;
    QPushButton *m_new;
    QPushButton *m_save;
    qint64 m_editing = 0;
    QStringList m_savedScale;
};

} // namespace md::ui
