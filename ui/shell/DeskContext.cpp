// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DeskContext.h"

namespace md::ui {

DeskContext::DeskContext(QObject *parent) : QObject(parent) {}

DeskContext::~DeskContext() = default;

void DeskContext::setDatabase(std::unique_ptr<Database> db)
{
    m_session = Session();
    m_db = std::move(db);
}

void DeskContext::setSession(const Session &session)
{
    m_session = session;
    Q_EMIT sessionChanged();
}

void DeskContext::close()
{
    m_session = Session();
    m_db.reset();
    Q_EMIT sessionChanged();
}

void DeskContext::notifyChanged(const QString &what)
{
    Q_EMIT dataChanged(what);
}

} // namespace md::ui
