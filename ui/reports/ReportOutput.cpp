// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportOutput.h"

#include "reports/ReportCharts.h"
#include "reports/ReportStudentModels.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileDialog>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>

#include <optional>

namespace md::ui {

namespace {

std::optional<QString> g_nextSaveFileName;
QString g_printToFile;

QString pct(double v)
{
    return QLocale().toString(v, 'f', 0) + QLatin1Char('%');
}

// Runs the print dialog (or, in tests, prints to a PDF file). False when the user cancelled.
bool preparePrinter(QWidget *parent, QPrinter &printer, const QString &title)
{
    printer.setDocName(title);
    if (!g_printToFile.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(g_printToFile);
        return true;
    }
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

QImage ReportOutput::render(ReportChart &&chart, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    if (chart.isEmpty()) {
        p.setPen(QColor(0x99, 0x99, 0x99));
        p.drawRect(image.rect().adjusted(0, 0, -1, -1));
        QFont f = p.font();
        f.setPixelSize(std::max(12, size.height() / 22));
        p.setFont(f);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(image.rect().adjusted(size.width() / 10, 0, -size.width() / 10, 0),
                   Qt::AlignCenter | Qt::TextWordWrap, chart.empty);
        return image;
    }
    // An offscreen view of its own takes the chart and draws it at the size asked for. The chart is
    // given to the constructor: a view made without one makes a chart of its own, which setChart()
    // leaves to nobody (LeakSanitizer found it leaked on every render).
    QChartView view(chart.chart.release());
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(size);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    QCoreApplication::sendPostedEvents();
    p.end();
    image = view.grab().toImage();
    view.hide();
    return image;
}

Status ReportOutput::savePng(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("%1 could not be written: %2").arg(path, file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return Error::io(tr("%1 could not be written as a PNG image.").arg(path));
    }
    if (!file.commit())
        return Error::io(tr("%1 could not be saved: %2").arg(path, file.errorString()));
    return {};
}

Status ReportOutput::printImage(QWidget *parent, const QImage &image, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    if (!preparePrinter(parent, printer, title))
        return {};
    QPainter p;
    if (!p.begin(&printer))
        return Error::io(tr("The printer could not be opened for drawing."));
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    const QRect area(0, 0, page.width(), page.height());
    QFont f = p.font();
    f.setPointSizeF(14);
    f.setBold(true);
    p.setFont(f);
    const int titleHeight = p.fontMetrics().height() * 2;
    p.drawText(QRect(0, 0, area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    const QSize fitted = image.size().scaled(area.width(), area.height() - titleHeight, Qt::KeepAspectRatio);
    p.drawImage(QRect(QPoint(0, titleHeight), fitted), image);
    p.end();
    return {};
}

QStringList ReportOutput::keyFigures(const ReportStudentReport &report, const QList<ReportImpactRow> &impact)
{
    QStringList lines;
    const QLocale locale;
    if (report.pastoral) {
        if (report.attendanceFigure)
            lines << tr("Attendance this year (MIS): %1")
                         .arg(locale.toString(*report.attendanceFigure, 'f', 1) + QLatin1Char('%'));
        if (!report.attendance.isEmpty()) {
            const int n = std::min<int>(6, int(report.attendance.size()));
            double sum = 0;
            for (int i = int(report.attendance.size()) - n; i < report.attendance.size(); ++i)
                sum += report.attendance.at(i).percent;
            lines << tr("Attendance over the last %1 weeks recorded: %2").arg(n).arg(pct(sum / n));
        }
    }
    double mine = 0, cls = 0;
    int courses = 0;
    for (const ReportActivityCourse &c : report.activity) {
        const auto m = ReportActivityModel::minutesPerWeek(c);
        const auto a = ReportActivityModel::classMinutesPerWeek(c);
        if (m && a) {
            mine += *m;
            cls += *a;
            ++courses;
        }
    }
    if (courses > 0)
        lines << tr("Time in courses: %1 minutes a week (class average %2) over %3 courses")
                     .arg(locale.toString(mine, 'f', 0), locale.toString(cls, 'f', 0))
                     .arg(courses);
    else
        lines << tr("Time in courses: no activity recorded");
    int done = 0, total = 0, overdue = 0;
    double classRate = 0;
    int classN = 0;
    for (const ReportProgressCourse &p : report.progress) {
        done += p.mandatoryDone;
        total += p.mandatoryTotal;
        overdue += p.overdue;
        if (p.classMandatoryRate) {
            classRate += *p.classMandatoryRate;
            ++classN;
        }
    }
    if (total > 0)
        lines << tr("Mandatory work completed: %1 of %2 (%3; class %4), %5 overdue")
                     .arg(done)
                     .arg(total)
                     .arg(pct(100.0 * done / total))
                     .arg(classN ? pct(classRate / classN) : QStringLiteral("\u2014"))
                     .arg(overdue);
    else
        lines << tr("Mandatory work: none recorded");
    double g = 0, ga = 0;
    int gn = 0, gan = 0;
    for (const ReportGradesCourse &c : report.grades)
        for (const ReportGrade &grade : c.grades) {
            g += grade.percent;
            ++gn;
            if (grade.courseAverage) {
                ga += *grade.courseAverage;
                ++gan;
            }
        }
    if (gn > 0)
        lines << tr("Grades: %1 of the scale on average (course averages %2)")
                     .arg(pct(g / gn), gan ? pct(ga / gan) : QStringLiteral("\u2014"));
    else
        lines << tr("Grades: none recorded");
    if (report.pastoral) {
        if (!report.ratings.isEmpty()) {
            double r = 0;
            for (const ReportRating &rating : report.ratings)
                r += rating.rating;
            lines << tr("1:1 sessions: %1 rated, mean %2 of 5")
                         .arg(report.ratings.size())
                         .arg(locale.toString(r / double(report.ratings.size()), 'f', 1));
        }
        if (!report.behaviourAvailable)
            lines << tr("Behaviour: no behaviour data");
        for (const ReportImpactRow &row : impact) {
            if (row.measure != ReportImpactRow::Measure::Attendance &&
                row.measure != ReportImpactRow::Measure::NegativePoints)
                continue;
            lines << tr("%1 \u2013 %2: before %3, during %4, after %5 (change %6)")
                         .arg(row.intervention, ReportImpact::measureName(row.measure),
                              ReportImpactModel::format(row.measure, row.before),
                              ReportImpactModel::format(row.measure, row.during),
                              ReportImpactModel::format(row.measure, row.after),
                              ReportImpactModel::format(row.measure, row.change(), true));
        }
    }
    return lines;
}

Status ReportOutput::renderSummary(QPagedPaintDevice &device, const ReportStudentReport &report,
                                   const QList<ReportImpactRow> &impact, const QList<QImage> &charts)
{
    QPainter p;
    if (!p.begin(&device))
        return Error::io(tr("The printer or PDF file could not be opened for drawing."));
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const int dpi = device.logicalDpiY();
    const QRect page = device.pageLayout().paintRectPixels(dpi);
    const int w = page.width();
    const int h = page.height();
    auto pt = [dpi](double points) { return int(points * dpi / 72.0); };

    QFont title = p.font();
    title.setPointSizeF(16);
    title.setBold(true);
    p.setFont(title);
    p.setPen(QColor(0x1d, 0x35, 0x57));
    int y = 0;
    const int titleH = p.fontMetrics().height();
    p.drawText(QRect(0, y, w, titleH), Qt::AlignLeft | Qt::AlignVCenter,
               tr("360\u00b0 summary: %1").arg(report.studentName));
    y += titleH;
    QFont body = p.font();
    body.setPointSizeF(9);
    body.setBold(false);
    p.setFont(body);
    p.setPen(Qt::black);
    const QLocale locale;
    const int lineH = p.fontMetrics().height();
    p.drawText(QRect(0, y, w, lineH), Qt::AlignLeft,
               tr("%1 \u00b7 %2 to %3 \u00b7 printed %4")
                   .arg(report.yearAndGroup, locale.toString(report.from, QLocale::ShortFormat),
                        locale.toString(report.to, QLocale::ShortFormat),
                        locale.toString(QDate::currentDate(), QLocale::ShortFormat)));
    y += lineH + pt(6);
    for (const QString &line : keyFigures(report, impact)) {
        const QRect r =
            p.boundingRect(QRect(0, y, w, h), Qt::AlignLeft | Qt::TextWordWrap, QStringLiteral("\u2022 ") + line);
        if (y + r.height() > h / 3)
            break; // the charts keep at least two thirds of the page
        p.drawText(QRect(0, y, w, r.height()), Qt::AlignLeft | Qt::TextWordWrap, QStringLiteral("\u2022 ") + line);
        y += r.height();
    }
    y += pt(6);
    const int gap = pt(6);
    const int cellW = (w - gap) / 2;
    const int cellH = (h - y - gap) / 2;
    for (int i = 0; i < charts.size() && i < 4; ++i) {
        const QRect cell((i % 2) * (cellW + gap), y + (i / 2) * (cellH + gap), cellW, cellH);
        const QSize fitted = charts.at(i).size().scaled(cell.size(), Qt::KeepAspectRatio);
        p.drawImage(QRect(cell.topLeft(), fitted), charts.at(i));
    }
    p.end();
    return {};
}

Status ReportOutput::saveSummaryPdf(const QString &path, const ReportStudentReport &report,
                                    const QList<ReportImpactRow> &impact, const QList<QImage> &charts)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("%1 could not be written: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
                                         QPageLayout::Millimeter));
        writer.setCreator(QStringLiteral("Mentor Desk"));
        writer.setTitle(tr("360\u00b0 summary"));
        if (Status s = renderSummary(writer, report, impact, charts); !s) {
            file.cancelWriting();
            return s;
        }
    }
    if (!file.commit())
        return Error::io(tr("%1 could not be saved: %2").arg(path, file.errorString()));
    return {};
}

Status ReportOutput::printSummary(QWidget *parent, const ReportStudentReport &report,
                                  const QList<ReportImpactRow> &impact, const QList<QImage> &charts)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
    if (!preparePrinter(parent, printer, tr("360\u00b0 summary")))
        return {};
    return renderSummary(printer, report, impact, charts);
}

QString ReportOutput::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                   const QString &filter)
{
    if (g_nextSaveFileName) {
        const QString path = *g_nextSaveFileName;
        g_nextSaveFileName.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void ReportOutput::setNextSaveFileName(const QString &path)
{
    g_nextSaveFileName = path;
}

void ReportOutput::setPrintToFile(const QString &path)
{
    g_printToFile = path;
}

} // namespace md::ui
