// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterRenderer.h"

#include "letters/LettersLogging.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QThread>
#include <QUrl>

namespace md {

namespace {

// Letters are laid out in CSS pixels (96 to the inch) and scaled to the device, like a browser
// prints: the same line and page breaks on every printer and in every PDF.
constexpr double kUnitsPerInch = 96.0;
constexpr double kFooterMm = 11.0;
constexpr int kPdfResolution = 300;

double mmToUnits(double mm)
{
    return mm / 25.4 * kUnitsPerInch;
}

// Only tells QTextDocument the resolution to lay out at; nothing is ever painted on it.
QPaintDevice &layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(kUnitsPerInch / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return device;
}

const QUrl &logoUrl()
{
    static const QUrl url(QStringLiteral("md-letterhead:logo"));
    return url;
}

// The letterhead as HTML: logo on the left, the school's name, address and contact on the right,
// a rule underneath.
QString letterheadHtml(const Letterhead &l, bool hasLogo)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    if (hasLogo)
        html +=
            QStringLiteral("<td width=\"30%\" valign=\"middle\"><img src=\"md-letterhead:logo\" height=\"76\" /></td>");
    html += QStringLiteral("<td valign=\"middle\" align=\"right\">"
                           "<p align=\"right\" style=\"margin-top:0px; margin-bottom:2px;\">"
                           "<span style=\"font-size:15pt; font-weight:700; color:#1d3557;\">") +
            l.schoolName.toHtmlEscaped() + QStringLiteral("</span></p>");
    QStringList lines;
    for (const QString &line : l.addressLines())
        lines << line.toHtmlEscaped();
    if (!lines.isEmpty())
        html += QStringLiteral(
                    "<p align=\"right\" style=\"margin-top:0px; margin-bottom:2px;\"><span style=\"font-size:9pt;\">") +
                lines.join(QStringLiteral("<br />")) + QStringLiteral("</span></p>");
    if (!l.contact.trimmed().isEmpty())
        html += QStringLiteral(
                    "<p align=\"right\" style=\"margin-top:0px; margin-bottom:0px;\"><span style=\"font-size:9pt;\">") +
                l.contact.trimmed().toHtmlEscaped() + QStringLiteral("</span></p>");
    html += QStringLiteral("</td></tr></table><hr />");
    return html;
}

// The body's HTML with the letterhead put first inside <body>, so the body keeps its own style.
QString withLetterhead(const QString &body, const QString &letterhead)
{
    const qsizetype bodyTag = body.indexOf(QLatin1String("<body"), 0, Qt::CaseInsensitive);
    if (bodyTag < 0)
        return letterhead + body;
    const qsizetype end = body.indexOf(QLatin1Char('>'), bodyTag);
    if (end < 0)
        return letterhead + body;
    QString out = body;
    out.insert(end + 1, letterhead);
    return out;
}

} // namespace

LetterRenderer::LetterRenderer() = default;
LetterRenderer::~LetterRenderer() = default;

QPageLayout LetterRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 15, 20, 15),
                       QPageLayout::Millimeter);
}

QFont LetterRenderer::bodyFont()
{
    QFont f;
    f.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    // No ligatures where the script does not need them: a PDF searched for "Griffin" must find it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(10.5);
    return f;
}

const LetterRenderer::Logo &LetterRenderer::logoFor(const Letterhead &letterhead)
{
    auto it = m_logos.constFind(letterhead.logoPng);
    if (it == m_logos.constEnd()) {
        Logo logo;
        if (!letterhead.logoPng.isEmpty())
            logo.image = QImage::fromData(letterhead.logoPng);
        // QTextDocument draws images as pixmaps on the GUI thread; handing it one QPixmap for the
        // whole batch lets the PDF engine embed the logo once instead of once a page.
        if (!logo.image.isNull() && qobject_cast<QGuiApplication *>(QCoreApplication::instance()) &&
            QThread::currentThread() == QCoreApplication::instance()->thread())
            logo.pixmap = QPixmap::fromImage(logo.image);
        it = m_logos.insert(letterhead.logoPng, logo);
    }
    return *it;
}

std::unique_ptr<QTextDocument> LetterRenderer::layOut(const RenderLetter &letter, const QSizeF &pageSize)
{
    static const Letterhead none;
    const Letterhead &head = letter.letterhead ? *letter.letterhead : none;
    const Logo &logo = logoFor(head);
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&layoutDevice());
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(bodyFont());
    const QString html = head.schoolName.isEmpty()
                             ? letter.bodyHtml
                             : withLetterhead(letter.bodyHtml, letterheadHtml(head, !logo.image.isNull()));
    doc->setHtml(html);
    if (!logo.pixmap.isNull())
        doc->addResource(QTextDocument::ImageResource, logoUrl(), logo.pixmap);
    else if (!logo.image.isNull())
        doc->addResource(QTextDocument::ImageResource, logoUrl(), logo.image);
    doc->setPageSize(pageSize);
    return doc;
}

