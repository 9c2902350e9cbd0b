// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace md {

// This desk's settings (window layout, recent files, preferences): one typed class with a key
// enum and a table of defaults instead of QSettings calls scattered around. School-wide settings
// live in the database (SchoolSettings).
class Settings
{
public:
    enum class Key
    {
        MainWindowGeometry,
        MainWindowState,
        NavigationSplitter,
        RecentDatabases,
        LastDatabase,
        LastUsername,
        Language,
        IdleLockMinutes,
        LastImportFolder,
        Appearance,
    };

    // The application's settings file, or `path` (tests use a temporary file).
    explicit Settings(const QString &path = {});

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void remove(Key key);
    // Where these settings are kept (shown in Help → About).
    QString fileName() const { return m_settings->fileName(); }

    QStringList recentDatabases() const;
    // Moves `path` to the front of the recent list (at most 8).
    void addRecentDatabase(const QString &path);

    // A remembered view layout (a table header's column order, widths and sort), by a key such as
    // "students/QTableView#0"; empty when none was saved.
    QByteArray viewLayout(const QString &key) const;
    void setViewLayout(const QString &key, const QByteArray &state);

    static constexpr int kVersion = 2;
    static constexpr int kMaxRecent = 8;

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace md
