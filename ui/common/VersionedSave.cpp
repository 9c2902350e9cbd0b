// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/VersionedSave.h"

namespace md::ui {

VersionedSave &VersionedSave::onSaved(std::function<void()> step)
{
    m_saved = std::move(step);
    return *this;
}

VersionedSave &VersionedSave::onDiscarded(std::function<void()> step)
{
    m_discarded = std::move(step);
    return *this;
}

VersionedSave &VersionedSave::onProblem(std::function<void(const Error &)> step)
{
    m_problem = std::move(step);
    return *this;
}

VersionedSave &VersionedSave::onKeepEditing(std::function<void(const Error &)> step)
{
    m_keepEditing = std::move(step);
    return *this;
}

ConflictDialog::Outcome VersionedSave::run(int version, const std::function<Status(int)> &write) const
{
    Error error;
    const auto outcome = ConflictDialog::save(m_parent, m_db, m_actor, version, write, &error);
    const auto call = [](const auto &step, auto &&...args) {
        if (step)
            step(args...);
    };
    switch (outcome) {
    case ConflictDialog::Outcome::Saved:
        call(m_saved);
        break;
    case ConflictDialog::Outcome::Discarded:
        call(m_discarded);
        break;
    case ConflictDialog::Outcome::KeepEditing:
        call(m_keepEditing ? *m_keepEditing : m_problem, error);
        break;
    case ConflictDialog::Outcome::Failed:
        call(m_problem, error);
        break;
    }
    return outcome;
}

} // namespace md::ui
