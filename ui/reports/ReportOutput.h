// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/ReportData.h"
#include "reports/ReportImpact.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>

class QPagedPaintDevice;
class QWidget;

namespace md::ui {

struct ReportChart;

// Getting the 360° report out of the window: a chart as PNG or on paper, and the one-page student
// summary (the four charts and the key figures) for the hub's termly review, printed or saved as
// PDF. Files are written through QSaveFile, so a failure leaves an earlier file untouched.
class ReportOutput
{
    Q_DECLARE_TR_FUNCTIONS(md::ui::ReportOutput)
public:
    // A chart (or its "no data" sentence) drawn into an image of `size` pixels; takes the chart.
    static QImage render(ReportChart &&chart, const QSize &size);
    static Status savePng(const QImage &image, const QString &path);
    // Prints the image on one page, scaled to fit, with a title above it.
    static Status printImage(QWidget *parent, const QImage &image, const QString &title);

    // The one-page summary: title, key figures, the four charts in a 2 x 2 grid.
    static Status renderSummary(QPagedPaintDevice &device, const ReportStudentReport &report,
                                const QList<ReportImpactRow> &impact, const QList<QImage> &charts);
    static Status saveSummaryPdf(const QString &path, const ReportStudentReport &report,
                                 const QList<ReportImpactRow> &impact, const QList<QImage> &charts);
    static Status printSummary(QWidget *parent, const ReportStudentReport &report, const QList<ReportImpactRow> &impact,
                               const QList<QImage> &charts);
    // The key figures of the summary, one line each.
    static QStringList keyFigures(const ReportStudentReport &report, const QList<ReportImpactRow> &impact);

    // Asks where to save (a file dialog), or returns what a test set with setNextSaveFileName.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    static void setNextSaveFileName(const QString &path);
    // Tests: skip the print dialog and print to this PDF file instead.
    static void setPrintToFile(const QString &path);

    static constexpr int kChartWidth = 1100;
    static constexpr int kChartHeight = 700;
};

} // namespace md::ui
