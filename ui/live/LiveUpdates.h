// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "common/Result.h"

#include <functional>

class QAbstractItemView;
class QLabel;
class QWidget;

namespace md::ui {

class DeskContext;

// The hooks that let panes and editors follow changes made at other desks. DeskContext turns the
// storage layer's RecordChangeFeed into its usual dataChanged(area) signals, so every pane that
// reloads on a local change also reloads on another desk's; these helpers make that reload keep
// the user's place and keep an editor's unsaved work.
class LiveUpdates
{
public:
    // The pane areas (the names DeskContext::dataChanged carries) that show rows of `table`.
    // An empty table (the engine could not say what changed) gives every area.
    static QStringList areasOf(const QString &table);

    // Keeps a list's selection, current row and scroll position across a reload of its model
    // (a reset): rows are matched by the values of `keyRoles`. One call per list view.
    static void keepPlace(QAbstractItemView *view, const QList<int> &keyRoles);
};

// Watches the record an editor shows. When another desk changes it: an editor without unsaved
// edits reloads at once; one with unsaved edits keeps them and shows `note` (non-modal) saying the
// record changed at another desk, so the save that follows meets the row-version check knowingly.
// When the desk may have missed changes (DeskContext::recordsChanged with no table: the live
// connection is back after a drop, or another desk committed to the same SQLite file), the watch
// re-reads the record's stored row version and, if it is not `version()`, acts as for a change.
class RecordWatch : public QObject
{
    Q_OBJECT
public:
    RecordWatch(DeskContext &context, const QString &table, qint64 id, QLabel *note, QObject *parent);

    // The note an editor gives the watch: hidden until there is something to say.
    static QLabel *makeNote(QWidget *parent);

    std::function<bool()> hasUnsavedEdits;
    // Shows the record as stored now; an error (deleted, no longer readable) is said on the note.
    std::function<Status()> reload;
    // The row version the editor holds (as read, or as last saved from it).
    std::function<int()> version;
    // For an editor opened before its record existed (id 0, version 0): the record's id once another
    // desk creates it (0 while there is none), so the watch follows it from then on.
    std::function<qint64()> findId;

    qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }

private:
    void changed(const QString &table, const QList<qint64> &ids);
    bool storedVersionDiffers() const;
    void say(const QString &text);

    DeskContext &m_context;
    QString m_table;
    qint64 m_id = 0;
    QPointer<QLabel> m_note;
};

} // namespace md::ui
