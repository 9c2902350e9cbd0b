// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace md {

LanguageManager::LanguageManager() = default;

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

bool LanguageManager::setLanguage(const QString &name)
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    const QLocale locale = name.isEmpty() ? QLocale::system() : QLocale(name);
    m_language = locale.name();
    QLocale::setDefault(locale);
    // Qt's own catalogue for its dialogs, or ours where Qt has none (Welsh).
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_qt.get());
    const bool found = m_app->load(locale, QStringLiteral("mentordesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // A language we have no catalogue for (or the "C" locale of a bare session) reads in English,
    // so it gets the English plural forms too: "72 referrals", never "72 referral(s)".
    if (found || m_app->load(QStringLiteral("mentordesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_app.get());
    return found;
}

QStringList LanguageManager::available()
{
    QStringList out{QStringLiteral("en_GB")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("mentordesk_*.qm")});
    // mentordesk_en.qm holds only English plural forms ("1 event", "2 events"), not a language.
    for (const QString &f : files)
        if (const QString name = f.mid(11, f.size() - 11 - 3); !name.startsWith(QLatin1String("en")))
            out << name;
    return out;
}

} // namespace md
