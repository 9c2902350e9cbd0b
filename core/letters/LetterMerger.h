// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "letters/MergeFields.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace md {

// Finds, checks and fills the merge fields of a template body. Fields are written {{key}} in the
// HTML the rich-text editor saves. A field that is unknown, not allowed for the letter's type or
// broken (an unclosed {{, or formatting that splits it) is an error, never a blank; a known field
// with no data becomes a visible "missing" marker that stops the letter being issued.
class LetterMerger
{
    Q_DECLARE_TR_FUNCTIONS(md::LetterMerger)
public:
    struct Token
    {
        qsizetype start = 0;  // in the scanned text
        qsizetype length = 0; // of the whole {{...}}
        QString key;          // trimmed content
    };
    struct Problem
    {
        qsizetype start = 0; // in the scanned text
        qsizetype length = 0;
        QString message;
    };
    struct Scan
    {
        QList<Token> tokens;
        QList<Problem> problems; // broken fields
    };

    // Finds the {{fields}} and the broken ones in `text` (HTML or the plain text of one paragraph).
    static Scan scan(const QString &text);
    // Every problem with the fields of `text` for a letter of `type`, in order: unknown fields,
    // fields of another type, broken fields. Empty when the template can be merged.
    static QList<Problem> check(const QString &text, LetterType type,
                                const MergeFieldRegistry &registry = MergeFieldRegistry::instance());
    static QStringList checkMessages(const QString &text, LetterType type,
                                     const MergeFieldRegistry &registry = MergeFieldRegistry::instance());

    struct Merged
    {
        QString html;
        QStringList missing; // labels of the fields that had no data for this letter
    };
    // Fills every field; refuses (Invalid, every problem in details) a body that check() faults.
    static Result<Merged> merge(const QString &html, const MergeContext &context,
                                const MergeFieldRegistry &registry = MergeFieldRegistry::instance());

    // What stops a merged (and perhaps edited) letter from being issued: missing-data markers
    // still in it, and fields that were typed into the draft and never merged.
    static QStringList issueBlockers(const QString &html);

    // The visible marker put where data is missing: "⟦missing: Attendance figure⟧".
    static QString missingMarker(const QString &label);

    // For the editor: gives each {{field}} one character format, so that bold on half a field
    // cannot split it in the saved HTML. Returns how many fields were changed.
    static int normaliseFieldFormats(QTextDocument &document);
};

} // namespace md
