// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace md::ui {

// Prints a core document (HTML for QTextDocument) through the print dialog, shows it in print
// preview, or saves it as PDF through core (HubDocuments::writePdf), so the desk and the command
// line produce the same file.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(md::ui::DocumentPrinter)
public:
    static void print(QWidget *parent, const QString &html, const QString &title);
    static void preview(QWidget *parent, const QString &html, const QString &title);
    // Asks where to save (suggesting `fileName`), then writes; errors are shown. Returns the path.
    static QString savePdf(QWidget *parent, const QString &html, const QString &title, const QString &fileName);
};

} // namespace md::ui
