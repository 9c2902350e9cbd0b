// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/NoteAutosaver.h"

#include "mentoring/MentoringLogging.h"
#include "mentoring/SessionStore.h"

#include <algorithm>

namespace md {

NoteAutosaver::NoteAutosaver(Database &db, Session session, QObject *parent)
    : QObject(parent), m_db(db), m_session(std::move(session))
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_idle.setSingleShot(true);
    m_deadline.setSingleShot(true);
    // A precise timer: "at most a second" is the promise.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_idle, &QTimer::timeout, this, &NoteAutosaver::timerFired);
    connect(&m_deadline, &QTimer::timeout, this, &NoteAutosaver::timerFired);
}

NoteAutosaver::~NoteAutosaver()
{
    if (Status s = flush(); !s)
        qCWarning(lcMentoring) << "autosave on close failed for session" << m_sessionId;
}

void NoteAutosaver::setSessionId(qint64 sessionId)
{
    if (sessionId == m_sessionId)
        return;
    if (Status s = flush(); !s)
        Q_EMIT saveFailed(s.error().message);
    m_sessionId = sessionId;
}

void NoteAutosaver::setText(SessionField field, const QString &text)
{
    if (m_sessionId == 0)
        return;
    const qint64 now = m_clock();
    if (m_pending.isEmpty())
        m_oldestChangeAt = now;
    m_pending.insert(field, text);
    m_lastChangeAt = now;
    // Typing on while the deadline timer is late: this keystroke keeps the promise.
    if (now - m_oldestChangeAt >= kMaxDelayMs) {
        if (Status s = flush(); !s)
            Q_EMIT saveFailed(s.error().message);
        return;
    }
    arm();
}

qint64 NoteAutosaver::msUntilSave() const
{
    if (m_pending.isEmpty() || m_sessionId == 0)
        return -1;
    return std::max<qint64>(0, std::min(idleDue(), deadlineDue()) - m_clock());
}

void NoteAutosaver::arm()
{
    const qint64 now = m_clock();
    m_idle.start(int(std::max<qint64>(0, idleDue() - now)));
    if (!m_deadline.isActive())
        m_deadline.start(int(std::max<qint64>(0, deadlineDue() - now)));
}

Status NoteAutosaver::saveIfDue()
{
    const qint64 wait = msUntilSave();
    if (wait < 0)
        return {};
    if (wait > 0) {
        arm(); // woken early: wait for the rest
        return {};
    }
    return flush();
}

void NoteAutosaver::timerFired()
{
    if (Status s = saveIfDue(); !s)
        Q_EMIT saveFailed(s.error().message);
}

Status NoteAutosaver::flush()
{
    m_idle.stop();
    m_deadline.stop();
    if (m_pending.isEmpty() || m_sessionId == 0)
        return {};
    const QHash<SessionField, QString> pending = std::exchange(m_pending, {});
    if (Status s = SessionStore(m_db).saveDrafts(m_session, m_sessionId, pending); !s) {
        // Keep what failed so the next change or flush tries again, without losing newer text.
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            if (!m_pending.contains(it.key()))
                m_pending.insert(it.key(), it.value());
        return s;
    }
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT saved(m_lastSaved);
    return {};
}

Result<int> NoteAutosaver::commit(std::optional<int> expectedVersion)
{
    if (Status s = flush(); !s)
        return s.error();
    if (m_sessionId == 0)
        return 0;
    return SessionStore(m_db).commitDrafts(m_session, m_sessionId, expectedVersion);
}

} // namespace md
