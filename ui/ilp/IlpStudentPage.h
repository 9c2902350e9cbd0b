// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ilp/IlpTypes.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace md::ui {

class DeskContext;
class IlpFieldEditor;

// A student's ILP page (reference 001, 6): every plan of the student in date order (empty ones
// too), the selected plan's fields (saved as you type), its validity dates, the midterm reviews
// dated inside them from all the student's courses, a student switcher at the top, "view as"
// student or parent to see exactly what they would, and print preview or PDF for that reader.
class IlpStudentPage : public QWidget
{
    Q_OBJECT
public:
    enum class Viewer
    {
        Staff,
        Student,
        Parent,
    };

    IlpStudentPage(DeskContext &context, bool withSwitcher, QWidget *parent = nullptr);

    // The students the switcher offers (id, label), in list order.
    void setStudents(const QList<QPair<qint64, QString>> &students);
    void showStudent(qint64 studentId, qint64 planId = 0);
    void setViewer(Viewer viewer);
    qint64 studentId() const { return m_studentId; }
    qint64 currentPlanId() const;
    // Saves every field with unsaved typing.
    void flush();

    QComboBox *studentSwitcher() const { return m_switcher; }
    QComboBox *viewerCombo() const { return m_viewer; }
    QListWidget *planList() const { return m_plans; }
    QDateEdit *validFromEdit() const { return m_from; }
    QDateEdit *validToEdit() const { return m_to; }
    QTableWidget *reviewTable() const { return m_reviews; }
    QLabel *banner() const { return m_banner; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *pdfButton() const { return m_pdf; }
    QList<IlpFieldEditor *> fieldEditors() const { return m_editors; }
    QLabel *mentorsLabel() const { return m_mentors; }
    QComboBox *mentorPicker() const { return m_mentorPick; }
    QPushButton *addMentorButton() const { return m_addMentor; }
    QPushButton *removeMentorButton() const { return m_removeMentor; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void plansChanged();

private:
    void reloadPlans(qint64 selectPlan);
    void showPlan();
    void followStoredPlan(qint64 planId);
    static QString planLabel(const IlpPlan &plan);
    void saveDates();
    void changeMentor(bool add);
    IlpRole audience() const;
    void preview();
    void savePdf();

    DeskContext &m_context;
    qint64 m_studentId = 0;
    QList<IlpPlan> m_all;   // every plan, staff view
    QList<IlpPlan> m_shown; // what the chosen viewer sees
    QComboBox *m_switcher;
    QComboBox *m_viewer;
    QLabel *m_banner;
    QListWidget *m_plans;
    QLabel *m_heading;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_mentors;
    QWidget *m_mentorRow;
    QComboBox *m_mentorPick;
    QPushButton *m_addMentor;
    QPushButton *m_removeMentor;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QWidget *m_fieldsHost;
    QVBoxLayout *m_fieldsLayout;
    QList<IlpFieldEditor *> m_editors;
    QLabel *m_reviewsLabel;
    QTableWidget *m_reviews;
};

} // namespace md::ui