Result<RenderSummary> LetterRenderer::render(QPagedPaintDevice &device, const QList<RenderLetter> &letters,
                                             const Progress &progress)
{
    if (letters.isEmpty())
        return Error::invalid(tr("There are no letters to print."));
    QElapsedTimer timer;
    timer.start();
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(tr("The printer or PDF file could not be opened for drawing."));
    const int dpi = device.logicalDpiY();
    const QRect paintRect = device.pageLayout().paintRectPixels(dpi);
    const double scale = dpi / kUnitsPerInch;
    const double footerUnits = mmToUnits(kFooterMm);
    const QSizeF page(paintRect.width() / scale, paintRect.height() / scale - footerUnits);
    if (page.width() < 100 || page.height() < 100)
        return Error::invalid(tr("The page is too small for a letter: choose A4 paper."));

    QFont footerFont = bodyFont();
    footerFont.setPointSizeF(7.5);
    const QPen rule(QColor(0x99, 0x99, 0x99), qMax(1.0, dpi / 200.0));

    RenderSummary summary;
    bool firstPage = true;
    for (int i = 0; i < letters.size(); ++i) {
        const RenderLetter &letter = letters.at(i);
        std::unique_ptr<QTextDocument> doc = layOut(letter, page);
        const int pages = doc->pageCount();
        const QString footer = letter.letterhead ? letter.letterhead->footer.trimmed() : QString();
        for (int p = 0; p < pages; ++p) {
            if (!firstPage && !device.newPage()) {
                painter.end();
                return Error::io(tr("The printer or PDF file refused a new page."));
            }
            firstPage = false;

            painter.save();
            painter.scale(scale, scale);
            const QRectF view(0, p * page.height(), page.width(), page.height());
            painter.translate(0, -view.top());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = view;
            ctx.palette.setColor(QPalette::Text, Qt::black);
            doc->documentLayout()->draw(&painter, ctx);
            painter.restore();

            // The footer in device units, so its point size is true on every device.
            const double top = paintRect.height() - footerUnits * scale;
            painter.setPen(rule);
            painter.drawLine(QPointF(0, top + 2 * scale), QPointF(paintRect.width(), top + 2 * scale));
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.setFont(footerFont);
            const QRectF band(0, top + 5 * scale, paintRect.width(), footerUnits * scale - 5 * scale);
            QStringList right;
            if (!letter.reference.isEmpty())
                right << tr("Ref. %1").arg(letter.reference);
            if (pages > 1)
                right << tr("Page %1 of %2").arg(p + 1).arg(pages);
            const double rightWidth = right.isEmpty() ? 0 : band.width() * 0.28;
            painter.drawText(QRectF(band.left(), band.top(), band.width() - rightWidth, band.height()),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, footer);
            if (!right.isEmpty())
                painter.drawText(QRectF(band.right() - rightWidth, band.top(), rightWidth, band.height()),
                                 Qt::AlignRight | Qt::AlignTop, right.join(QStringLiteral("   ")));
            ++summary.pages;
        }
        ++summary.letters;
        if (progress && !progress(i + 1, int(letters.size()))) {
            summary.cancelled = true;
            break;
        }
    }
    painter.end();
    qCInfo(lcLetters) << "rendered" << summary.letters << "letters on" << summary.pages << "pages in" << timer.elapsed()
                      << "ms" << (summary.cancelled ? "(cancelled)" : "");
    return summary;
}

Result<RenderSummary> LetterRenderer::renderPdf(const QString &path, const QList<RenderLetter> &letters,
                                                const Progress &progress, const QString &title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("%1 could not be written: %2").arg(path, file.errorString()));
    RenderSummary summary;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(pageLayout());
        writer.setCreator(QStringLiteral("Mentor Desk"));
        writer.setTitle(title.isEmpty() ? tr("Letters") : title);
        auto rendered = render(writer, letters, progress);
        if (!rendered) {
            file.cancelWriting();
            return rendered.error();
        }
        summary = *rendered;
    }
    if (summary.cancelled) {
        file.cancelWriting();
        return summary;
    }
    if (!file.commit())
        return Error::io(tr("%1 could not be saved: %2").arg(path, file.errorString()));
    return summary;
}

} // namespace md
