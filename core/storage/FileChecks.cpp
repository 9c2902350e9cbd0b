// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FileChecks.h"

#include "storage/HeldFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace md {

namespace {
quint32 bigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | quint8(bytes.at(offset + i));
    return v;
}
} // namespace

FileChecks::Header FileChecks::inspectHeader(const QString &path)
{
    QFile f(path);
    if (!f.exists() || f.size() == 0)
        return Header::Empty;
    // Checked when it was first opened; reading it now through a descriptor of our own would
    // drop SQLite's locks when that descriptor closes.
    if (HeldFiles::isHeld(path))
        return Header::HeldOpen;
    if (!f.open(QIODevice::ReadOnly))
        return Header::Foreign;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return Header::Foreign;
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Header::Foreign;
    // The in-header page count is valid when "version-valid-for" equals the change counter.
    const quint32 changeCounter = bigEndian(header, 24, 4);
    const quint32 pageCount = bigEndian(header, 28, 4);
    const quint32 validFor = bigEndian(header, 92, 4);
    if (validFor == changeCounter && pageCount > 0 && qint64(f.size()) < qint64(pageCount) * pageSize) {
        // A WAL may legitimately hold pages past the end of the main file.
        if (!QFileInfo::exists(path + QStringLiteral("-wal")))
            return Header::Truncated;
    }
    if (f.size() % pageSize != 0)
        return Header::Truncated;
    return Header::Sqlite;
}

QString FileChecks::fileSystemType(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return QString::fromLatin1(storage.fileSystemType()).toLower();
}

QString FileChecks::networkDriveWarning(const QString &path)
{
    static const QStringList network = {QStringLiteral("nfs"),   QStringLiteral("nfs4"), QStringLiteral("cifs"),
                                        QStringLiteral("smbfs"), QStringLiteral("smb3"), QStringLiteral("smb2"),
                                        QStringLiteral("fuse.sshfs"), QStringLiteral("afpfs"), QStringLiteral("9p")};
    const QString type = fileSystemType(path);
    const QString file = QFileInfo(path).absoluteFilePath();
    const bool uncPath = path.startsWith(QLatin1String("//")) || path.startsWith(QLatin1String("\\\\"));
    if (!network.contains(type) && !uncPath)
        return {};
    return tr("%1 is on a network drive (%2). A database file shared over the network gets corrupted when two desks "
              "use it, because SQLite's locking needs one computer. Keep the file on this computer, or ask for "
              "Mentor Desk's shared-server option (PostgreSQL) so the team can work together safely.")
        .arg(file, type.isEmpty() ? tr("network path") : type);
}

} // namespace md
