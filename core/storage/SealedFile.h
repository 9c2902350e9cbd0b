// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace md {

// Files that leave the machine (backups, subject access exports) sealed with a passphrase:
// libsodium's Argon2id derives the key from the passphrase and a random salt, and
// XChaCha20-Poly1305 secretstream encrypts the content in 64 KiB chunks, each authenticated
// together with the file's header, the last one marked final. A wrong passphrase, a changed byte
// or a cut-off file is refused; nothing is written where the output was meant to go.
//
// Layout: "MDSEAL01" | opslimit u64 LE | memlimit u64 LE | salt 16 | stream header 24 |
//         chunks: ciphertext length u32 LE | ciphertext (plaintext + 17 bytes)
class SealedFile
{
    Q_DECLARE_TR_FUNCTIONS(md::SealedFile)
public:
    enum class Strength
    {
        Interactive, // libsodium's interactive limits: the normal case
        Minimum,     // libsodium's minimum limits: tests
    };

    // True when the file starts with the sealed-file signature.
    static bool isSealed(const QString &path);
    // Encrypts `plainPath` into `sealedPath` (written under a temporary name, then renamed; owner
    // read/write only).
    static Status seal(const QString &plainPath, const QString &sealedPath, const QString &passphrase,
                       Strength strength = Strength::Interactive);
    // Decrypts `sealedPath` into `plainPath` (owner read/write only). On any failure `plainPath`
    // is not left behind.
    static Status open(const QString &sealedPath, const QString &plainPath, const QString &passphrase);
    // The passphrase rules for sealing: at least 10 characters.
    static Status checkPassphrase(const QString &passphrase);
};

} // namespace md
