// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "access/PasswordHasher.h"
#include "access/UserStore.h"

#include <QFile>
#include <QStandardPaths>
#include <QtTest>

namespace md::test {

TestDatabase::TestDatabase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("test.mentordesk"));
    auto db = Database::openSqlite(m_path);
    if (!db)
        qWarning("TestDatabase: %s", qPrintable(db.error().message));
    else
        m_db = std::move(*db);
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto db = Database::openSqlite(m_path);
    if (db)
        m_db = std::move(*db);
}

Session TestDatabase::addUser(const QString &username, const QSet<Role> &roles)
{
    static const QString hash = *PasswordHasher::hash(QStringLiteral("correct horse"), PasswordHasher::Cost::Minimum);
    NewStaffUser u{username, username, {}, {}, roles, hash};
    auto id = UserStore(*m_db).create(Session::system(), u);
    if (!id) {
        qWarning("addUser: %s", qPrintable(id.error().message));
        return {};
    }
    return Session(*id, username, username, roles);
}

QString testData(const QString &name)
{
    return QStringLiteral(MD_TEST_DATA_DIR "/") + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace md::test
