// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Settings.h"

#include <QFileInfo>

namespace md {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const QList<KeyInfo> &keys()
{
    static const QList<KeyInfo> table = {
        {Settings::Key::MainWindowGeometry, "window/geometry", {}},
        {Settings::Key::MainWindowState, "window/state", {}},
        {Settings::Key::NavigationSplitter, "window/navigationSplitter", {}},
        {Settings::Key::RecentDatabases, "files/recent", QStringList()},
        {Settings::Key::LastDatabase, "files/last", QString()},
        {Settings::Key::LastUsername, "signIn/lastUsername", QString()},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::IdleLockMinutes, "security/idleLockMinutes", 10},
        {Settings::Key::LastImportFolder, "files/lastImportFolder", QString()},
        {Settings::Key::Appearance, "ui/appearance", QStringLiteral("system")},
    };
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    for (const KeyInfo &k : keys())
        if (k.key == key)
            return k;
    return keys().first();
}

} // namespace

Settings::Settings(const QString &path)
{
    if (path.isEmpty())
        m_settings = std::make_unique<QSettings>();
    else
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    migrate();
}

QVariant Settings::value(Key key) const
{
    const KeyInfo &k = info(key);
    return m_settings->value(QLatin1String(k.name), k.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(info(key).name), value);
}

void Settings::remove(Key key)
{
    m_settings->remove(QLatin1String(info(key).name));
}

QStringList Settings::recentDatabases() const
{
    return value(Key::RecentDatabases).toStringList();
}

void Settings::addRecentDatabase(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentDatabases();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    setValue(Key::RecentDatabases, list);
}

QByteArray Settings::viewLayout(const QString &key) const
{
    return m_settings->value(QStringLiteral("layouts/") + key).toByteArray();
}

void Settings::setViewLayout(const QString &key, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("layouts/") + key, state);
}

void Settings::migrate()
{
    const int version = m_settings->value(QStringLiteral("version"), 0).toInt();
    // Version 1 is the first layout; later versions rename keys here, in order.
    // Version 2: the students pane's header moved under "layouts/" with every other pane's.
    if (version < 2)
        m_settings->remove(QStringLiteral("students/header"));
    if (version < kVersion)
        m_settings->setValue(QStringLiteral("version"), kVersion);
}

} // namespace md
