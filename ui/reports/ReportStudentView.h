// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/ReportData.h"
#include "reports/ReportImpact.h"

#include <QDate>
#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace md {
class ReportActivityModel;
class ReportGradesModel;
class ReportImpactModel;
class ReportProgressModel;
} // namespace md

namespace md::ui {

class DeskContext;
class ReportChartPanel;

// The student-centric 360° report: Activity, Progress, Grades and Pastoral tabs, each a chart with
// its table, and the one-page summary to print or save as PDF.
class ReportStudentView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportStudentView(DeskContext &context, QWidget *parent = nullptr);
    ~ReportStudentView() override;

    // Loads and draws the student's year (0 clears). False with a message when refused.
    bool showStudent(qint64 studentId);
    qint64 studentId() const { return m_report.studentId; }
    const ReportStudentReport &report() const { return m_report; }
    const QList<ReportImpactRow> &impact() const { return m_impact; }
    // The report's last day (tests and the demo fix it; otherwise today).
    void setToday(const QDate &today) { m_today = today; }

    QTabWidget *tabs() const { return m_tabs; }
    ReportChartPanel *activityPanel() const { return m_activity; }
    ReportChartPanel *progressPanel() const { return m_progress; }
    ReportChartPanel *gradesPanel() const { return m_grades; }
    ReportChartPanel *pastoralPanel() const { return m_pastoral; }
    QComboBox *activityCourse() const { return m_activityCourse; }
    QComboBox *gradesCourse() const { return m_gradesCourse; }
    QString message() const;

    Status saveSummaryPdf(const QString &path) const;
    QList<QImage> summaryCharts() const;

public Q_SLOTS:
    void saveSummaryInteractive();
    void printSummary();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fillCourses(QComboBox *combo, bool grades);

    DeskContext &m_context;
    QDate m_today;
    ReportStudentReport m_report;
    QList<ReportImpactRow> m_impact;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_printSummary = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReportActivityModel *m_activityModel = nullptr;
    ReportProgressModel *m_progressModel = nullptr;
    ReportGradesModel *m_gradesModel = nullptr;
    ReportImpactModel *m_impactModel = nullptr;
    ReportChartPanel *m_activity = nullptr;
    ReportChartPanel *m_progress = nullptr;
    ReportChartPanel *m_grades = nullptr;
    ReportChartPanel *m_pastoral = nullptr;
    QComboBox *m_activityCourse = nullptr;
    QComboBox *m_gradesCourse = nullptr;
};

} // namespace md::ui
