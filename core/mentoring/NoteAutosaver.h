// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "mentoring/MentoringTypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace md {

class Database;

// Saves a session's notes as the mentor types, so a crash loses at most the last second: each
// change restarts a short idle timer, and a second timer started by the first unsaved change makes
// sure someone typing without pause is still saved every second. Saves go to the session's drafts
// (SessionStore::saveDrafts); commit() moves them into the record.
// When a save is due is worked out on the autosaver's own clock (a monotonic millisecond count,
// replaceable for tests): the timers only wake it. A timer that fires early waits again; one that
// fires late (a loaded machine) is caught up by the next keystroke, which saves at once once the
// oldest unsaved change is kMaxDelayMs old.
class NoteAutosaver : public QObject
{
    Q_OBJECT
public:
    NoteAutosaver(Database &db, Session session, QObject *parent = nullptr);
    ~NoteAutosaver() override;

    // Switches to another session, saving what was pending for the previous one.
    void setSessionId(qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }
    // The field's whole text after a change.
    void setText(SessionField field, const QString &text);
    bool hasPending() const { return !m_pending.isEmpty(); }
    // Saves pending drafts now.
    Status flush();
    // Saves pending drafts, then commits every draft of the session to its record. With the
    // session's version as the editor read it, a record changed at another desk since is refused
    // with both versions (SessionStore::commitDrafts); the drafts stay, so nothing typed is lost.
    Result<int> commit(std::optional<int> expectedVersion = std::nullopt);
    QDateTime lastSaved() const { return m_lastSaved; }

    // What a timer does when it fires: saves if a save is due by the clock, otherwise waits again.
    Status saveIfDue();
    // Milliseconds on the clock until the next save is due (0: due now); -1 with nothing unsaved.
    qint64 msUntilSave() const;
    // Tests: the clock, a monotonic count of milliseconds (by default, time since construction).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    static constexpr int kIdleMs = 400;
    static constexpr int kMaxDelayMs = 1000;

Q_SIGNALS:
    void saved(const QDateTime &at);
    void saveFailed(const QString &message);

private:
    // On the clock: when the idle wait after the last change ends, and the deadline of the oldest.
    qint64 idleDue() const { return m_lastChangeAt + kIdleMs; }
    qint64 deadlineDue() const { return m_oldestChangeAt + kMaxDelayMs; }
    void arm();
    void timerFired();

    Database &m_db;
    Session m_session;
    qint64 m_sessionId = 0;
    QHash<SessionField, QString> m_pending;
    QTimer m_idle;
    QTimer m_deadline;
    QDateTime m_lastSaved;
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_clock;
    qint64 m_oldestChangeAt = 0; // on the clock: the first change not saved yet
    qint64 m_lastChangeAt = 0;
};

} // namespace md
