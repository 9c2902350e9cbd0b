// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportCharts.h"

#include <QImage>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QChartView;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace md::ui {

// One tab of a 360° report: a chart with its table beside it, and buttons to export the chart as
// PNG and to print it. When there is nothing to draw the chart's place says so in words.
class ReportChartPanel : public QWidget
{
    Q_OBJECT
public:
    // `name` is the chart's name for accessibility and file names ("Activity").
    ReportChartPanel(const QString &name, QAbstractItemModel *tableModel, QWidget *parent = nullptr);

    // How to build the chart; called now and on every refresh() and export.
    void setBuilder(std::function<ReportChart()> build);
    void refresh();
    // How the width is shared between the chart and the table (3:2 unless set).
    void setShares(int chart, int table);
    // Puts a control (a course chooser) at the start of the button row.
    void addControl(QWidget *control);

    bool showsChart() const;
    QString emptyText() const;
    QChartView *chartView() const { return m_view; }
    QTableView *table() const { return m_table; }
    // The chart drawn afresh at a fixed size (the same image whatever the window's size).
    QImage image(const QSize &size) const;

    Status exportPng(const QString &path) const;

public Q_SLOTS:
    void exportPngInteractive();
    void printChart();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QString m_name;
    std::function<ReportChart()> m_build;
    QHBoxLayout *m_controls = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_png = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace md::ui
