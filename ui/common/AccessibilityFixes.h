// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace md::ui {

// Names the controls Qt itself adds without a name, for every widget of the application: the
// clear button of a line edit (setClearButtonEnabled) is read as "Clear" instead of a nameless
// button. Installed once by the main window; idempotent.
void installAccessibilityFixes();

} // namespace md::ui
