// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "letters/Letterhead.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPixmap>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace md {

// One letter ready to print: its merged body, the letterhead it goes out with and its reference.
struct RenderLetter
{
    QString bodyHtml;
    std::shared_ptr<const Letterhead> letterhead;
    QString reference; // "L-000042", or empty for a preview
};

struct RenderSummary
{
    int letters = 0;
    int pages = 0;
    bool cancelled = false;
};

// Lays letters out on A4 pages (the letterhead at the top of each letter's first page, the footer
// at the foot of every page) and paints them into a QPdfWriter or a QPrinter: a batch is one
// document or one print job, each letter starting on a new page. Layout happens at 96 units per
// inch whatever the device, so a letter breaks its lines and pages the same on screen, in a PDF
// and on paper.
class LetterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(md::LetterRenderer)
public:
    // Called after each letter; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    LetterRenderer();
    ~LetterRenderer();

    // A4 portrait with the school's letter margins (20 mm sides, 15 mm top and bottom).
    static QPageLayout pageLayout();
    // The body text's default font (the editor uses it too, so what you type is what prints).
    static QFont bodyFont();

    // Paints the letters into `device` (its page layout is used as set; see pageLayout()).
    Result<RenderSummary> render(QPagedPaintDevice &device, const QList<RenderLetter> &letters,
                                 const Progress &progress = {});
    // Writes the letters to one PDF through a QSaveFile: a failed or cancelled run leaves any
    // earlier file at `path` untouched.
    Result<RenderSummary> renderPdf(const QString &path, const QList<RenderLetter> &letters,
                                    const Progress &progress = {}, const QString &title = {});

    // The laid-out document of one letter (letterhead included), for tests and the preview.
    std::unique_ptr<QTextDocument> layOut(const RenderLetter &letter, const QSizeF &pageSize);

private:
    struct Logo
    {
        QImage image;
        QPixmap pixmap; // what QTextDocument draws with on the GUI thread
    };
    const Logo &logoFor(const Letterhead &letterhead);

    QHash<QByteArray, Logo> m_logos;
};

} // namespace md
