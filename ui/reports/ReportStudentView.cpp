// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportStudentView.h"

#include "common/MessageBox.h"
#include "reports/ReportChartPanel.h"
#include "reports/ReportCharts.h"
#include "reports/ReportOutput.h"
#include "reports/ReportStore.h"
#include "reports/ReportStudentModels.h"
#include "shell/DeskContext.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <functional>

namespace md::ui {

ReportStudentView::ReportStudentView(DeskContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAccessibleName(tr("Student"));
    head->addWidget(m_title, 1);
    m_pdf = new QPushButton(tr("Save summary as P&DF\u2026"), this);
    m_pdf->setAccessibleName(tr("Save the one-page 360° summary as PDF"));
    m_pdf->setToolTip(
        tr("The four charts and the key figures on one page, for the hub's termly review (Ctrl+Shift+S)"));
    m_printSummary = new QPushButton(tr("Print s&ummary\u2026"), this);
    m_printSummary->setAccessibleName(tr("Print the one-page 360° summary"));
    head->addWidget(m_pdf);
    head->addWidget(m_printSummary);
    layout->addLayout(head);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Report message"));
    m_message->hide();
    layout->addWidget(m_message);

    m_activityModel = new ReportActivityModel(this);
    m_progressModel = new ReportProgressModel(this);
    m_gradesModel = new ReportGradesModel(this);
    m_impactModel = new ReportImpactModel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("360° report"));
    m_activity = new ReportChartPanel(tr("Activity"), m_activityModel, m_tabs);
    m_progress = new ReportChartPanel(tr("Progress"), m_progressModel, m_tabs);
    m_grades = new ReportChartPanel(tr("Grades"), m_gradesModel, m_tabs);
    m_pastoral = new ReportChartPanel(tr("Pastoral"), m_impactModel, m_tabs);
    m_pastoral->setShares(1, 1); // the before / during / after table needs its six columns
    m_tabs->addTab(m_activity, tr("&Activity"));
    m_tabs->addTab(m_progress, tr("&Progress"));
    m_tabs->addTab(m_grades, tr("&Grades"));
    m_tabs->addTab(m_pastoral, tr("Pa&storal"));
    layout->addWidget(m_tabs, 1);

    m_activityCourse = new QComboBox(this);
    m_activityCourse->setAccessibleName(tr("Course shown in the activity chart"));
    m_activityCourse->setMinimumContentsLength(18);
    m_activity->addControl(m_activityCourse);
    auto *activityLabel = new QLabel(tr("&Course:"), this);
    activityLabel->setBuddy(m_activityCourse);
    m_activity->addControl(activityLabel);
    m_gradesCourse = new QComboBox(this);
    m_gradesCourse->setAccessibleName(tr("Course shown in the grades chart"));
    m_gradesCourse->setMinimumContentsLength(18);
    m_grades->addControl(m_gradesCourse);
    auto *gradesLabel = new QLabel(tr("C&ourse:"), this);
    gradesLabel->setBuddy(m_gradesCourse);
    m_grades->addControl(gradesLabel);

    // Without a student every chart asks for one rather than claiming there is no data.
    auto chosen = [this](const std::function<ReportChart()> &build) {
        return [this, build] {
            return m_report.studentId == 0 ? ReportChart{nullptr, tr("Choose a student to see their 360° report.")}
                                           : build();
        };
    };
    m_activity->setBuilder(
        chosen([this] { return ReportCharts::activity(m_report, m_activityCourse->currentData().toLongLong()); }));
    m_progress->setBuilder(chosen([this] { return ReportCharts::progress(m_report); }));
    m_grades->setBuilder(
        chosen([this] { return ReportCharts::grades(m_report, m_gradesCourse->currentData().toLongLong()); }));
    m_pastoral->setBuilder(chosen([this] { return ReportCharts::pastoral(m_report); }));

