// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/RichTextToolBar.h"

#include <QAction>
#include <QActionGroup>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QKeyEvent>
#include <QTextList>

namespace md::ui {

RichTextToolBar::RichTextToolBar(QTextEdit *editor, QWidget *parent) : QToolBar(parent), m_editor(editor)
{
    setAccessibleName(tr("Formatting"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        QAction *a = addAction(text);
        a->setCheckable(true);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(key.isEmpty()
                          ? tip
                          : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        // The keys work while typing in the editor: it claims them (eventFilter), so the
        // window's own use of Ctrl+I or Ctrl+L elsewhere does not make them ambiguous.
        a->setProperty(kEditorClaimsShortcut, true);
        return a;
    };
    m_editor->installEventFilter(this);
    m_bold = make(tr("Bold"), QKeySequence::Bold, tr("Bold"));
    QFont f = font();
    f.setBold(true);
    m_bold->setFont(f);
    m_italic = make(tr("Italic"), QKeySequence::Italic, tr("Italic"));
    m_underline = make(tr("Underline"), QKeySequence::Underline, tr("Underline"));
    addSeparator();
    m_bullets = make(tr("Bullets"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), tr("Bulleted list"));
    addSeparator();
    m_left = make(tr("Left"), QKeySequence(Qt::CTRL | Qt::Key_L), tr("Align left"));
    m_centre = make(tr("Centre"), QKeySequence(Qt::CTRL | Qt::Key_E), tr("Centre"));
    m_right = make(tr("Right"), QKeySequence(Qt::CTRL | Qt::Key_R), tr("Align right"));
    auto *align = new QActionGroup(this);
    for (QAction *a : {m_left, m_centre, m_right})
        align->addAction(a);

    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeFormat(fmt);
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontItalic(on);
        mergeFormat(fmt);
    });
    connect(m_underline, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontUnderline(on);
        mergeFormat(fmt);
    });
    connect(m_bullets, &QAction::triggered, this, [this](bool on) {
        QTextCursor c = m_editor->textCursor();
        if (on) {
            c.createList(QTextListFormat::ListDisc);
        } else if (QTextList *list = c.currentList()) {
            list->remove(c.block());
            QTextBlockFormat bf = c.blockFormat();
            bf.setIndent(0);
            c.setBlockFormat(bf);
        }
    });
    connect(m_left, &QAction::triggered, this, [this] { m_editor->setAlignment(Qt::AlignLeft | Qt::AlignAbsolute); });
    connect(m_centre, &QAction::triggered, this, [this] { m_editor->setAlignment(Qt::AlignHCenter); });
    connect(m_right, &QAction::triggered, this, [this] { m_editor->setAlignment(Qt::AlignRight | Qt::AlignAbsolute); });
    connect(m_editor, &QTextEdit::cursorPositionChanged, this, &RichTextToolBar::syncToCursor);
    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, &RichTextToolBar::syncToCursor);
    syncToCursor();
}

void RichTextToolBar::mergeFormat(const QTextCharFormat &format)
{
    QTextCursor c = m_editor->textCursor();
    if (!c.hasSelection())
        c.select(QTextCursor::WordUnderCursor);
    c.mergeCharFormat(format);
    m_editor->mergeCurrentCharFormat(format);
}

void RichTextToolBar::syncToCursor()
{
    const QTextCharFormat f = m_editor->currentCharFormat();
    m_bold->setChecked(f.fontWeight() >= QFont::Bold);
    m_italic->setChecked(f.fontItalic());
    m_underline->setChecked(f.fontUnderline());
    m_bullets->setChecked(m_editor->textCursor().currentList() != nullptr);
    const Qt::Alignment a = m_editor->alignment();
    if (a & Qt::AlignHCenter)
        m_centre->setChecked(true);
    else if (a & Qt::AlignRight)
        m_right->setChecked(true);
    else
        m_left->setChecked(true);
}

QAction *RichTextToolBar::actionFor(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    for (QAction *a : actions())
        if (a->isEnabled() && !a->shortcut().isEmpty() && a->shortcut().matches(pressed) == QKeySequence::ExactMatch)
            return a;
    return nullptr;
}

bool RichTextToolBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (QAction *a = actionFor(key)) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // the key comes to the editor as a key press instead
                return true;
            }
            a->trigger();
            return true;
        }
    }
    return QToolBar::eventFilter(watched, event);
}

} // namespace md::ui
