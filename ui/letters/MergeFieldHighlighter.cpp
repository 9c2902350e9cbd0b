// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/MergeFieldHighlighter.h"

#include "letters/LetterMerger.h"

namespace md::ui {

MergeFieldHighlighter::MergeFieldHighlighter(QTextDocument *document, Mode mode, LetterType type)
    : QSyntaxHighlighter(document), m_mode(mode), m_type(type)
{
}

void MergeFieldHighlighter::setLetterType(LetterType type)
{
    if (type == m_type)
        return;
    m_type = type;
    rehighlight();
}

void MergeFieldHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat good;
    good.setBackground(QColor(0xe3, 0xee, 0xfc));
    good.setForeground(QColor(0x1d, 0x35, 0x57));
    QTextCharFormat bad;
    bad.setBackground(QColor(0xfd, 0xe2, 0xe2));
    bad.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    bad.setUnderlineColor(QColor(0xc0, 0x1c, 0x1c));

    if (text.contains(QLatin1String("{{")) || text.contains(QLatin1String("}}"))) {
        const LetterMerger::Scan scan = LetterMerger::scan(text);
        const QList<LetterMerger::Problem> problems =
            m_mode == Mode::Template ? LetterMerger::check(text, m_type) : QList<LetterMerger::Problem>();
        for (const LetterMerger::Token &t : scan.tokens) {
            bool faulty = m_mode == Mode::Draft;
            for (const LetterMerger::Problem &p : problems)
                faulty = faulty || (p.start == t.start && p.length == t.length);
            setFormat(int(t.start), int(t.length), faulty ? bad : good);
        }
        for (const LetterMerger::Problem &p : scan.problems) {
            // Underline the broken field up to the next space, where the eye looks for it.
            qsizetype end = p.start + p.length;
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
            setFormat(int(p.start), int(end - p.start), bad);
        }
    }
    // Gaps a merge left in a draft: ⟦missing: ...⟧.
    qsizetype from = 0;
    while ((from = text.indexOf(QChar(0x27E6), from)) >= 0) {
        qsizetype end = text.indexOf(QChar(0x27E7), from);
        end = end < 0 ? text.size() : end + 1;
        setFormat(int(from), int(end - from), bad);
        from = end;
    }
}

} // namespace md::ui
