// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/PasswordHasher.h"

#include <QObject>

#include <sodium.h>

namespace md {

namespace {
bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString &password, Cost cost)
{
    if (!ensureSodium())
        return Error::storage(QObject::tr("The cryptography library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = cost == Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const size_t mem = cost == Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::storage(QObject::tr("There was not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!ensureSodium() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    if (!ensureSodium())
        return false;
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0;
}

} // namespace md