    connect(m_activityCourse, &QComboBox::currentIndexChanged, m_activity, &ReportChartPanel::refresh);
    connect(m_gradesCourse, &QComboBox::currentIndexChanged, m_grades, &ReportChartPanel::refresh);
    connect(m_pdf, &QPushButton::clicked, this, &ReportStudentView::saveSummaryInteractive);
    connect(m_printSummary, &QPushButton::clicked, this, &ReportStudentView::printSummary);
    auto *saveKey = new QAction(this);
    saveKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveKey);
    connect(saveKey, &QAction::triggered, this, &ReportStudentView::saveSummaryInteractive);
    for (ReportChartPanel *p : {m_activity, m_progress, m_grades, m_pastoral})
        connect(p, &ReportChartPanel::statusMessage, this, &ReportStudentView::statusMessage);
    showStudent(0);
}

ReportStudentView::~ReportStudentView() = default;

QString ReportStudentView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReportStudentView::fillCourses(QComboBox *combo, bool grades)
{
    const qint64 keep = combo->currentData().toLongLong();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(grades ? tr("All courses (mean)") : tr("All courses"), qint64(0));
    for (const ReportActivityCourse &c : std::as_const(m_report.activity))
        combo->addItem(c.course, c.courseId);
    const int i = combo->findData(keep);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

bool ReportStudentView::showStudent(qint64 studentId)
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    bool ok = true;
    m_message->hide();
    if (studentId == 0 || !m_context.isOpen()) {
        m_report = ReportStudentReport();
        m_report.studentId = 0;
        m_title->setText(tr("Choose a student to see their 360° report."));
    } else {
        auto loaded =
            ReportStore(m_context.db()).student(m_context.session(), studentId, ReportStore::defaultFrom(today), today);
        if (!loaded) {
            m_report = ReportStudentReport();
            m_report.studentId = 0;
            m_title->setText(tr("360° report"));
            m_message->setText(loaded.error().message);
            m_message->show();
            ok = false;
        } else {
            m_report = std::move(*loaded);
            m_title->setText(tr("%1 \u00b7 %2").arg(m_report.studentName, m_report.yearAndGroup));
            if (!m_report.allCourses) {
                m_message->setText(tr("You see the courses you teach; the student's mentor sees all their courses."));
                m_message->show();
            }
        }
    }
    m_impact = ReportImpact::compute(m_report, today);
    m_activityModel->setReport(m_report);
    m_progressModel->setReport(m_report);
    m_gradesModel->setReport(m_report);
    m_impactModel->setRows(m_impact);
    fillCourses(m_activityCourse, false);
    fillCourses(m_gradesCourse, true);
    for (ReportChartPanel *p : {m_activity, m_progress, m_grades, m_pastoral})
        p->refresh();
    m_pastoral->table()->setEnabled(m_report.pastoral);
    const bool has = m_report.studentId != 0;
    m_pdf->setEnabled(has);
    m_printSummary->setEnabled(has);
    return ok;
}

QList<QImage> ReportStudentView::summaryCharts() const
{
    // Nearly square: a quarter of the page below the key figures.
    const QSize size(1000, 940);
    return {m_activity->image(size), m_progress->image(size), m_grades->image(size), m_pastoral->image(size)};
}

Status ReportStudentView::saveSummaryPdf(const QString &path) const
{
    if (m_report.studentId == 0)
        return Error::invalid(tr("Choose a student first."));
    return ReportOutput::saveSummaryPdf(path, m_report, m_impact, summaryCharts());
}

void ReportStudentView::saveSummaryInteractive()
{
    if (m_report.studentId == 0)
        return;
    const QString suggested = QDir::home().filePath(tr("360-summary-%1.pdf").arg(m_report.studentId));
    const QString path =
        ReportOutput::saveFileName(this, tr("Save the 360° summary as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = saveSummaryPdf(path); !s) {
        MessageBox::warning(this, tr("Save the summary"), s.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Summary saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportStudentView::printSummary()
{
    if (m_report.studentId == 0)
        return;
    if (Status s = ReportOutput::printSummary(this, m_report, m_impact, summaryCharts()); !s)
        MessageBox::warning(this, tr("Print the summary"), s.error().message);
}

} // namespace md::ui
