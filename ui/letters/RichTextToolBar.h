// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class QAction;
class QKeyEvent;
class QTextCharFormat;
class QTextEdit;

namespace md::ui {

// The formatting a letter needs (bold, italic, underline, bullets, alignment) for one QTextEdit,
// with the usual shortcuts, kept in step with the cursor.
class RichTextToolBar : public QToolBar
{
    Q_OBJECT
public:
    RichTextToolBar(QTextEdit *editor, QWidget *parent = nullptr);

    QAction *boldAction() const { return m_bold; }

    // Set on an action whose keys its editor claims while it has the focus (ShortcutOverride), so
    // that the same keys elsewhere in the window (Ctrl+I, Ctrl+L) are not ambiguous.
    static constexpr const char *kEditorClaimsShortcut = "mdEditorClaimsShortcut";

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *actionFor(const QKeyEvent *event) const;

    void mergeFormat(const QTextCharFormat &format);
    void syncToCursor();

    QTextEdit *m_editor;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_underline;
    QAction *m_bullets;
    QAction *m_left;
    QAction *m_centre;
    QAction *m_right;
};

} // namespace md::ui
