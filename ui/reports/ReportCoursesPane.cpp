// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCoursesPane.h"

#include "reports/ReportChartPanel.h"
#include "reports/ReportCharts.h"
#include "reports/ReportCourseModel.h"
#include "reports/ReportScope.h"
#include "shell/DeskContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

namespace {

QString figure(const std::optional<double> &v, bool rate)
{
    if (!v)
        return QStringLiteral("\u2014");
    return QLocale().toString(*v, 'f', rate ? 0 : 1) + (rate ? QStringLiteral("%") : QString());
}

} // namespace

ReportCoursesPane::ReportCoursesPane(DeskContext &context, QWidget *parent) : Pane(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("360° reports: courses"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto *row = new QHBoxLayout;
    auto *courseLabel = new QLabel(tr("C&ourse:"), this);
    m_courses = new QComboBox(this);
    m_courses->setAccessibleName(tr("Course"));
    m_courses->setMinimumContentsLength(24);
    courseLabel->setBuddy(m_courses);
    row->addWidget(courseLabel);
    row->addWidget(m_courses);
    row->addStretch(1);
    layout->addLayout(row);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Course averages"));
    layout->addWidget(m_summary);

    m_model = new ReportCourseModel(this);
    m_panel = new ReportChartPanel(tr("Course"), m_model, this);
    m_panel->table()->setSortingEnabled(true);
    m_panel->table()->horizontalHeader()->setSortIndicatorShown(true);
    m_panel->table()->setAccessibleName(tr("Learners of the course"));
    m_previous = new QPushButton(tr("Pre&vious page"), this);
    m_previous->setAccessibleName(tr("Previous page of learners in the chart"));
    m_next = new QPushButton(tr("&Next page"), this);
    m_next->setAccessibleName(tr("Next page of learners in the chart"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setAccessibleName(tr("Learners in the chart"));
    m_panel->addControl(m_next);
    m_panel->addControl(m_pageLabel);
    m_panel->addControl(m_previous);
    layout->addWidget(m_panel, 1);
    m_panel->setBuilder([this] { return ReportCharts::course(m_model->report(), m_page * kPageSize, kPageSize); });

    connect(m_courses, &QComboBox::currentIndexChanged, this, [this] {
        if (m_courses->currentIndex() >= 0)
            showCourse(m_courses->currentData().toLongLong());
    });
    connect(m_previous, &QPushButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setPage(m_page + 1); });
    // Sorting the table re-pages the chart in the new order.
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { setPage(0); });
    connect(m_panel, &ReportChartPanel::statusMessage, this, &Pane::statusMessage);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &) {
        m_stale = true;
        if (isVisible())
            reload();
    });
}

void ReportCoursesPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *ReportCoursesPane::primaryFocus()
{
    return m_courses;
}

void ReportCoursesPane::reload()
{
    m_stale = false;
    const qint64 keep = m_courses->currentData().toLongLong();
    auto list = ReportScope::courses(context().db(), context().session());
    {
        const QSignalBlocker block(m_courses);
        m_courses->clear();
        if (list)
            for (const ReportCourseRef &c : std::as_const(*list))
                m_courses->addItem(tr("%1 (%n learner(s))", nullptr, c.learners).arg(c.name), c.id);
    }
    if (!list) {
        m_summary->setText(list.error().message);
        return;
    }
    if (m_courses->count() == 0) {
        m_summary->setText(tr("You have no courses to report on."));
        m_model->setReport({});
        setPage(0);
        return;
    }
    const int i = m_courses->findData(keep);
    m_courses->setCurrentIndex(i < 0 ? 0 : i);
    showCourse(m_courses->currentData().toLongLong());
}

bool ReportCoursesPane::showCourse(qint64 courseId)
{
    if (m_stale)
        reload();
    const int i = m_courses->findData(courseId);
    if (i >= 0 && i != m_courses->currentIndex()) {
        const QSignalBlocker block(m_courses);
        m_courses->setCurrentIndex(i);
    }
    auto report = ReportStore(context().db()).course(context().session(), courseId);
    if (!report) {
        m_summary->setText(report.error().message);
        m_model->setReport({});
        setPage(0);
        return false;
    }
    m_model->setReport(*report);
    int below = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        below += m_model->isBelowAverage(r) ? 1 : 0;
    const ReportCourseReport &c = m_model->report();
    QString text = tr("Course averages over %1 learners: %2 minutes a week, %3 messages a week, mandatory work %4, "
                      "optional work %5, grades %6.")
                       .arg(c.enrolled)
                       .arg(figure(c.minutesPerWeek, false), figure(c.messagesPerWeek, false),
                            figure(c.mandatoryRate, true), figure(c.optionalRate, true), figure(c.gradeAverage, true));
    if (!c.hasActivity())
        text += QLatin1Char(' ') + tr("No activity recorded for this course.");
    text += QLatin1Char(' ') +
            tr("%n learner(s) below the course average in most of their figures (in bold); each figure below the "
               "average is shaded.",
               nullptr, below);
    m_summary->setText(text);
    m_panel->table()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setPage(0);
    return true;
}

void ReportCoursesPane::setPage(int page)
{
    const int rows = m_model->rowCount();
    const int pages = std::max(1, (rows + kPageSize - 1) / kPageSize);
    m_page = std::clamp(page, 0, pages - 1);
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pages);
    m_pageLabel->setText(rows == 0 ? QString()
                                   : tr("Learners %1-%2 of %3")
                                         .arg(m_page * kPageSize + 1)
                                         .arg(std::min(rows, (m_page + 1) * kPageSize))
                                         .arg(rows));
    m_panel->refresh();
}

} // namespace md::ui
