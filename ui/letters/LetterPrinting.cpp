// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterPrinting.h"

#include "common/MessageBox.h"

#include <QApplication>
#include <QFileDialog>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>

#include <memory>
#include <optional>

namespace md::ui {

namespace {
std::optional<QString> g_nextSaveFileName;
std::optional<bool> g_nextPrintAnswer;
std::function<void(QPrintPreviewDialog *)> g_previewHook;

void preparePrinter(QPrinter &printer, const QString &title)
{
    printer.setPageLayout(LetterRenderer::pageLayout());
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Mentor Desk"));
}
} // namespace

void LetterPrinting::setNextSaveFileName(const QString &path)
{
    g_nextSaveFileName = path;
}

void LetterPrinting::setPreviewHook(std::function<void(QPrintPreviewDialog *)> hook)
{
    g_previewHook = std::move(hook);
}

void LetterPrinting::setNextPrintAnswer(bool accept)
{
    g_nextPrintAnswer = accept;
}

LetterRenderer::Progress LetterPrinting::progressFor(QWidget *parent, int total, const QString &label, bool *cancelled)
{
    // A single letter is quick: no progress window flashing by.
    if (total < 2)
        return {};
    auto dialog = std::make_shared<QProgressDialog>(label, tr("Cancel"), 0, total, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAccessibleName(tr("Progress"));
    dialog->setAutoClose(true);
    return [dialog, cancelled, total](int done, int) {
        dialog->setValue(done);
        dialog->setLabelText(tr("Letter %1 of %2\u2026").arg(done).arg(total));
        if (dialog->wasCanceled()) {
            if (cancelled)
                *cancelled = true;
            return false;
        }
        return true;
    };
}

bool LetterPrinting::preview(QWidget *parent, const QList<RenderLetter> &letters, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(title));
    dialog.setAccessibleName(tr("Print preview"));
    dialog.resize(900, 1000);
    QString failure;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        bool cancelled = false;
        LetterRenderer renderer;
        auto done = renderer.render(
            *target, letters, progressFor(&dialog, int(letters.size()), tr("Preparing the preview\u2026"), &cancelled));
        if (!done)
            failure = done.error().message;
    });
    if (g_previewHook) {
        QPointer<QPrintPreviewDialog> guard(&dialog);
        QTimer::singleShot(0, &dialog, [guard] {
            auto hook = std::move(g_previewHook);
            g_previewHook = nullptr;
            if (guard)
                hook(guard);
        });
    }
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!failure.isEmpty())
        MessageBox::warning(parent, tr("Print preview"), failure);
    return printed && failure.isEmpty();
}

Result<RenderSummary> LetterPrinting::print(QWidget *parent, const QList<RenderLetter> &letters, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, title);
    bool accepted = false;
    if (g_nextPrintAnswer) {
        accepted = *g_nextPrintAnswer;
        g_nextPrintAnswer.reset();
    } else {
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(tr("Print %n letter(s)", nullptr, int(letters.size())));
        accepted = dialog.exec() == QDialog::Accepted;
    }
    if (!accepted) {
        RenderSummary none;
        none.cancelled = true;
        return none;
    }
    bool cancelled = false;
    LetterRenderer renderer;
    return renderer.render(printer, letters,
                           progressFor(parent, int(letters.size()), tr("Printing\u2026"), &cancelled));
}

Result<RenderSummary> LetterPrinting::savePdf(QWidget *parent, const QList<RenderLetter> &letters, const QString &title,
                                              QString *path)
{
    QString file;
    if (g_nextSaveFileName) {
        file = *g_nextSaveFileName;
        g_nextSaveFileName.reset();
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString suggested = title;
        suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
        file = QFileDialog::getSaveFileName(parent, tr("Save letters as PDF"),
                                            dir + QLatin1Char('/') + suggested + QStringLiteral(".pdf"),
                                            tr("PDF documents (*.pdf)"));
    }
    if (file.isEmpty()) {
        RenderSummary none;
        none.cancelled = true;
        return none;
    }
    if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        file += QStringLiteral(".pdf");
    if (path)
        *path = file;
    bool cancelled = false;
    LetterRenderer renderer;
    return renderer.renderPdf(file, letters,
                              progressFor(parent, int(letters.size()), tr("Saving the PDF\u2026"), &cancelled), title);
}

} // namespace md::ui
