// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterTerms.h"

#include <QSyntaxHighlighter>

namespace md::ui {

// Shows merge fields while a template or a draft is edited: known fields tinted, unknown or
// broken ones (and "missing" gaps in a draft) underlined in red. The problems are also listed in
// words beside the editor, so colour is never the only signal.
class MergeFieldHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Mode
    {
        Template, // {{fields}} are expected; unknown ones are errors
        Draft,    // a merged letter: any {{field}} or gap is an error
    };

    MergeFieldHighlighter(QTextDocument *document, Mode mode, LetterType type = LetterType::Attendance);
    void setLetterType(LetterType type);

protected:
    void highlightBlock(const QString &text) override;

private:
    Mode m_mode;
    LetterType m_type;
};

} // namespace md::ui
