// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "letters/LetterRenderer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QPrintPreviewDialog;
class QWidget;

namespace md::ui {

// Print preview, printing and saving as PDF for a batch of letters: A4 with the letter margins,
// one document or print job, progress shown and cancellable for long batches.
class LetterPrinting
{
    Q_DECLARE_TR_FUNCTIONS(md::ui::LetterPrinting)
public:
    // Shows QPrintPreviewDialog; true when the user printed from it.
    static bool preview(QWidget *parent, const QList<RenderLetter> &letters, const QString &title);
    // Asks for a printer (QPrintDialog) and prints; `cancelled` in the summary when the user said no.
    static Result<RenderSummary> print(QWidget *parent, const QList<RenderLetter> &letters, const QString &title);
    // Asks for a file name and writes one PDF; the chosen path in *path.
    static Result<RenderSummary> savePdf(QWidget *parent, const QList<RenderLetter> &letters, const QString &title,
                                         QString *path = nullptr);

    // Tests: the next save dialog answers this path at once (empty: as if cancelled).
    static void setNextSaveFileName(const QString &path);
    // Tests: called with the preview dialog once it is showing, instead of waiting for the user.
    static void setPreviewHook(std::function<void(QPrintPreviewDialog *)> hook);
    // Tests: the next print dialog is accepted (true) or cancelled (false) at once.
    static void setNextPrintAnswer(bool accept);

private:
    static LetterRenderer::Progress progressFor(QWidget *parent, int total, const QString &label, bool *cancelled);
};

} // namespace md::ui
