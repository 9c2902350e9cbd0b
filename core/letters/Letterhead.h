// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace md {

class Database;
class Session;

// The school's letterhead, set once by an administrator: printed at the top of every letter
// (logo, school name, address, contact line) with the footer at the foot of each page.
struct Letterhead
{
    qint64 id = 0; // 0: none saved yet (defaults from the school settings)
    QString schoolName;
    QString address; // one line per line of the address
    QString contact; // "Telephone 020 7946 0000 · office@school.example.org"
    QString footer;  // "Headteacher: ... · A company limited by guarantee ..."
    QByteArray logoPng;

    QStringList addressLines() const;
};

// Reads and saves the letterhead. Saving never overwrites: it adds a version, because issued
// letters keep pointing at the letterhead they were sent with.
class LetterheadStore
{
    Q_DECLARE_TR_FUNCTIONS(md::LetterheadStore)
public:
    explicit LetterheadStore(Database &db) : m_db(db) {}

    // The letterhead new letters get: the latest saved one, or one made from the school settings.
    Result<Letterhead> current() const;
    Result<Letterhead> get(qint64 id) const;
    // Administrators only; the logo is normalised to a PNG no taller than 400 pixels.
    Result<qint64> save(const Session &session, const Letterhead &letterhead);
    // For the demo school inside its own transaction (no permission check, audited by the caller).
    Result<qint64> saveUnchecked(const Letterhead &letterhead, qint64 userId);

    static constexpr int kMaxLogoHeight = 400;
    static constexpr qsizetype kMaxLogoBytes = 2 * 1024 * 1024;

private:
    Database &m_db;
};

} // namespace md
