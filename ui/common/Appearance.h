// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace md::ui {

// The desk's look: the system's own palette (light or dark as the desktop is set), or one chosen in
// Preferences. Colour is never the only signal in Mentor Desk, so every look carries the same
// information; high contrast keeps text at a contrast ratio of at least 7:1 (WCAG AAA).
enum class Look
{
    System,
    Light,
    Dark,
    HighContrast,
};

QString lookKey(Look look); // "system", "light", "dark", "highContrast": stored in Settings
Look lookFromKey(const QString &key);
QString lookTitle(Look look); // translated, for Preferences
QPalette paletteFor(Look look);
// Applies a look to the whole application (the first call remembers the system's palette).
void applyLook(Look look);
// WCAG relative-luminance contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace md::ui
