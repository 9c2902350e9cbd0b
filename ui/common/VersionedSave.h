// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ConflictDialog.h"
#include "storage/AuditLog.h"

#include <functional>

class QWidget;

namespace md::ui {

// The save of an editor of a versioned record: ConflictDialog::save from the version the editor
// holds, then one of the editor's own steps for how it ended. Each editor states only what
// differs: what it does once saved, once the user kept the other version ("theirs"), and how it
// shows a problem. Unset steps do nothing, except that going back to editing is shown as a
// problem (the error says the record was changed) unless onKeepEditing says otherwise.
//
//     VersionedSave(this, db, actor)
//         .onSaved([&] { ... })
//         .onDiscarded([&] { ... })
//         .onProblem([&](const Error &e) { ... })
//         .run(version, [&](int v) { return store.update(session, record at v); });
class VersionedSave
{
public:
    VersionedSave(QWidget *parent, Database &db, Actor actor) : m_parent(parent), m_db(db), m_actor(std::move(actor)) {}

    VersionedSave &onSaved(std::function<void()> step);
    VersionedSave &onDiscarded(std::function<void()> step);
    // Another error (Outcome::Failed), and going back to editing unless onKeepEditing is set.
    VersionedSave &onProblem(std::function<void(const Error &)> step);
    VersionedSave &onKeepEditing(std::function<void(const Error &)> step);

    ConflictDialog::Outcome run(int version, const std::function<Status(int version)> &write) const;

private:
    QWidget *m_parent;
    Database &m_db;
    Actor m_actor;
    std::function<void()> m_saved;
    std::function<void()> m_discarded;
    std::function<void(const Error &)> m_problem;
    std::optional<std::function<void(const Error &)>> m_keepEditing;
};

} // namespace md::ui
