// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QHeaderView;
class QWidget;

namespace md::ui {

// Remembers the column layout (order, widths, hidden columns, sort) of every table and tree header
// inside a pane, per pane, in the desk's Settings. A header is keyed by the pane's id and its path
// from the pane (object names, or class and position among same-class siblings), so the key stays
// the same from one run to the next. A layout is restored only onto the same number of columns:
// after an upgrade that adds a column the header starts from its defaults again.
namespace HeaderMemory {

// Starts remembering every horizontal header under `root` not already remembered: restores its saved
// layout now (or when its model first gives it columns) and saves changes shortly after they happen.
// Safe to call again when a pane creates views later.
void attach(QWidget *root, const QString &scope);

// Saves every remembered header under `root` at once (pending changes included): before the
// window closes or a pane is deleted.
void saveAll(QWidget *root);

// True when `header` had a saved layout that was applied; panes use it to skip their own default
// column sizing.
bool restored(const QHeaderView *header);

} // namespace HeaderMemory

} // namespace md::ui
