// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

#include <memory>

class QTranslator;

namespace md {

// Loads Qt's own translations and Mentor Desk's for a language, falling back along the locale's
// UI languages (cy_GB -> cy), and removes the previous ones when the language changes.
class LanguageManager
{
public:
    LanguageManager();
    ~LanguageManager();

    // An empty name follows the system's locale. Returns true when a Mentor Desk translation was
    // found (English needs none).
    bool setLanguage(const QString &name);
    QString language() const { return m_language; }
    // The languages Mentor Desk has translations for, plus English ("en_GB", "cy", ...).
    static QStringList available();

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

} // namespace md
