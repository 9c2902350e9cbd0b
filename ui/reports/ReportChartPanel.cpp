// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportChartPanel.h"

#include "common/MessageBox.h"
#include "reports/ReportOutput.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

ReportChartPanel::ReportChartPanel(const QString &name, QAbstractItemModel *tableModel, QWidget *parent)
    : QWidget(parent), m_name(name)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_controls = new QHBoxLayout;
    m_controls->addStretch(1);
    m_png = new QPushButton(tr("E&xport PNG\u2026"), this);
    m_png->setAccessibleName(tr("Export the %1 chart as a PNG image").arg(name));
    m_png->setToolTip(tr("Save the chart as a PNG image"));
    m_print = new QPushButton(tr("Print c&hart\u2026"), this);
    m_print->setAccessibleName(tr("Print the %1 chart").arg(name));
    m_controls->addWidget(m_png);
    m_controls->addWidget(m_print);
    layout->addLayout(m_controls);

    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    m_stack = new QStackedWidget(splitter);
    m_view = new QChartView(m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("%1 chart").arg(name));
    m_view->setMinimumSize(360, 260);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("%1: no data").arg(name));
    m_empty->setStyleSheet(
        QStringLiteral("QLabel { color: #444; font-size: 13pt; border: 1px dashed #aaa; padding: 24px; }"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_table = new QTableView(splitter);
    m_table->setModel(tableModel);
    m_table->setAccessibleName(tr("%1 table").arg(name));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_png, &QPushButton::clicked, this, &ReportChartPanel::exportPngInteractive);
    connect(m_print, &QPushButton::clicked, this, &ReportChartPanel::printChart);
}

void ReportChartPanel::setBuilder(std::function<ReportChart()> build)
{
    m_build = std::move(build);
    refresh();
}

void ReportChartPanel::setShares(int chart, int table)
{
    m_splitter->setStretchFactor(0, chart);
    m_splitter->setStretchFactor(1, table);
    m_splitter->setSizes({chart * 100, table * 100});
}

void ReportChartPanel::addControl(QWidget *control)
{
    m_controls->insertWidget(0, control);
}

void ReportChartPanel::refresh()
{
    ReportChart chart = m_build ? m_build() : ReportChart{nullptr, tr("Choose a student.")};
    QChart *old = m_view->chart();
    if (chart.isEmpty()) {
        m_empty->setText(chart.empty);
        m_stack->setCurrentWidget(m_empty);
        m_view->setChart(new QChart);
    } else {
        m_view->setChart(chart.chart.release());
        m_stack->setCurrentWidget(m_view);
    }
    delete old; // setChart() leaves the old chart to its owner
    m_table->resizeColumnsToContents();
}

bool ReportChartPanel::showsChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString ReportChartPanel::emptyText() const
{
    return showsChart() ? QString() : m_empty->text();
}

QImage ReportChartPanel::image(const QSize &size) const
{
    ReportChart chart = m_build ? m_build() : ReportChart{nullptr, tr("Choose a student.")};
    return ReportOutput::render(std::move(chart), size);
}

Status ReportChartPanel::exportPng(const QString &path) const
{
    return ReportOutput::savePng(image(QSize(ReportOutput::kChartWidth, ReportOutput::kChartHeight)), path);
}

void ReportChartPanel::exportPngInteractive()
{
    const QString suggested =
        QDir::home().filePath(m_name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".png"));
    const QString path =
        ReportOutput::saveFileName(this, tr("Export the chart as PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPng(path); !s) {
        MessageBox::warning(this, tr("Export the chart"), s.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportChartPanel::printChart()
{
    if (Status s =
            ReportOutput::printImage(this, image(QSize(ReportOutput::kChartWidth, ReportOutput::kChartHeight)), m_name);
        !s)
        MessageBox::warning(this, tr("Print the chart"), s.error().message);
}

} // namespace md::ui
