// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/HeldFiles.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace md {

namespace {

struct Register
{
    QMutex mutex;
    QHash<QString, int> count;
};

Register &held()
{
    static Register r;
    return r;
}

} // namespace

QString HeldFiles::keyOf(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

void HeldFiles::hold(const QString &key)
{
    Register &r = held();
    const QMutexLocker lock(&r.mutex);
    ++r.count[key];
}

void HeldFiles::release(const QString &key)
{
    Register &r = held();
    const QMutexLocker lock(&r.mutex);
    const auto it = r.count.find(key);
    if (it == r.count.end())
        return;
    if (--it.value() <= 0)
        r.count.erase(it);
}

bool HeldFiles::isHeld(const QString &path)
{
    const QString key = keyOf(path);
    Register &r = held();
    const QMutexLocker lock(&r.mutex);
    return r.count.contains(key);
}

} // namespace md
