// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/HeaderMemory.h"

#include "settings/Settings.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QPointer>
#include <QTimer>

namespace md::ui::HeaderMemory {

namespace {

constexpr const char *kKeyProperty = "md_layoutKey";
constexpr const char *kRestoredProperty = "md_layoutRestored";
constexpr int kSaveDelayMs = 400;
// Bumped when the stored form changes; older entries are ignored.
constexpr quint32 kFormat = 1;

// One segment of a widget's path below the pane: its object name, or its class and position
// among the siblings of the same class.
QString segment(const QObject *object)
{
    if (!object->objectName().isEmpty())
        return object->objectName();
    const char *cls = object->metaObject()->className();
    int position = 0;
    if (const QObject *parent = object->parent()) {
        for (const QObject *sibling : parent->children()) {
            if (sibling == object)
                break;
            if (qstrcmp(sibling->metaObject()->className(), cls) == 0)
                ++position;
        }
    }
    return QStringLiteral("%1.%2").arg(QString::fromLatin1(cls).replace(QLatin1String("::"), QLatin1String("_"))).arg(position);
}

QString keyFor(const QHeaderView *header, const QWidget *root, const QString &scope)
{
    QStringList parts;
    for (const QObject *o = header; o && o != root; o = o->parent())
        parts.prepend(segment(o));
    return scope + QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

QByteArray encode(const QHeaderView *header)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << kFormat << qint32(header->count()) << header->saveState();
    return out;
}

void save(QHeaderView *header)
{
    const QString key = header->property(kKeyProperty).toString();
    if (key.isEmpty() || header->count() == 0)
        return;
    Settings().setViewLayout(key, encode(header));
}

bool restore(QHeaderView *header)
{
    const QByteArray stored = Settings().viewLayout(header->property(kKeyProperty).toString());
    if (stored.isEmpty())
        return false;
    QDataStream stream(stored);
    quint32 format = 0;
    qint32 count = 0;
    QByteArray state;
    stream >> format >> count >> state;
    if (stream.status() != QDataStream::Ok || format != kFormat || count != header->count())
        return false;
    if (!header->restoreState(state))
        return false;
    header->setProperty(kRestoredProperty, true);
    return true;
}

} // namespace

void attach(QWidget *root, const QString &scope)
{
    const QList<QHeaderView *> headers = root->findChildren<QHeaderView *>();
    for (QHeaderView *header : headers) {
        if (header->orientation() != Qt::Horizontal || !header->property(kKeyProperty).toString().isEmpty())
            continue;
        header->setProperty(kKeyProperty, keyFor(header, root, scope));
        auto *timer = new QTimer(header);
        timer->setObjectName(QStringLiteral("md_layoutSaveTimer"));
        timer->setSingleShot(true);
        timer->setInterval(kSaveDelayMs);
        QObject::connect(timer, &QTimer::timeout, header, [header] { save(header); });
        // Restoring emits resize signals of its own: only changes after it are saved.
        const QPointer<QHeaderView> guard(header);
        auto scheduleSave = [timer] { timer->start(); };
        if (header->count() > 0)
            restore(header);
        QObject::connect(header, &QHeaderView::sectionCountChanged, header, [guard](int oldCount, int newCount) {
            if (guard && oldCount == 0 && newCount > 0 && !guard->property(kRestoredProperty).toBool())
                restore(guard);
        });
        QObject::connect(header, &QHeaderView::sectionResized, timer, scheduleSave);
        QObject::connect(header, &QHeaderView::sectionMoved, timer, scheduleSave);
        QObject::connect(header, &QHeaderView::sortIndicatorChanged, timer, scheduleSave);
    }
}

void saveAll(QWidget *root)
{
    const QList<QHeaderView *> headers = root->findChildren<QHeaderView *>();
    for (QHeaderView *header : headers) {
        if (header->property(kKeyProperty).toString().isEmpty())
            continue;
        if (auto *timer = header->findChild<QTimer *>(QStringLiteral("md_layoutSaveTimer"), Qt::FindDirectChildrenOnly))
            timer->stop();
        save(header);
    }
}

bool restored(const QHeaderView *header)
{
    return header->property(kRestoredProperty).toBool();
}

} // namespace md::ui::HeaderMemory
