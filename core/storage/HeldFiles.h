// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace md {

// The SQLite files this process holds open, counted per file (every Database on a file holds it).
//
// Why it matters: on POSIX systems, closing *any* descriptor of a file drops every lock the
// process holds on that file, SQLite's included. So nothing in this process may open a database
// file with a plain open() (to read its header, hash or copy it) while SQLite holds it. If it did,
// another process (a second desk, mentordesk-cli) would find no lock, think itself alone, and on
// closing checkpoint and delete the WAL under this process's connections: from then on they see
// none of the other desks' changes, and what they write goes to a WAL nobody else reads. SQLite's
// "How To Corrupt An SQLite Database File", section 2.2.
class HeldFiles
{
public:
    // The name a file is held under: its canonical path (symbolic links resolved), or its
    // absolute path while it does not exist yet.
    static QString keyOf(const QString &path);
    static void hold(const QString &key);
    static void release(const QString &key);
    static bool isHeld(const QString &path);
};

} // namespace md
