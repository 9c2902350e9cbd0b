// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AccessibilityFixes.h"

#include <QAction>
#include <QActionEvent>
#include <QApplication>
#include <QLineEdit>

namespace md::ui {

namespace {

// Qt's object name for the clear action of QLineEdit::setClearButtonEnabled.
const char kClearAction[] = "_q_qlineeditclearaction";

class AccessibilityFixer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish || event->type() == QEvent::ActionAdded) {
            if (auto *edit = qobject_cast<QLineEdit *>(watched)) {
                // The action is the line edit's child, not in actions(): Qt adds it privately.
                const QList<QAction *> actions =
                    edit->findChildren<QAction *>(QLatin1String(kClearAction), Qt::FindDirectChildrenOnly);
                for (QAction *action : actions)
                    if (action->text().isEmpty())
                        action->setText(tr("Clear"));
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void installAccessibilityFixes()
{
    static AccessibilityFixer *fixer = nullptr;
    if (fixer || !qApp)
        return;
    fixer = new AccessibilityFixer(qApp);
    qApp->installEventFilter(fixer);
}

} // namespace md::ui

#include "AccessibilityFixes.moc"
