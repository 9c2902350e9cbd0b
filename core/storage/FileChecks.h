// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace md {

// Checks made on a database file before SQLite touches it: is it a SQLite file at all, is it
// shorter than its own header says (truncated by a failed copy or a full disk), and does it live
// on a network drive, where a shared SQLite file corrupts.
class FileChecks
{
    Q_DECLARE_TR_FUNCTIONS(md::FileChecks)

public:
    enum class Header
    {
        Empty,     // a new or zero-length file
        Sqlite,    // a well-formed SQLite header whose pages are all there
        Truncated, // a SQLite header, but the file is shorter than its page count says
        Foreign,   // not a SQLite file
        HeldOpen,  // SQLite has it open in this process already: not opened again (see HeldFiles)
    };

    // Never opens a file this process's SQLite connections hold (that would drop their locks).
    static Header inspectHeader(const QString &path);
    // A warning to show when the file is on a network file system (NFS, SMB/CIFS), else empty.
    static QString networkDriveWarning(const QString &path);
    // The file system's name for `path` ("nfs", "cifs", "ext4"...), where the platform tells.
    static QString fileSystemType(const QString &path);
};

} // namespace md
