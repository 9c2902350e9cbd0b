// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/DocumentPrinter.h"

#include "common/MessageBox.h"
#include "referrals/HubDocuments.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QStandardPaths>
#include <QTextDocument>

namespace md::ui {

void DocumentPrinter::print(QWidget *parent, const QString &html, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    HubDocuments::render(html, &printer);
}

void DocumentPrinter::preview(QWidget *parent, const QString &html, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(title));
    dialog.setAccessibleName(tr("Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&html](QPrinter *p) { HubDocuments::render(html, p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

QString DocumentPrinter::savePdf(QWidget *parent, const QString &html, const QString &title, const QString &fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Save %1 as PDF").arg(title),
                                                QDir(folder).filePath(fileName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status s = HubDocuments::writePdf(html, path, title); !s) {
        MessageBox::warning(parent, tr("The PDF was not saved"), s.error().message);
        return {};
    }
    return path;
}

} // namespace md::ui
