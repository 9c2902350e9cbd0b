// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PreferencesDialog.h"

#include "common/Appearance.h"
#include "i18n/LanguageManager.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace md::ui {

namespace {

// "Cymraeg (Welsh)": the language in its own words first, so a speaker finds it whatever the
// current language is.
QString languageTitle(const QString &name)
{
    const QLocale locale(name);
    QString native = locale.nativeLanguageName();
    if (!native.isEmpty())
        native[0] = native[0].toUpper();
    const QString here = QLocale::languageToString(locale.language());
    if (locale.language() == QLocale::English)
        return PreferencesDialog::tr("English (UK)");
    return native.isEmpty() || native == here ? here : PreferencesDialog::tr("%1 (%2)").arg(native, here);
}

} // namespace

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of Mentor Desk's windows, letters' fixed wording and dates"));
    m_language->addItem(tr("Follow the system (%1)").arg(languageTitle(QLocale::system().name())), QString());
    for (const QString &name : LanguageManager::available())
        m_language->addItem(languageTitle(name), name);
    m_initialLanguage = settings.value(Settings::Key::Language).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("A new language applies the next time Mentor Desk starts."), this);
    m_languageNote->setWordWrap(true);
    m_languageNote->setAccessibleName(m_languageNote->text());
    m_languageNote->setVisible(false);
    form->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_languageNote->setVisible(m_language->currentData().toString() != m_initialLanguage); });

    m_look = new QComboBox(this);
    m_look->setAccessibleName(tr("Look"));
    m_look->setAccessibleDescription(tr("Light, dark or high-contrast colours, or the system's own"));
    for (Look look : {Look::System, Look::Light, Look::Dark, Look::HighContrast})
        m_look->addItem(lookTitle(look), lookKey(look));
    m_look->setCurrentIndex(qMax(0, m_look->findData(lookKey(lookFromKey(settings.value(Settings::Key::Appearance).toString())))));
    form->addRow(tr("L&ook:"), m_look);

    m_idle = new QSpinBox(this);
    m_idle->setRange(1, 60);
    m_idle->setSuffix(tr(" min"));
    m_idle->setAccessibleName(tr("Lock after idle minutes"));
    m_idle->setAccessibleDescription(tr("The window locks after this many minutes without keyboard or mouse use"));
    m_idle->setValue(qBound(1, settings.value(Settings::Key::IdleLockMinutes).toInt(), 60));
    form->addRow(tr("Lock the window after &idle:"), m_idle);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_initialLanguage;
    m_settings.setValue(Settings::Key::Language, language);
    const Look look = lookFromKey(m_look->currentData().toString());
    m_settings.setValue(Settings::Key::Appearance, lookKey(look));
    applyLook(look);
    m_settings.setValue(Settings::Key::IdleLockMinutes, m_idle->value());
    QDialog::accept();
}

} // namespace md::ui
