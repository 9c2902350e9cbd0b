// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace md {
class Settings;
}

namespace md::ui {

// Edit → Preferences: this desk's language, look and idle lock. The look and the idle lock apply at
// once; a new language applies when Mentor Desk next starts (every window is built in it then).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *lookBox() const { return m_look; }
    QSpinBox *idleBox() const { return m_idle; }
    // True when the accepted dialog chose a different language from the one in use.
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    Settings &m_settings;
    QComboBox *m_language = nullptr;
    QComboBox *m_look = nullptr;
    QSpinBox *m_idle = nullptr;
    QLabel *m_languageNote = nullptr;
    QString m_initialLanguage;
    bool m_languageChanged = false;
};

} // namespace md::ui
